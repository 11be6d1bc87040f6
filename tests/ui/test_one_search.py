"""One search in the deck window: the browser's search and the editor's card filter find the same
cards for the same words, on the bundled deck, whatever the accents and capitals typed. A teacher
who searched in the browser and pressed « Modifier le jeu » (the search comes along) saw another
list: « eau » found 28 cards in one and 40 in the other (« réseau », « nouveau », « beaucoup »…)."""

from __future__ import annotations

import shutil

import pytest

from bataille.deck import bundled_deck_path
from bataille.ui.deck_window.editor.card_rows import IdRole

from .editor_helpers import editor_window, wait_refresh

QUERIES = {
    "fr": ["eau", "EAU", "eau douce", "réseau", "RÉSEAU", "reseaux", "Énergie", "ENERGIE", "énergie",
           "l'IA", "L’IA", "données", "DONNEES", "Juge", "« juge »", "Buolamwini 2018", "AIE", "IEA",
           "bias-gender", "34,7", "Frise", "débat", "2023", "août", "mars"],
    "en": ["water", "WATER", "Energy", "judge", "“judge”", "AIE", "IEA", "Timeline", "debate", "2023", "August"],
}


@pytest.fixture
def window(qtbot, translations, tmp_path):
    """The deck window on a copy of the bundled deck (the editor writes nothing without a save)."""
    folder = tmp_path / "deck"
    for part in ("cards", "scenarios", "assets"):
        shutil.copytree(bundled_deck_path() / part, folder / part)
    window = editor_window(qtbot, translations)
    window.open_deck(folder)
    return window


def in_browser(window, query: str) -> list[str]:
    window.browser.search.setText(query)
    return sorted(card.id for card in window.browser.visible_cards())


def in_editor(window, query: str) -> list[str]:
    cards = window.editing.editor.cards.cards
    cards.filter.setText(query)
    return sorted(item.data(IdRole) for item in cards._card_items() if not item.isHidden())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_browser_and_the_editor_find_the_same_cards(qtbot, translations, window, lang):
    if lang == "en":
        translations.set_language("en")
        qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=3000)
    found = {query: in_browser(window, query) for query in QUERIES[lang]}
    window.browser.search.setText(QUERIES[lang][0])
    window.edit_button.click()  # « Modifier le jeu »: the search comes along
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    cards = editor.cards.cards
    assert cards.filter.text() == QUERIES[lang][0]
    total = len(window.deck.cards)
    for query in QUERIES[lang]:
        assert found[query], f"{query!r} finds nothing in the browser"
        assert in_editor(window, query) == found[query], query
        shown = len(found[query])
        assert cards.heading.accessibleName() == (f"Cartes\u00a0: {shown} sur {total}" if lang == "fr"
                                                   else f"Cards: {shown} of {total}")


def test_what_a_search_finds_in_both(window):
    """Case and accents aside, every word typed must begin a word of the card, in the language shown."""
    eau = in_browser(window, "eau")
    assert "ev-2023-water" in eau and "env-water-stress" in eau  # « L’eau », « eau douce »
    assert "env-datacentres-emissions" not in eau  # only « réseaux » there: not a card about water
    assert eau == in_browser(window, "EAU") == in_browser(window, "Eau")
    assert in_browser(window, "Énergie") == in_browser(window, "ENERGIE") == in_browser(window, "energie")
    l_ia = in_browser(window, "l'IA")
    assert l_ia == in_browser(window, "L’IA") and set(l_ia) < set(in_browser(window, "ia"))  # « l’IA », in a row
    assert in_browser(window, "34,7") == ["bias-gender-shades"]  # « 34,7 % », its words in a row
    # A publisher, by its name in either language (IEA, « AIE »)
    assert "ev-2025-iea-energy" in in_browser(window, "AIE") and "ev-2025-iea-energy" in in_browser(window, "IEA")
    assert in_browser(window, "darker") == []  # the cards in French: their English words are not looked at
    assert "bias-gender-shades" in in_browser(window, "femmes")


def test_the_cards_looked_for_stay_when_the_language_changes(qtbot, translations, window):
    window.browser.search.setText("2023")
    window.edit_button.click()
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    translations.set_language("en")  # the editor's pages are made again, in English
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File", timeout=3000)
    wait_refresh(qtbot, editor)
    cards = editor.cards.cards
    assert cards.filter.text() == "2023"  # it was emptied, every card listed again
    assert in_editor(window, "2023") == in_browser(window, "2023") != []
