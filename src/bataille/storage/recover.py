"""Recover a damaged session: its intact events, written to a new file beside it; the original untouched."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

from bataille.workshop.events import Event, UnknownEventError, event_from_parts

from .errors import DamagedSessionError, SessionFileError
from .lock import SessionLock
from .newfile import write_new_session
from .reading import read_verified_rows
from .sessionfile import SUFFIX, check_file_header, connect_read_only, read_header


def intact_events(path: Path) -> tuple[list[Event], DamagedSessionError | None]:
    """The events of ``path`` up to the first damaged one, and that damage (None if there is none).

    Read-only: no lock taken, nothing written beside the file. Every event returned matched its
    digest and those of all the events before it (schema v2; a v1 file is only checked for order).
    """
    check_file_header(path)
    db = connect_read_only(path)
    events: list[Event] = []
    try:
        read_header(db, path)
        try:
            for seq, type_name, at, payload in read_verified_rows(db, path):
                try:
                    events.append(event_from_parts(type_name, at, json.loads(payload)))
                except (UnknownEventError, ValueError) as exc:
                    # Intact but not readable by this version: stop there, as for damage.
                    raise DamagedSessionError(
                        f"{path.name}: event {seq + 1} cannot be read by this version of Bataille IA ({exc}).",
                        seq, seq + 1) from exc
        except DamagedSessionError as damage:
            return events, damage
    except sqlite3.Error as exc:
        raise SessionFileError(f"{path.name} cannot be read ({exc}).") from exc
    finally:
        db.close()
    return events, None


def recover_session(path: str | os.PathLike[str]) -> Path:
    """Write the intact events of a damaged session file to a new file beside it; its path.

    The new file is ``<stem>.recovered-<time>.bataille``, built under a hidden name and linked
    into place once complete (digests written as for any session). The damaged file and its -wal
    are only read, never written. Refused with ``SessionFileError`` when the file is not damaged,
    when not even its first event is intact, or while another window has it open.
    """
    path = Path(path)
    if not path.is_file():
        raise SessionFileError(f"{path} does not exist.")
    lock = SessionLock(path)  # no window may write to it while we read it
    lock.acquire()
    try:
        events, damage = intact_events(path)
    finally:
        lock.release()
    if damage is None:
        raise SessionFileError(f"{path.name} is not damaged: open it as it is.")
    if not events:
        raise SessionFileError(f"{path.name} is damaged from its first event: nothing in it can be recovered.")
    return write_new_session(_recovered_name(path), events, "the recovered session", "try again")


def _recovered_name(path: Path) -> Path:
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{stem}.recovered-{stamp}{SUFFIX}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{stem}.recovered-{stamp}-{n}{SUFFIX}")
    return target
