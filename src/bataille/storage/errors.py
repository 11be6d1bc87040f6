"""What can go wrong with a session file, in words a teacher can act on."""

from __future__ import annotations

import errno
import sqlite3
from enum import StrEnum

from bataille.workshop.errors import StoreError


class Failure(StrEnum):
    """Why a session file could not be written, for the console to say in words."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    CLOSED = "closed"
    GONE = "gone"  # the drive was removed, a disk error: the file cannot be reached
    MOVED = "moved"  # the session file (or its -wal) was removed, renamed or replaced while open


def failure_of(error: BaseException | None) -> Failure:
    """The reason behind a failed write, looking through the chain of causes down to the OS or SQLite."""
    seen: list[BaseException] = []
    while error is not None and error not in seen:  # NotSavedError -> SessionWriteError -> OSError
        seen.append(error)
        error = getattr(error, "cause", None) or error.__cause__
    for cause in reversed(seen):
        number = getattr(cause, "errno", None)
        code = getattr(cause, "sqlite_errorcode", None)
        code = None if code is None else code & 0xFF  # extended codes keep the primary in the low byte
        text = str(cause).lower()
        if isinstance(cause, SessionWriteError) and cause.known is not None:
            return cause.known
        if number in (errno.ENOSPC, errno.EDQUOT) or code == sqlite3.SQLITE_FULL or "full" in text:
            return Failure.DISK_FULL
        if number in (errno.EROFS, errno.EACCES, errno.EPERM) or code == sqlite3.SQLITE_READONLY \
                or "readonly" in text or "read-only" in text:
            return Failure.READ_ONLY
    return Failure.GONE


class SessionFileError(Exception):
    """A session file cannot be opened, read or written.

    ``said``, when set, is the same message in the catalogue of ``storage.words`` (French and
    English): ``storage.words.said(error, lang)`` shows it in the user's language.
    """

    said = None

    def saying(self, message: object) -> SessionFileError:
        """This error, carrying ``message`` (a ``storage.words.Said``) for ``said``."""
        self.said = message
        return self


class SessionReadOnlyError(SessionFileError):
    """The session file is on a read-only disk or in a folder that cannot be written: left untouched."""


class ForeignWalError(SessionFileError):
    """The -wal beside the file belongs to another session file: refused, nothing replayed or changed."""


class NotASessionFileError(SessionFileError):
    """The file is not a Bataille IA session (or is damaged beyond reading)."""


class SessionFileTooNewError(SessionFileError):
    """The file was written by a newer version of the app; it is left untouched."""


class SessionLockedError(SessionFileError):
    """Another window or process has the session open; ``pid`` is its process id when known."""

    def __init__(self, message: str, pid: int | None = None) -> None:
        super().__init__(message)
        self.pid = pid


class SessionExistsError(SessionFileError):
    """A new session would overwrite an existing file."""


class SessionWriteError(SessionFileError, StoreError):
    """An event could not be committed (disk full, read-only folder…); nothing was half-written.

    ``known`` is the reason when the storage itself knows it (the file was closed); otherwise
    ``reason`` finds it in the OS's or SQLite's error behind this one.
    """

    def __init__(self, message: str, known: Failure | None = None) -> None:
        super().__init__(message)
        self.known = known

    @property
    def reason(self) -> Failure:
        return failure_of(self)


class EmptySessionError(SessionFileError):
    """The file holds no event: its creation was interrupted before the set-up was saved."""


class DamagedSessionError(NotASessionFileError):
    """An event does not match its checksum (or is missing): the events before it are intact.

    ``seq`` is the 0-based number of the first damaged event (= how many intact events precede
    it), ``total`` the number of events the file holds; ``recover_session`` writes the intact
    ones to a new file beside it.
    """

    what = None  # what is wrong with that event (a message of the core's catalogues), when known

    def __init__(self, message: str, seq: int, total: int) -> None:
        super().__init__(message)
        self.seq = seq
        self.total = total
