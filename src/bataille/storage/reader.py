"""Looking at a session file without touching it: no lock, nothing written beside it, errors in words.

The start screen's recent sessions, recovery and ``bataille summary`` all read through here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bataille.workshop import Event

from .errors import SessionFileError
from .files import refuse_odd_entry
from .reading import SQLITE_FAILURES, read_events, sqlite_problem
from .sessionfile import check_file_header, connect_read_only, read_header, refuse_foreign_wal
from .wal import events_held


@contextmanager
def looking_at(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a session file whose header was checked (ours, not too new).

    The header is read as plain bytes first, so a refused file is never opened by SQLite; a
    SQLite error while reading becomes a ``SessionFileError`` that names the file.
    """
    refuse_odd_entry(path)
    check_file_header(path)
    refuse_foreign_wal(path)  # another session's -wal is never read under this file's name
    db = connect_read_only(path)
    try:
        read_header(db, path)
        yield db
    except SQLITE_FAILURES as exc:
        raise SessionFileError(f"{path.name} cannot be read ({sqlite_problem(exc)}).") from exc
    finally:
        db.close()


def read_session(path: Path) -> list[Event]:
    """Every event of a session file, each checked against its digest (``DamagedSessionError`` if not)."""
    with looking_at(path) as db:
        return read_events(db, path)


def missing_events(path: Path, read: int) -> int:
    """How many events the file and its -wal hold beyond the ``read`` a reading gave (a damaged
    -wal: SQLite stops at its first bad frame); 0 when none are known to be missing."""
    held = events_held(path)
    return max(0, held - read) if held is not None else 0
