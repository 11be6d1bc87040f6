"""The timeline page's cards and gaps, and its keys: a card held up (a click, Space, or dragged), a
gap chosen (a click, the arrows), and Enter on the gap, or the remote's PageDown, puts it there.

The remote's PageDown places a card only once one is held up and a gap has the keyboard: the
primary button then names that place (« Place the card held up: between … »), so the press's effect
is read before it is made, and its line in the status bar says where it went (Ctrl+Z takes it back).
Nothing held up, PageDown places nothing: it says what the phase waits for, as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QPushButton, QWidget

from bataille.ui.steps import Step

if TYPE_CHECKING:
    from bataille.ui.console.timeline_panel import TimelinePanel

MIME = "application/x-bataille-card"
translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class HandCard(QPushButton):
    """A card the team holds: click to pick it, or drag it onto a gap."""

    def __init__(self, card_id: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.card_id = card_id
        self.setCheckable(True)
        self.setObjectName("handCard")
        self._press = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._press is not None and (event.position() - self._press).manhattanLength() > 12:
            self._press = None
            self.setChecked(True)
            self.clicked.emit(True)  # dragging a card picks it (the stage shows it)
            mime = QMimeData()
            mime.setData(MIME, self.card_id.encode())
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)


class Gap(QPushButton):
    """A place in the shared timeline: click (or Enter) puts the picked card there; cards drop here."""

    dropped = Signal(int, str)  # (gap, card id)

    def __init__(self, position: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.position = position
        self.short = ""  # where it is, by the dates of the cards beside it (its tooltip names them whole)
        self.setObjectName("timelineGap")
        self.setAcceptDrops(True)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
            self.dropped.emit(self.position, bytes(event.mimeData().data(MIME)).decode())


class GapArrows(QObject):
    """Up and Down move between the gaps (Left and Right stay the remote's); Enter places the card.
    The gap that has the keyboard is the place chosen: the remote's PageDown puts the card there."""

    def __init__(self, panel: TimelinePanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.chosen: int | None = None  # the gap that last had the keyboard, in the strip drawn now

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not isinstance(watched, Gap):
            return False
        if event.type() == QEvent.Type.FocusIn and watched.position != self.chosen:
            self.chosen = watched.position
            held = self.panel.picked is not None
            for gap in self.panel.gaps:  # the place chosen says which key puts the card there
                gap.setText(self.tr("Here (PageDown)") if gap is watched and held else translate("TimelinePanel", "Here"))
            self.panel.controller.stepChanged.emit()  # the primary button names the place
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                watched.click()  # Enter places the card, as Space does
                return True
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
            if step is not None:
                gaps = self.panel.gaps
                self.panel.focus_gap(gaps[max(0, min(len(gaps) - 1, gaps.index(watched) + step))])
                return True
        return False

    def step(self) -> Step | None:
        """What "next" does on the timeline's page: with a card held up and a gap chosen, put it there."""
        panel = self.panel
        gaps, card, team = panel.gaps, panel.picked, panel.team.currentData()
        if not panel.isVisible() or not card or not team or self.chosen is None or self.chosen >= len(gaps):
            return None
        position = self.chosen
        c = panel.controller
        where = gaps[position].short
        return Step(self.tr("Place the card held up: %1").replace("%1", where[:1].lower() + where[1:]),
                    lambda session: session.place_card(team, card, position),
                    hint=self.tr("With the remote, PageDown puts it there; Up and Down choose another place. "
                                 "Ctrl+Z takes a card back.")) if c.state.timeline.in_hand else None
