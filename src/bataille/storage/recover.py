"""Recover a damaged session: its intact events, written to a new file beside it; the original untouched."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import struct
import time
from dataclasses import dataclass, field
from pathlib import Path

from bataille.workshop.event_check import event_problem
from bataille.workshop.events import Event, Undone, UnknownEventError, event_from_parts
from bataille.workshop.fold import Replay

from .errors import DamagedSessionError, SessionFileError
from .files import SUFFIX, free_name
from .lock import SessionLock
from .newfile import write_new_session
from .reader import looking_at
from .reading import read_verified_rows
from .schema import CHAIN_START, event_digest
from .words import Said


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


@dataclass
class Salvage:
    """What a recovery keeps of a damaged file: every intact event that still replays."""

    events: list[Event] = field(default_factory=list)
    damaged: int = 0  # events that do not match their checksum, or are missing, or unreadable
    unreplayable: int = 0  # intact events that cannot be replayed without a damaged one before them


def salvage_events(path: Path) -> Salvage:
    """Every intact event of ``path``, past the first damaged one too (schema v2).

    An event is intact when its digest matches its contents chained to the *stored* digest of
    the event before it, so damage to one event does not condemn the ones after it. The intact
    events are replayed in order; one that no longer replays (it needed a damaged one: a vote of
    a team whose creation was damaged) is left out and counted, and an undo's target is
    renumbered past the events left out. Read-only, like ``intact_events``.
    """
    result, rows = Salvage(), []
    with looking_at(path) as db:
        if db.execute("PRAGMA user_version").fetchone()[0] < 2:  # no digests: only the order is known
            events, damage = intact_events(path)
            return Salvage(events, 0 if damage is None else damage.total - damage.seq)
        cursor = db.execute("SELECT seq, CAST(type AS BLOB), at, CAST(payload AS BLOB), digest FROM events ORDER BY seq")
        try:
            for row in cursor:
                rows.append(row)
        except sqlite3.DatabaseError:  # SQLite cannot read on: what is left is counted as damaged
            total = db.execute("SELECT max(seq) + 1 FROM events").fetchone()[0] or 0
            result.damaged += max(0, total - (rows[-1][0] + 1 if rows else 0))
    replay, new_index, stored = Replay(), {}, {}
    expected = 0
    for seq, type_name, at, payload, digest in rows:
        result.damaged += max(0, seq - expected)  # events missing between rows
        expected = seq + 1
        stored[seq] = digest
        previous = CHAIN_START if seq == 0 else stored.get(seq - 1)
        event = _intact(previous, seq, type_name, at, payload, digest)
        if event is None:
            result.damaged += 1
            continue
        if isinstance(event, Undone):
            if event.target not in new_index:
                result.unreplayable += 1
                continue
            event = dataclasses.replace(event, target=new_index[event.target])
        try:
            _refers_to_known_teams(replay, event, damaged_before=result.damaged > 0)
            replay.feed(event)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError):
            result.unreplayable += 1
            replay = Replay()  # a failed fold may have left a half step behind: fold the kept ones again
            for kept in result.events:
                replay.feed(kept)
            continue
        new_index[seq] = len(result.events)
        result.events.append(event)
    return result


def _refers_to_known_teams(replay: Replay, event: Event, damaged_before: bool) -> None:
    """KeyError when, after a damaged event, ``event`` names a team the session does not have.

    The fold takes an argument or points of an unknown team without complaint (events carry
    the outcome of rules already checked); after damage, such an event needed a lost one.
    """
    team = getattr(event, "team_id", None)
    if damaged_before and team and type(event).__name__ != "TeamAdded" \
            and team not in {t.id for t in replay.state.teams}:
        raise KeyError(team)


def _intact(previous: bytes | None, seq: int, type_name: object, at: object, payload: object,
            digest: object) -> Event | None:
    """The event of one row when it matches its digest and reads; else None."""
    if previous is None or not isinstance(type_name, bytes) or not isinstance(payload, bytes):
        return None
    try:
        if event_digest(previous, seq, type_name, at, payload) != digest:
            return None
        kind, text = type_name.decode("utf-8"), payload.decode("utf-8")
        if event_problem(kind, at, text) is not None:  # digested but crafted: damage, as when read
            return None
        return event_from_parts(kind, at, json.loads(text))
    except (TypeError, ValueError, struct.error, UnknownEventError, RecursionError):
        return None


def recover_session(path: str | os.PathLike[str]) -> Path:
    """Write the intact events of a damaged session file to a new file beside it; its path.

    Every intact event is kept, those after the damage too (``salvage_events``). The new file is
    ``<stem>.recovered-<time>.bataille``, built under a hidden name and linked into place once
    complete (digests written as for any session). The damaged file and its -wal are only read,
    never written. Refused with ``SessionFileError`` when the file is not damaged, when not even
    its first event is intact, or while another window has it open.
    """
    path = Path(path)
    if not path.is_file():
        raise SessionFileError(f"{path} does not exist.")
    lock = SessionLock(path)  # no window may write to it while we read it
    lock.acquire()
    try:
        _, damage = intact_events(path)
        salvage = salvage_events(path) if damage is not None else None
    finally:
        lock.release()
    if damage is None:
        raise SessionFileError(f"{path.name} is not damaged: open it as it is.")
    if damage.seq == 0 or not salvage.events:
        raise SessionFileError(f"{path.name} is damaged from its first event: nothing in it can be recovered.")
    return write_new_session(_recovered_name(path), salvage.events, Said("the_recovered"), Said("hint_try_again"))


def _recovered_name(path: Path) -> Path:
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    return free_name(path.parent, f"{stem}.recovered-{time.strftime('%Y%m%d-%H%M%S')}")
