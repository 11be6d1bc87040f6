"""The recent-sessions list: newest first, summarised without a deck, readable while open elsewhere."""

from __future__ import annotations

import os
import sqlite3

from bataille.storage import CURRENT_VERSION, new_session, recent_sessions


def _session(folder, name, deck, clock, teams, phase=False):
    session = new_session(folder / f"{name}.bataille", deck, clock)
    for team in teams:
        session.add_team(team)
    if phase:
        session.start()
        session.start_phase("debate")
    return session


def test_recent_sessions_newest_first_with_a_summary(tmp_path, deck, clock):
    old = _session(tmp_path, "old", deck, clock, ["A", "B"])
    old.close()
    os.utime(tmp_path / "old.bataille", (1_000_000, 1_000_000))
    kept_open = _session(tmp_path, "open", deck, clock, ["Hiboux", "Loutres", "Renards"], phase=True)
    newer = tmp_path / "newer.bataille"
    _session(tmp_path, "newer", deck, clock, ["X", "Y"]).close()
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    db.close()
    os.utime(newer, (2_000_000, 2_000_000))
    (tmp_path / "notes.txt").write_text("not a session")
    (tmp_path / "broken.bataille").write_text("garbage")
    os.utime(tmp_path / "broken.bataille", (500_000, 500_000))
    before = newer.read_bytes()

    listed = recent_sessions(tmp_path)

    assert [r.path.name for r in listed] == ["open.bataille", "newer.bataille", "old.bataille", "broken.bataille"]
    current = listed[0]
    assert current.error is None and current.deck_id == "sample" and current.started
    assert current.teams == ("Hiboux", "Loutres", "Renards") and current.last_phase_id == "debate"
    assert current.created_at == clock.now()
    assert "newer version" in listed[1].error and newer.read_bytes() == before
    assert listed[2].teams == ("A", "B") and listed[2].last_phase_id is None
    assert "not a Bataille IA session file" in listed[3].error
    assert [r.path.name for r in recent_sessions(tmp_path, limit=1)] == ["open.bataille"]
    kept_open.close()


def test_no_folder_no_sessions(tmp_path):
    assert recent_sessions(tmp_path / "missing") == []


def test_a_session_run_to_its_end_is_said_over(tmp_path, deck, clock):
    """The next class of the day: the workshop of the hour before is listed as over, not to resume."""
    session = _session(tmp_path, "ended", deck, clock, ["A", "B"])
    session.start()
    while session.state.agenda.next_pending is not None:
        session.start_phase()
    assert not recent_sessions(tmp_path)[0].over  # its last phase still under way
    session.end_phase()
    session.close()
    listed = recent_sessions(tmp_path)
    assert listed[0].started and listed[0].over
