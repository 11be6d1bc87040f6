"""The file an export has just written, offered in the console's status bar: a button that opens it,
where a question ("Open it?") stood in front of the room and cost a click when it was not wanted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QToolButton, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class OpenWrittenButton(QToolButton):
    """Hidden until ``offer(path)``; "Open bilan.pdf" with the whole path in its tooltip; hidden
    again by ``withdraw()`` (the console's next message). No Alt key: « &Ouvrir » is the debate's.
    A tool button, as tall as the status line: a push button, even hidden, made the status bar
    taller and took that height from the panels. Its arrow opens the folder instead: the file on a
    USB key, the facilitator checks it is there beside the others before pulling the key out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openWritten")
        self.path: Path | None = None
        self.clicked.connect(self.open_file)
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        self.open_folder_action = menu.addAction("")
        self.open_folder_action.setObjectName("openWrittenFolder")
        self.open_folder_action.triggered.connect(self.open_folder)
        self.setMenu(menu)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.retranslate()
        self.hide()

    def offer(self, path: Path) -> None:
        self.path = Path(path)
        self.retranslate()
        self.show()

    def withdraw(self) -> None:
        self.path = None
        self.hide()

    def open_file(self) -> None:
        from PySide6.QtCore import QUrl  # on the click: nothing more at the console's start
        from PySide6.QtGui import QDesktopServices

        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.open_folder_action.setText(translate("OpenWritten", "Open the folder it is in"))
        if self.path is None:  # hidden, but named as any control
            self.setAccessibleName(translate("OpenWritten", "Open the file just written"))
            return
        self.setText(translate("OpenWritten", "Open %1").replace("%1", self.path.name))
        self.setToolTip(str(self.path))
        self.setAccessibleName(translate("OpenWritten", "Open the file just written: %1").replace("%1", self.path.name))


_last_written: tuple[str, str, Path] | None = None  # the words last said of a file written: (words, what, path)


def written_words(what: str, path: Path) -> str:
    """The status line's words once ``what`` ("summary" or "kit") is written at ``path``."""
    global _last_written
    said = (translate("OpenWritten", "Summary saved: %1, in %2.") if what == "summary"
            else translate("OpenWritten", "Workshop kit saved: %1, in %2."))
    words = said.replace("%1", path.name).replace("%2", str(path.parent))
    _last_written = (words, what, Path(path))
    return words


def status_in_new_language(console, kind: str, message: str, lang: str) -> None:
    """The interface's language changed from ``lang``: the console's status line, ``message``, said
    again in the new one when it said what the last actions did, or which file was just written
    (« Bilan enregistré : … », its Open button kept); any other line goes."""
    from bataille.ui.console.status_line import said_again
    from bataille.ui.i18n import interface_language

    if not message or lang == interface_language() or console.controller is None:
        return
    button = console.open_written
    if _last_written is not None and _last_written[0] == message and button.path == _last_written[2]:
        _, what, path = _last_written
        console.show_status(kind, written_words(what, path))  # withdraws the button with the line…
        button.offer(path)  # …which still offers the same file
        return
    again = said_again(console.controller, message, lang)
    console.show_status(kind if again else "info", again or "")
