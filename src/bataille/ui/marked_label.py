"""A label that can show a mark before its text: the warning (⚠) or a check (✓, something done),
drawn by ``bataille.ui.marks`` since the app's font has neither.

Light to import: the start screen builds one before its first paint, and the painting classes
(QPainter, QPixmap…) are only needed once a warning shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPaintEvent


class MarkedLabel(QLabel):
    """``set_mark("warning")`` (or ``set_warning(True)``) makes room on the left and draws the mark
    there, as tall as the font's capitals, centred on the text, in the text's own colour. The text
    itself never holds the mark, so what is copied or read aloud is the message alone.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._room = 0  # the pixels added to the left margin for the mark, 0 when none shows
        self.mark = ""  # "warning", "done" or "" (none)

    @property
    def warning(self) -> bool:
        return self.mark == "warning"

    def set_warning(self, on: bool) -> None:
        self.set_mark("warning" if on else "")

    def set_mark(self, mark: str) -> None:
        """Show ``mark`` ("warning", "done") before the text, or none for ""."""
        if mark == self.mark:
            return
        margins = self.contentsMargins()
        margins.setLeft(margins.left() - self._room)
        self._room = round(self._mark_size() * 1.5) if mark else 0
        margins.setLeft(margins.left() + self._room)
        self.mark = mark
        self.setContentsMargins(margins)
        self.update()

    def _mark_size(self) -> int:
        return max(8, self.fontMetrics().ascent())

    def mark_rect(self) -> QRectF:
        """Where the mark is drawn: left of the text, centred on it."""
        from PySide6.QtCore import QRectF

        size = self._mark_size()
        inside = self.contentsRect()
        return QRectF(inside.left() - self._room, inside.center().y() + 1 - size / 2, size, size)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.mark:
            from PySide6.QtGui import QPainter

            from bataille.ui.marks import paint_mark

            painter = QPainter(self)
            paint_mark(painter, self.mark_rect(), self.mark, self.palette().color(self.foregroundRole()).name())
            painter.end()
