"""Closing a session whose last actions are not written: retry, save a copy elsewhere, or lose them.

A dialog, because it is on the laptop (the stage is closing too) and the choice cannot wait.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bataille.storage import SUFFIX, SessionFileError, save_copy
from bataille.ui.controller import SessionController
from bataille.ui.i18n import error_words

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class UnsavedDialog(QMessageBox):
    """Says how many actions would be lost and why; its buttons are the three ways out (and Cancel)."""

    def __init__(self, pending: int, reason: str, problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsavedDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Actions not saved"))
        self.setText(self.tr("%n action(s) of this session are not saved in its file: %1.", "", pending)
                     .replace("%1", reason))
        info = self.tr("Retry once the disk is back, or save a copy of the whole session on another drive "
                       "(a USB stick…). Quitting without either loses them.")
        self.setInformativeText(f"{problem}\n\n{info}" if problem else info)
        # Both safe ways out share the accept role so that they come first, before the one that loses data.
        self.retry = self.addButton(self.tr("&Retry"), QMessageBox.ButtonRole.AcceptRole)
        self.copy = self.addButton(self.tr("&Save a copy elsewhere…"), QMessageBox.ButtonRole.AcceptRole)
        self.lose = self.addButton(self.tr("&Quit and lose %n action(s)", "", pending),
                                   QMessageBox.ButtonRole.DestructiveRole)
        self.keep = self.addButton(self.tr("&Keep working"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry)
        self.setEscapeButton(self.keep)

    def choice(self) -> str:
        """"retry", "copy", "lose" or "keep" (the dialog closed any other way keeps the session open)."""
        clicked = self.clickedButton()
        return {self.retry: "retry", self.copy: "copy", self.lose: "lose"}.get(clicked, "keep")


def ask_copy_path(parent: QWidget, session_path: Path | None) -> Path | None:
    """Where to save the copy (a new file); None when the facilitator cancels."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    stem = session_path.stem if session_path is not None else "session"
    suggested = Path(folder) / translate("UnsavedDialog", "%1 (copy)").replace("%1", stem)
    path, _ = QFileDialog.getSaveFileName(parent, translate("UnsavedDialog", "Save a copy of the session"),
                                          str(suggested) + SUFFIX,
                                          translate("UnsavedDialog", "Bataille IA sessions (*%1)").replace("%1", SUFFIX))
    if not path:
        return None
    path = Path(path)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def may_close(controller: SessionController, parent: QWidget) -> bool:
    """True when the session can close: everything written, a copy saved, or the loss accepted."""
    if controller.lose_pending_on_close or controller.retry_save():
        return True
    problem = ""
    while True:
        dialog = UnsavedDialog(controller.pending, controller.save_reason, problem, parent)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        problem = ""
        if choice == "retry":
            if controller.retry_save():
                return True
            problem = translate("UnsavedDialog", "Still not saved: %1.").replace("%1", controller.save_reason)
        elif choice == "copy":
            path = ask_copy_path(parent, getattr(controller.session.store, "path", None))
            if path is None:
                continue
            try:
                save_copy(controller.session, path)
            except SessionFileError as error:
                problem = translate("UnsavedDialog", "The copy could not be saved: %1").replace(
                    "%1", error_words(error))
                continue
            controller.lose_pending_on_close = True  # every action is in the copy
            note = translate("UnsavedDialog", "Every action of the session is in the copy %1: open that file to go on "
                             "(the original file misses the last ones).")
            controller.closing_note = note.replace("%1", str(path))
            return True
        elif choice == "lose":
            controller.lose_pending_on_close = True
            return True
        else:
            return False
