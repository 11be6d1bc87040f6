"""The start screen's list of recent sessions, which says so when there is none yet.

Empty, a list is a white box a new facilitator cannot read; once the sessions have been looked
for and none found, it says where sessions will appear. Nothing is drawn before that look (the
start screen paints first, then reads the sessions), and the painting classes are imported only
to draw that sentence.
"""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget, QWidget


class RecentList(QListWidget):
    """A QListWidget whose ``hint`` is written in its middle while it holds no item."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = ""

    def set_hint(self, hint: str) -> None:
        if hint == self.hint:
            return  # before the first paint: nothing to redraw (reaching the viewport then cost 1.1 MiB)
        self.hint = hint
        self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - a QPaintEvent; Qt override
        super().paintEvent(event)
        if self.count() or not self.hint:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QPainter, QPalette

        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        room = self.viewport().rect().adjusted(12, 12, -12, -12)
        painter.drawText(room, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.hint)
        painter.end()
