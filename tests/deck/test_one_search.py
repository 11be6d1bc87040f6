"""The one rule of a card search (``bataille.deck.search``), without Qt: the deck browser reads a
deck's cards, the editor the mappings of a draft; both readings find the same cards, and a word
typed must begin a word of the card, case and accents aside, in the language the cards are shown in."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.draft import Draft
from bataille.deck.search import card_matches, fold, index_of, matches, query_terms

QUERIES = ["eau", "EAU", "réseau", "Énergie", "energie", "l'IA", "L’IA", "données", "DONNÉES", "« juge »",
           "Buolamwini 2018", "AIE", "IEA", "bias-gender", "34,7", "2023", "water", "Judge", "women’s"]


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module")
def mappings():
    """Each card as the editor reads it from the draft's files: id → mapping."""
    draft = Draft.open(bundled_deck_path())
    found = {}
    for file in sorted(draft.texts):
        if file.startswith("cards/") and file != "cards/deck.yaml":
            for card in draft.value((file, ("cards",))) or []:
                found[card["id"]] = card
    return found


def found(deck, query: str, lang: str = "fr") -> list[str]:
    return [card.id for card in deck.cards if card_matches(query, card, lang)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_deck_s_card_and_its_mapping_in_a_draft_match_alike(deck, mappings, lang):
    assert sorted(mappings) == sorted(card.id for card in deck.cards)
    for query in QUERIES:
        from_mappings = [card.id for card in deck.cards if card_matches(query, mappings[card.id], lang)]
        assert from_mappings == found(deck, query, lang), query


def test_a_word_typed_begins_a_word_of_the_card(deck):
    eau = found(deck, "eau")
    assert {"ev-2023-water", "env-water-stress"} <= set(eau)  # « L’eau », « l’eau manque »
    assert "env-datacentres-emissions" not in eau  # its « réseaux » hold "eau" but do not begin with it
    assert "env-datacentres-emissions" in found(deck, "réseau") == found(deck, "RESEAU")
    assert eau == found(deck, "EAU") == found(deck, "Eau")


def test_accents_capitals_apostrophes_and_quotes_fold_alike(deck):
    assert found(deck, "Énergie") == found(deck, "ENERGIE") == found(deck, "energie") != []
    assert found(deck, "l'IA") == found(deck, "L’IA") != []
    assert found(deck, "« juge »") == found(deck, '"juge"') == found(deck, "Juge") != []
    assert found(deck, "women's", "en") == found(deck, "WOMEN’S", "en") != []


def test_words_typed_together_follow_each_other_on_the_card(deck):
    assert set(found(deck, "l'ia")) < set(found(deck, "ia"))  # « l’IA », not any "l" and any "ia"
    assert found(deck, "34,7") == ["bias-gender-shades"]  # « 34,7 % »
    assert found(deck, "bias-gender") == ["bias-gender-shades"]  # by the beginning of its id
    index = index_of(["Le titre finit ici", "Le texte commence là"])
    assert not matches(query_terms("ici-le"), index)  # never across two fields
    assert matches(query_terms("ici le"), index)


def test_what_is_looked_at(deck):
    assert found(deck, "darker") == [] and "bias-gender-shades" in found(deck, "darker", "en")  # the language shown
    shades = deck.card("bias-gender-shades")
    assert card_matches("Buolamwini 2018", shades, "fr")  # its source: publisher and year
    assert card_matches("Intersectional Accuracy", shades, "fr")  # its source's title
    assert not card_matches("Microsoft", shades, "fr")  # only in its facilitator notes
    assert "ev-2025-iea-energy" in found(deck, "AIE") and "ev-2025-iea-energy" in found(deck, "IEA")
    assert query_terms("  « »  ") == [] and card_matches("", shades, "fr")  # nothing asked: every card
    assert fold("Énergie L’IA « x »") == "energie l'ia   x  "
