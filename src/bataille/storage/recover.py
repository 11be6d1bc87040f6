"""Recover a damaged session: its intact events, written to a new file beside it; the original untouched."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from bataille.workshop.events import Event, UnknownEventError, event_from_parts

from .errors import DamagedSessionError, SessionFileError
from .files import SUFFIX, free_name
from .lock import SessionLock
from .newfile import write_new_session
from .reader import looking_at
from .reading import read_verified_rows


def intact_events(path: Path) -> tuple[list[Event], DamagedSessionError | None]:
    """The events of ``path`` up to the first damaged one, and that damage (None if there is none).

    Read-only: no lock taken, nothing written beside the file. Every event returned matched its
    digest and those of all the events before it (schema v2; a v1 file is only checked for order).
    """
    events: list[Event] = []
    with looking_at(path) as db:
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
    return free_name(path.parent, f"{stem}.recovered-{time.strftime('%Y%m%d-%H%M%S')}")
