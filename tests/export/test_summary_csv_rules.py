"""The `.csv` table of actions gave the facilitator's rules (`rules_set`) no value: a spreadsheet
showed the kind and nothing of what was chosen. It now lists each rule in words with its value, in
the summary's language, written by `bataille summary` from a real session file and read back with
the csv module."""

from __future__ import annotations

import csv

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.workshop import ManualClock
from bataille.workshop.state import Rules

SAID = {
    "fr": ("cartes de la frise par équipe = 3\u202f; points d’une carte bien placée = 5\u202f; "
           "points d’une carte mal placée = 1\u202f; caractères d’un argument au plus = 140\u202f; "
           "points de chaque équipe du camp gagnant d’un débat = 2"),
    "en": ("timeline cards per team = 3; points for a card in the right place = 5; "
           "points for a card in the wrong place = 1; characters in an argument at most = 140; "
           "points to each team of a debate’s winning side = 2"),
}


@pytest.fixture(scope="module")
def session_path(tmp_path_factory):
    deck = load_deck(bundled_deck_path())
    path = tmp_path_factory.mktemp("rules") / "s.bataille"
    session = new_session(path, deck, ManualClock(1_796_112_000.0), "fr")
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.set_rules(Rules(timeline_cards_per_team=3, timeline_points_correct=5, timeline_points_wrong=1,
                            argument_max_chars=140, debate_points_won=2))
    session.start()
    close_session(session)
    return path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_rules_set_are_listed_in_words_with_their_values(session_path, tmp_path, lang):
    out = tmp_path / f"{lang}.csv"
    assert main(["summary", str(session_path), "-o", str(out), "--lang", lang]) == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";" if lang == "fr" else ","))
    assert [r["value"] for r in rows if r["kind"] == "rules_set"] == [SAID[lang]]


def test_a_rule_of_a_newer_version_is_named_by_its_key():
    from bataille.export.summary_actions import _rules

    assert _rules((("timeline_cards_per_team", 4), ("jokers", 2)), "en") == "timeline cards per team = 4; jokers = 2"
