"""A teacher building a deck of their own with the interface in English: what is written for them (a
new theme's names, new cards' and scenarios' ids, the folder proposed for a new deck) and what the
status bar says after Ctrl+Z."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from bataille.ui.commands import Command
from bataille.ui.deck_window.editor.new_deck import NewDeckDialog
from bataille.ui.settings import Settings

from .editor_helpers import editor_window, section, wait_refresh
from .test_deck_editor_new_deck import create_empty_deck


def english_editor(qtbot, translations, folder: Path | None = None):
    translations.set_language("en")
    window = editor_window(qtbot, translations, folder)
    return window, window.editing.editor


def test_a_new_theme_is_named_in_each_language_of_the_deck_whatever_the_interface(qtbot, translations, small_deck):
    window, editor = english_editor(qtbot, translations, small_deck)
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    editor.themes.add_button.click()
    wait_refresh(qtbot, editor)
    draft = window.editing.draft
    theme = draft.value(("cards/deck.yaml", ("themes",)))[-1]
    # French in the French column (the deck's French cards print it), not the interface's English
    assert theme["name"] == {"fr": "Nouveau thème", "en": "New theme"}
    assert editor.themes.list.currentItem().text() == "New theme"


def test_a_theme_added_after_one_was_removed_takes_a_free_id(qtbot, translations, tmp_path):
    window, editor = english_editor(qtbot, translations)
    create_empty_deck(qtbot, window, tmp_path / "charter")
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    editor.themes.add_button.click()  # theme-2, beside the empty deck's theme-1
    wait_refresh(qtbot, editor)
    editor.themes.choose(("cards/deck.yaml", ("themes", 0)))
    editor.themes.remove_button.click()  # theme-1 goes: one theme left, theme-2
    wait_refresh(qtbot, editor)
    said: list[str] = []
    window.editing.message.connect(said.append)
    editor.themes.add_button.click()
    wait_refresh(qtbot, editor)
    assert window.editing.draft.theme_ids() == ["theme-2", "theme-3"]
    assert not any("already exists" in text for text in said), said


def test_new_cards_take_the_theme_id_whole_in_their_ids(qtbot, translations, tmp_path):
    window, editor = english_editor(qtbot, translations)
    create_empty_deck(qtbot, window, tmp_path / "charter")
    editor.tabs.setCurrentWidget(editor.cards)
    wait_refresh(qtbot, editor)
    for kind in ("debate", "fact", "fact", "event"):
        editor.cards.cards.add_buttons[kind].click()
        wait_refresh(qtbot, editor)
    ids = [card["id"] for card in window.editing.draft.value(("cards/theme-1.yaml", ("cards",)))]
    assert ids == ["theme-1-debate", "theme-1-fact", "theme-1-fact-2", "theme-1-event"]  # not "theme-fact"


def propose_and_create(qtbot, window) -> str:
    """New Deck, empty: the folder the dialog proposes, accepted as it is."""
    proposed: list[str] = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NewDeckDialog):
            QTimer.singleShot(20, fill)
            return
        proposed.append(dialog.folder_edit.text())
        dialog.empty.click()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(20, fill)
    window.registry[Command.NEW_DECK].trigger()
    assert proposed
    return proposed[0]


def test_a_new_deck_is_proposed_beside_the_last_deck_in_a_free_folder(qtbot, translations, tmp_path, small_deck):
    decks = tmp_path / "decks"
    mine = decks / "my-deck"
    shutil.copytree(small_deck, mine)
    (decks / "new-deck").mkdir()
    (decks / "new-deck" / "notes.txt").write_text("kept", encoding="utf-8")
    Settings().last_deck_folder = str(mine)
    window, editor = english_editor(qtbot, translations, mine)
    # not inside my-deck (a deck in a deck's folder), not the taken new-deck (refused, one more try)
    first = propose_and_create(qtbot, window)
    assert Path(first) == decks / "new-deck-2"
    assert window.editing_on and (decks / "new-deck-2" / "cards" / "deck.yaml").is_file()
    assert not (mine / "new-deck").exists()
    second = propose_and_create(qtbot, window)  # the next one beside it, at once
    assert Path(second) == decks / "new-deck-3"
    assert (decks / "new-deck" / "notes.txt").read_text(encoding="utf-8") == "kept"


def test_ctrl_z_says_the_edit_is_undone_not_that_ctrl_z_would_bring_it_back(qtbot, translations, small_deck):
    window, editor = english_editor(qtbot, translations, small_deck)
    wait_refresh(qtbot, editor)
    editor.cards.cards.delete_button.click()
    wait_refresh(qtbot, editor)
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()
    window.registry[Command.EDIT_UNDO].trigger()
    assert window.statusBar().currentMessage() == "Edit undone; Ctrl+Y redoes it."
    window.registry[Command.EDIT_REDO].trigger()
    assert window.statusBar().currentMessage() == "Edit redone; Ctrl+Z undoes it again."


def test_a_new_scenario_has_its_ids_written(qtbot, translations, small_deck):
    window, editor = english_editor(qtbot, translations, small_deck)
    editor.tabs.setCurrentWidget(editor.scenarios)
    editor.scenarios.add_button.click()
    wait_refresh(qtbot, editor)
    file = "scenarios/scenario-1.yaml"
    scenario = window.editing.draft.value((file, ("scenario",)))
    assert [i["id"] for i in scenario["indicators"]] == ["indicator-1"]
    assert [d["id"] for d in scenario["decisions"]] == ["decision-1", "decision-2"]
    assert [[o["id"] for o in d["options"]] for d in scenario["decisions"]] == [["a", "b"], ["a", "b"]]
    said = [str(p) for p in window.editing.draft.problems if getattr(p, "file", "") == file]
    assert said and not any("same id" in text or "'Id'" in text for text in said), said
    form = editor.scenarios.form
    section(form, "decisions").add_button.click()
    wait_refresh(qtbot, editor)
    section(form, "indicators").add_button.click()
    wait_refresh(qtbot, editor)
    scenario = window.editing.draft.value((file, ("scenario",)))
    assert scenario["decisions"][2]["id"] == "decision-3"
    assert [o["id"] for o in scenario["decisions"][2]["options"]] == ["a", "b"]
    assert [i["id"] for i in scenario["indicators"]] == ["indicator-1", "indicator-2"]
