"""Save a copy of a live session elsewhere: every event, including those not yet written to its file.

When the session's own file cannot be written (disk full, read-only folder, drive removed), the
events wait in memory; this writes all of them to a new session file on another disk, so the
facilitator can quit without losing anything.
"""

from __future__ import annotations

import os
from pathlib import Path

from bataille.workshop import Session
from bataille.workshop.anonymise import forget_phones

from .errors import SessionExistsError
from .newfile import write_new_session
from .sessionfile import SessionFile
from .words import Said, told


def save_copy(session: Session, path: str | os.PathLike[str], without_phones: bool = False) -> Path:
    """Write every event of ``session`` (pending ones too) to a new session file at ``path``.

    The copy is built under a hidden temporary name and linked into place once complete, so a
    failure never leaves a half-written copy; an existing file (the session's own included) is
    refused, never overwritten. Raises ``SessionFileError`` with a message to show.
    ``without_phones``: every phone's token replaced by a neutral number (workshop.anonymise).
    """
    path = Path(path)
    own = getattr(session.store, "path", None)
    if path.exists() or (own is not None and Path(own).resolve() == path.resolve()):
        raise told(SessionExistsError, Said("exists", name=path.name, hint=Said("hint_other_name")))
    events = forget_phones(session.events) if without_phones else session.events
    return write_new_session(path, events, Said("the_copy"), Said("hint_other_name"))


def continue_in_copy(session: Session, path: str | os.PathLike[str]) -> Path:
    """Save every event of ``session`` to a new file at ``path`` and go on in it.

    For a session whose own file was removed or replaced under the app (Failure.MOVED): the
    events already written go into the new file, built aside and linked into place, then the
    session's store becomes that file and the events kept in memory are written to it. The old
    file is let go. Raises ``SessionFileError`` (nothing changed) when the copy cannot be made.
    """
    path = Path(path)
    own = getattr(session.store, "path", None)
    if path.exists() or (own is not None and Path(own).resolve() == path.resolve()):
        raise told(SessionExistsError, Said("exists", name=path.name, hint=Said("hint_other_name")))
    written = session.events[: len(session.events) - session.pending]
    write_new_session(path, written, Said("the_copy"), Said("hint_other_name"))
    store = SessionFile.open(path)
    old, session.store = session.store, store
    close = getattr(old, "close", None)
    if close is not None:
        close()
    session.flush()  # the events kept in memory, at their places after the written ones
    return path
