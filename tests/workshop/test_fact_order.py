"""The fact cards in the order a facilitator looks for them in a debate: the debate's theme first, its
facts closest to the debate first (the significant words they share, a count anyone can check), then
the other themes, each whole, in the deck's order. On the bundled deck, as the console fills its list."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.fact_order import (
    fact_score,
    facts_by_theme,
    shared_words,
    significant_words,
    stem,
)


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _debate(deck, title_fr: str):
    return next(card for card in deck.cards_of("debate") if card.title.get("fr") == title_fr)


def test_words_are_compared_folded_and_short_or_common_words_say_nothing() -> None:
    assert stem("Écoles") == stem("école") == "ecole" and stem("Devoirs") == stem("devoir")
    assert significant_words("L’école devrait interdire l’IA pour les devoirs.") == {"ecole", "devrait", "interdire",
                                                                                     "devoir"}
    assert significant_words("AI for the homework, with a tool") == {"homework", "tool"}  # "with" is everywhere


@pytest.mark.parametrize(("lang", "first"), [("fr", "École\u00a0: l’IA autorisée à partir de la 4e"),
                                             ("en", "French schools: AI allowed from age 13")])
def test_the_fact_the_homework_debate_quotes_comes_first(deck, lang, first) -> None:
    """« Interdire l’IA pour les devoirs à la maison »: its context quotes the 4e rule, fifth of its
    theme in the deck's order; the deck's first fact of the theme (online gig workers) says nothing of it."""
    debate = _debate(deck, "Interdire l’IA pour les devoirs à la maison")
    groups = facts_by_theme(deck, debate, lang)
    theme, facts = groups[0]
    assert theme == debate.theme == "society"
    assert facts[0].title.get(lang) == first
    in_deck = [card for card in deck.cards_of("fact") if card.theme == "society"]
    assert in_deck.index(facts[0]) == 4  # fifth in the deck: first here
    assert fact_score(facts[0], debate, lang) >= 4
    assert fact_score(in_deck[0], debate, lang) < fact_score(facts[0], debate, lang)
    scores = [fact_score(card, debate, lang) for card in facts]
    assert scores == sorted(scores, reverse=True)
    tied = [card for card in facts if fact_score(card, debate, lang) == 0]
    assert tied == [card for card in in_deck if card in tied]  # between equals, the deck's order


def test_the_score_is_the_words_shared_and_can_be_read(deck) -> None:
    debate = _debate(deck, "Interdire l’IA pour les devoirs à la maison")
    fact = next(card for card in deck.cards_of("fact") if card.title.get("fr").startswith("École"))
    shared = shared_words(fact, debate, "fr")
    assert {"ecole", "devoir", "autorisee"} <= shared and fact_score(fact, debate, "fr") == len(shared)


def test_every_other_theme_follows_whole_in_the_decks_order(deck) -> None:
    debate = _debate(deck, "Interdire l’IA pour les devoirs à la maison")
    groups = facts_by_theme(deck, debate, "fr")
    assert [theme for theme, _ in groups] == ["society"] + [t.id for t in deck.themes if t.id != "society"]
    for theme, facts in groups[1:]:
        assert facts == [card for card in deck.cards_of("fact") if card.theme == theme]
    assert sum(len(facts) for _, facts in groups) == len(deck.cards_of("fact"))  # none lost, none twice
    assert len({card.id for _, facts in groups for card in facts}) == len(deck.cards_of("fact"))


def test_without_a_debate_every_theme_in_the_decks_order(deck) -> None:
    groups = facts_by_theme(deck, None, "fr")
    assert [theme for theme, _ in groups] == [t.id for t in deck.themes]
    assert [card for _, facts in groups for card in facts] == sorted(
        deck.cards_of("fact"), key=lambda card: [t.id for t in deck.themes].index(card.theme))
