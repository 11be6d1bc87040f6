"""The « Fait » list of the debate page: the fact cards to play, in the order a facilitator looks for
them (``deck.fact_order``): the open debate's theme first, its facts closest to the debate first, then
each other theme under its name. A theme's name is a heading, never a card: it cannot be chosen,
the search (any word of a title or a figure) and its completion never offer it, Enter never plays it."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItemModel
from PySide6.QtWidgets import QComboBox

from bataille.deck.fact_order import facts_by_theme
from bataille.deck.models import DebateCard, Deck
from bataille.words import for_the_font
from bataille.workshop import DebateRound, Evidence


def search_facts_only(combo: QComboBox) -> None:
    """The completion of ``combo`` (an editable list of facts) offers the cards, not the headings: its
    rows with no card id are left out."""
    completer = combo.completer()
    cards = QSortFilterProxyModel(completer)
    cards.setSourceModel(combo.model())
    cards.setFilterRole(Qt.ItemDataRole.UserRole)  # a card's id; a heading, a separator have none
    cards.setFilterRegularExpression(QRegularExpression("."))
    completer.setModel(cards)  # the combo maps a completion back to its own row through this proxy


def fill_facts(combo: QComboBox, deck: Deck, rnd: DebateRound | None, lang: str) -> None:
    """``combo`` holds the facts not played yet in ``rnd``, grouped as ``facts_by_theme`` orders them;
    each theme after the first under a separator and its name (a disabled, bold heading)."""
    played = {e.card_id for e in rnd.evidence} if rnd else set()
    try:
        debate = deck.card(rnd.card_id) if rnd is not None else None
    except KeyError:  # a card the deck no longer has: the facts in the deck's order
        debate = None
    groups = facts_by_theme(deck, debate if isinstance(debate, DebateCard) else None, lang)
    model = combo.model()
    combo.clear()
    for k, (theme, facts) in enumerate(groups):
        facts = [card for card in facts if card.id not in played]
        if not facts:
            continue
        if k or rnd is None or theme != rnd.theme_id:  # the debate's own theme comes first, unheaded
            if combo.count():
                combo.insertSeparator(combo.count())
            combo.addItem(for_the_font(deck.theme_name(theme, lang) if theme else ""), None)
            _heading(model, combo.count() - 1)
        for card in facts:
            text = for_the_font(f"{card.title.get(lang)} ({card.figure.get(lang)})")
            combo.addItem(text, card.id)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)


def _heading(model, row: int) -> None:
    """Row ``row`` a theme's name: bold, neither enabled nor selectable."""
    if not isinstance(model, QStandardItemModel):
        return
    item = model.item(row)
    item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable))
    font = QFont(item.font())
    font.setBold(True)
    item.setFont(font)


def first_fact(combo: QComboBox) -> int:
    """The first row that is a card (-1 when none is)."""
    return next((i for i in range(combo.count()) if combo.itemData(i)), -1)


def find_fact(combo: QComboBox, written: str) -> int:
    """The row of the card ``written`` names: its whole text, else the first card whose text holds
    it, as the completion lists them (-1 when none does). A heading is never found."""
    rows = [i for i in range(combo.count()) if combo.itemData(i)]
    whole = next((i for i in rows if combo.itemText(i) == written), -1)
    if whole >= 0 or not written.strip():
        return whole
    folded = written.strip().casefold()
    return next((i for i in rows if folded in combo.itemText(i).casefold()), -1)


def played_fact(deck: Deck, rnd: DebateRound | None, lang: str, written: str) -> Evidence | None:
    """The fact already played in ``rnd`` that ``written`` names, as ``find_fact`` would have found it
    in the list before it left it (its whole text, else the first whose text holds it); else None."""
    folded = written.strip().casefold()
    if rnd is None or not folded:
        return None
    texts = []
    for played in rnd.evidence:
        try:
            card = deck.card(played.card_id)
        except KeyError:  # a card the deck no longer has: named by its id
            texts.append((played, played.card_id))
            continue
        texts.append((played, for_the_font(f"{card.title.get(lang)} ({card.figure.get(lang)})")))
    whole = next((played for played, text in texts if text.casefold() == folded), None)
    return whole or next((played for played, text in texts if folded in text.casefold()), None)
