"""Write a whole new session file from a list of events: built aside, then linked into place."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from bataille.workshop.events import Event

from .errors import SessionExistsError, SessionFileError
from .files import link_into_place, remove_with_journal
from .sessionfile import SessionFile


def write_new_session(target: Path, events: Sequence[Event], what: str, retry_hint: str) -> Path:
    """A complete session file of ``events`` at ``target``; never overwrites, never half-made.

    The file is built under a hidden name in one transaction (digests chained as for any append)
    and only then linked to ``target``. ``what`` names the file in messages ("the copy");
    ``retry_hint`` says what to do when ``target`` exists ("choose another name").
    """
    temp = target.with_name(f".{target.name}.writing-{os.getpid()}")
    remove_with_journal(temp)
    exists = SessionExistsError(f"{target.name} already exists: {retry_hint}.")
    try:
        store = SessionFile.create(temp)
        try:
            store.extend(list(events))
        finally:
            store.close()
        link_into_place(temp, target, exists)
    except SessionExistsError:
        raise
    except (OSError, SessionFileError) as exc:
        # Name the file the facilitator will look for, not the temporary one, in the OS's words.
        cause = exc.__cause__ if isinstance(exc, SessionFileError) and exc.__cause__ is not None else exc
        reason = getattr(cause, "strerror", None) or str(cause)
        raise SessionFileError(f"Cannot write {what} {target.name}: {reason}.") from exc
    finally:
        remove_with_journal(temp)
    return target
