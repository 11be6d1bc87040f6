"""The cards of a deck as a Qt model, a filter (theme, kind, search) and a card-drawing delegate."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from bataille.deck.models import Card, Deck
from bataille.deck.search import card_texts, in_language, index_of, matches, query_terms, value_of
from bataille.ui.card_face import CARD_ASPECT, card_summary, kind_label, paint_card

CardRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2
NO_THEME = ""  # the theme filter value for cards without a theme (timeline events)

Index = QModelIndex | QPersistentModelIndex


def theme_label(theme_id: object, names: Mapping[object, object], lang: str) -> str:
    """The name of a card's theme as the screen shows it: « Frise » for a card without one, else its
    name in ``lang`` (``names``: theme id → a deck's ``Text`` or a draft's mapping), else its id."""
    if theme_id is None:
        return QCoreApplication.translate("CardFace", "Timeline")
    if not isinstance(theme_id, str):  # a draft's theme written as a list or a number: no name to find
        return ""
    return in_language(names[theme_id], lang) if theme_id in names else theme_id


def search_index(card: object, lang: str, theme: str) -> str:
    """What a search reads of ``card`` (a deck's ``Card`` or a draft's mapping): its texts in ``lang``
    (``bataille.deck.search``) and the words the screen shows around it (its kind, its ``theme``'s
    name from ``theme_label``, an event's month, a contested figure's mark). The browser and the
    editor's card list index their cards with it, and match them with ``matches``: the same search
    finds the same cards in both."""
    labels = [kind_label(str(value_of(card, "kind"))), theme]
    month = value_of(card, "month")
    if type(month) is int and 1 <= month <= 12:
        labels.append(QLocale(lang).standaloneMonthName(month))
    if value_of(card, "contested") is True:
        labels.append(QCoreApplication.translate("CardFace", "Contested figure"))
    return index_of([*card_texts(card, lang), *labels])


class CardListModel(QAbstractListModel):
    """The cards of one deck, in deck order, with their texts in the current language."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deck: Deck | None = None
        self._lang = "fr"
        self._search: list[str] = []
        self._titles: list[str] = []
        self._hits: tuple[tuple[str, ...], list[bool]] | None = None  # the last search's titles that hold it

    @property
    def deck(self) -> Deck | None:
        return self._deck

    @property
    def language(self) -> str:
        return self._lang

    def set_deck(self, deck: Deck | None, lang: str | None = None) -> None:
        self.beginResetModel()
        self._deck = deck
        if lang is not None:
            self._lang = lang
        self._index_search()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._index_search()
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1))

    def _index_search(self) -> None:
        deck = self._deck
        names = {theme.id: theme.name for theme in deck.themes} if deck else {}
        self._search = [search_index(c, self._lang, theme_label(c.theme, names, self._lang))
                        for c in deck.cards] if deck else []
        self._titles = [index_of([in_language(c.title, self._lang)]) for c in deck.cards] if deck else []
        self._hits = None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() or self._deck is None else len(self._deck.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._deck is None or not index.isValid():
            return None
        card = self._deck.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title.get(self._lang)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return card_summary(card, self._deck, self._lang)
        if role == CardRole:
            return card
        if role == SearchRole:
            return self._search[index.row()]
        return None

    def title_hits(self, terms: list[str]) -> list[bool]:
        """For each card, whether every term of a search begins a word of its title (read once a search)."""
        if self._hits is None or self._hits[0] != tuple(terms):
            self._hits = (tuple(terms), [matches(terms, title) for title in self._titles])
        return self._hits[1]


class CardFilter(QSortFilterProxyModel):
    """Shows the cards of one theme and kind that match the search (``bataille.deck.search``): those
    whose title holds the words typed first, then those that hold them elsewhere, each group in deck
    order (a teacher typing a word looks for the card it names before those that mention it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._theme: str | None = None
        self._kind: str | None = None
        self._terms: list[str] = []
        self.sort(0)  # by ``lessThan``: deck order while nothing is typed

    def set_theme(self, theme: str | None) -> None:
        """Only cards of this theme id (NO_THEME: cards without a theme; None: all)."""
        self._refilter(lambda: setattr(self, "_theme", theme))

    def set_kind(self, kind: str | None) -> None:
        self._refilter(lambda: setattr(self, "_kind", kind))

    def set_query(self, query: str) -> None:
        self._refilter(lambda: setattr(self, "_terms", query_terms(query)))
        self.invalidate()  # the order follows the words typed, not only which cards show

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt override
        model = self.sourceModel()
        if self._terms and isinstance(model, CardListModel):
            hits = model.title_hits(self._terms)
            if hits[left.row()] != hits[right.row()]:
                return hits[left.row()]
        return left.row() < right.row()

    def _refilter(self, change) -> None:
        self.beginFilterChange()
        change()
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 - Qt override
        index = self.sourceModel().index(row, 0, parent)
        card: Card = index.data(CardRole)
        if self._theme is not None and (card.theme or NO_THEME) != self._theme:
            return False
        if self._kind is not None and card.kind != self._kind:
            return False
        return matches(self._terms, index.data(SearchRole))


class CardDelegate(QStyledItemDelegate):
    """Draws each card of the list as a card, at the width the browser asks for."""

    MARGIN = 10

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.card_width = 260

    def card_size(self) -> QSize:
        return QSize(self.card_width, round(self.card_width * CARD_ASPECT))

    def cell_size(self) -> QSize:
        return self.card_size() + QSize(2 * self.MARGIN, 2 * self.MARGIN)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return self.cell_size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        card: Card = index.data(CardRole)
        if card is None or source.deck is None:
            return
        painter.save()
        cell = QRectF(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if selected or focused:
            # A thick ring, not a tint: the card's own colours stay as printed.
            pen = QPen(option.palette.highlight().color(), 5 if focused else 3)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawRoundedRect(cell.adjusted(3, 3, -3, -3), 14, 14)
        painter.setFont(option.font)
        paint_card(painter, cell.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN),
                   card, source.deck, source.language)
        painter.restore()
