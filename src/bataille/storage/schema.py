"""The session file's schema: ``PRAGMA user_version`` numbers it, one migration per step."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "BaIA" in ASCII: marks a SQLite file as ours, so any other database is refused untouched.
APPLICATION_ID = 0x42614941


def _v1(db: sqlite3.Connection) -> None:
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE events ("
        " seq INTEGER PRIMARY KEY,"  # 0-based position in the session, = rowid
        " type TEXT NOT NULL,"
        " at REAL NOT NULL,"
        " payload TEXT NOT NULL)"
    )


# MIGRATIONS[n] takes a file from version n to n + 1. Append; never edit a published one.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1]
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
