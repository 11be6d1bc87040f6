"""The table of actions (``.csv``) read as a spreadsheet reads it: the phones' answers counted in
their row, and each action of a debate (a vote, its reveal, the phones' answers) naming the
debate's card, so that a filter on ``vote_recorded`` still says which debate each vote was."""

from __future__ import annotations

import csv
import io

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary

from ..sessions import debate_session

A, B, C = "a" * 22, "b" * 22, "c" * 22  # three phones' tokens


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _rows(session, deck, path) -> list[dict[str, str]]:
    export_summary(session, deck, path)
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))


def test_the_phones_answers_are_counted_and_each_votes_debate_named(deck, tmp_path):
    s = debate_session(deck)
    s.record_phone_votes("before", {A: "agree", B: "disagree", C: "agree"})
    s.record_vote("before", {"agree": 12, "disagree": 6, "undecided": 6})
    s.reveal_votes("before")
    s.record_phone_votes("after", {A: "agree", B: "agree", C: "agree"})
    s.record_vote("after", {"agree": 3, "disagree": 0, "undecided": 0})
    first = deck.card(s.state.open_round.card_id).title.get("fr")
    s.close_round()
    s.open_round(seed=2)
    second = deck.card(s.state.open_round.card_id).title.get("fr")
    s.record_vote("before", {"agree": 10, "disagree": 10, "undecided": 4})
    rows = _rows(s, deck, tmp_path / "actions.csv")
    phones = [r for r in rows if r["kind"] == "phone_votes_recorded"]
    # the phones' share of the vote recorded next, which counts them: a sum of both rows would count
    # the room's phones twice
    assert [r["value"] for r in phones] == ["avant\u00a0: dont 3 par téléphone", "après\u00a0: dont 3 par téléphone"]
    assert first != second
    votes = [(r["card"], r["value"]) for r in rows if r["kind"] == "vote_recorded"]
    assert [card for card, _ in votes] == [first, first, second]
    assert {r["card"] for r in rows if r["kind"] in ("votes_revealed", "round_closed")} == {first}
