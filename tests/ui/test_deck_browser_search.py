"""Searching the deck browser as a teacher types: a keyboard's ' and " find the deck's ’ and « »,
and a search that finds nothing says so instead of leaving a blank area."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path
from bataille.ui.deck_window.card_list import fold
from bataille.ui.deck_window.window import DeckWindow
from bataille.ui.settings import Settings


def found(window: DeckWindow, query: str) -> list[str]:
    window.browser.search.setText(query)
    return [card.id for card in window.browser.visible_cards()]


@pytest.mark.parametrize(("typed", "written"), [
    ("l'ia", "L’IA"), ("l’eau", "L'eau"), ("juge", "«\u00a0juge\u00a0»"), ('"juge"', "«\u00a0juge\u00a0»"),
    ("« judge »", "“judge”"), ("aujourd'hui", "aujourd‘hui"),
])
def test_apostrophes_and_quotation_marks_fold_alike(typed: str, written: str) -> None:
    words = fold(typed).split()
    assert words and all(word in fold(written) for word in words)


def test_a_keyboard_apostrophe_or_quote_finds_the_typeset_ones(window: DeckWindow) -> None:
    # The small deck writes L'eau and « intelligence artificielle » ; the teacher types either way.
    assert found(window, "l’eau") == found(window, "l'eau") == ["env-water"]
    assert found(window, '"intelligence artificielle"') == ["ev-1956"]
    assert found(window, "« intelligence »") == ["ev-1956"]


def test_l_ia_typed_on_a_keyboard_finds_the_bundled_decks_l_ia(qtbot, translations) -> None:
    window = DeckWindow(translations, Settings())
    qtbot.addWidget(window)
    window.open_deck(bundled_deck_path())
    curly = found(window, "l’IA")
    assert curly and found(window, "l'IA") == curly

