"""The session file: one SQLite file (``.bataille``), an append-only event log committed per event.

Here: checking a file's header, creating, opening (with the copies kept before a recovery or a
migration) and appending. Reading the events back, digest by digest, is in ``reading``.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from bataille.workshop.events import Event

from .errors import (
    Failure,
    NotASessionFileError,
    SessionExistsError,
    SessionFileError,
    SessionFileTooNewError,
    SessionWriteError,
)
from .files import fsync, link_into_place, refuse_odd_entry
from .lock import SessionLock
from .reading import (  # read_events: also imported from here by tests
    SQLITE_FAILURES,
    read_events,
    sqlite_problem,
)
from .schema import APPLICATION_ID, CHAIN_START, CURRENT_VERSION, event_digest, migrate


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit (isolation_level=None): each append is its own committed transaction.
    return sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)


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


def _build(path: Path) -> None:
    """Write a complete empty session beside ``path``, then link it into place.

    A crash while creating leaves at most a hidden temporary file, never a half-made session;
    the hard link also refuses, atomically, a file that appeared at ``path`` meanwhile.
    """
    temp = path.with_name(f".{path.name}.creating-{os.getpid()}")
    temp.unlink(missing_ok=True)
    try:
        db = _connect(temp)
        try:
            db.execute("PRAGMA journal_mode = WAL")  # kept in the header: the file stays in WAL
            db.execute("PRAGMA synchronous = FULL")
            migrate(db, 0)
            db.execute("INSERT INTO meta VALUES ('created_at', ?), ('format', ?)",
                       (repr(time.time()), str(CURRENT_VERSION)))
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        fsync(temp)
        link_into_place(temp, path, SessionExistsError(f"{path.name} already exists: choose another name."))
    finally:
        temp.unlink(missing_ok=True)


def keep_copy_before_recovery(path: Path) -> Path | None:
    """Copy the file and its -wal aside before SQLite replays (and then truncates) that -wal.

    A -wal left behind means the app stopped without closing the file. Replaying it is what
    SQLite does next, and it silently drops every frame after a damaged one; the copy keeps
    the original bytes, so nothing is lost for good if that ever happens. Returns the copy of
    the main file (its -wal beside it), or None when there was nothing to recover.
    """
    wal = path.with_name(path.name + "-wal")
    try:
        if not wal.exists() or wal.stat().st_size == 0:
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S")
        copy = path.with_name(f"{path.name}.before-recovery-{stamp}")
        n = 1
        while copy.exists():
            n += 1
            copy = path.with_name(f"{path.name}.before-recovery-{stamp}-{n}")
        shutil.copy2(path, copy)
        shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
        fsync(copy.parent)
    except OSError as exc:
        raise SessionFileError(
            f"{path.name} was not closed properly and must be recovered, but a safety copy could not "
            f"be written first ({exc.strerror or exc}). Free some space or copy the folder elsewhere, "
            "then open it again; the file was not changed."
        ) from exc
    return copy


def keep_copy_before_migration(path: Path, version: int) -> Path:
    """Copy the file (and its -wal, if any is left) to ``<name>.before-migration-v<version>``.

    Migrating rewrites the file in the newer format, which an older app cannot open: the copy
    keeps the session readable by it, and the bytes as they were. Never overwrites a copy.
    """
    copy = path.with_name(f"{path.name}.before-migration-v{version}")
    n = 1
    while copy.exists():
        n += 1
        copy = path.with_name(f"{path.name}.before-migration-v{version}-{n}")
    wal = path.with_name(path.name + "-wal")
    try:
        shutil.copy2(path, copy)
        fsync(copy)
        if wal.exists() and wal.stat().st_size > 0:
            shutil.copy2(wal, copy.with_name(copy.name + "-wal"))
            fsync(copy.with_name(copy.name + "-wal"))
        fsync(copy.parent)
    except OSError as exc:
        raise SessionFileError(
            f"{path.name} was saved by an older version of Bataille IA and must be converted, but a "
            f"copy of it could not be written first ({exc.strerror or exc}). Free some space or copy "
            "the folder elsewhere, then open it again; the file was not changed."
        ) from exc
    return copy


class SessionFile:
    """An open session file, locked for this process; ``append`` commits before it returns."""

    def __init__(self, path: Path, db: sqlite3.Connection, lock: SessionLock) -> None:
        self.path = path
        self._db = db
        self._lock = lock
        self._count = db.execute("SELECT count(*) FROM events").fetchone()[0]
        last = db.execute("SELECT digest FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        self._head = last[0] if last else CHAIN_START  # the digest the next event chains to
        # Set by ``open`` when a leftover -wal was copied aside before being replayed.
        self.recovered_copy: Path | None = None
        # Set by ``open`` when a file of an older format was converted, after this copy was kept.
        self.migrated_copy: Path | None = None

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> SessionFile:
        """A new, empty session file at ``path`` (refused if a file is there already)."""
        path = Path(path)
        if path.exists():
            raise SessionExistsError(f"{path.name} already exists: choose another name.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SessionFileError(f"Cannot create the folder {path.parent}: {exc.strerror}.") from exc
        lock = SessionLock(path)
        lock.acquire()
        try:
            _build(path)
        except sqlite3.Error as exc:
            lock.release()
            raise SessionFileError(f"Cannot create {path.name}: {exc}.") from exc
        except BaseException:
            lock.release()
            raise
        return cls._open_locked(path, lock)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> SessionFile:
        """An existing session file, migrated to the current schema and locked."""
        path = Path(path)
        refuse_odd_entry(path)  # a pipe, a folder, a link to nowhere: said, never opened
        lock = SessionLock(path)
        lock.acquire()
        return cls._open_locked(path, lock)

    @classmethod
    def _open_locked(cls, path: Path, lock: SessionLock) -> SessionFile:
        db = None
        try:
            check_file_header(path)
            probe = connect_read_only(path)
            try:
                read_header(probe, path)
            finally:
                probe.close()
            copy = keep_copy_before_recovery(path)
            db = _connect(path)
            version = read_header(db, path)
            # Only now that the file is known to be ours and not too new do we write to it.
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = FULL")
            migrated = None
            if 0 < version < CURRENT_VERSION:
                # Fold any -wal into the file (its original bytes were copied just above), so
                # that the copy below is the whole session as the older version left it.
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                migrated = keep_copy_before_migration(path, version)
            migrate(db, version)
            store = cls(path, db, lock)
            store.recovered_copy = copy
            store.migrated_copy = migrated
            return store
        except SQLITE_FAILURES as exc:
            if db is not None:
                db.close()
            lock.release()
            raise SessionFileError(f"Cannot open {path.name}: {sqlite_problem(exc)}.") from exc
        except BaseException:
            if db is not None:
                db.close()
            lock.release()
            raise

    # --- the log ----------------------------------------------------------------------

    def __len__(self) -> int:
        return self._count

    def append(self, seq: int, event: Event) -> None:
        """Commit event number ``seq`` (durably: WAL, synchronous=FULL) or raise SessionWriteError.

        Idempotent: appending the same event at the same seq again is a no-op, so a retry after
        an error that struck after the commit cannot duplicate it.
        """
        if self._db is None:
            raise SessionWriteError(f"{self.path.name} is closed: reopen the session to save.", Failure.CLOSED)
        payload = _encode(event)
        try:
            digest = event_digest(self._previous(seq), seq, event.type.encode(), event.at, payload.encode())
            # One statement, so one transaction: the event and its digest are committed together.
            self._db.execute("INSERT INTO events (seq, type, at, payload, digest) VALUES (?, ?, ?, ?, ?)",
                             (seq, event.type, event.at, payload, digest))
        except sqlite3.IntegrityError as exc:
            row = self._db.execute("SELECT type, at, payload, digest FROM events WHERE seq = ?", (seq,)).fetchone()
            if row is None or row[:3] != (event.type, event.at, payload):
                raise SessionWriteError(f"Event {seq} of {self.path.name} is already something else.") from exc
            digest = row[3]
        except (sqlite3.Error, OSError) as exc:
            raise SessionWriteError(f"Could not save to {self.path.name}: {exc}.") from exc
        if seq >= self._count:
            self._count, self._head = seq + 1, digest

    def extend(self, events: Sequence[Event]) -> None:
        """Commit ``events`` after the last one, all in one transaction (a copy, a recovery)."""
        if self._db is None:
            raise SessionWriteError(f"{self.path.name} is closed: reopen the session to save.", Failure.CLOSED)
        rows, head = [], self._head
        for seq, event in enumerate(events, start=self._count):
            payload = _encode(event)
            head = event_digest(head, seq, event.type.encode(), event.at, payload.encode())
            rows.append((seq, event.type, event.at, payload, head))
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT INTO events (seq, type, at, payload, digest) VALUES (?, ?, ?, ?, ?)", rows)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        except (sqlite3.Error, OSError) as exc:
            raise SessionWriteError(f"Could not save to {self.path.name}: {exc}.") from exc
        self._count, self._head = self._count + len(rows), head

    def _previous(self, seq: int) -> bytes:
        """The digest event ``seq`` chains to (the one before it)."""
        if seq == self._count:
            return self._head
        if seq == 0:
            return CHAIN_START
        row = self._db.execute("SELECT digest FROM events WHERE seq = ?", (seq - 1,)).fetchone()
        if row is None:
            raise SessionWriteError(f"Event {seq} of {self.path.name} would follow a missing event {seq - 1}.")
        return row[0]

    def rows(self) -> Iterator[tuple[int, str, float, str]]:
        """The raw rows (seq, type, at, JSON payload), in order."""
        yield from self._db.execute("SELECT seq, type, at, payload FROM events ORDER BY seq")

    def events(self) -> list[Event]:
        """Every event, in order; NotASessionFileError if one cannot be read."""
        return read_events(self._db, self.path)

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        """Checkpoint, close and unlock (safe to call twice)."""
        if self._db is not None:
            try:
                self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass  # a failed checkpoint loses nothing: the WAL is replayed at the next open
            self._db.close()
            self._db = None  # type: ignore[assignment]
        self._lock.release()

    def __enter__(self) -> SessionFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _encode(event: Event) -> str:
    """The payload as stored: compact JSON, UTF-8 kept as is."""
    return json.dumps(event.payload(), ensure_ascii=False, separators=(",", ":"))
