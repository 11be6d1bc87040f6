"""The deck window's columns made to fit a small screen rather than run off it, as the console's do.

A laptop of 1366×768 at 150 % display scaling is a screen of 911×512 points, about 895×440 inside a
maximised window. So a column scrolls down when the window is too short for it (never sideways: it
is at least as wide as what it holds), and on a window too narrow for the three columns of an
editor page (a list | the form | the card as it will be), the third goes under the form, in the
form's own scroll: the form keeps the room its two languages side by side need.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

COLUMN_MIN_HEIGHT = 120  # a column shorter than what it holds scrolls down to it
FORM_COMFORT_CHARS = 24  # the form's room beyond its least before a third column comes beside it


def least_width(widget: QWidget) -> int:
    """The width ``widget`` cannot do with less of."""
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


def whole_words_width(view: QAbstractItemView, texts: list[str]) -> int:
    """The least width of a list whose rows wrap ``texts`` between words: its longest word whole beside
    the icon, with the frame, the scroll bar and the row's margins."""
    metrics = view.fontMetrics()
    word = max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0)
    icon = view.iconSize().width() if view.iconSize().isValid() else 0
    bar = view.verticalScrollBar().sizeHint().width()
    return word + icon + bar + 2 * view.frameWidth() + 2 * view.spacing() + 24  # the row's padding and focus frame


class DownOnly(QScrollArea):
    """A scroll area that scrolls down, never sideways: as wide at least as what it holds, its
    scroll bar's room kept (it comes and goes as the form grows: the width would jump)."""

    def __init__(self, inner: QWidget, framed: bool = True, lines: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines  # as short as this many lines of text (0: a column's least height)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn if framed
                                        else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        if not framed:  # a column of pictures or of text: Tab goes to what it holds, never stops on it
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(inner)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # what it holds grew wider (a form came): so does the column
            if isinstance(self.parentWidget(), EditorColumns):
                self.parentWidget().arrange()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        inner = self.widget()  # None while what it holds is stacked elsewhere
        bar = self.verticalScrollBar().sizeHint().width()
        height = self.lines * self.fontMetrics().lineSpacing() + 2 * self.frameWidth() if self.lines else COLUMN_MIN_HEIGHT
        return QSize((least_width(inner) if inner else 0) + bar + 2 * self.frameWidth(), height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self.widget() is None:
            return self.minimumSizeHint()
        inner = self.widget().sizeHint()
        return QSize(max(self.minimumSizeHint().width(), inner.width()), inner.height())


class EditorColumns(QSplitter):
    """A list, a form that scrolls down, and (optionally) a third column beside the form, or under it
    when the window is too narrow for the three: ``stacked`` then."""

    def __init__(self, left: QWidget, form: QWidget, side: QWidget | None, sizes: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.left, self.form, self.side = left, form, side
        holder = QWidget()  # the form, then the third column when it is stacked under it
        self.holder_layout = QVBoxLayout(holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.holder_layout.setSpacing(8)
        self.holder_layout.addWidget(form, 1)
        self.scroll = DownOnly(holder)
        self.addWidget(left)
        self.addWidget(self.scroll)
        self.setStretchFactor(1, 3)
        self.side_scroll: DownOnly | None = None
        if side is not None:
            self.side_scroll = DownOnly(side, framed=False)
            self.addWidget(self.side_scroll)
            self.setStretchFactor(2, 2)
        self.setSizes(sizes)
        self.setChildrenCollapsible(False)
        self.stacked = False

    def three_columns_width(self) -> int:
        """The least width that shows the list, the form and the third column beside it, the form with
        room to write in (a dozen characters more in each language than at its narrowest)."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        form = least_width(self.form) + FORM_COMFORT_CHARS * self.fontMetrics().averageCharWidth()
        width = least_width(self.left) + form + bar + 2 * self.scroll.frameWidth()
        if self.side is not None:
            width += least_width(self.side) + bar + 2 * self.handleWidth()
        return width + self.handleWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Two columns' least width, even while there are three: the window may always be made that
        narrow (the third column then goes under the form)."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        inner = max(least_width(self.form), least_width(self.side) if self.side is not None else 0)
        width = least_width(self.left) + self.handleWidth() + inner + bar + 2 * self.scroll.frameWidth()
        return QSize(width, super().minimumSizeHint().height())

    def arrange(self) -> None:
        """Three columns where they fit, else the third under the form."""
        if self.side is None or self.side_scroll is None:
            return
        stack = self.width() < self.three_columns_width()
        if stack and not self.stacked:
            self.side_scroll.takeWidget()
            self.holder_layout.addWidget(self.side, 0)
            self.side.show()
            self.side_scroll.hide()
        elif not stack and self.stacked:
            self.holder_layout.removeWidget(self.side)
            self.side_scroll.setWidget(self.side)
            self.side.show()
            self.side_scroll.show()
        self.stacked = stack

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.arrange()
