"""The session file's schema: ``PRAGMA user_version`` numbers it, one migration per step."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Callable

from bataille.deck.digest import sha256

# "BaIA" in ASCII: marks a SQLite file as ours, so any other database is refused untouched.
APPLICATION_ID = 0x42614941

# The "previous digest" of event 0: the chain starts from 32 zero bytes.
CHAIN_START = bytes(32)


def event_digest(previous: bytes, seq: int, type_name: bytes, at: float, payload: bytes) -> bytes:
    """SHA-256 of one event as stored, chained to the previous event's digest (schema v2).

    Hashed, in this order: the previous digest (32 bytes), ``seq`` (8-byte big-endian unsigned),
    ``at`` (IEEE 754 double, big-endian), the length of ``type`` (4-byte big-endian), ``type``
    and the payload (their exact UTF-8 bytes as stored). Part of the file format: never change it.
    """
    return sha256(
        previous + struct.pack(">QdI", seq, at, len(type_name)) + type_name + payload
    ).digest()


def _v1(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE events ("
        " seq INTEGER PRIMARY KEY,"  # 0-based position in the session, = rowid
        " type TEXT NOT NULL,"
        " at REAL NOT NULL,"
        " payload TEXT NOT NULL)"
    )


def _v2(db: sqlite3.Connection) -> None:
    # A digest per event, chained (see event_digest): a flipped bit inside an event, or a row
    # dropped or moved, no longer reads back as another valid session. Existing rows get theirs
    # now; an empty default would fail the check, so a row written without one is caught too.
    db.execute("ALTER TABLE events ADD COLUMN digest BLOB NOT NULL DEFAULT x''")
    previous = CHAIN_START
    rows = db.execute(
        "SELECT seq, CAST(type AS BLOB), at, CAST(payload AS BLOB) FROM events ORDER BY seq"
    ).fetchall()
    for seq, type_name, at, payload in rows:
        previous = event_digest(previous, seq, type_name, at, payload)
        db.execute("UPDATE events SET digest = ? WHERE seq = ?", (previous, seq))


def _v3(db: sqlite3.Connection) -> None:
    # No table changes. Version 3 files may hold events an app of version 2 does not know (a debrief
    # line taken back; the room led to a future's ending), which it would read as damage. Raising
    # the number makes such an app refuse the file as made by a newer version, untouched.
    # From here on, an event kind or field an older app cannot read comes with a migration, even an
    # empty one (tests/storage/test_schema_events.py holds the events each version knows).
    del db


# MIGRATIONS[n] takes a file from version n to n + 1. Append; never edit a published one.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2, _v3]
CURRENT_VERSION = len(MIGRATIONS)


def migrate(db: sqlite3.Connection, version: int) -> int:
    """Bring ``db`` from ``version`` to CURRENT_VERSION in one transaction; the new version."""
    if version >= CURRENT_VERSION:
        return version
    db.execute("BEGIN IMMEDIATE")
    try:
        for step in MIGRATIONS[version:]:
            step(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {CURRENT_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return CURRENT_VERSION
