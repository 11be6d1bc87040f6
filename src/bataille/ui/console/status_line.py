"""The console's line of messages, at the bottom left of its status bar.

One line (a wrapped status bar took the panels' room). A message longer than the room it has, beside
« Projection : affichée » and a button to open a file written, ends with "…" a little before them:
cut mid-word against them, it ran into their words (a debate with phones, at 1366×768). Its tooltip,
its accessible description and ``text()`` hold it whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent

from bataille.ui.marked_label import MarkedLabel
from bataille.ui.marks import paint_mark

if TYPE_CHECKING:
    from bataille.ui.controller import SessionController

GAP_EMS = 1.5  # between its last word (or "…") and what the status bar shows on its right
LAST_ACTIONS = 8  # a press that recorded several actions says them all, joined (SessionController._several)


def said_again(controller: SessionController, message: str, lang: str) -> str | None:
    """``message``, said in ``lang``, in the interface's language now, when it said what the last
    actions did (as SessionController.said words them); None for any other line."""
    from bataille.ui.i18n import interface_language
    from bataille.ui.redo_steps import redone
    from bataille.workshop import describe
    from bataille.workshop import events as ev
    from bataille.workshop.describe import describe_press, redone_line

    session = controller.session
    events = session.events[-LAST_ACTIONS:]

    def said(event: ev.Event, language: str | None) -> str:
        undone = session.event(event.target) if isinstance(event, ev.Undone) else None
        if language is None:
            return controller.said(event)
        return describe(event, language, controller.state, controller.deck, names=controller.lang, undone=undone)

    for first in range(len(events) - 1, -1, -1):
        if " · ".join(said(e, lang) for e in events[first:]) == message:
            return " · ".join(said(e, None) for e in events[first:])
        if describe_press(events[first:], lang, controller.state, controller.deck, controller.lang) == message:
            return describe_press(events[first:], interface_language(), controller.state, controller.deck,
                                  controller.lang)
    # The line of a redo (« Rétabli — … ») still the last action: the actions it recorded again.
    last = getattr(controller, "last_redo", None)
    if last is not None and last[0] == session.event_count and message.startswith(redone_line("", lang)):
        return redone(" · ".join(said(e, None) for e in session.events[-last[1]:]))
    return None


class StatusLine(MarkedLabel):
    """A MarkedLabel that ends a message too long for its room with "…"."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(False)
        self.setMinimumWidth(1)

    def shown_text(self) -> str:
        """The message as it shows: whole, or cut with "…" to fit, GAP_EMS short of the right edge."""
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - round(GAP_EMS * metrics.horizontalAdvance("M"))
        text = self.text()
        if metrics.horizontalAdvance(text) <= self.contentsRect().width():
            return text
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, room))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        shown = self.shown_text()
        if shown == self.text():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.style().drawItemText(painter, self.contentsRect(), align, self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())
        if self.mark:
            paint_mark(painter, self.mark_rect(), self.mark, self.palette().color(self.foregroundRole()).name())
        painter.end()
