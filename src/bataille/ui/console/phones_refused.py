"""The Phones box's word on phones turned away at one phone address (see bataille.ui.phones_door).

A room behind one router (a travel router, a Wi-Fi repeater, a school network) reaches the laptop
from one address, which may hold a few voters only: the others were turned away and nothing said so.
This line says it as soon as it happens, under the switch, with one button that lets them in; once
clicked, it says they come in by themselves, for a while, then leaves the room to the agenda.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from bataille.ui.console.wrapped_label import ShownWhole
from bataille.ui.marked_label import MarkedLabel
from bataille.ui.phones import Phones

SAID_LET_IN_MS = 30_000  # how long "let in: they come in by themselves" stays under the switch


class WarningText(ShownWhole, MarkedLabel):
    """A wrapped line, shown whole, with the warning mark (or a check) drawn before it."""


class RefusedPhones(QWidget):
    """Hidden until pages are turned away at one address while the phones are on."""

    def __init__(self, phones: Phones, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phonesRefused")
        self.phones = phones
        self.door = phones.door
        self.text = WarningText()
        self.text.setObjectName("phonesRefusedText")
        self.button = QPushButton()
        self.button.setObjectName("phonesLetIn")
        self.button.clicked.connect(self.let_in)
        self.let_in_address = ""  # the address just let in, said for SAID_LET_IN_MS
        self._said = QTimer(self)
        self._said.setSingleShot(True)
        self._said.timeout.connect(self._forget_let_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.door.changed.connect(self.refresh)
        phones.stateChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def let_in(self) -> None:
        most = self.door.most
        if most is None:
            return
        self.let_in_address = most[0]
        self.door.let_in(most[0])  # changed: refresh follows
        self._said.start(SAID_LET_IN_MS)
        self.refresh()

    def _forget_let_in(self) -> None:
        self.let_in_address = ""
        self.refresh()

    def refresh(self) -> None:
        most = self.door.most if self.phones.on else None
        self.button.setText(self.tr("Let them in"))  # named while hidden too (a screen reader lists it)
        if most is not None:
            address, count = most
            self.text.set_mark("warning")
            self.text.setText(self.tr("%n voting page(s) turned away at %1, which already has %2: phones behind "
                                      "one router, or one pupil’s extra pages.", "", count)
                              .replace("%1", address).replace("%2", str(self.door.bound)))
            self.button.setToolTip(self.tr("Every phone coming through %1 may then vote, until the end of the "
                                           "session; a pupil who opens several browsers there could vote more "
                                           "than once.").replace("%1", address))
        elif self.let_in_address and self.phones.on:
            self.text.set_mark("done")
            self.text.setText(self.tr("Phones coming through %1 are now let in: the pages turned away will "
                                      "come in by themselves within a few seconds.").replace("%1", self.let_in_address))
        self.button.setVisible(most is not None)
        self.setVisible(most is not None or bool(self.let_in_address and self.phones.on))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
