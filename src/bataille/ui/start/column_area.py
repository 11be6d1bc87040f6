"""The new session's column, scrolled by itself: on a short window (a laptop at 150 %: 911×512
points) the teams editor scrolls in its own column, and the columns beside it stay in sight with
their buttons (« Lancer le débat express », « Reprendre »), never pushed below the window's edge
by the tallest column.

One above the other (a narrow window), the column is shown whole and the page scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

LEAST_LINES = 6  # what the column asks for at the least, in lines of text, when it scrolls by itself


class ColumnArea(QScrollArea):
    """A vertical scroll area around one column, as wide as the column needs and as high as the
    window gives it; ``whole`` (one column above the other) asks for the column's full height."""

    def __init__(self, column: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newSessionColumn")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(column)
        self._whole = False

    def set_whole(self, whole: bool) -> None:
        if whole != self._whole:
            self._whole = whole
            self.updateGeometry()

    def _bar(self) -> int:
        """Room kept for the vertical scroll bar, so that the column is never scrolled sideways."""
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        least = self.widget().minimumSizeHint()
        if self._whole:
            high = least.height()
        else:
            high = min(least.height(), LEAST_LINES * self.fontMetrics().lineSpacing())
        return QSize(least.width() + self._bar(), high)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = self.widget().sizeHint()
        return QSize(max(hint.width(), self.widget().minimumSizeHint().width()) + self._bar(), hint.height())

    def event(self, event: QEvent) -> bool:
        # The column grew or shrank (the teams editor, another language): the window places the
        # columns again by the widths and heights they now need.
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)


class ColumnsBody(QWidget):
    """What the window's scroll area holds: the columns. Given a width, it asks for their least
    height, not the height they would like: a scroll area sizes a widget of words that wrap to the
    height that widget asks for, and the columns' preferred heights (the recent sessions' list
    five lines high) scrolled the page on a laptop at 150 % although every column fitted at its
    least."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)


class LeastHeightLayout(QVBoxLayout):
    """The new session's column and the message bar under it, one above the other: given a width,
    their least height (the column's few lines, the bar's words wrapped to that width), not the
    column's whole height, which would scroll the page as soon as the bar shows."""

    _measuring = False

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        if self._measuring:  # minimumHeightForWidth asks for the height first: Qt's own
            return super().heightForWidth(width)
        self._measuring = True
        try:
            return self.minimumHeightForWidth(width)
        finally:
            self._measuring = False
