"""The console's line of messages, at the bottom left of its status bar.

One line (a wrapped status bar took the panels' room). A message longer than the room it has, beside
« Projection : affichée » and a button to open a file written, ends with "…" a little before them:
cut mid-word against them, it ran into their words (a debate with phones, at 1366×768). Its tooltip,
its accessible description and ``text()`` hold it whole.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent

from bataille.ui.marked_label import MarkedLabel
from bataille.ui.marks import paint_mark

GAP_EMS = 1.5  # between its last word (or "…") and what the status bar shows on its right


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
