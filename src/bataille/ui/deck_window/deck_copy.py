"""A copy of the deck, with the edits not saved yet, in a folder of the teacher's: the way on when the
deck's own folder cannot be written (the bundled deck of an app installed for every user, a deck on
a read-only share), and a menu command for any deck.

The copy is the deck's files as they are on disk, its theme icons, and over them the draft's texts:
the copy holds exactly what the editor shows. Nothing is taken from the draft of the original
deck before the copy is written; when it cannot be, the edits stay open where they were.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.deck_window.editor.form import translate
from bataille.ui.deck_window.editor.new_deck import FolderDialog
from bataille.ui.marked_label import MarkedLabel


def writable(folder: Path, files=()) -> bool:
    """Whether the deck at ``folder`` can be saved: the folder, its cards/ and scenarios/, and each of
    ``files`` (paths relative to it) that exists, can be written by this user."""
    folder = Path(folder)
    places = [folder] + [folder / name for name in ("cards", "scenarios") if (folder / name).is_dir()]
    places += [folder / rel for rel in files if (folder / rel).exists()]
    return all(os.access(place, os.W_OK) for place in places)


def refused(error: BaseException) -> bool:
    """Whether a failed save was refused for want of the right to write (not a full disk)."""
    import errno

    reasons = (errno.EACCES, errno.EPERM, errno.EROFS)
    cause = error if isinstance(error, OSError) else error.__cause__
    return isinstance(cause, OSError) and (isinstance(cause, PermissionError) or cause.errno in reasons)


def default_folder(name: str) -> Path:
    """A folder that does not exist yet for the copy: ``name`` in the user's documents (else home)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents or Path.home())
    folder, n = base / name, 2
    while folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        folder, n = base / f"{name}-{n}", n + 1
    return folder


def write_copy(draft, folder: Path) -> Path:
    """Write the deck of ``draft`` at ``folder`` (new or empty), its unsaved edits included, and
    return the copy's folder. On failure (OSError, EditError) a folder made here is taken away again
    and the draft is left as it was."""
    from bataille.deck.draft import Draft
    from bataille.deck.editing.create import write_new_deck

    folder = Path(folder).expanduser()
    made = not folder.exists()
    try:
        root = write_new_deck(folder, draft.folder)
        copy = Draft.open(root)
        with copy.one_step():
            for rel, text in draft.texts.items():
                if copy.texts.get(rel) != text:
                    copy.set_text(rel, text)
            for rel in [rel for rel in copy.texts if rel not in draft.texts]:
                copy.set_text(rel, None)
        copy.save()
        _copy_icons(draft.folder, root, copy)
    except BaseException:
        if made:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return root


def ask_and_write(parent: QWidget, draft, read_only: bool) -> Path | None:
    """Ask where the copy goes and write it there; its folder, or None (cancelled, or it could not be
    written: then the teacher is told why, and the edits stay open as they were)."""
    from PySide6.QtWidgets import QMessageBox

    from bataille.deck.draft import EditError
    from bataille.ui.i18n import error_words

    deck = draft.partial_deck
    name = translate("DeckCopy", "%1-copy").replace("%1", deck.id if deck is not None else draft.folder.name)
    why = translate("DeckCopy", "The copy holds the deck as the editor shows it, with the edits not saved yet. "
                                "From now on the app uses the copy; the original folder stays as it is.")
    if read_only:
        why = translate("DeckCopy", "This deck’s folder cannot be written.") + " " + why
    dialog = CopyDeckDialog(default_folder(name), why, parent)
    parent.copy_dialog = dialog  # a test answers it
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        return write_copy(draft, dialog.folder)
    except (OSError, EditError) as error:
        QMessageBox.warning(parent, translate("DeckCopy", "The copy was not saved"),
                            translate("DeckCopy", "No copy could be written in %1: %2. Your edits are still open "
                                                  "here, not saved.").replace("%1", str(dialog.folder))
                            .replace("%2", error_words(error)))
        return None


def _copy_icons(source: Path, target: Path, copy) -> None:
    """The icons the edited themes name that the deck on disk did not (copied with the deck files)."""
    deck = copy.partial_deck
    for theme in deck.themes if deck is not None else ():
        icon = theme.icon
        if not icon or (target / icon).exists():
            continue
        path = (source / icon).resolve()
        if path.is_file() and path.is_relative_to(source.resolve()):
            (target / icon).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target / icon)


class CopyDeckDialog(FolderDialog):
    """Asks where the copy goes (a new or empty folder); ``folder`` after OK."""

    def __init__(self, start: Path, why: str, parent: QWidget | None = None) -> None:
        super().__init__(start, "copyDeckFolder", translate("DeckCopy", "Folder of the copy:"),
                         translate("DeckCopy", "Choose…"), translate("DeckCopy", "Save the copy"),
                         translate("DeckCopy", "Give the folder of the copy."),
                         translate("DeckCopy", "Folder of the copy"), parent)
        self.setObjectName("copyDeckDialog")
        self.setWindowTitle(translate("DeckCopy", "Save a copy of the deck"))
        said = QLabel(why)
        said.setWordWrap(True)
        layout = self.lay_out(said)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # the wrapped sentences in full

    def browse_from(self) -> str:
        return str(self.folder.parent)

    def _check(self) -> None:
        super()._check()
        if not self.error.isHidden():
            self.adjustSize()  # room for the sentence, not over the text above it


class ReadOnlyBanner(QWidget):
    """Says, as soon as the editor opens, that the deck's folder cannot be written, with the way on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("#readOnlyBanner { background: #FFF4D6; border: 2px solid #B26A00; border-radius: 6px; }"
                           "#readOnlyBanner QLabel { color: #1A1A1A; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = MarkedLabel()
        self.label.set_warning(True)
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("saveCopy")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.label.setText(translate("DeckCopy", "This deck’s folder cannot be written (an app installed for every "
                                                 "user, a read-only folder): your edits could not be saved here. Save "
                                                 "a copy of the deck in a folder of yours, and go on editing the copy."))
        self.button.setText(translate("DeckCopy", "Save a copy…"))
