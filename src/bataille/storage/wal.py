"""Reading a session's ``-wal`` ourselves: whose it is, and how many events it really held.

SQLite replays a leftover -wal on open and stops, without a word, at the first frame whose
checksum fails; it also replays a -wal that came from another database file. Both are checked
here before SQLite sees the -wal, from the bytes (format: sqlite.org/fileformat2.html, "The
Write-Ahead Log"; all integers big-endian):

- header, 32 bytes: magic 0x377F0682 or 0x377F0683, format 3007000, page size, checkpoint
  sequence, salt-1, salt-2, two checksums;
- then frames: a 24-byte header (page number, database size in pages for a commit frame, else 0,
  salt-1, salt-2, two checksums) and one page. A frame belongs to the current -wal only if its
  salts are the header's; its checksum runs on from the header's over every frame before it
  (32-bit words, big-endian for magic 0x377F0683, else little-endian: s0 += w0 + s1; s1 += w1 + s0).

``image`` rebuilds the database as the -wal would leave it, frame by frame, ignoring the
checksums (the events' own digests then say which events are intact), or stopping where SQLite
does: that is how an open counts the events SQLite's replay left out, and how ``foreign_reason``
sees another session (a -wal of this file never changes an event the file already holds).
"""

from __future__ import annotations

import json
import sqlite3
import struct
from pathlib import Path

from .words import Said

WAL_MAGIC = (0x377F0682, 0x377F0683)
WAL_FORMAT = 3007000
WAL_HEADER = 32
FRAME_HEADER = 24
MAX_IMAGE = 256 * 1024 * 1024  # a session file is a few MiB: never rebuild more than this in memory


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def page_size_of(main: bytes) -> int:
    """The page size written in a database header (offset 16; the value 1 means 65,536)."""
    size = int.from_bytes(main[16:18], "big")
    return 65536 if size == 1 else size


def _checksum(data: bytes, s0: int, s1: int, big: bool) -> tuple[int, int]:
    """SQLite's -wal checksum over ``data`` (a multiple of 8 bytes), continuing from (s0, s1)."""
    words = struct.unpack(f"{'>' if big else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def image(main: bytes, wal: bytes, as_sqlite: bool = False) -> bytes | None:
    """The database ``main`` with the frames of ``wal`` applied, up to the last commit; None if
    the -wal header is not a -wal's. Frames with other salts (left from an earlier use) are skipped.

    ``as_sqlite``: stop at the first frame whose checksum fails, as SQLite's replay does (what an
    open will give); otherwise checksums are ignored, to see what a damaged -wal held.
    """
    if len(wal) < WAL_HEADER:
        return None
    magic, version, size, _, salt1, salt2, c0, c1 = struct.unpack(">8I", wal[:WAL_HEADER])
    if magic not in WAL_MAGIC or version != WAL_FORMAT or size < 512 or size & (size - 1):
        return None
    big = magic == WAL_MAGIC[1]
    sums = _checksum(wal[:24], 0, 0, big)
    if as_sqlite and sums != (c0, c1):
        return bytes(main)
    pages = bytearray(main)
    committed = bytes(pages)
    at = WAL_HEADER
    while at + FRAME_HEADER + size <= len(wal):
        number, db_size, s1, s2, f0, f1 = struct.unpack(">6I", wal[at:at + FRAME_HEADER])
        page = wal[at + FRAME_HEADER:at + FRAME_HEADER + size]
        if as_sqlite:
            sums = _checksum(wal[at:at + 8] + page, *sums, big)
            if (s1, s2) != (salt1, salt2) or sums != (f0, f1):
                break
        at += FRAME_HEADER + size
        if (s1, s2) != (salt1, salt2) or number == 0 or number * size > MAX_IMAGE:
            continue
        start = (number - 1) * size
        if len(pages) < start + size:
            pages.extend(bytes(start + size - len(pages)))
        pages[start:start + size] = page
        if db_size:
            if db_size * size <= MAX_IMAGE:
                del pages[db_size * size:]
            committed = bytes(pages)
    return committed


def open_image(data: bytes) -> sqlite3.Connection:
    """An in-memory, read-only connection to a database image (made readable without its -wal)."""
    data = bytearray(data)
    if len(data) >= 20:
        data[18:20] = b"\x01\x01"  # rollback-journal mode: an image has no -wal of its own
    db = sqlite3.connect(":memory:")
    db.deserialize(bytes(data))
    db.execute("PRAGMA query_only = 1")
    return db


def identity(data: bytes) -> tuple[str | None, dict[int, bytes]]:
    """What tells one session file from another: its creation time and its events' digests."""
    try:
        db = open_image(data)
    except (sqlite3.Error, ValueError, OverflowError):
        return None, {}
    try:
        created = _one(db, "SELECT value FROM meta WHERE key = 'created_at'")
        try:
            digests = dict(db.execute("SELECT seq, digest FROM events WHERE typeof(digest) = 'blob'"))
        except sqlite3.Error:
            digests = {}
    finally:
        db.close()
    return (created if isinstance(created, str) else None), digests


def _one(db: sqlite3.Connection, sql: str) -> object:
    try:
        row = db.execute(sql).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def event_count(data: bytes) -> int | None:
    """How many event rows a database image holds (None when it cannot be read)."""
    try:
        db = open_image(data)
        try:
            return db.execute("SELECT count(*) FROM events").fetchone()[0]
        finally:
            db.close()
    except (sqlite3.Error, ValueError, OverflowError):
        return None


def read_pair(path: Path) -> tuple[bytes, bytes] | None:
    """The bytes of a session file and of its non-empty -wal (None when there is no -wal to replay)."""
    wal = wal_path(path)
    try:
        if not wal.is_file() or wal.stat().st_size == 0:
            return None
        return path.read_bytes(), wal.read_bytes()
    except OSError:
        return None


def foreign_reason(path: Path) -> Said | None:
    """Why the -wal beside ``path`` is not this file's (words of ``storage.words``), or None.

    Refused: a -wal whose header is not a -wal's, whose page size is not the file's, or whose
    frames would give the file another creation time or another first event.
    """
    pair = read_pair(path)
    if pair is None:
        return None
    main, wal = pair
    if len(wal) < WAL_HEADER:
        return None  # cut before its header was written: SQLite ignores it, nothing was committed
    magic, version, size = struct.unpack(">3I", wal[:12])
    if magic not in WAL_MAGIC or version != WAL_FORMAT:
        return Said("wal_not_a_wal")
    if len(main) >= 100 and size != page_size_of(main):
        return Said("wal_page_size", wal=size, file=page_size_of(main))
    after = image(main, wal, as_sqlite=True)  # what SQLite's replay would make of the file
    if after is None:
        return None
    created, digests = identity(main)
    created_after, digests_after = identity(after)
    if created is not None and created_after is not None and created != created_after:
        return Said("wal_other_time")
    # A -wal of this file only adds events: every event the file holds stays as it is.
    changed = [seq for seq, digest in digests.items() if digests_after.get(seq, digest) != digest]
    if changed:
        return Said("wal_other_actions", first=min(changed) + 1)
    return None


def events_held(path: Path) -> int | None:
    """How many events the file and its -wal hold, frames past a damaged one included (None: no
    -wal, or it cannot be read). Compared with what SQLite replays, it counts what a damaged
    -wal would lose."""
    pair = read_pair(path)
    if pair is None:
        return None
    after = image(*pair)
    return None if after is None else event_count(after)


def intact_tail(copy: Path, start: int) -> list:
    """The events from number ``start`` on that a damaged -wal still holds intact.

    ``copy`` is the untouched copy of the file and its -wal kept before SQLite replayed it. Its
    frames are applied past the damaged one (checksums ignored) and the events are read back
    digest by digest from the first: every one returned is chained to the events before it,
    hence exactly an event of the session, in its place. Stops at the first one that is not.
    """
    from bataille.workshop.events import UnknownEventError, event_from_parts

    from .errors import DamagedSessionError, SessionFileError
    from .reading import read_verified_rows

    pair = read_pair(copy)
    after = None if pair is None else image(*pair)
    if after is None:
        return []
    events = []
    try:
        db = open_image(after)
    except (sqlite3.Error, ValueError, OverflowError):
        return []
    try:
        for seq, type_name, at, payload in read_verified_rows(db, copy):
            if seq >= start:
                events.append(event_from_parts(type_name, at, json.loads(payload)))
    except (DamagedSessionError, SessionFileError, sqlite3.Error, UnknownEventError, ValueError):
        pass  # what came before the damage is kept
    finally:
        db.close()
    return events
