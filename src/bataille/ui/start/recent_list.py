"""The start screen's list of recent sessions, which says so when there is none yet.

Empty, a list is a white box a new facilitator cannot read; once the sessions have been looked
for and none found, it says where sessions will appear. Nothing is drawn before that look (the
start screen paints first, then reads the sessions), and the painting classes are imported only
to draw that sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QListWidget, QWidget


class RecentList(QListWidget):
    """A QListWidget whose ``hint`` is written in its middle while it holds no item, and which says
    when other rows come into sight (``viewChanged``, once per turn of the event loop): the rows are
    read only then."""

    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = ""
        self._view_timer: QTimer | None = None

    def _view_changed(self) -> None:
        if self._view_timer is None:  # made at the first scroll or resize, never to paint the window
            self._view_timer = QTimer(self)
            self._view_timer.setSingleShot(True)
            self._view_timer.setInterval(0)
            self._view_timer.timeout.connect(self.viewChanged)
        self._view_timer.start()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - a QResizeEvent; Qt override
        super().resizeEvent(event)
        self._view_changed()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        super().scrollContentsBy(dx, dy)
        self._view_changed()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Five lines high (a session and a half, or the hint): the column gets what room is left and no
        more, so that on a short window (a laptop at 150 %) the start screen does not scroll for it."""
        return QSize(super().sizeHint().width(), 5 * self.fontMetrics().lineSpacing() + 2 * self.frameWidth())

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
