"""A deck whose folder cannot be written (the bundled deck of an app installed for every user): the
deck window says so as soon as the editor opens, and a refused save offers to save the deck with the
edits as a copy in a folder of the teacher's, then goes on with the copy. Nothing typed is lost on
the way: a copy that cannot be written leaves the edits open where they were. (Saving used to say
« accès refusé » with no way on, and printing kept asking to save first.)

We run as root in CI, for whom a read-only folder is still written: the refusal is the system's own
error, raised where the deck is written (as test_deck_editor_disk_full does), and ``os.access``
answers as it does for a teacher."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from bataille.deck import load_deck
from bataille.deck.editing import saving
from bataille.ui.commands import Command
from bataille.ui.deck_window.deck_copy import CopyDeckDialog
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.ui.start.request import NewSessionRequest

from .editor_helpers import answer_next_dialog, editor_window, type_into, wait_refresh

TITLE = "L’eau des serveurs, copiée"


def read_only(monkeypatch, folder: Path) -> None:
    """The deck at ``folder`` as an installed app's: os.access says no, and writing there is refused."""
    inside = Path(folder).resolve()
    real_access, real_stage = os.access, saving.stage_file

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and Path(path).resolve().is_relative_to(inside):
            return False
        return real_access(path, mode, *args, **kwargs)

    def stage(path: Path, data: bytes) -> str:
        if Path(path).resolve().is_relative_to(inside):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stage(path, data)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(saving, "stage_file", stage)


def answer_copy_dialog(folder: Path, then=None, seen: list[CopyDeckDialog] | None = None):
    """A callable that fills the next "save a copy" dialog with ``folder`` and confirms it (then calls ``then``);
    ``seen``: the dialog and the id it showed for the folder go there."""

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CopyDeckDialog):
            QTimer.singleShot(20, fill)
            return
        if then is not None:
            QTimer.singleShot(0, then)
        dialog.folder_edit.setText(str(folder))
        if seen is not None:
            shown = dialog.findChild(QLabel, "copyDeckId")
            seen.extend([dialog, shown.text() if shown is not None else None])
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return fill


def edit_title(qtbot, window, text: str = TITLE) -> None:
    editor = window.editing.editor
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "title", "fr", text=text)
    wait_refresh(qtbot, editor)


def test_the_editor_says_at_once_that_the_deck_cannot_be_saved_here(qtbot, translations, small_deck, monkeypatch):
    window = editor_window(qtbot, translations, small_deck)
    assert not window.editing.read_only.isVisibleTo(window)  # a deck of one's own: no alarm
    window.set_editing(False)
    read_only(monkeypatch, small_deck)
    window.set_editing(True)
    banner = window.editing.read_only
    assert banner.isVisibleTo(window)
    assert "Le dossier de ce jeu ne peut pas être modifié" in banner.label.text()
    assert banner.button.text() == "Enregistrer une copie…"


def test_a_refused_save_offers_a_copy_with_the_edits_and_goes_on_with_it(qtbot, translations, small_deck,
                                                                         tmp_path, monkeypatch):
    read_only(monkeypatch, small_deck)
    original = (small_deck / "cards" / "cards.yaml").read_bytes()
    window = editor_window(qtbot, translations, small_deck)
    edit_title(qtbot, window)
    copy = tmp_path / "documents" / "mon-jeu"
    seen = answer_next_dialog(qtbot, "Enregistrer une copie…", then=[answer_copy_dialog(copy)])
    window.registry[Command.SAVE_DECK].trigger()  # Ctrl+S
    qtbot.waitUntil(lambda: window.watcher.folder is not None and Path(window.watcher.folder) == copy.resolve())
    assert "n’a pas pu être enregistré (accès refusé)" in seen[0]
    assert "Enregistrer une copie du jeu, avec vos modifications" in seen[0]
    assert (small_deck / "cards" / "cards.yaml").read_bytes() == original  # the original is as it was
    assert TITLE in (copy / "cards" / "cards.yaml").read_text(encoding="utf-8")
    assert (copy / "cards" / "deck.yaml").read_text(encoding="utf-8") == \
        (small_deck / "cards" / "deck.yaml").read_text(encoding="utf-8").replace("id: small-deck", "id: mon-jeu", 1)
    # The window goes on with the copy: the editor on it, its card chosen, nothing left unsaved.
    assert window.editing_on and Path(window.editing.draft.folder) == copy.resolve()
    assert not window.editing.draft.dirty and not window.editing.read_only.isVisibleTo(window)
    assert window.editing.editor.cards.cards.current_id() == "env-water"
    assert window.deck.card("env-water").title.get("fr") == TITLE
    assert Settings().last_deck_folder == str(copy.resolve())
    assert str(copy.resolve()) in window.statusBar().currentMessage()
    # The copy is the teacher's: the next edit is saved there with Ctrl+S, no question asked.
    edit_title(qtbot, window, "L’eau des serveurs, encore")
    assert str(copy.resolve()) not in window.statusBar().currentMessage()  # said, and gone at the next edit
    window.registry[Command.SAVE_DECK].trigger()
    assert "L’eau des serveurs, encore" in (copy / "cards" / "cards.yaml").read_text(encoding="utf-8")


def test_a_copy_that_cannot_be_written_leaves_the_edits_open(qtbot, translations, small_deck, tmp_path, monkeypatch):
    read_only(monkeypatch, small_deck)
    window = editor_window(qtbot, translations, small_deck)
    edit_title(qtbot, window)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")  # a folder cannot be made under it
    warned: list[list[str]] = []
    seen = answer_next_dialog(qtbot, "Enregistrer une copie…", then=[answer_copy_dialog(
        blocked / "copie", then=lambda: warned.append(answer_next_dialog(qtbot, "OK")))])
    assert window.editing.save() is False
    assert "accès refusé" in seen[0]
    assert "Aucune copie n’a pu être écrite dans" in warned[0][0]
    assert "Vos modifications restent ouvertes ici, non enregistrées." in warned[0][0]
    draft = window.editing.draft
    assert Path(draft.folder) == small_deck.resolve() and draft.dirty and TITLE in draft.texts["cards/cards.yaml"]
    assert Path(window.watcher.folder) == small_deck.resolve() and window.editing_on
    assert not (blocked / "copie").exists()


@pytest.mark.parametrize("editing", [False, True])
def test_the_menu_saves_a_copy_of_any_deck(qtbot, translations, small_deck, tmp_path, editing):
    window = editor_window(qtbot, translations, small_deck if editing else None)
    if not editing:
        window.open_deck(small_deck)
    assert window.save_copy_action.text() == "Enregistrer une &copie du jeu…"
    assert window.save_copy_action in window.file_menu.actions()
    if editing:
        edit_title(qtbot, window)
    copy = tmp_path / "copie"
    QTimer.singleShot(20, answer_copy_dialog(copy))
    window.save_copy_action.trigger()
    assert Path(window.watcher.folder) == copy.resolve() and window.editing_on == editing
    expected = TITLE if editing else "L'eau des centres de données"
    assert window.deck.card("env-water").title.get("fr") == expected
    assert "L'eau des centres de données" in (small_deck / "cards" / "cards.yaml").read_text(encoding="utf-8")


def test_printing_a_read_only_deck_with_edits_prints_them_from_the_copy(qtbot, translations, small_deck, tmp_path,
                                                                         monkeypatch):
    read_only(monkeypatch, small_deck)
    window = editor_window(qtbot, translations, small_deck)
    edit_title(qtbot, window)
    copy = tmp_path / "copie"
    answer_next_dialog(qtbot, "Les enregistrer d’abord", then=[
        lambda: answer_next_dialog(qtbot, "Enregistrer une copie…", then=[answer_copy_dialog(copy)])])
    window.registry[Command.PRINT_CARDS].trigger()
    assert window.print_dialog is not None and window.print_dialog.isVisible()
    assert window.print_dialog.deck.card("env-water").title.get("fr") == TITLE
    assert Path(window.print_dialog.deck.root) == copy.resolve()
    window.print_dialog.close()


TEAMS = NewSessionRequest(lang="fr", minutes=60, teams=(("Les Hiboux", "#56B4E9"), ("Les Loutres", "#E69F00")))


def session_with(qtbot, translations, deck, path: Path | None = None) -> Path:
    """A session started (``path`` None) or reopened from the start screen on ``deck``, as the teacher
    does; its file, once the console is closed, and the deck it ran with in ``session_with.deck``."""
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.new(TEAMS) if path is None else launcher.open(path)
    assert console is not None, launcher.start.findChildren(QLabel)
    qtbot.addWidget(console.stage)
    session_with.deck = launcher.controller.session.deck
    path = Path(launcher.controller.session.store.path)
    console.close()
    return path


def test_a_copy_is_a_deck_of_its_own_and_each_deck_reopens_its_own_sessions(qtbot, translations, small_deck,
                                                                             tmp_path):
    before = {path: path.read_bytes() for path in small_deck.rglob("*") if path.is_file()}
    original = load_deck(small_deck)
    with_original = session_with(qtbot, translations, original)
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    copy, seen = tmp_path / "Mon jeu à moi", []
    QTimer.singleShot(20, answer_copy_dialog(copy, seen=seen))
    window.save_copy_action.trigger()  # File › Save a Copy of the Deck…
    assert Path(window.watcher.folder) == copy.resolve()
    copied = load_deck(copy)
    with_copy = session_with(qtbot, translations, copied)  # the start screen now on the copy
    # Whichever deck the start screen is on, each session reopens with the deck it was run with.
    for current in (copied, original):
        session_with(qtbot, translations, current, with_original)
        assert Path(session_with.deck.root) == small_deck.resolve()
        session_with(qtbot, translations, current, with_copy)
        assert Path(session_with.deck.root) == copy.resolve()
    # The copy's id comes from its folder's name, as the dialog showed it; the rest is the deck's.
    assert seen[1] == copied.id == "mon-jeu-a-moi"
    assert (copied.version, copied.title, len(copied.cards)) == (original.version, original.title, len(original.cards))
    manifest = (small_deck / "cards" / "deck.yaml").read_text(encoding="utf-8")
    assert (copy / "cards" / "deck.yaml").read_text(encoding="utf-8") == \
        manifest.replace("id: small-deck\n", "id: mon-jeu-a-moi\n", 1)
    assert {path: path.read_bytes() for path in small_deck.rglob("*") if path.is_file()} == before
    # The dialog was the window's while it asked, and is gone with the copy made: none piles up.
    assert seen[0].parent() is window
    qtbot.waitUntil(lambda: not window.findChildren(CopyDeckDialog))


def test_a_copy_never_takes_an_id_a_deck_of_this_computer_has(qtbot, translations, small_deck, tmp_path):
    first = session_with(qtbot, translations, load_deck(small_deck))  # the app now knows small-deck's folder
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    seen = []
    QTimer.singleShot(20, answer_copy_dialog(tmp_path / "clé" / "small-deck", seen=seen))  # the same name elsewhere
    window.save_copy_action.trigger()
    copied = load_deck(tmp_path / "clé" / "small-deck")
    assert seen[1] == copied.id == "small-deck-2"
    session_with(qtbot, translations, copied, first)
    assert Path(session_with.deck.root) == small_deck.resolve()
    # A copy of the copy, in a folder named like the bundled deck's id: its own again.
    QTimer.singleShot(20, answer_copy_dialog(tmp_path / "Bataille-IA", seen=seen))
    window.save_copy_action.trigger()
    assert seen[3] == load_deck(tmp_path / "Bataille-IA").id == "bataille-ia-2"
