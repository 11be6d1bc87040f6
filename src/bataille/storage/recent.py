"""The recent sessions of a folder, newest first, summarised without a deck and without writing."""

from __future__ import annotations

import os
from dataclasses import field
from pathlib import Path

from bataille.deck.frozen import Frozen, record
from bataille.workshop.fold import fold

from .errors import SessionFileError
from .files import SUFFIX
from .reader import looking_at
from .reading import read_events


@record
class RecentSession(Frozen):
    """One session file as the "open recent" list shows it (``error`` set when it cannot be read)."""

    path: Path
    modified_at: float
    deck_id: str = ""
    deck_version: str = ""
    created_at: float = 0.0
    teams: tuple[str, ...] = ()
    last_phase_id: str | None = None
    started: bool = False
    events: int = 0
    error: str | None = None
    over: bool = False  # its workshop (or quick debate) was run to its end: nothing left to resume
    # The exception behind ``error``, so that a window can word it in its own language.
    failure: Exception | None = field(default=None, compare=False, repr=False)


def _modified(path: Path) -> float:
    # A session open elsewhere writes to its -wal file first. An entry that cannot be looked at
    # (a link that leads nowhere, a loop) sorts last: it must never stop the list.
    times = []
    for candidate in (path, path.with_name(path.name + "-wal")):
        try:
            times.append(candidate.stat().st_mtime)
        except OSError:
            pass
    return max(times, default=0.0)


def summarise(path: Path) -> RecentSession:
    """Read one file's events and fold them (read-only, works while another window has it open)."""
    modified = _modified(path)
    try:
        with looking_at(path) as db:
            events = read_events(db, path)
        state = fold(None, events)
    except (SessionFileError, OSError, ValueError, KeyError, IndexError) as exc:
        return RecentSession(path, modified, error=str(exc), failure=exc)
    except Exception as exc:  # a damaged file must not break the whole list
        return RecentSession(path, modified, error=f"{path.name} cannot be read ({exc}).", failure=exc)
    if not events:
        return RecentSession(path, modified, error=f"{path.name} holds no session (its creation was interrupted).")
    return RecentSession(
        path, modified, state.deck_id, state.deck_version, state.created_at,
        tuple(t.name for t in state.teams), state.last_phase_id, state.started, len(events),
        over=state.started and state.agenda.current is None and state.agenda.next_pending is None,
    )


def recent_sessions(folder: str | os.PathLike[str], limit: int | None = None) -> list[RecentSession]:
    """The ``.bataille`` files of ``folder``, newest first (the UI passes its app-data folder)."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    try:
        paths = sorted(folder.glob(f"*{SUFFIX}"), key=_modified, reverse=True)
    except OSError:  # the folder vanished or cannot be listed: nothing to show, nothing to stop
        return []
    if limit is not None:
        paths = paths[:limit]
    return [summarise(p) for p in paths]
