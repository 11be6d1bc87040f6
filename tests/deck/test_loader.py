"""The reader turns a valid deck folder into a frozen Deck with every field in place."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import DebateCard, DeckError, EventCard, FactCard, load_deck

from .conftest import write_deck


def test_mini_deck_loads_with_all_kinds(mini_deck: Path) -> None:
    deck = load_deck(mini_deck)
    assert deck.id == "mini" and deck.version == "1.0.0" and deck.languages == ("fr", "en")
    fact = deck.card("env-water")
    assert isinstance(fact, FactCard) and fact.contested and fact.figure.get("en") == "700,000 L"
    assert fact.sources[0].url == "https://arxiv.org/abs/2304.03271"
    debate = deck.card("env-debate")
    assert isinstance(debate, DebateCard) and debate.theme == "environment"
    assert debate.prompts_for[0].get("fr") == "Pour."
    event = deck.card("ev-1956")
    assert isinstance(event, EventCard) and (event.year, event.month, event.theme) == (1956, 8, None)
    scenario = deck.scenario("frugal")
    assert dict(scenario.decisions[0].option("a").effects) == {"environment": 2, "trust": -1}
    assert [p.minutes for p in deck.agenda.phases] == [10, 30]


def test_the_deck_can_be_named_by_its_cards_folder_or_manifest(mini_deck: Path) -> None:
    assert load_deck(mini_deck / "cards").id == "mini"
    assert load_deck(mini_deck / "cards" / "deck.yaml").id == "mini"


def test_content_hash_changes_with_content(tmp_path: Path) -> None:
    a = load_deck(write_deck(tmp_path / "a"))
    b = load_deck(write_deck(tmp_path / "b"))
    assert a.content_hash == b.content_hash
    path = tmp_path / "b" / "cards" / "environment.yaml"
    path.write_text(path.read_text().replace("Atelier fondateur.", "Atelier fondateur !"))
    assert load_deck(tmp_path / "b").content_hash != a.content_hash


def test_merge_keys_and_anchors_are_honoured(tmp_path: Path) -> None:
    from .conftest import CARDS_YAML

    cards = CARDS_YAML.replace(
        "  - id: env-debate\n    kind: debate\n",
        "  - &base\n    id: env-debate\n    kind: debate\n",
    ) + "  - <<: *base\n    id: env-debate-2\n"
    deck = load_deck(write_deck(tmp_path / "d", **{"cards/environment.yaml": cards}))
    assert deck.card("env-debate-2").claim == deck.card("env-debate").claim


def test_not_a_deck_folder(tmp_path: Path) -> None:
    with pytest.raises(DeckError, match="no deck here"):
        load_deck(tmp_path)
