"""The session file: one SQLite file (``.bataille``), an append-only event log committed per event.

Here: checking a file's header, creating, opening (with the copies kept before a recovery or a
migration) and appending. Reading the events back, digest by digest, is in ``reading``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from bataille.words import OsReason
from bataille.workshop.events import Event, PhaseEnded, PhaseSkipped, PhaseStarted, SessionStarted

from .errors import (
    Failure,
    SessionExistsError,
    SessionFileError,
    SessionWriteError,
    failure_of,
)
from .files import fsync, link_into_place, refuse_odd_entry, refuse_read_only, remove_with_journal
from .header import check_file_header, connect_read_only, read_header, refuse_foreign_wal
from .lock import SessionLock
from .reading import (  # read_events: also imported from here by tests
    SQLITE_FAILURES,
    read_events,
    sqlite_problem,
)
from .safety_copies import keep_copy_before_migration, keep_copy_before_recovery
from .schema import CHAIN_START, CURRENT_VERSION, event_digest, migrate
from .wal import events_held, intact_tail, wal_path
from .words import Said, told

# Checkpoints: the -wal is folded into the file after the set-up, at each phase change and every
# CHECKPOINT_EVERY events, so that a session never lives only in its -wal (issue 17, class 2).
CHECKPOINT_EVERY = 20
FULL_BELOW = 256 * 1024  # a creation that fails with less free space than this failed for want of it
CHECKPOINT_AFTER = frozenset({SessionStarted.type, PhaseStarted.type, PhaseEnded.type, PhaseSkipped.type})


def _connect(path: Path) -> sqlite3.Connection:
    # Autocommit (isolation_level=None): each append is its own committed transaction.
    return sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)


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
        link_into_place(temp, path, told(SessionExistsError, Said("exists", name=path.name,
                                                                 hint=Said("hint_other_name"))))
    finally:
        remove_with_journal(temp)


def creation_failed(path: Path, exc: BaseException) -> SessionWriteError:
    """The error for a session file that could not be created, saying "the disk is full" when it is
    (SQLite often says "disk I/O error" for a write cut short by a full disk)."""
    import shutil  # here: a session created as it should be never asks what room is left

    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = None
    full = failure_of(exc) is Failure.DISK_FULL or (free is not None and free < FULL_BELOW)
    if full:
        message = Said("create_disk_full", name=path.name, free=(free or 0) // 1024)
    else:
        message = Said("create_failed", name=path.name, reason=getattr(exc, "strerror", None) or str(exc))
    return SessionWriteError(message.render("en"), Failure.DISK_FULL if full else None).saying(message)


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
        # Set by ``open``: events the file and its -wal held that SQLite's replay left out (a
        # damaged -wal); ``recovered_copy`` keeps them, untouched.
        self.missing = 0
        self.restored = 0  # events taken back from the damaged -wal's copy, past SQLite's replay
        # Set by ``open``: the app that wrote the file last stopped without closing it (its lock file
        # was left, or its -wal); with or without a ``recovered_copy`` (a -wal just checkpointed is empty).
        self.stopped_abruptly = False
        self._since_checkpoint = 0
        # The names checked before every write, as the system's own strings (a Path rebuilds them
        # each time: most of the check's cost).
        self._names = (os.fspath(path), os.fspath(wal_path(path)))
        self._where = _identity(path)  # (device, inode) of the file as opened
        # (size, modification time) of the file as our last write left it: in WAL mode only our
        # checkpoints write it, so a change found before a write is another program's, such as a
        # copy of another session written over it in place (same inode). None: not taken yet.
        self._stamp: tuple[int, int] | None = None
        self._wal_where: tuple[int, int] | None = None  # of its -wal, once SQLite has made one
        self.wal_replaced = 0  # times the -wal was found removed or replaced, and rejoined

    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> SessionFile:
        """A new, empty session file at ``path`` (refused if a file is there already)."""
        path = Path(path)
        if path.exists():
            raise told(SessionExistsError, Said("exists", name=path.name, hint=Said("hint_other_name")))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise told(SessionFileError, Said("folder_failed", folder=str(path.parent), reason=OsReason(exc))) from exc
        lock = SessionLock(path)
        lock.acquire()
        try:
            _build(path)
            lock.hold_file()
        except (sqlite3.Error, OSError) as exc:
            lock.release()
            raise creation_failed(path, exc) from exc
        except BaseException:
            lock.release()
            raise
        return cls._open_locked(path, lock)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> SessionFile:
        """An existing session file, migrated to the current schema and locked."""
        path = Path(path)
        refuse_odd_entry(path)  # a pipe, a folder, a link to nowhere: said, never opened
        refuse_read_only(path)  # a read-only stick: said as such, nothing created beside it
        lock = SessionLock(path)
        lock.acquire()
        return cls._open_locked(path, lock)

    @classmethod
    def _open_locked(cls, path: Path, lock: SessionLock) -> SessionFile:
        db = None
        try:
            check_file_header(path)
            refuse_foreign_wal(path)  # before SQLite looks: even a read-only look replays the -wal
            probe = connect_read_only(path)
            try:
                read_header(probe, path)
            finally:
                probe.close()
            held = events_held(path)  # frames after a damaged one included: what the file holds
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
            store.stopped_abruptly = copy is not None or lock.left_by is not None
            store.migrated_copy = migrated
            store.missing = max(0, held - len(store)) if held is not None and copy is not None else 0
            if store.missing:  # SQLite's replay stopped at a damaged frame: take back what is intact
                tail = intact_tail(copy, len(store))
                store.extend(tail)
                store.restored, store.missing = len(tail), store.missing - len(tail)
            store.checkpoint()
            return store
        except SQLITE_FAILURES as exc:
            if db is not None:
                db.close()
            lock.release()
            raise told(SessionFileError, Said("open_failed", name=path.name, reason=sqlite_problem(exc))) from exc
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
        self.check_in_place()
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
        self._settle()  # SQLite may have checkpointed on its own
        self._since_checkpoint += 1
        if seq == 0 or event.type in CHECKPOINT_AFTER or self._since_checkpoint >= CHECKPOINT_EVERY:
            self.checkpoint()

    def extend(self, events: Sequence[Event]) -> None:
        """Commit ``events`` after the last one, all in one transaction (a copy, a recovery)."""
        if self._db is None:
            raise SessionWriteError(f"{self.path.name} is closed: reopen the session to save.", Failure.CLOSED)
        self.check_in_place()
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
        self._settle()  # a large commit may have made SQLite checkpoint on its own
        self.checkpoint()

    # --- staying on disk ----------------------------------------------------------------

    def check_in_place(self) -> None:
        """Raise SessionWriteError (Failure.MOVED) if the file or its -wal was removed or replaced.

        Writing on would go to a file no longer at its name (gone at the next crash): the events
        then wait in memory, and the console offers to save a copy elsewhere.
        """
        name, wal_name = self._names
        try:
            found = os.stat(name)
        except OSError:
            found = None
        if found is None or (found.st_dev, found.st_ino) != self._where or (
                self._stamp is not None and (found.st_size, found.st_mtime_ns) != self._stamp):
            message = Said("file_moved")
            raise SessionWriteError(f"Could not save to {self.path.name}: {message.render('en')}.",
                                    Failure.MOVED).saying(message)
        wal = _identity(wal_name)
        if self._wal_where is None:
            self._wal_where = wal
        elif wal != self._wal_where:
            self._rejoin_wal()

    def _rejoin_wal(self) -> None:
        """The -wal was removed or replaced, the file is in place: fold what SQLite still holds of
        the old -wal (through its open descriptor) into the file, then reconnect, which makes a new
        -wal at the right name. Counted in ``wal_replaced`` for the console to say."""
        try:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            self._db.close()
            self._db = _connect(self.path)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute("PRAGMA synchronous = FULL")
        except sqlite3.Error as exc:
            raise SessionWriteError(f"Could not save to {self.path.name}: {exc}.") from exc
        self.wal_replaced += 1
        self._wal_where = _identity(self._names[1])
        self._settle()

    def checkpoint(self) -> None:
        """Fold the -wal into the session file (TRUNCATE): what it holds no longer needs the -wal.

        Checked first: a checkpoint into a file replaced under the app would write into the
        replaced one. A checkpoint that cannot run now (a reader) is retried at the next one.
        """
        self._since_checkpoint = 0
        try:
            self.check_in_place()
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except (SessionWriteError, sqlite3.Error, OSError):
            return  # the next write says why, and keeps the events in memory
        self._settle()
        after = _identity(self._names[1])
        if after is None or (self._wal_where is not None and after != self._wal_where):
            # The -wal went between the check and the checkpoint: SQLite would go on writing into
            # a file with no name. Rejoin now (the next write would not notice: nothing to compare).
            try:
                self._rejoin_wal()
            except SessionWriteError:
                self._wal_where = None
            return
        self._wal_where = after

    def _settle(self) -> None:
        """Take the file's size and time as our own write left them (see ``_stamp``)."""
        try:
            found = os.stat(self._names[0])
        except OSError:
            return  # gone: the next check says so
        self._stamp = (found.st_size, found.st_mtime_ns)

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

    @property
    def closed(self) -> bool:
        """The file was closed: it takes no more events."""
        return self._db is None

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


def _identity(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of what is at ``path`` now, None when nothing is."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def _encode(event: Event) -> str:
    """The payload as stored: compact JSON, UTF-8 kept as is."""
    return json.dumps(event.payload(), ensure_ascii=False, separators=(",", ":"))
