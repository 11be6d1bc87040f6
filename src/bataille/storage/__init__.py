"""The session file: SQLite, append-only, locked per window, versioned; and the recent-sessions list."""

from __future__ import annotations

import os
from collections.abc import Sequence

from bataille.deck.models import Deck
from bataille.workshop import Clock, NotSavedError, Rules, Session

from .copy import save_copy
from .errors import (
    DamagedSessionError,
    EmptySessionError,
    NotASessionFileError,
    SessionExistsError,
    SessionFileError,
    SessionFileTooNewError,
    SessionLockedError,
    SessionWriteError,
)
from .files import SUFFIX, remove_with_journal
from .recent import RecentSession, recent_sessions
from .recover import recover_session
from .schema import CURRENT_VERSION
from .sessionfile import SessionFile, creation_failed


def new_session(path: str | os.PathLike[str], deck: Deck, clock: Clock, lang: str = "fr",
                agenda_minutes: int | None = None, phase_ids: Sequence[str] | None = None,
                rules: Rules | None = None) -> Session:
    """Create ``path`` and a session on it; the file stays locked until ``close_session``."""
    store = SessionFile.create(path)
    try:
        return Session.create(deck, store, clock, lang, agenda_minutes, phase_ids, rules)
    except NotSavedError as exc:
        # Its set-up could not be written (a full disk): a file with no event is no session.
        _abandon(store)
        raise creation_failed(store.path, exc) from exc
    except BaseException:
        _abandon(store)
        raise


def _abandon(store: SessionFile) -> None:
    """Close a session file just created and remove it: nothing of it was a session yet."""
    store.close()
    remove_with_journal(store.path)


def open_session(path: str | os.PathLike[str], deck: Deck, clock: Clock) -> Session:
    """Reopen a session file and replay its events (locked until ``close_session``).

    Every event is checked against its digest while replaying: a damaged file raises
    ``DamagedSessionError`` (its message names the event; ``recover_session(path)`` then writes
    the intact events before it to a new file). A file of an older format is converted, after a
    copy ``<name>.before-migration-v<n>`` of it is kept.
    """
    store = SessionFile.open(path)
    try:
        if len(store) == 0:
            raise EmptySessionError(
                f"{store.path.name} holds no session: it was interrupted while being created, or it "
                f"was copied without {store.path.name}-wal, the file beside it that held its events "
                "(copy both, or close the session before copying)."
            )
        try:
            return Session.resume(deck, store, clock)
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
            # A damaged file can hold events that decode but do not replay (a phase id changed
            # by a flipped bit…): say so, instead of letting a KeyError reach the window.
            raise NotASessionFileError(
                f"{store.path.name} is damaged: its events cannot be replayed "
                f"({type(exc).__name__}: {str(exc)[:80]}). Open a copy or a backup of it."
            ) from exc
    except BaseException:
        store.close()
        raise


def close_session(session: Session) -> None:
    """Write what is pending, then close and unlock the session's file (the one way to close it).

    If writing fails (NotSavedError), the file stays open and locked with the events still
    pending in memory: closing it then would lose them. Retry once the disk is back.
    """
    session.close()


__all__ = [
    "CURRENT_VERSION", "SUFFIX", "DamagedSessionError", "EmptySessionError", "NotASessionFileError", "RecentSession", "SessionExistsError",
    "SessionFile", "SessionFileError", "SessionFileTooNewError", "SessionLockedError",
    "SessionWriteError", "close_session", "new_session", "open_session", "recent_sessions", "recover_session", "save_copy",
]
