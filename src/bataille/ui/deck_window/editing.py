"""Edit mode of the deck window: the draft of the open deck, its editor, saving, undo and the files
changed on disk by another program while edits wait (noticed, never written over silently).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from bataille.ui.commands import Command, Commands
from bataille.ui.deck_window.deck_copy import AmberBanner, ReadOnlyBanner, refused, writable
from bataille.ui.deck_window.editor import saving
from bataille.ui.deck_window.editor.editor import DeckEditor
from bataille.ui.deck_window.editor.follow import show_change, shown_where
from bataille.ui.deck_window.editor.form import translate
from bataille.ui.deck_window.editor.marks import problem_text
from bataille.ui.deck_window.editor.new_deck import NewDeckDialog
from bataille.ui.i18n import error_words

MAX_CSV_BYTES = 5 * 1024 * 1024


class DiskBanner(AmberBanner):
    """Says that files changed on disk while edits wait, with the way to decide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("diskBanner", "diskDecide", parent)
        self._paths: list[str] = []
        self.retranslate()

    def show_paths(self, paths: list[str]) -> None:
        self._paths = list(paths)
        self.retranslate()
        self.setVisible(bool(paths))

    def retranslate(self) -> None:
        """Its words in the interface's language, again when it changes while the banner is shown."""
        self.button.setText(translate("DeckEditor", "Decide…"))
        self.label.setText(translate("DeckEditor", "Another program changed %1 while your edits are not saved. Nothing is "
                              "written over without your choice.").replace("%1", ", ".join(self._paths)))


class EditMode(QObject):
    """Owns the draft of the open deck and the editor widget; the window switches it on and off."""

    savedFiles = Signal(list)
    message = Signal(str)

    def __init__(self, window, registry: Commands) -> None:
        super().__init__(window)
        self.window, self.registry = window, registry
        self._draft = None
        self.editor = DeckEditor()
        self.banner = DiskBanner()
        self.banner.button.clicked.connect(self.resolve_disk)
        self.read_only = ReadOnlyBanner()  # the deck's folder cannot be written: the way on, a copy
        self.read_only.button.clicked.connect(lambda: self.window.save_copy())
        self.page = QWidget()
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.read_only)
        layout.addWidget(self.banner)
        layout.addWidget(self.editor, 1)
        self.editor.changed.connect(self.update_actions)
        self.editor.failed.connect(lambda text: self.message.emit(text))
        self.editor.said.connect(lambda text: self.message.emit(text))
        self.update_actions()

    @property
    def draft(self):
        return self._draft

    @draft.setter
    def draft(self, draft) -> None:
        """The draft edited (None: none): the window's title stops saying edits wait when it goes, and
        its cards are no longer laid out as printed."""
        self._draft = draft
        if draft is None:
            self.editor.print_fits.watch(None)
        self.window.setWindowModified(bool(draft is not None and draft.dirty))

    # -- opening -------------------------------------------------------------------------------

    def open(self, folder: Path) -> bool:
        """Start editing the deck in ``folder`` (its files as they are on disk now)."""
        from bataille.deck.draft import Draft

        try:
            self.draft = Draft.open(folder)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self.window, translate("DeckEditor", "Edit the deck"), error_words(error))
            return False
        self.editor.open_draft(self.draft, folder)
        self.banner.hide()
        self.read_only.setVisible(not writable(self.draft.folder, self.draft.texts))
        self.update_actions()
        return True

    def follow_browser(self, browser) -> None:
        """The editor opened from the browser: its search in the card filter, the card it had selected chosen."""
        from bataille.ui.deck_window.card_list import CardRole

        cards = self.editor.cards.cards if self.editor.cards is not None else None
        if cards is None:
            return
        selected = browser.view.selectionModel().selectedIndexes() if browser.view.selectionModel() else []
        card = selected[0].data(CardRole) if selected else None
        if card is not None:
            cards.choose(card.id)
        cards.filter.setText(browser.search.text().strip())  # the chosen card stays when it matches

    def new_deck(self, start: Path) -> Path | None:
        """Ask for a folder and a template, create the deck there; its folder, or None."""
        from bataille.deck import bundled_deck_path
        from bataille.deck.draft import Draft

        dialog = NewDeckDialog(start, self.window)
        self.new_deck_dialog = dialog
        if dialog.exec() != dialog.DialogCode.Accepted:
            return None
        template = bundled_deck_path() if dialog.from_bundled else None
        try:
            self.draft = Draft.create(dialog.folder, template=template)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self.window, translate("DeckEditor", "New deck"), error_words(error))
            return None
        self.editor.open_draft(self.draft, dialog.folder)
        self.read_only.hide()
        self.update_actions()
        return dialog.folder

    # -- undo, save ----------------------------------------------------------------------------

    def update_actions(self) -> None:
        d = self.draft
        self.registry[Command.EDIT_UNDO].setEnabled(bool(d is not None and d.can_undo))
        self.registry[Command.EDIT_REDO].setEnabled(bool(d is not None and d.can_redo))
        self.registry[Command.SAVE_DECK].setEnabled(d is not None)
        dirty = bool(d is not None and d.dirty)
        self.window.setWindowModified(dirty)  # "[*]" in the title: the platform's mark of unsaved edits
        self.editor.show_heading(dirty)

    def undo(self) -> None:
        if self.draft is not None and self.draft.can_undo:
            self._step(self.draft.undo)
            # Said, and in place of what the edit said ("… Ctrl+Z brings it back"), which no longer holds.
            self.message.emit(translate("DeckEditor", "Edit undone; Ctrl+Y redoes it."))

    def redo(self) -> None:
        if self.draft is not None and self.draft.can_redo:
            self._step(self.draft.redo)
            self.message.emit(translate("DeckEditor", "Edit redone; Ctrl+Z undoes it again."))

    def _step(self, step) -> None:
        """Undo or redo, then show what it changed: the card it brings back (or changes) chosen in the
        list and in the form, not the card that took its place meanwhile, for the keys to go to."""
        before, shown = dict(self.draft.texts), shown_where(self.editor)
        step()
        show_change(self.editor, before, shown)
        self.update_actions()

    def save(self) -> bool:
        """Write the edits; asks first when the deck cannot run, or when files changed on disk."""
        from bataille.deck.draft import ChangedOnDisk, EditError

        if self.draft is None:
            return False
        if not self.draft.dirty:  # Ctrl+S again: said plainly, nothing asked, nothing written
            self.message.emit(translate("DeckEditor", "Nothing to save: the deck’s files already hold every edit."))
            return True
        self.editor.refresh_now()
        problems = list(self.draft.problems)
        if problems and not saving.ask_save_with_problems(self.window, [problem_text(p) for p in problems]):
            return False
        try:
            written = self.draft.save()
        except ChangedOnDisk as changed:
            return self._on_conflict(list(changed.paths), saving_now=True)
        except (EditError, OSError) as error:  # a full disk, a read-only folder: the edits stay open
            return self._not_saved(error)
        self._saved(written)
        return True

    def _not_saved(self, error: Exception) -> bool:
        """Say why nothing was written; a folder that cannot be written offers a copy of the deck with
        the edits (True when it was made, and the window goes on with it)."""
        if refused(error):
            self.read_only.show()
            return self._offer_copy(error)
        QMessageBox.warning(self.window, translate("DeckEditor", "The deck was not saved"), error_words(error))
        self.update_actions()
        return False

    def _offer_copy(self, error: Exception) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, translate("DeckEditor", "The deck was not saved"),
                          error_words(error), QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("saveRefused")
        box.setInformativeText(translate("DeckCopy", "This deck’s folder cannot be written. Save a copy of the deck, "
                                                     "with your edits, in a folder of yours? You will go on editing "
                                                     "the copy; the original stays as it is."))
        copy = box.addButton(translate("DeckCopy", "Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        self.update_actions()
        return box.clickedButton() is copy and self.window.save_copy()

    def _saved(self, written) -> None:
        self.banner.hide()
        self.update_actions()
        self.savedFiles.emit([str(p) for p in written])
        self.message.emit(translate("DeckEditor", "Saved: %1").replace("%1", ", ".join(str(p) for p in written) or "—"))

    def _on_conflict(self, paths: list[str], saving_now: bool) -> bool:
        choice = saving.ask_changed_on_disk(self.window, paths)
        if choice == saving.TAKE_THEIRS:
            self._take_from_disk(paths)
            self.banner.hide()
            self.editor.refresh_now()
            self.update_actions()
            return False
        if choice == saving.KEEP_MINE:
            # Their version becomes the one on disk as far as the draft knows, then mine comes back
            # on top of it (one undo): the save that follows writes mine over theirs, as confirmed.
            self.draft.take_from_disk(paths)
            self.draft.undo()
            self.draft.forget_redo()  # redo would bring theirs back as an edit of mine
            from bataille.deck.draft import EditError

            try:
                self._saved(self.draft.save())
            except (EditError, OSError) as error:
                return self._not_saved(error)
            return True
        self.banner.show_paths(paths)
        return False

    # -- import -------------------------------------------------------------------------------

    def ask_import(self) -> None:
        """Choose a CSV file and add its cards (the editor opens on the deck first)."""
        from PySide6.QtWidgets import QFileDialog

        if self.draft is None:
            return
        name, _ = QFileDialog.getOpenFileName(self.window, translate("DeckEditor", "Import cards from a spreadsheet"),
                                              str(Path.home()), translate("DeckEditor", "CSV files (*.csv)"))
        if name:
            self.import_csv(Path(name))

    def import_csv(self, path: Path) -> list[str]:
        """Add the cards of the CSV file at ``path`` as one undoable step, or none when a row is wrong."""
        from bataille.deck.editing import ImportRefused, import_cards
        from bataille.ui.i18n import interface_language

        try:
            if path.stat().st_size > MAX_CSV_BYTES:
                raise OSError(translate("DeckEditor", "the file is larger than 5 MB"))
            text = path.read_text(encoding="utf-8-sig")
            added = import_cards(self.draft, text)
        except ImportRefused as refused:
            lines = refused.lines(path.name, interface_language())
            box = QMessageBox(QMessageBox.Icon.Warning, translate("DeckEditor", "No card imported"),
                              translate("DeckEditor", "These rows cannot become cards; nothing was added:"),
                              parent=self.window)
            box.setObjectName("importRefused")
            box.setInformativeText("\n".join(lines[:12]) + ("\n…" if len(lines) > 12 else ""))
            box.setDetailedText("\n".join(lines))
            box.exec()
            return []
        except (OSError, UnicodeDecodeError) as error:
            QMessageBox.warning(self.window, translate("DeckEditor", "No card imported"),
                                translate("DeckEditor", "The file cannot be read: %1").replace("%1", error_words(error)))
            return []
        self.editor.cards.cards.refresh(keep=added[0] if added else None)
        self.editor.tabs.setCurrentWidget(self.editor.cards)
        self.editor.refresh_now()
        self.update_actions()
        self.message.emit(translate("DeckEditor", "1 card imported; save to write it.") if len(added) == 1 else
                          translate("DeckEditor", "%1 cards imported; save to write them.").replace("%1", str(len(added))))
        return added

    # -- the files on disk ---------------------------------------------------------------------

    def disk_changed(self) -> None:
        """The watcher saw the deck's files change: take them if nothing waits, else say so."""
        if self.draft is None:
            return
        paths = [str(p) for p in self.draft.changed_on_disk()]
        if not paths:
            return
        if not self.draft.dirty:
            self._take_from_disk(paths)
            self.editor.refresh_now()
            self.update_actions()
            return
        self.banner.show_paths(paths)

    def _take_from_disk(self, paths: list[str]) -> None:
        """Their version of ``paths`` comes in, and is no edit of the teacher's: it cannot be undone,
        and neither can the edits before it. Each undo step holds whole texts of files; undoing one
        would put back the file as it was before their change, and Save would then write it over
        theirs without a question. The history goes (a rebase could not be trusted)."""
        had_history = self.draft.can_undo or self.draft.can_redo
        self.draft.take_from_disk(paths)
        self.draft.forget_history()
        self.update_actions()
        text = translate("DeckEditor", "Another program changed %1: the editor shows its version now.")
        if had_history:
            text += " " + translate("DeckEditor", "Edits made before it can no longer be undone.")
        self.message.emit(text.replace("%1", ", ".join(paths)))

    def resolve_disk(self) -> None:
        if self.draft is not None:
            paths = [str(p) for p in self.draft.changed_on_disk()]
            if paths:
                self._on_conflict(paths, saving_now=False)
            else:
                self.banner.hide()
