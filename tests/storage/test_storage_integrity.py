"""Schema v2: a chained digest per event, verified on every read; v1 files migrated after a copy; recovery."""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import json
import shutil
import sqlite3
import struct
from pathlib import Path

import pytest

from bataille.storage import (
    CURRENT_VERSION,
    DamagedSessionError,
    SessionFile,
    SessionFileError,
    SessionLockedError,
    close_session,
    new_session,
    open_session,
    recent_sessions,
    recover_session,
)
from bataille.storage.schema import APPLICATION_ID, CHAIN_START, event_digest
from bataille.storage.sessionfile import connect_read_only, read_events
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.events import Undone


def _play(session, more: bool = False) -> None:
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.start_phase()
    session.open_round(card_id="work-debate-1")
    session.record_vote("before", {"agree": 4, "disagree": 2})
    session.add_argument("team-1", "Un argument « typographié » ✨", side="for")
    session.award_points("team-2", 3, "Bel argument")
    if more:
        session.add_takeaway("L'IA consomme de l'eau")
        session.undo()


def _session_file(folder: Path, deck, clock, name: str = "s.bataille") -> tuple[Path, tuple]:
    path = folder / name
    session = new_session(path, deck, clock)
    _play(session, more=True)
    events = session.events
    close_session(session)
    return path, events


def _rows(path: Path) -> list[tuple]:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT seq, CAST(type AS BLOB), at, CAST(payload AS BLOB), digest "
                          "FROM events ORDER BY seq").fetchall()
    finally:
        db.close()


def _chain_ok(path: Path) -> bool:
    previous = CHAIN_START
    for seq, type_name, at, payload, digest in _rows(path):
        if digest != event_digest(previous, seq, type_name, at, payload):
            return False
        previous = digest
    return True


def _tamper(path: Path, sql: str, *args) -> None:
    """Change the file behind SQLite's back, as a flipped bit would (the digests are left as they are)."""
    db = sqlite3.connect(path)
    db.execute(sql, args)
    db.commit()
    db.close()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith((".lock", "-shm"))}


# -- the digest ---------------------------------------------------------------------------------


def test_each_event_carries_a_digest_chained_to_the_one_before(tmp_path, deck, clock):
    path, events = _session_file(tmp_path, deck, clock)
    rows = _rows(path)
    assert len(rows) == len(events) and all(len(row[4]) == 32 for row in rows)
    assert _chain_ok(path)
    # Reopened, the chain goes on from the last digest.
    session = open_session(path, deck, clock)
    session.add_takeaway("Après réouverture")
    close_session(session)
    assert _chain_ok(path) and len(_rows(path)) == len(events) + 1
    assert open_session(path, deck, clock).events[-1].text == "Après réouverture"


def test_the_digest_covers_seq_time_type_and_the_exact_payload_bytes():
    base = event_digest(CHAIN_START, 3, b"team_added", 10.5, b'{"name":"A"}')
    assert len(base) == 32
    assert event_digest(CHAIN_START, 4, b"team_added", 10.5, b'{"name":"A"}') != base
    assert event_digest(CHAIN_START, 3, b"team_added", 10.25, b'{"name":"A"}') != base
    assert event_digest(CHAIN_START, 3, b"team_changed", 10.5, b'{"name":"A"}') != base
    assert event_digest(CHAIN_START, 3, b"team_added", 10.5, b'{"name":"B"}') != base
    assert event_digest(bytes([1]) + bytes(31), 3, b"team_added", 10.5, b'{"name":"A"}') != base
    # The type's length is hashed: moving bytes between type and payload changes the digest.
    assert event_digest(CHAIN_START, 3, b"team_added{", 10.5, b'"name":"A"}') != base


def test_extend_writes_the_same_digests_as_one_append_per_event(tmp_path, deck, clock):
    path, events = _session_file(tmp_path, deck, clock)
    with SessionFile.create(tmp_path / "bulk.bataille") as bulk:
        bulk.extend(events[:3])
        bulk.extend(events[3:])
        assert len(bulk) == len(events)
        bulk.append(2, events[2])  # idempotent, as for a retry
    assert _rows(tmp_path / "bulk.bataille") == _rows(path)


# -- damage is refused, naming the event ------------------------------------------------------------


@pytest.mark.parametrize("damage, seq, what", [
    ("UPDATE events SET payload = replace(payload, 'Hiboux', 'Hibouy') WHERE seq = 1", 1, "checksum"),
    ("UPDATE events SET at = at + 1 WHERE seq = 4", 4, "checksum"),
    ("UPDATE events SET type = 'team_removed' WHERE seq = 2", 2, "checksum"),
    ("UPDATE events SET digest = zeroblob(32) WHERE seq = 6", 6, "checksum"),
    ("DELETE FROM events WHERE seq = 5", 5, "missing"),
    # Two events swapped, each with its own digest: the chain catches the reordering.
    ("UPDATE events SET seq = CASE seq WHEN 3 THEN 103 ELSE 3 END WHERE seq IN (3, 103)", 3, "checksum"),
])
def test_a_damaged_event_is_refused_naming_it(tmp_path, deck, clock, damage, seq, what):
    path, events = _session_file(tmp_path, deck, clock)
    if "103" in damage:  # swap rows 3 and 4 through a free seq
        _tamper(path, "UPDATE events SET seq = 103 WHERE seq = 3")
        _tamper(path, "UPDATE events SET seq = 3 WHERE seq = 4")
        _tamper(path, "UPDATE events SET seq = 4 WHERE seq = 103")
    else:
        _tamper(path, damage)
    before = _files(tmp_path)
    with pytest.raises(DamagedSessionError) as info:
        open_session(path, deck, clock)
    error = info.value
    assert (error.seq, error.total) == (seq, len(events) - (what == "missing"))
    message = str(error)
    assert message.startswith(f"s.bataille is damaged at event {seq + 1} (of {error.total}): ")
    assert what in message and f"The {seq} events before it are intact" in message
    assert _files(tmp_path) == before  # refused without writing
    SessionFile.open(path).close()  # and unlocked


def test_recovery_writes_the_intact_events_to_a_new_file_and_leaves_the_original(tmp_path, deck, clock):
    path, events = _session_file(tmp_path, deck, clock)
    _tamper(path, "UPDATE events SET payload = replace(payload, '4', '5') WHERE seq = 6")
    before = _files(tmp_path)

    recovered = recover_session(path)

    assert recovered.parent == tmp_path and recovered.name.startswith("s.recovered-")
    assert recovered.name.endswith(".bataille")
    after = _files(tmp_path)
    assert {k: v for k, v in after.items() if k != recovered.name} == before  # nothing else written
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left
    assert _chain_ok(recovered)
    session = open_session(recovered, deck, clock)
    # Every intact event is kept, those after the damaged one too (issue 17, class 13).
    # (an undo after it names its target by its new number)
    expected = [dataclasses.replace(e, target=e.target - 1) if isinstance(e, Undone) and e.target > 6 else e
                for e in events[:6] + events[7:]]
    assert list(session.events) == expected
    session.add_takeaway("On continue")  # a normal session file from now on
    close_session(session)
    assert open_session(recovered, deck, clock).event_count == len(events)
    assert recover_session(path) != recovered  # again: another name, never an overwrite


def test_recovery_refuses_what_it_cannot_or_need_not_do(tmp_path, deck, clock):
    path, _ = _session_file(tmp_path, deck, clock)
    with pytest.raises(SessionFileError, match="s.bataille is not damaged"):
        recover_session(path)
    session = open_session(path, deck, clock)
    with pytest.raises(SessionLockedError):
        recover_session(path)
    close_session(session)
    _tamper(path, "UPDATE events SET payload = replace(payload, 'sample', 'simple') WHERE seq = 0")
    with pytest.raises(DamagedSessionError, match="at event 1 .*No event before it can be trusted"):
        open_session(path, deck, clock)
    with pytest.raises(SessionFileError, match="damaged from its first event"):
        recover_session(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.bataille"]


def test_the_read_only_helpers_and_the_recent_list_see_the_damage(tmp_path, deck, clock):
    path, _ = _session_file(tmp_path, deck, clock)
    _tamper(path, "UPDATE events SET payload = replace(payload, 'Loutres', 'Loutrez') WHERE seq = 2")
    db = connect_read_only(path)
    with pytest.raises(DamagedSessionError, match="damaged at event 3 "):
        read_events(db, path)
    db.close()
    [listed] = recent_sessions(tmp_path)
    assert "damaged at event 3 " in listed.error


# -- v1 files ------------------------------------------------------------------------------------


def _v1_file(path: Path, deck, keep_open: bool = False):
    """A session file exactly as the v1 code wrote it (schema, pragmas, meta, JSON), with raw sqlite3."""
    clock = ManualClock()
    session = Session.create(deck, MemoryStore(), clock)
    _play(session, more=True)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("BEGIN IMMEDIATE")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE events (seq INTEGER PRIMARY KEY, type TEXT NOT NULL, at REAL NOT NULL,"
               " payload TEXT NOT NULL)")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.execute("COMMIT")
    db.execute("INSERT INTO meta VALUES ('created_at', ?), ('format', ?)", (repr(clock.now()), "1"))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for seq, event in enumerate(session.events):  # one commit per event, as v1 appended
        db.execute("INSERT INTO events (seq, type, at, payload) VALUES (?, ?, ?, ?)",
                   (seq, event.type, event.at,
                    json.dumps(event.payload(), ensure_ascii=False, separators=(",", ":"))))
    if keep_open:
        return session, db
    db.close()
    return session, None


def _version_and_columns(path: Path) -> tuple[int, list[str]]:
    db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return (db.execute("PRAGMA user_version").fetchone()[0],
                [row[1] for row in db.execute("PRAGMA table_info(events)")])
    finally:
        db.close()


def test_a_v1_file_opens_and_is_migrated_after_a_copy_is_kept(tmp_path, deck, clock):
    path = tmp_path / "ancien.bataille"
    played, _ = _v1_file(path, deck)
    v1_bytes = path.read_bytes()
    assert _version_and_columns(path) == (1, ["seq", "type", "at", "payload"])

    session = open_session(path, deck, clock)
    assert session.events == played.events and session.state == played.state
    session.add_takeaway("Écrit en v2")
    close_session(session)

    copy = tmp_path / "ancien.bataille.before-migration-v1"
    assert copy.read_bytes() == v1_bytes  # the file as the older version left it
    assert _version_and_columns(path) == (CURRENT_VERSION, ["seq", "type", "at", "payload", "digest"])
    assert _chain_ok(path)
    reopened = open_session(path, deck, clock)
    assert reopened.events == (*played.events, reopened.events[-1]) and reopened.events[-1].text == "Écrit en v2"
    close_session(reopened)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ancien.bataille", copy.name]  # one copy, once


def test_a_v1_file_left_open_by_a_crash_keeps_both_copies(tmp_path, deck, clock):
    live = tmp_path / "live"
    live.mkdir()
    played, db = _v1_file(live / "ancien.bataille", deck, keep_open=True)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal", "-shm"):  # what a crash leaves: the v1 events are in the -wal
        shutil.copy2(live / f"ancien.bataille{suffix}", crashed / f"ancien.bataille{suffix}")
    db.close()
    wal_bytes = (crashed / "ancien.bataille-wal").read_bytes()
    assert wal_bytes

    session = open_session(crashed / "ancien.bataille", deck, clock)
    assert session.events == played.events
    close_session(session)

    names = sorted(p.name for p in crashed.iterdir())
    recovery = [n for n in names if ".before-recovery-" in n and not n.endswith("-wal")]
    assert recovery and (crashed / f"{recovery[0]}-wal").read_bytes() == wal_bytes
    # The migration copy holds the whole v1 session (its -wal folded in): an older app opens it.
    migration = crashed / "ancien.bataille.before-migration-v1"
    assert _version_and_columns(migration)[0] == 1
    db = sqlite3.connect(f"{migration.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    assert db.execute("SELECT count(*) FROM events").fetchone()[0] == len(played.events)
    db.close()


def test_a_v1_file_is_read_but_not_migrated_by_the_read_only_helpers(tmp_path, deck):
    path = tmp_path / "ancien.bataille"
    played, _ = _v1_file(path, deck)
    before = path.read_bytes()
    [listed] = recent_sessions(tmp_path)
    assert listed.error is None and listed.teams == ("Les Hiboux", "Les Loutres")
    assert listed.events == len(played.events)
    db = connect_read_only(path)
    assert read_events(db, path) == list(played.events)
    db.close()
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_v1_file_whose_copy_cannot_be_written_is_refused_unchanged(tmp_path, deck, clock, monkeypatch):
    path = tmp_path / "ancien.bataille"
    _v1_file(path, deck)
    before = path.read_bytes()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", full)  # the safety copy imports shutil where it copies
    with pytest.raises(SessionFileError, match="older version of Bataille IA.*No space left.*was not changed"):
        open_session(path, deck, clock)
    assert path.read_bytes() == before and _version_and_columns(path)[0] == 1
    monkeypatch.undo()
    close_session(open_session(path, deck, clock))  # unlocked; opens once space is back


def test_event_digests_are_those_of_the_published_format():
    """The chained digests are SHA-256 of the bytes the format names (computed by hashlib here), and
    stay the values files already hold."""
    first_payload = b'{"team_id":"t1","name":"Les Colibris","colour":"#1f77b4"}'
    first = event_digest(CHAIN_START, 0, b"team_added", 1700000000.25, first_payload)
    second = event_digest(first, 1, b"session_started", 1700000001.5, b"{}")
    assert first == hashlib.sha256(CHAIN_START + struct.pack(">QdI", 0, 1700000000.25, 10) + b"team_added"
                                   + first_payload).digest()
    assert second == hashlib.sha256(first + struct.pack(">QdI", 1, 1700000001.5, 15) + b"session_started"
                                    + b"{}").digest()
    assert first.hex() == "97590e0913757358a5c61a075bcb95a4b3df19b880bdb2fd279a61e598bca983"
    assert second.hex() == "94d366dfa7480347e3c81d7fa41d6e16d6a3cc6b85b45b132e76f43d5d42d025"


def test_a_v2_file_whose_digests_openssl_made_opens_unchanged(tmp_path, deck, clock):
    """A current file whose digest chain hashlib (OpenSSL) computed, as earlier versions of the app did,
    opens and replays with the digests the app now computes itself; no event in it is rewritten."""
    path = tmp_path / "avant.bataille"
    played, _ = _v1_file(path, deck)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    db.execute("ALTER TABLE events ADD COLUMN digest BLOB NOT NULL DEFAULT x''")
    previous = CHAIN_START
    rows = db.execute("SELECT seq, CAST(type AS BLOB), at, CAST(payload AS BLOB) FROM events ORDER BY seq").fetchall()
    for seq, type_name, at, payload in rows:
        previous = hashlib.sha256(previous + struct.pack(">QdI", seq, at, len(type_name)) + type_name
                                  + payload).digest()
        db.execute("UPDATE events SET digest = ? WHERE seq = ?", (previous, seq))
    db.execute("PRAGMA user_version = 2")
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = _rows(path)

    session = open_session(path, deck, clock)
    assert session.events == played.events and session.state == played.state
    close_session(session)
    assert _rows(path) == before  # the migration to version 3 changes no row
    # Not recovered: read as it was; the copy is the migration's, from version 2.
    assert [copy.name for copy in tmp_path.glob("*.before-*")] == ["avant.bataille.before-migration-v2"]
