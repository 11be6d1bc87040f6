"""A copy of the deck, with the edits not saved yet, in a folder of the teacher's: the way on when the
deck's own folder cannot be written (the bundled deck of an app installed for every user, a deck on
a read-only share), and a menu command for any deck.

The copy is the deck's files as they are on disk, its theme icons, and over them the draft's texts:
the copy holds exactly what the editor shows, under an id of its own (from its folder's name, one no
deck known here has: ``deck.editing.own_id``), so that the sessions of each deck reopen with their
own. Nothing is taken from the draft of the original deck before the copy is written; when it cannot
be, the edits stay open where they were.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.deck.folder import MANIFEST as MANIFEST_PATH
from bataille.ui.deck_window.editor.form import translate
from bataille.ui.deck_window.editor.new_deck import FolderDialog, default_folder
from bataille.ui.i18n import error_words
from bataille.ui.marked_label import MarkedLabel

MANIFEST = MANIFEST_PATH.as_posix()  # as the draft names it
SAID_MS = 8000  # the copy's folder said as long as the window's other messages, or until the next edit


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


def copy_id(folder: Path, taken: set[str]) -> str:
    """The id of a copy saved at ``folder``: from the folder's name, none of ``taken``."""
    from bataille.deck.editing.own_id import own_id

    return own_id(Path(folder).expanduser().resolve().name, taken)


def taken_ids(draft) -> set[str]:
    """The ids a copy must not have: the deck's own, the bundled deck's, and those of every deck whose
    folder the app keeps to reopen its sessions (set by the launcher as a session starts)."""
    from bataille.deck import bundled_deck_path
    from bataille.deck.draft import Draft
    from bataille.ui.settings import Settings

    taken = {*Settings().deck_ids(), *_written_id(draft)}
    try:
        taken.update(_written_id(Draft.open(bundled_deck_path())))
    except (OSError, ValueError):  # no bundled deck to read
        pass
    return taken


def _written_id(draft) -> tuple[str, ...]:
    """The id the deck's manifest gives (none when it gives none, or YAML cannot read it)."""
    try:
        written = draft.value((MANIFEST, ("id",)))
    except ValueError:  # EditError: the manifest as it stands is not YAML
        return ()
    return (written,) if isinstance(written, str) and written else ()


def write_copy(draft, folder: Path, taken: set[str] = frozenset()) -> Path:
    """Write the deck of ``draft`` at ``folder`` (new or empty), its unsaved edits included, under an
    id of its own (:func:`copy_id`: none of ``taken``, nor the draft's), and return the copy's folder.
    On failure (OSError, EditError) a folder made here is taken away again and the draft is left as
    it was."""
    from bataille.deck.draft import Draft
    from bataille.deck.editing.create import write_new_deck
    from bataille.deck.editing.own_id import with_id

    folder = Path(folder).expanduser()
    made = not folder.exists()
    try:
        root = write_new_deck(folder, draft.folder)
        copy = Draft.open(root)
        texts = dict(draft.texts)
        if MANIFEST in texts:  # a deck with no manifest has no id to change
            texts[MANIFEST] = with_id(texts[MANIFEST], copy_id(root, {*taken, *_written_id(draft)}))
        with copy.one_step():
            for rel, text in texts.items():
                if copy.texts.get(rel) != text:
                    copy.set_text(rel, text)
            for rel in [rel for rel in copy.texts if rel not in texts]:
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
    why += " " + translate("DeckCopy", "The copy is a deck of its own, with its own id: each deck’s sessions reopen "
                                       "with their own deck.")
    taken = taken_ids(draft)
    dialog = CopyDeckDialog(default_folder(name), why, taken, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    folder = dialog.folder
    dialog.deleteLater()  # one dialog a copy, not one more child of the window each time
    if not accepted:
        return None
    try:
        return write_copy(draft, folder, taken)
    except (OSError, EditError) as error:
        QMessageBox.warning(parent, translate("DeckCopy", "The copy was not saved"),
                            translate("DeckCopy", "No copy could be written in %1: %2. Your edits are still open "
                                                  "here, not saved.").replace("%1", str(folder))
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

    def __init__(self, start: Path, why: str, taken: set[str] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(start, "copyDeckFolder", translate("DeckCopy", "Folder of the copy:"),
                         translate("DeckCopy", "Choose…"), translate("DeckCopy", "Save the copy"),
                         translate("DeckCopy", "Give the folder of the copy."),
                         translate("DeckCopy", "Folder of the copy"), parent)
        self.setObjectName("copyDeckDialog")
        self.setWindowTitle(translate("DeckCopy", "Save a copy of the deck"))
        self._taken = taken
        said = QLabel(why)
        said.setWordWrap(True)
        self.id_label = QLabel()  # the id the copy will have, as the folder's name is typed
        self.id_label.setObjectName("copyDeckId")
        self.id_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(translate("DeckCopy", "Id of the copy:"), self.id_label)
        self.folder_edit.textChanged.connect(self._show_id)
        self._show_id()
        layout = self.lay_out(said)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # the wrapped sentences in full

    def _show_id(self) -> None:
        typed = bool(self.folder_edit.text().strip())
        self.id_label.setText(copy_id(self.folder, self._taken) if typed else "")

    def browse_from(self) -> str:
        return str(self.folder.parent)

    def _check(self) -> None:
        super()._check()
        if not self.error.isHidden():
            self.adjustSize()  # room for the sentence, not over the text above it


class AmberBanner(QWidget):
    """A strip above the deck window's editor: a warning's words, and the button that is the way on."""

    def __init__(self, name: str, button_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: #FFF4D6; border: 2px solid #B26A00; border-radius: 6px; }}"
                           f"#{name} QLabel {{ color: #1A1A1A; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.label = MarkedLabel()
        self.label.set_warning(True)
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName(button_name)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()


class ReadOnlyBanner(AmberBanner):
    """Says, as soon as the editor opens, that the deck's folder cannot be written, with the way on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("readOnlyBanner", "saveCopy", parent)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(translate("DeckCopy", "This deck’s folder cannot be written (an app installed for every "
                                                 "user, a read-only folder): your edits could not be saved here. Save "
                                                 "a copy of the deck in a folder of yours, and go on editing the copy."))
        self.button.setText(translate("DeckCopy", "Save a copy…"))


def save_copy(window) -> bool:
    """Save the deck of ``window`` (the deck window), with the edits not saved yet, as a copy in a folder the teacher
    chooses, and go on with the copy (as with a deck folder opened); False, the edits still open, when it was not."""
    from bataille.deck.draft import Draft

    folder, draft = window.watcher.folder, window.editing.draft
    if folder is None:
        return False
    try:
        draft = draft if draft is not None else Draft.open(folder)
    except (OSError, ValueError) as error:
        QMessageBox.warning(window, translate("DeckWindow", "Save a copy of the deck"), error_words(error))
        return False
    root = ask_and_write(window, draft, not writable(draft.folder, draft.texts))
    if root is None:
        return False
    page = window.editing.editor.cards
    card = page.cards.current_id() if page is not None and window.editing.draft is not None else None
    window.editing.draft = None  # written in the copy: nothing left to ask about
    window.switch_deck(root)
    window._settings.last_deck_folder = str(root)
    if card and window.editing.draft is not None and window.editing.editor.cards is not None:
        window.editing.editor.cards.cards.choose(card)
    said = translate("DeckWindow", "The deck and your edits are saved in %1: you are working on this copy "
                                   "now; the original stays as it was.")
    said, bar = said.replace("%1", str(root)), window.statusBar()
    bar.showMessage(said, SAID_MS)

    def edited() -> None:  # the next edit: the copy is said, its folder no longer in the way
        if bar.currentMessage() == said:
            bar.clearMessage()

    window.editing.editor.changed.connect(edited, Qt.ConnectionType.SingleShotConnection)
    return True
