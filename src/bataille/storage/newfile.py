"""Write a whole new session file from a list of events: built aside, then linked into place."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from bataille.words import OsReason
from bataille.workshop.events import Event

from .errors import SessionExistsError, SessionFileError
from .files import link_into_place, remove_with_journal
from .sessionfile import SessionFile
from .words import Said, told


def write_new_session(target: Path, events: Sequence[Event], what: Said, retry_hint: Said) -> Path:
    """A complete session file of ``events`` at ``target``; never overwrites, never half-made.

    The file is built under a hidden name in one transaction (digests chained as for any append)
    and only then linked to ``target``. ``what`` names the file in messages (``Said("the_copy")``);
    ``retry_hint`` says what to do when ``target`` exists (``Said("hint_other_name")``).
    """
    temp = target.with_name(f".{target.name}.writing-{os.getpid()}")
    remove_with_journal(temp)
    exists = told(SessionExistsError, Said("exists", name=target.name, hint=retry_hint))
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
        reason = OsReason(cause) if isinstance(cause, OSError) else str(cause)
        raise told(SessionFileError, Said("write_failed", what=what, name=target.name, reason=reason)) from exc
    finally:
        remove_with_journal(temp)
    return target
