"""The browser's search as a teacher reads it: the cards whose title holds the words typed come first,
then those that hold them elsewhere (their text, a source), each group in deck order."""

from __future__ import annotations

from bataille.deck import bundled_deck_path
from bataille.deck.search import index_of, matches, query_terms
from bataille.ui.deck_window.window import DeckWindow
from bataille.ui.settings import Settings


def bundled_window(qtbot, translations) -> DeckWindow:
    window = DeckWindow(translations, Settings())
    qtbot.addWidget(window)
    window.open_deck(bundled_deck_path())
    return window


def titled(card, words: str) -> bool:
    return matches(query_terms(words), index_of([card.title.get("fr")]))


def test_cards_named_by_the_words_typed_come_before_those_that_mention_them(qtbot, translations) -> None:
    window = bundled_window(qtbot, translations)
    order = [card.id for card in window.deck.cards]
    for words in ("eau", "données", "droit"):
        window.browser.search.setText(words)
        shown = window.browser.visible_cards()
        named = [card for card in shown if titled(card, words)]
        mentioned = [card for card in shown if not titled(card, words)]
        assert named and mentioned, words  # both groups, or the order proves nothing
        assert shown == named + mentioned, words
        for group in (named, mentioned):  # deck order within each group
            assert [card.id for card in group] == sorted((card.id for card in group), key=order.index)
    assert window.browser.count_label.text().startswith(f"{len(shown)} cartes affichées")


def test_without_words_typed_the_cards_are_in_deck_order_again(qtbot, translations) -> None:
    window = bundled_window(qtbot, translations)
    window.browser.search.setText("eau")
    first = window.browser.visible_cards()[0]
    window.browser.search.clear()
    assert window.browser.visible_cards() == list(window.deck.cards)
    window.browser.select_theme("environment")  # a theme and words: the same order inside the theme
    window.browser.search.setText("eau")
    shown = window.browser.visible_cards()
    assert shown[0] == first and all(card.theme == "environment" for card in shown)
    assert [titled(card, "eau") for card in shown] == sorted((titled(card, "eau") for card in shown), reverse=True)


def test_the_order_follows_the_language_of_the_cards(qtbot, translations) -> None:
    window = bundled_window(qtbot, translations)
    window.choose_language("en")
    window.browser.search.setText("water")
    shown = window.browser.visible_cards()
    named = [matches(query_terms("water"), index_of([card.title.get("en")])) for card in shown]
    assert any(named) and not all(named) and named == sorted(named, reverse=True)
