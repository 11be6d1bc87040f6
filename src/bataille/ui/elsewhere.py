"""The session files opened outside the sessions folder (a USB stick, a shared folder, a copy saved
elsewhere), remembered so that the start screen lists them among the recent sessions: after a
crash they are as near as the others, and "Resume" never reopens another session in their place.
Shared by the start screen (which opens sessions) and the console (which moves one to a copy)."""

from __future__ import annotations

from pathlib import Path

from bataille.ui.identity import preferences as _store

ELSEWHERE = "sessions/elsewhere"  # the session files opened outside the sessions folder, newest first
ELSEWHERE_KEPT = 12


def _paths(value: object) -> list[str]:
    # An ini file gives back one text for a list of one, and nothing for an empty list.
    if not value:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def remember_elsewhere(path: Path, folder: Path) -> None:
    """Remember a session file opened outside the sessions ``folder`` (a USB stick, a shared folder),
    so that the start screen lists it among the recent sessions: after a crash it is as near as the
    others, and "Resume" never reopens another session in its place."""
    path = Path(path).absolute()
    try:
        if path.parent.resolve() == Path(folder).resolve():
            return  # listed with the folder's sessions
    except OSError:
        pass
    store = _store()
    kept = [p for p in _paths(store.value(ELSEWHERE)) if p != str(path)]
    store.setValue(ELSEWHERE, [str(path), *kept][:ELSEWHERE_KEPT])


def remembered_elsewhere() -> list[Path]:
    """The session files opened outside the sessions folder, newest first (they may be gone since)."""
    return [Path(p) for p in _paths(_store().value(ELSEWHERE))]
