"""The JSON says why each debate closed, as the PDF and the table of actions do: ``time_up`` when its
phase's time had run out at that moment (the phase's clock: planned minutes and the minutes added,
pauses left out), ``by_hand`` when the facilitator closed it before; null while it is open.

A real session file, its JSON written by ``bataille summary`` and checked against the schema."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_json import load_schema, summary_dict
from bataille.export.summary_model import build_summary
from bataille.storage import close_session, new_session
from bataille.workshop import ManualClock
from bataille.workshop.fold import fold

START = 1_800_000_000.0 - 1_800_000_000.0 % 3600


@pytest.fixture(scope="module")
def session_path(tmp_path_factory) -> Path:
    """The debates phase (30 min planned). Debate 1 closed after 5 min; 5 minutes added at 20 min;
    debate 2 closed at 32 min of play: past the 30 planned, within the 35 the added minutes give
    (by hand); debate 3 closed at 36 min, past them too (time up: the added minutes ran out as
    well); debate 4 still open."""
    deck = load_deck(bundled_deck_path())
    path = tmp_path_factory.mktemp("closed") / "atelier.bataille"
    clock = ManualClock(START)
    session = new_session(path, deck, clock, "en")
    for name in ("Owls", "Otters"):
        session.add_team(name)
    session.start()
    session.start_phase("debates")
    assert session.remaining() == 30 * 60
    session.open_round()
    clock.advance(5 * 60)
    session.close_round()
    session.open_round()
    clock.advance(15 * 60)
    session.extend_timer(5)
    clock.advance(12 * 60)
    assert -3 * 60 < session.remaining() - 5 * 60 < 0  # past the planned minutes, not the added ones
    session.close_round()
    session.open_round()
    clock.advance(4 * 60)
    assert session.remaining() < 0  # the added minutes ran out too
    session.close_round()
    session.open_round()
    close_session(session)
    return path


def _json(path: Path, lang: str) -> dict:
    out = path.parent / f"summary-{lang}.json"
    assert main(["summary", str(path), "-o", str(out), "--lang", lang]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_json_says_why_each_debate_closed(session_path, lang):
    data = _json(session_path, lang)
    jsonschema.validate(data, load_schema())
    assert [r["closed_reason"] for r in data["rounds"]] == ["by_hand", "by_hand", "time_up", None]


def test_the_json_agrees_with_the_table_of_actions(session_path):
    """The CSV's words and the JSON's codes, debate by debate."""
    out = session_path.parent / "actions.csv"
    assert main(["summary", str(session_path), "-o", str(out), "--lang", "en"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    words = {"closed when the time ran out": "time_up", "closed by the facilitator before the time ran out": "by_hand"}
    said = [words[r["value"]] for r in rows if r["kind"] == "round_closed"]
    assert said == [r["closed_reason"] for r in _json(session_path, "en")["rounds"] if r["closed"]]


def test_a_summary_from_a_state_alone_does_not_guess(session_path):
    """A state alone does not know when its debates closed: no reason rather than a wrong one."""
    from bataille.storage.reader import read_session

    deck = load_deck(bundled_deck_path())
    state = fold(deck, read_session(session_path))
    data = summary_dict(build_summary(state, deck))
    jsonschema.validate(data, load_schema())
    assert [r["closed_reason"] for r in data["rounds"]] == [None] * 4
