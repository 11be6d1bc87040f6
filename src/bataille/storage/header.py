"""Looking at a session file before opening it: its first bytes, its header, the -wal beside it.

Nothing here writes: a file refused here is left exactly as it was (no -wal, no -shm made).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .errors import ForeignWalError, NotASessionFileError, SessionFileError, SessionFileTooNewError
from .schema import APPLICATION_ID, CURRENT_VERSION
from .wal import foreign_reason
from .words import Said


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write, not even a checkpoint on close (to look before touching).

    A file with no -wal beside it is closed everywhere, so it is read as immutable: otherwise a
    read-only look at a WAL file leaves empty -wal and -shm files behind.
    """
    wal = path.with_name(path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None)


def read_header(db: sqlite3.Connection, path: Path) -> int:
    """The schema version of an opened file, refusing what is not ours or too new, without writing."""
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise NotASessionFileError(f"{path.name} is not a Bataille IA session file ({exc}).") from exc
    if version > CURRENT_VERSION:
        raise SessionFileTooNewError(_too_new(path, version))
    if app_id != APPLICATION_ID and not (app_id == 0 and version == 0 and _is_empty(db)):
        raise NotASessionFileError(f"{path.name} is not a Bataille IA session file.")
    return version


def check_file_header(path: Path) -> None:
    """Refuse a file that is not a SQLite database of ours, or is too new, from its first 100 bytes.

    Read as plain bytes so that refusing a file never makes SQLite create a -wal beside it.
    (A file with a live -wal may hold a newer header there: ``read_header`` checks that too.)
    """
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise SessionFileError(f"Cannot read {path.name}: {exc.strerror}.") from exc
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise NotASessionFileError(f"{path.name} is not a Bataille IA session file.")
    version = int.from_bytes(header[60:64], "big")
    app_id = int.from_bytes(header[68:72], "big")
    if version > CURRENT_VERSION:
        raise SessionFileTooNewError(_too_new(path, version))
    if app_id != APPLICATION_ID:
        raise NotASessionFileError(f"{path.name} is not a Bataille IA session file.")


def _too_new(path: Path, version: int) -> str:
    return (
        f"{path.name} was saved by a newer version of Bataille IA (file format {version}, "
        f"this version reads up to {CURRENT_VERSION}). Update the app to open it; the file was not changed."
    )


def _is_empty(db: sqlite3.Connection) -> bool:
    return db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0


def refuse_foreign_wal(path: Path) -> None:
    """Refuse a -wal beside ``path`` that belongs to another session file (never replay it)."""
    why = foreign_reason(path)
    if why is not None:
        message = Said("foreign_wal", name=path.name, why=why)
        raise ForeignWalError(message.render("en")).saying(message)
