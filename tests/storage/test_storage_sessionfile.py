"""The session file: commit per event, reopen and replay, lock, schema versions, write errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest

from bataille.storage import (
    CURRENT_VERSION,
    EmptySessionError,
    NotASessionFileError,
    SessionExistsError,
    SessionFile,
    SessionFileTooNewError,
    SessionLockedError,
    SessionWriteError,
    new_session,
    open_session,
)
from bataille.storage import schema as schema_module
from bataille.workshop import NotSavedError


def _play(session):
    session.add_team("Hiboux")
    session.add_team("Loutres")
    session.start()
    session.start_phase()
    session.open_round(card_id="work-debate-1")
    session.record_vote("before", {"agree": 4, "disagree": 2})
    session.add_argument("team-1", "Un argument « typographié »", side="for")
    session.add_takeaway("Note")
    session.undo()


def test_reopening_replays_exactly(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    _play(session)
    live, events = session.state, session.events
    session.close()
    reopened = open_session(path, deck, clock)
    assert reopened.events == events and reopened.state == live
    reopened.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_each_event_is_committed_before_the_action_returns(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    session.add_team("Hiboux")
    # Another connection sees it at once: it is committed, not buffered.
    reader = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    assert reader.execute("SELECT count(*) FROM events").fetchone()[0] == 2
    reader.close()
    session.close()


def test_create_refuses_an_existing_file(tmp_path):
    path = tmp_path / "s.bataille"
    path.write_text("hello")
    with pytest.raises(SessionExistsError, match="already exists"):
        SessionFile.create(path)


def test_a_second_opener_is_refused_with_the_pid(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    with pytest.raises(SessionLockedError, match=r"already open in another Bataille IA window \(pid \d+\)"):
        SessionFile.open(path)
    session.close()
    SessionFile.open(path).close()  # free again once closed


def test_another_process_is_refused(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    new_session(path, deck, clock).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from bataille.storage import SessionFile
            f = SessionFile.open({str(path)!r})
            print("held", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(SessionLockedError, match=f"pid {holder.pid}"):
            SessionFile.open(path)
    finally:
        holder.kill()
        holder.wait()
    SessionFile.open(path).close()  # the OS released the dead holder's lock


def _bytes(path):
    return path.read_bytes()


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    new_session(path, deck, clock).close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    db.close()
    before = _bytes(path)
    with pytest.raises(SessionFileTooNewError, match="newer version of Bataille IA.*not changed"):
        open_session(path, deck, clock)
    assert _bytes(path) == before
    assert not path.with_name(path.name + "-wal").exists()


@pytest.mark.parametrize("kind", ["text", "other-sqlite", "empty"])
def test_not_a_session_file(tmp_path, kind):
    path = tmp_path / "x.bataille"
    if kind == "text":
        path.write_text("not a database at all, just some words " * 20)
    elif kind == "other-sqlite":
        db = sqlite3.connect(path)
        db.execute("CREATE TABLE songs (title TEXT)")
        db.close()
    else:
        path.write_bytes(b"")
    before = _bytes(path)
    with pytest.raises(NotASessionFileError, match="not a Bataille IA session file"):
        SessionFile.open(path)
    assert _bytes(path) == before


def test_migrations_run_in_order_and_keep_events(tmp_path, deck, clock, monkeypatch):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    _play(session)
    live = session.state
    session.close()

    def add_note_column(db):
        db.execute("ALTER TABLE events ADD COLUMN note TEXT")

    monkeypatch.setattr(schema_module, "MIGRATIONS", [*schema_module.MIGRATIONS, add_note_column])
    monkeypatch.setattr(schema_module, "CURRENT_VERSION", CURRENT_VERSION + 1)
    import bataille.storage.sessionfile as sessionfile

    monkeypatch.setattr(sessionfile, "CURRENT_VERSION", CURRENT_VERSION + 1)
    reopened = open_session(path, deck, clock)
    assert reopened.state == live
    reopened.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION + 1
    assert "note" in [row[1] for row in db.execute("PRAGMA table_info(events)")]
    db.close()


def test_a_full_disk_keeps_the_events_and_retries(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock)
    db = session.store._db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite now answers "database or disk is full"
    with pytest.raises(NotSavedError, match="full") as info:
        for i in range(200):
            session.add_team(f"Équipe {i}") if i < 8 else session.rename_team("team-1", name=f"Nom {i}")
    assert isinstance(info.value.cause, SessionWriteError)
    assert session.pending >= 1 and info.value.changes.teams
    live = session.state
    db.execute("PRAGMA max_page_count = 1000000")
    session.flush()
    assert session.pending == 0
    session.close()
    reopened = open_session(path, deck, clock)
    assert reopened.state == live
    reopened.close()


def test_timers_survive_a_restart_of_the_app(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, clock, agenda_minutes=60)
    session.add_team("A")
    session.add_team("B")
    session.start()
    session.start_phase()
    clock.advance(90)
    session.close()  # the app quits (or crashes) with the timer running
    clock.advance(30)
    reopened = open_session(path, deck, clock)
    assert reopened.remaining() == 7 * 60 - 120
    reopened.close()


def test_a_file_without_events_is_refused_clearly(tmp_path, deck, clock):
    path = tmp_path / "s.bataille"
    SessionFile.create(path).close()  # as if killed before the set-up event was written
    with pytest.raises(EmptySessionError, match="interrupted while being created"):
        open_session(path, deck, clock)
    SessionFile.open(path).close()  # and the lock was released
