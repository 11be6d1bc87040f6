"""What the rows of the editor's card list are made of: the draft's card files and every card they
hold (read from the draft, not the last valid deck), the files YAML cannot read and those with no card
yet, the data each row keeps (its card's id and place), the row kept chosen when the list is made
again, and the list itself, its titles wrapped on two lines.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from bataille.deck.folder import is_yaml
from bataille.ui.deck_window.editor.context import Context, translate

IdRole = Qt.ItemDataRole.UserRole + 30
WhereRole = Qt.ItemDataRole.UserRole + 31
SearchRole = Qt.ItemDataRole.UserRole + 32
UnreadRole = Qt.ItemDataRole.UserRole + 33  # the row of a card file YAML cannot read: its file
EmptyRole = Qt.ItemDataRole.UserRole + 34  # the row of a card file with no card yet: its file
UnfiledRole = Qt.ItemDataRole.UserRole + 35  # the row of a theme with no card and no card file yet: its id


def card_files(draft) -> list[str]:
    """The card files of the draft, as the loader reads them: .yaml and .yml in any case (deck.yaml holds no cards)."""
    return sorted(f for f in draft.texts if PurePosixPath(f).parent.name == "cards" and f.count("/") == 1
                  and is_yaml(PurePosixPath(f)) and f != "cards/deck.yaml")


def listed_cards(ctx: Context) -> list[tuple[str, int, dict]]:
    """(file, index, card mapping) of every card in the draft's card files."""
    found = []
    for file in card_files(ctx.draft):
        cards = ctx.value((file, ("cards",)))
        for index, card in enumerate(cards if isinstance(cards, list) else []):
            if isinstance(card, dict):
                found.append((file, index, card))
    return found


def empty_card_files(ctx: Context) -> list[str]:
    """The card files whose list of cards is empty: a new theme's, or one whose last card was deleted."""
    return [file for file in card_files(ctx.draft) if ctx.value((file, ("cards",))) == []]


def unfiled_themes(ctx: Context, listed: list[tuple[str, int, dict]]) -> list[str]:
    """The themes deck.yaml lists that no card file gives (its ``theme:``) and no card names: a theme
    written in deck.yaml by hand, or whose file was deleted. Each has a row « no card yet », and its first
    card makes its file, named after it, in the deck's cards/ folder. ``listed``: ``listed_cards(ctx)``."""
    themes = [t.get("id") for t in ctx.value(("cards/deck.yaml", ("themes",))) or [] if isinstance(t, dict)]
    used = {ctx.value((file, ("theme",))) for file in card_files(ctx.draft)}
    used |= {card.get("theme") for _f, _i, card in listed}
    return [theme for theme in themes if isinstance(theme, str) and theme not in used]


def empty_item(file: str, theme_name: str, icon: QIcon) -> QListWidgetItem:
    """The row of a card file with no card yet, where its cards will be: choosing it, then « + Fait » or
    « + Débat », puts a first card in it (and so in its theme)."""
    item = QListWidgetItem(translate("DeckEditor", "%1: no card yet").replace("%1", theme_name))
    item.setIcon(icon)
    item.setData(EmptyRole, file)
    item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)  # chosen, never dragged
    font = item.font()
    font.setItalic(True)
    item.setFont(font)
    item.setToolTip(translate("DeckEditor", "Choose this row, then + Fact or + Debate: the new card goes "
                              "into this theme (%1)").replace("%1", file))
    return item


def unreadable_card_files(ctx: Context) -> dict[str, object]:
    """The card files YAML cannot read, so that none of their cards can be listed: each with the first
    problem the deck's reader found in it (its line and column say what to correct)."""
    lost = {}
    for p in ctx.draft.problems:
        key = getattr(getattr(p.problem, "wording", None), "key", "")
        if p.file not in lost and key.startswith("yaml.") and p.file in card_files(ctx.draft) \
                and not isinstance(ctx.value((p.file, ("cards",))), list):
            lost[p.file] = p
    return lost


def kept_item(items: list[QListWidgetItem], card_id: str | None, where, row: int) -> QListWidgetItem | None:
    """The item to keep chosen after the list was made again: the card that was chosen, found by its
    place when it is still there with its id, else by its id (it moved: undo of a move), else by its
    place again (its id is being typed), else the nearest card of its file, else the nearest row."""
    at_place = next((item for item in items if item.data(WhereRole) == where), None) if where else None
    if at_place is not None and at_place.data(IdRole) == card_id:
        return at_place
    by_id = [item for item in items if card_id is not None and item.data(IdRole) == card_id]
    if by_id:
        return by_id[0]
    if at_place is not None:
        return at_place
    if where is not None:
        same_file = [item for item in items if item.data(WhereRole)[0] == where[0]]
        if same_file:
            return min(same_file, key=lambda item: abs(item.data(WhereRole)[1][1] - where[1][1]))
    if items and row >= 0:
        return items[min(row, len(items) - 1)]
    return None


def files_in_order(items: list) -> list[str]:
    """The files of listed cards in the order their groups come (a group cut in two counts twice)."""
    files: list[str] = []
    for item in items:
        file = item.data(WhereRole)[0]
        if not files or files[-1] != file:
            files.append(file)
    return files


class _FittedRows(QStyledItemDelegate):
    """Rows as wide as the list, whatever their text, and as tall as their title wrapped on two lines (the
    row of a file that cannot be read: one more): a teacher reads a card's whole title without
    hovering it; a title longer than that ends in "…" (its tooltip gives it whole). No horizontal
    scroll bar hides the rows' ends."""

    LINES = 2
    GAP = 4  # between two rows of two lines, where one card ends and the next begins

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt override
        wrapped = super().sizeHint(option, index).height()  # Qt wraps at the list's width (word wrap)
        one = QStyleOptionViewItem(option)
        self.initStyleOption(one, index)
        one.text = "x"  # the height of a row of one line, its icon and margins
        widget = one.widget
        style = widget.style() if widget is not None else QApplication.style()
        single = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, one, QSize(), widget).height()
        lines = self.LINES + str(index.data() or "").count("\n")
        most = single + (lines - 1) * QFontMetrics(one.font).lineSpacing()
        return QSize(1, min(wrapped, most) + self.GAP)


def card_rows_list() -> QListWidget:
    """The list of the cards' rows: each title wrapped on two lines at its width, never scrolled sideways."""
    cards = QListWidget()
    cards.setObjectName("editorCards")
    cards.setIconSize(QSize(10, 24))
    cards.setItemDelegate(_FittedRows(cards))
    cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    cards.setTextElideMode(Qt.TextElideMode.ElideRight)
    cards.setWordWrap(True)
    # Rows wrapped at the list's width grow taller as it narrows: a scroll bar always there, else it
    # could come and go as the rows it makes narrower grow and shrink.
    cards.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    return cards
