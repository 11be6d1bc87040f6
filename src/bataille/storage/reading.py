"""Reading a session's events back, each checked against its digest: damage is found, and named.

Works on any open connection to a session file (read-only ones too), so that the recent list,
the recovery and ``bataille summary`` read exactly as the session file itself does.
"""

from __future__ import annotations

import json
import sqlite3
import struct
from collections.abc import Iterator
from pathlib import Path

from bataille.words import Message
from bataille.workshop.event_check import event_problem
from bataille.workshop.events import Event, UnknownEventError, event_from_parts

from .errors import DamagedSessionError, NotASessionFileError, SessionFileError
from .schema import CHAIN_START, event_digest
from .words import Said

# SQLite describes a damaged schema by quoting it, and Python decodes that description as UTF-8:
# one changed byte in the schema's text raises UnicodeDecodeError instead of a sqlite3 error.
SQLITE_FAILURES = (sqlite3.Error, UnicodeDecodeError)


def sqlite_problem(exc: Exception) -> str:
    """SQLite's words for a failure, or ours when its words are not even readable text."""
    return "its structure is damaged: SQLite's description of it is not text" \
        if isinstance(exc, UnicodeDecodeError) else str(exc)


def _damaged(db: sqlite3.Connection, path: Path, seq: int, what: Message) -> DamagedSessionError:
    """The damage at event ``seq`` (0-based), in English for logs and in ``Said`` words for people;
    ``what`` (what is wrong with it) is kept on the error for the start screen's own sentence."""
    try:
        total = max(seq + 1, db.execute("SELECT count(*) FROM events").fetchone()[0])
    except sqlite3.Error:
        total = seq + 1
    after = Said("damaged_intact_before", seq=seq) if seq else Said("damaged_from_start")
    # Numbered from 1 for people; ``seq`` stays 0-based.
    message = Said("damaged_at", name=path.name, n=seq + 1, total=total, what=what, after=after)
    error = DamagedSessionError(message.render("en"), seq, total).saying(message)
    error.what = what
    return error


def read_verified_rows(db: sqlite3.Connection, path: Path) -> Iterator[tuple[int, str, float, str]]:
    """The rows (seq, type, at, JSON payload) in order, each checked against its digest first.

    Raises DamagedSessionError at the first event that is missing, does not match its digest or
    cannot be read by SQLite: every row yielded before it is intact. A v1 file (no digests, read
    without migrating by the read-only helpers) is only checked for missing events.
    """
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        chained = version >= 2
        columns = "seq, CAST(type AS BLOB), at, CAST(payload AS BLOB)" + (", digest" if chained else ", NULL")
        cursor = db.execute(f"SELECT {columns} FROM events ORDER BY seq")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise NotASessionFileError(f"{path.name} is damaged or not a session file ({sqlite_problem(exc)}).") from exc
    previous, n, rows = CHAIN_START, 0, iter(cursor)
    try:  # the cursor is closed even when damage stops the reading: a live statement
        # would keep the connection (and its -wal) open after close()
        while True:
            try:
                row = next(rows, None)
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
                if n == 0:
                    raise NotASessionFileError(
                        f"{path.name} is damaged or not a session file ({sqlite_problem(exc)}).") from exc
                raise _damaged(db, path, n, Said("damage_sqlite", why=sqlite_problem(exc))) from exc
            if row is None:
                return
            seq, type_name, at, payload, digest = row
            if seq != n:
                raise _damaged(db, path, n, Said("damage_missing"))
            if chained:
                try:
                    expected = event_digest(previous, seq, type_name, at, payload)
                except (TypeError, struct.error):  # a damaged row may hold NULL or text where a number was
                    expected = None
                if digest != expected:
                    raise _damaged(db, path, n, Said("damage_checksum"))
                previous = digest
            try:
                text = type_name.decode("utf-8"), payload.decode("utf-8")
            except (AttributeError, UnicodeDecodeError) as exc:  # v1 only: digested rows decode
                raise _damaged(db, path, n, Said("damage_unreadable")) from exc
            problem = event_problem(text[0], at, text[1])  # crafted or older: held to its class's shape
            if problem is not None:
                raise _damaged(db, path, n, problem)
            yield seq, text[0], at, text[1]
            n += 1
    finally:
        cursor.close()


def read_events(db: sqlite3.Connection, path: Path) -> list[Event]:
    """Decode every event of an open session database, in order, verifying their digests (v2)."""
    result = []
    for seq, type_name, at, payload in read_verified_rows(db, path):
        try:
            result.append(event_from_parts(type_name, at, json.loads(payload)))
        except (UnknownEventError, ValueError) as exc:
            raise SessionFileError(
                f"{path.name}: event {seq} cannot be read by this version of Bataille IA ({exc})."
            ) from exc
    return result
