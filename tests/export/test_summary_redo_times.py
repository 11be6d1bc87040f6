"""An action undone then redone keeps, in the summary, the moment the session file records for the
redo: a redo writes the undone event again with its own moment (``at``) kept, so the debate's close
and the workshop's end are read at that moment, never at the undo's or the redo's click. The close
is judged "time up" or not at that moment too.

A real session file (the last redo made after reopening it), read back with SQLite; the summaries
written by ``bataille summary``."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock

START = 1_800_000_000.0 - 1_800_000_000.0 % 3600
MINUTE = 60.0


@pytest.fixture(scope="module")
def redone(tmp_path_factory) -> Path:
    """Debates (30 min planned): a debate closed by hand at 29 min, undone at 31 (the time up by
    then), redone at 32; the phase ended at 33. The debrief (10 min) ended 12 min later: the
    workshop's close, undone 5 min later, the file closed, reopened 3 min later and the close redone."""
    deck = load_deck(bundled_deck_path())
    path = tmp_path_factory.mktemp("redo") / "atelier.bataille"
    clock = ManualClock(START)
    session = new_session(path, deck, clock, "fr", phase_ids=("debates", "debrief"))
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    session.start_phase("debates")
    session.open_round()
    session.record_vote("before", {"agree": 4, "disagree": 4, "undecided": 2})
    clock.advance(29 * MINUTE)
    session.close_round()
    clock.advance(2 * MINUTE)
    session.undo()
    assert session.remaining() < 0  # undone once the time had run out
    clock.advance(MINUTE)
    session.redo()
    clock.advance(MINUTE)
    session.end_phase()
    session.start_phase("debrief")
    clock.advance(12 * MINUTE)
    session.end_phase()
    clock.advance(5 * MINUTE)
    session.undo()
    close_session(session)
    clock.advance(3 * MINUTE)
    session = open_session(path, deck, clock)
    session.redo()
    close_session(session)
    return path


def _recorded(path: Path, kind: str) -> list[float]:
    """The moments the file records for the events of ``kind``, in order."""
    with sqlite3.connect(path) as db:
        return [at for (at,) in db.execute("SELECT at FROM events WHERE type = ? ORDER BY seq", (kind,))]


def _write(path: Path, name: str) -> Path:
    out = path.parent / name
    assert main(["summary", str(path), "-o", str(out), "--lang", "fr"]) == 0
    return out


def test_the_file_records_each_redo_at_the_moment_of_the_action_it_redoes(redone):
    closes, ends, undos = _recorded(redone, "round_closed"), _recorded(redone, "phase_ended"), _recorded(redone, "undone")
    assert closes == [START + 29 * MINUTE] * 2  # the close, and its redo
    assert ends[-2:] == [START + 45 * MINUTE] * 2  # the workshop's close, and its redo
    assert undos == [START + 31 * MINUTE, START + 50 * MINUTE]


def test_the_summary_ends_the_workshop_at_the_redone_close(redone):
    data = json.loads(_write(redone, "s.json").read_text(encoding="utf-8"))
    end = _recorded(redone, "phase_ended")[-1]
    assert data["session"]["ended_at"] == end == data["phases"][-1]["ended_at"]
    assert data["session"]["actual_seconds"] == end - START
    md = _write(redone, "s.md").read_text(encoding="utf-8")
    assert f"{datetime.fromtimestamp(START):%H:%M}\u00a0– {datetime.fromtimestamp(end):%H:%M}" in md


def test_the_redone_debate_closes_at_its_own_moment_and_by_hand(redone):
    """Closed by hand at 29 min: the undo at 31 and the redo at 32, both past the time, change nothing."""
    data = json.loads(_write(redone, "r.json").read_text(encoding="utf-8"))
    assert [r["closed_reason"] for r in data["rounds"]] == ["by_hand"]
    rows = list(csv.DictReader(io.StringIO(_write(redone, "r.csv").read_text(encoding="utf-8-sig")), delimiter=";"))
    closed = [r for r in rows if r["kind"] == "round_closed"]
    assert [r["time"] for r in closed] == [f"{datetime.fromtimestamp(_recorded(redone, 'round_closed')[-1]):%Y-%m-%d %H:%M:%S}"]
    assert [r["value"] for r in closed] == ["clos par l’animateur avant la fin du temps"]
    assert [r["kind"] for r in rows].count("phase_ended") == 2 and "undone" not in [r["kind"] for r in rows]
