"""The session file: SQLite, append-only, locked per window, versioned; and the recent-sessions list."""

from __future__ import annotations

import os
from collections.abc import Sequence

from bataille.deck.models import Deck
from bataille.workshop import Clock, Rules, Session

from .errors import (
    EmptySessionError,
    NotASessionFileError,
    SessionExistsError,
    SessionFileError,
    SessionFileTooNewError,
    SessionLockedError,
    SessionWriteError,
)
from .recent import RecentSession, recent_sessions
from .schema import CURRENT_VERSION
from .sessionfile import SUFFIX, SessionFile


def new_session(path: str | os.PathLike[str], deck: Deck, clock: Clock, lang: str = "fr",
                agenda_minutes: int | None = None, phase_ids: Sequence[str] | None = None,
                rules: Rules | None = None) -> Session:
    """Create ``path`` and a session on it; the file stays locked until ``close_session``."""
    store = SessionFile.create(path)
    try:
        return Session.create(deck, store, clock, lang, agenda_minutes, phase_ids, rules)
    except BaseException:
        store.close()
        raise


def open_session(path: str | os.PathLike[str], deck: Deck, clock: Clock) -> Session:
    """Reopen a session file and replay its events (locked until ``close_session``)."""
    store = SessionFile.open(path)
    try:
        if len(store) == 0:
            raise EmptySessionError(
                f"{store.path.name} holds no session: it was interrupted while being created. "
                "Delete it and create a new session."
            )
        return Session.resume(deck, store, clock)
    except BaseException:
        store.close()
        raise


def close_session(session: Session) -> None:
    """Write what is pending, then close and unlock the session's file."""
    try:
        session.flush()
    finally:
        store = session.store
        if isinstance(store, SessionFile):
            store.close()


__all__ = [
    "CURRENT_VERSION", "SUFFIX", "EmptySessionError", "NotASessionFileError", "RecentSession", "SessionExistsError",
    "SessionFile", "SessionFileError", "SessionFileTooNewError", "SessionLockedError",
    "SessionWriteError", "close_session", "new_session", "open_session", "recent_sessions",
]
