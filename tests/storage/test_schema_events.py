"""Each schema version names the events it may hold: a new event kind or field raises the version,
so that an older app refuses a newer file as "made by a newer version", not as damaged."""

from __future__ import annotations

import sqlite3
from dataclasses import fields

import pytest

from bataille.storage import CURRENT_VERSION, SessionFileTooNewError, new_session, open_session
from bataille.storage import header as header_module
from bataille.workshop.events import EVENT_TYPES

# The events (type: fields and their declared types) a file of each version may hold. When this
# test fails, add a migration to storage/schema.py (an empty one if no table changes) and the
# events of the new version here; never edit a published version's line.
VERSION_3 = {
    "agenda_set": "phases: tuple[tuple[str, str, int], ...]",
    "argument_added": "number: int, team_id: str, side: str, text: str",
    "card_placed": "team_id: str, card_id: str, position: int, correct: bool, final_position: int,"
                   " points: int",
    "commitment_added": "text: str, team_id: str | None",
    "consequence_left": "team_id: str, to_ending: bool",
    "debrief_line_removed": "which: str, index: int, text: str, team_id: str | None",
    "evidence_played": "number: int, team_id: str, card_id: str",
    "language_set": "lang: str",
    "option_chosen": "team_id: str, scenario_id: str, decision_id: str, option_id: str, effects: Pairs",
    "phase_ended": "phase_id: str",
    "phase_skipped": "phase_id: str",
    "phase_started": "phase_id: str",
    "phone_feedback_recorded": "answers: tuple[tuple[str, int, str | None, str], ...]",
    "phone_votes_recorded": "number: int, stage: str, votes: tuple[tuple[str, str], ...],"
                            " teams: tuple[tuple[str, str], ...]",
    "points_awarded": "team_id: str, points: int, reason: str, number: int | None",
    "round_closed": "number: int",
    "round_opened": "number: int, theme_id: str, card_id: str, phase_id: str | None, seed: int | None",
    "rules_set": "rules: Pairs",
    "scenario_started": "team_id: str, scenario_id: str, decisions: tuple[str, ...], indicators: Pairs",
    "session_created": "deck_id: str, deck_version: str, deck_hash: str, lang: str,"
                       " phases: tuple[tuple[str, str, int], ...], rules: Pairs, deck_folder: str",
    "session_started": "",
    "sides_assigned": "number: int, sides: tuple[tuple[str, str], ...], seed: int | None",
    "takeaway_added": "text: str",
    "team_added": "team_id: str, name: str, colour: str",
    "team_changed": "team_id: str, name: str, colour: str",
    "team_removed": "team_id: str",
    "timeline_dealt": "seed: int, cards_per_team: int, start_cards: tuple[str, ...],"
                      " hands: tuple[tuple[str, tuple[str, ...]], ...]",
    "timer_extended": "phase_id: str, minutes: int",
    "timer_paused": "phase_id: str",
    "timer_resumed": "phase_id: str",
    "undone": "target: int",
    "vote_recorded": "number: int, stage: str, by: VoteCounts",
    "votes_revealed": "number: int, stage: str",
}
EVENTS_BY_VERSION = {3: VERSION_3}


def _events_known_now() -> dict[str, str]:
    return {
        name: ", ".join(f"{f.name}: {f.type}" for f in fields(cls) if f.name != "at")
        for name, cls in EVENT_TYPES.items()
    }


def test_the_events_a_file_may_hold_are_those_of_its_schema_version():
    assert CURRENT_VERSION in EVENTS_BY_VERSION, (
        f"schema version {CURRENT_VERSION} does not list its events in this test")
    known, listed = _events_known_now(), EVENTS_BY_VERSION[CURRENT_VERSION]
    changed = sorted(name for name in known.keys() | listed.keys() if known.get(name) != listed.get(name))
    assert not changed, (
        f"events changed since schema version {CURRENT_VERSION} was published: {changed}. An older "
        "app would read such a file as damaged: add a migration (an empty one will do) and list the "
        "new version's events here.")


def test_an_app_of_version_2_says_a_newer_file_is_too_new(tmp_path, deck, clock, monkeypatch):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    session.add_team("Hiboux")
    session.add_team("Loutres")
    session.start()
    session.add_takeaway("Une ligne mal tapée")
    session.remove_debrief_line("takeaway", 0)  # an event an app of version 2 does not know
    session.close()
    before = path.read_bytes()
    monkeypatch.setattr(header_module, "CURRENT_VERSION", 2)
    with pytest.raises(SessionFileTooNewError, match="newer version of Bataille IA"):
        open_session(path, deck, clock)
    assert path.read_bytes() == before


def test_a_version_2_file_opens_and_a_copy_of_it_is_kept(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    session.add_team("Hiboux")
    session.add_team("Loutres")
    session.start()
    session.add_takeaway("Note")
    events = session.events
    session.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 2")
    db.close()
    reopened = open_session(path, deck, clock)
    assert reopened.events == events
    assert reopened.store.migrated_copy == tmp_path / "s.bataille.before-migration-v2"
    reopened.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION == 3
    db.close()
