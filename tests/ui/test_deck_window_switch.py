"""Opening another deck folder in the deck window (Ctrl+O): unsaved edits are asked about first, then
the whole window moves to the other deck (browser, status bar, editor), or nothing moves."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from bataille.ui.commands import Command

from .editor_helpers import answer_next_dialog, editor_window, type_into, wait_refresh


def edit_a_title(qtbot, window) -> Path:
    editor = window.editing.editor
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "title", "fr", text="L’eau de ma classe")
    wait_refresh(qtbot, editor)
    assert window.editing.draft.dirty
    return window.editing.draft.folder


def test_opening_another_deck_with_unsaved_edits_asks_and_cancel_changes_nothing(
        qtbot, translations, small_deck: Path, other_deck: Path, monkeypatch) -> None:
    window = editor_window(qtbot, translations, small_deck)
    folder = edit_a_title(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other_deck))

    seen = answer_next_dialog(qtbot, ("Annuler", "Cancel"))
    window.registry[Command.OPEN_DECK].trigger()

    assert seen and "non enregistrées" in seen[0]
    assert window.watcher.folder == folder and window.deck.id == "small-deck"
    assert window.browser.deck.id == "small-deck" and str(small_deck.name) in window.deck_label.text()
    assert window.editing_on and window.editing.draft.folder == folder and window.editing.draft.dirty


def test_dropping_the_edits_moves_the_browser_and_the_editor_to_the_other_deck(
        qtbot, translations, small_deck: Path, other_deck: Path, monkeypatch) -> None:
    window = editor_window(qtbot, translations, small_deck)
    edit_a_title(qtbot, window)
    before = (small_deck / "cards" / "cards.yaml").read_text(encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other_deck))

    seen = answer_next_dialog(qtbot, "Ne pas enregistrer")  # not Qt's « Ne pas tenir compte »
    window.registry[Command.OPEN_DECK].trigger()

    assert seen
    assert window.watcher.folder == other_deck.resolve() and window.deck.id == "other-deck"
    assert window.browser.deck.id == "other-deck" and "Autre jeu" in window.deck_label.text()
    assert window.editing_on and window.registry[Command.EDIT_DECK].isChecked()
    assert window.editing.draft.folder == other_deck.resolve() and not window.editing.draft.dirty
    assert (small_deck / "cards" / "cards.yaml").read_text(encoding="utf-8") == before  # dropped, not written

    # A save now writes to the deck shown, never to the one left.
    editor = window.editing.editor
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "title", "fr", text="L’eau de l’autre jeu")
    wait_refresh(qtbot, editor)
    assert window.editing.save()
    assert "L’eau de l’autre jeu" in (other_deck / "cards" / "cards.yaml").read_text(encoding="utf-8")
    assert (small_deck / "cards" / "cards.yaml").read_text(encoding="utf-8") == before


def test_without_edits_another_deck_opens_without_a_question(
        qtbot, translations, small_deck: Path, other_deck: Path, monkeypatch) -> None:
    window = editor_window(qtbot, translations, small_deck)
    window.set_editing(False)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other_deck))
    window.registry[Command.OPEN_DECK].trigger()  # a question would block here
    assert window.deck.id == "other-deck" and not window.editing_on


def test_a_message_about_the_deck_left_goes_when_another_deck_opens(
        qtbot, translations, small_deck: Path, other_deck: Path, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    from .test_deck_copy import answer_copy_dialog

    window = editor_window(qtbot, translations, small_deck)
    QTimer.singleShot(20, answer_copy_dialog(tmp_path / "copie"))
    window.save_copy_action.trigger()
    assert "vous travaillez maintenant sur cette copie" in window.statusBar().currentMessage()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other_deck))
    window.registry[Command.OPEN_DECK].trigger()
    assert window.deck.id == "other-deck"
    assert window.statusBar().currentMessage() == ""  # not « this copy » over the other deck, for 12 s
    assert window.deck_label.isVisible() and "Autre jeu" in window.deck_label.text()

    window.editing.message.emit("Enregistré : cards/cards.yaml")  # said of the other deck
    window.open_deck(other_deck)  # the same deck read again: what was said of it stays
    assert window.statusBar().currentMessage() == "Enregistré : cards/cards.yaml"
