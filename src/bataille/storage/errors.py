"""What can go wrong with a session file, in words a teacher can act on."""

from __future__ import annotations

from bataille.workshop.errors import StoreError


class SessionFileError(Exception):
    """A session file cannot be opened, read or written."""


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
    """An event could not be committed (disk full, read-only folder…); nothing was half-written."""


class EmptySessionError(SessionFileError):
    """The file holds no event: its creation was interrupted before the set-up was saved."""


class DamagedSessionError(NotASessionFileError):
    """An event does not match its checksum (or is missing): the events before it are intact.

    ``seq`` is the 0-based number of the first damaged event (= how many intact events precede
    it), ``total`` the number of events the file holds; ``recover_session`` writes the intact
    ones to a new file beside it.
    """

    def __init__(self, message: str, seq: int, total: int) -> None:
        super().__init__(message)
        self.seq = seq
        self.total = total
