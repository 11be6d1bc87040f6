"""Saving when the disk fails: why the session file cannot be written, in plain words; the actions
kept in memory meanwhile, retried once a second; the copies kept when a file was recovered or
converted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from bataille.storage.errors import Failure, failure_of
from bataille.workshop.errors import NotSavedError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def save_failure_reason(error: BaseException) -> str:
    """Why the session file could not be written, in plain words (disk full, read-only…)."""
    return {
        Failure.DISK_FULL: translate("SessionController", "the disk is full"),
        Failure.READ_ONLY: translate("SessionController", "the folder is read-only"),
        Failure.CLOSED: translate("SessionController", "the session file is closed"),
        Failure.GONE: translate("SessionController", "the session file cannot be reached (drive removed, disk error?)"),
        Failure.MOVED: translate("SessionController", "the session file was removed, renamed or replaced during "
                                 "the session: save a copy elsewhere to go on saving"),
    }[failure_of(error)]


class SessionSaving:
    """Mixed into SessionController (its ``session``, ``saving`` and ``_schedule``)."""

    @property
    def pending(self) -> int:
        """Actions done but not yet written to the session file (kept in memory)."""
        return self.session.pending

    @property
    def recovered_copy(self) -> Path | None:
        """The copy kept before the file was recovered after a crash (None when it closed properly)."""
        return getattr(self.session.store, "recovered_copy", None)

    @property
    def stopped_abruptly(self) -> bool:
        """The app that wrote the file last stopped without closing it (with or without a copy)."""
        return getattr(self.session.store, "stopped_abruptly", self.recovered_copy is not None)

    @property
    def migrated_copy(self) -> Path | None:
        """The copy kept before a file of an older version was converted on open (None otherwise)."""
        return getattr(self.session.store, "migrated_copy", None)

    @property
    def save_reason(self) -> str:
        """Why the actions kept in memory could not be written, in plain words ("" when none wait)."""
        if self.save_error is None or not self.session.pending:
            return ""
        return save_failure_reason(self.save_error)

    @property
    def file_moved(self) -> bool:
        """True when the session's file was removed or replaced under the app: retrying cannot help."""
        return self.save_error is not None and bool(self.session.pending) and \
            failure_of(self.save_error) is Failure.MOVED

    def retry_save(self) -> bool:
        """Write the actions kept in memory (the tick and "Retry now" call it); True when all are."""
        if not self.session.pending:
            if self.save_error is not None:  # written another way (a copy the session went on in)
                self._saved()
            return True
        try:
            self.session.flush()
        except NotSavedError as error:
            self._not_saved(error)
            return False
        self._saved()
        return True

    def _not_saved(self, error: NotSavedError) -> None:
        reason = save_failure_reason(error)
        if reason != self.save_reason or self.session.pending != self._shown_pending:
            self.save_error = error
            self._shown_pending = self.session.pending
            self.saving.emit(self.session.pending, reason)
        self._schedule()  # keep the tick going: it retries once a second

    def _saved(self) -> None:
        self.save_error = None
        self._shown_pending = 0
        self._schedule()
        self.saving.emit(0, "")
