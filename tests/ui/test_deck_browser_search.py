"""Searching the deck browser as a teacher types: a keyboard's ' and " find the deck's ’ and « »,
and a search that finds nothing says so instead of leaving a blank area."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path
from bataille.deck.search import fold
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


def test_a_search_that_finds_nothing_says_so_in_the_cards_area(qtbot, window: DeckWindow) -> None:
    view = window.browser.view
    assert view.hint == ""
    assert found(window, "xyzzy") == []
    assert window.browser.count_label.text() == "0 carte affichée sur 4"
    assert view.hint == "Aucune carte ne correspond à «\u00a0xyzzy\u00a0»."
    assert view.hint in view.accessibleDescription()
    said = view.grab().toImage()
    view.set_hint("")
    assert view.grab().toImage() != said  # the sentence is drawn, not only stored

    window.browser.search.clear()
    window.browser.select_theme("bias")
    window.browser.select_kind("debate")  # no debate in that theme
    assert window.browser.visible_cards() == []
    assert view.hint == "Aucune carte de ce type dans ce thème."
    window.browser.select_kind(None)
    assert view.hint == ""
