"""Why a session file is not opened, in the interface language: the start screen's message for a
refused open or a failed recovery, and the few words the recent list gives such a file.

Each sentence is built from the error's type and fields, never from its English text. The words
keep the start screen's context of translation (StartWindow). Nothing here is needed to paint the
start screen: it is imported once a message or the recent sessions show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bataille.ui.start.request import DeckNotFoundError
from bataille.ui.start.window import StartWindow, fill

if TYPE_CHECKING:
    from pathlib import Path

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def short_error(error: BaseException) -> str:
    """A few words for the recent list; "Resume" on the line says the rest (and offers recovery)."""
    from bataille.storage import DamagedSessionError, EmptySessionError, SessionFileTooNewError
    from bataille.storage.errors import ForeignWalError, SessionReadOnlyError

    if isinstance(error, DamagedSessionError):
        return fill(translate("StartWindow", "damaged at action %1 (of %2)"), error.seq + 1, error.total)
    if isinstance(error, SessionFileTooNewError):
        return translate("StartWindow", "saved by a newer version")
    if isinstance(error, EmptySessionError):
        return translate("StartWindow", "holds no session")
    if isinstance(error, SessionReadOnlyError):
        return translate("StartWindow", "on a read-only disk")
    if isinstance(error, ForeignWalError):
        return translate("StartWindow", "its -wal belongs to another session")
    return translate("StartWindow", "cannot be opened")


def open_error_text(path: Path, error: BaseException) -> str:
    """The sentence for a refused open, built from the error's type and fields (never its English text)."""
    from bataille.storage import (
        DamagedSessionError,
        EmptySessionError,
        NotASessionFileError,
        SessionFileTooNewError,
        SessionLockedError,
    )
    from bataille.storage.words import said
    from bataille.ui.i18n import interface_language

    name = path.name
    if isinstance(error, DamagedSessionError):
        return _damaged_text(path, error)
    if isinstance(error, SessionFileTooNewError):
        return fill(translate("StartWindow", "“%1” was saved by a newer version of Bataille IA. Update the app "
                                             "to open it; the file was not changed."), name)
    if isinstance(error, SessionLockedError):
        if error.pid:
            return fill(translate("StartWindow", "“%1” is already open in another Bataille IA window (process "
                                                 "%2). Close it there first, or open a copy of the file."),
                        name, error.pid)
        return fill(translate("StartWindow", "“%1” is already open in another Bataille IA window. Close it "
                                             "there first, or open a copy of the file."), name)
    if isinstance(error, EmptySessionError):
        return fill(translate("StartWindow", "“%1” holds no session: it was interrupted while being created, "
                                             "or it was copied without “%1-wal”, the file beside it that held "
                                             "its actions."), name)
    if isinstance(error, DeckNotFoundError):
        deck = error.title or error.deck_id
        if error.folder:  # it was here once: where to look for it
            return fill(translate("StartWindow", "“%1” was played with the deck “%2”, last opened from %3, "
                                                 "which cannot be read now (a USB stick taken out, a folder moved "
                                                 "or renamed?): open that deck first (Other deck…), then the "
                                                 "session."), name, deck, error.folder)
        return fill(translate("StartWindow", "“%1” was played with the deck “%2”: open that deck first (Other "
                                             "deck…), then the session."), name, deck)
    if not path.exists():
        return fill(translate("StartWindow", "%1 cannot be found (moved, renamed or deleted?)."), path)
    if getattr(error, "said", None) is not None:  # the storage's own words, French and English:
        return said(error, interface_language())  # read-only disk, a pipe or a folder, another -wal
    if isinstance(error, NotASessionFileError):
        return fill(translate("StartWindow", "“%1” cannot be opened: it is not a Bataille IA session file, or "
                                             "it is too damaged to be read. Open a copy or a backup of it."),
                    name)
    return fill(translate("StartWindow", "“%1” cannot be opened. Details (in English): %2"), name, error)


def _damaged_text(path: Path, error: BaseException) -> str:
    """A damaged file: where the damage is, what can be recovered, and what is wrong there."""
    from bataille.ui.i18n import interface_language

    if error.seq == 0:
        text = fill(translate("StartWindow", "“%1” is damaged from its first action (of %2): nothing in it can "
                                             "be recovered. Open a copy or a backup of it; the file was not "
                                             "changed."), path.name, error.total)
    else:
        # tr(), not translate(): lupdate reads a plural (%n) only from tr().
        text = fill(StartWindow.tr("“%1” is damaged at action %2 (of %3). The %n action(s) before it are "
                                   "intact: they can be copied into a new session file beside it. The "
                                   "damaged file is left as it is: %4", "", error.seq),
                    path.name, error.seq + 1, error.total, path)
    if error.what is not None:  # a checksum, a missing action, a crafted value: said as the core says it
        text += " " + fill(translate("StartWindow", "What is wrong with that action: %1."),
                           error.what.render(interface_language()))
    return text


def recovery_error_text(path: Path, error: BaseException) -> str:
    """Recovery itself failed (but for a lock, worded as for an open): it says nothing was written."""
    from bataille.storage.words import said
    from bataille.ui.i18n import interface_language

    if getattr(error, "said", None) is not None:  # the storage's own words, in the user's language
        return fill(translate("StartWindow", "The intact actions of “%1” could not be copied to a new file; "
                                             "the damaged file was not changed. %2"), path.name,
                    said(error, interface_language()))
    return fill(translate("StartWindow", "The intact actions of “%1” could not be copied to a new file; the "
                                         "damaged file was not changed. Details (in English): %2"),
                path.name, error)
