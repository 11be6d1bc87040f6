"""The deck browser's cards drawn as cards, in rows that fill the width, at the size the teacher
zooms to; when the filters let none through, the view says so in its middle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from bataille.ui.deck_window.card_list import CardDelegate

CARD_WIDTHS = (220, 260, 300, 340, 400, 480, 560)
DEFAULT_CARD_WIDTH = 260


class CardView(QListView):
    """The cards drawn as cards; when the filters let none through, it says so in its middle
    (an empty white area reads as a broken window)."""

    def __init__(self, model: QSortFilterProxyModel, delegate: CardDelegate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = ""
        self.delegate = delegate
        self.setObjectName("cards")
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        # Several cards chosen at once (Ctrl- or Shift-click): "Print These Cards…" prints them together.
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(40)
        self.viewport().installEventFilter(self)  # the cards fit the width each time it changes
        self.wanted_width = DEFAULT_CARD_WIDTH

    def chosen_cards(self) -> list:
        """The cards selected, in the order shown (the current one alone when none is selected)."""
        from bataille.ui.deck_window.card_list import CardRole

        rows = sorted(index.row() for index in self.selectionModel().selectedIndexes())
        indexes = [self.model().index(row, 0) for row in rows] or (
            [self.currentIndex()] if self.currentIndex().isValid() else [])
        return [card for card in (index.data(CardRole) for index in indexes) if card is not None]

    def set_hint(self, hint: str) -> None:
        if hint != self.hint:
            self.hint = hint
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.hint or (self.model() is not None and self.model().rowCount()):
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        room = self.viewport().rect().adjusted(24, 24, -24, -24)
        painter.drawText(room, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), self.hint)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_grid()
        return super().eventFilter(watched, event)

    def fit_grid(self) -> None:
        # Stretch the cards so that whole columns fill the row: no ragged empty strip on the right.
        room = self.viewport().width() - 2 * self.spacing() - 4
        cell = self.wanted_width + 2 * CardDelegate.MARGIN
        columns = max(1, room // cell)
        width = max(self.wanted_width, room // columns - 2 * CardDelegate.MARGIN)
        width = min(width, round(self.wanted_width * 1.25))
        if width != self.delegate.card_width or self.gridSize() != self.delegate.cell_size():
            self.delegate.card_width = width
            self.setGridSize(self.delegate.cell_size())
        self.viewport().update()


def zoomed_width(width: int, steps: int) -> int:
    """The card width ``steps`` zoom levels larger (or smaller) than the level nearest ``width``."""
    nearest = min(range(len(CARD_WIDTHS)), key=lambda i: abs(CARD_WIDTHS[i] - width))
    return CARD_WIDTHS[max(0, min(len(CARD_WIDTHS) - 1, nearest + steps))]
