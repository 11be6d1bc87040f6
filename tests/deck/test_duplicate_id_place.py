"""A duplicate id names the other card's place as it names its own: the file's path in the deck
folder, wherever the deck is and whichever folder the command runs from."""

from __future__ import annotations

from bataille.deck import load_deck
from bataille.deck.problems import DeckError

from .conftest import CARDS_YAML, write_deck


def test_the_first_card_with_the_id_is_named_by_its_path_in_the_deck(tmp_path, monkeypatch):
    deck = write_deck(tmp_path / "far" / "away" / "deck",
                      **{"cards/environment.yaml": CARDS_YAML.replace("id: env-debate", "id: env-water")})
    monkeypatch.chdir(tmp_path / "far")  # the deck's files are named relative to here: "away/deck/cards/…"
    try:
        load_deck(deck)
    except DeckError as error:
        [message] = [p.message_in("en") for p in error.problems if "have the id" in p.message_in("en")]
    assert message.endswith("(cards/environment.yaml:3:5 and cards/environment.yaml:14:5): change one of them"), message
    assert str(tmp_path) not in message and "away" not in message
