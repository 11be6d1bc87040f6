"""Undo and redo in the deck editor as in a text editor: a burst of typing in one field is one step,
every other edit is one step of its own, and what is deleted without a question can be brought back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.ui.commands import Command

from .editor_helpers import answer_next_dialog, choose, editor_window, wait_refresh

CTRL = Qt.KeyboardModifier.ControlModifier
WATER = "L'eau des centres de données"


def typing_in_a_title(qtbot, translations, small_deck, card_id: str = "env-water"):
    """The editor on the small deck, the cursor in the chosen card's French title, its text selected."""
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose(card_id)
    wait_refresh(qtbot, editor)
    title = editor.cards.form.field("title", "fr")
    title.editor.setFocus()
    title.editor.selectAll()
    return window, editor, title


def test_a_word_typed_in_a_field_is_undone_and_redone_as_one_step(qtbot, translations, small_deck):
    window, editor, title = typing_in_a_title(qtbot, translations, small_deck)
    qtbot.keyClicks(title.editor, "Le climat")
    assert title.text() == "Le climat"

    qtbot.keyClick(title.editor, Qt.Key.Key_Z, CTRL)
    assert title.text() == WATER  # the whole word, not its last letter
    assert not window.registry[Command.EDIT_UNDO].isEnabled()  # nothing else was done
    qtbot.keyClick(title.editor, Qt.Key.Key_Y, CTRL)
    assert title.text() == "Le climat"
    qtbot.keyClick(title.editor, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(title.editor, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert title.text() == "Le climat"
    assert window.editing.draft.texts["cards/cards.yaml"].count("Le climat") == 1


def test_a_pause_another_field_or_another_edit_starts_a_new_step(qtbot, translations, small_deck):
    window, editor, title = typing_in_a_title(qtbot, translations, small_deck)
    qtbot.keyClicks(title.editor, "Le")
    qtbot.wait(1300)  # a pause: what follows is a step of its own
    qtbot.keyClicks(title.editor, " climat")
    english = editor.cards.form.field("title", "en")
    english.editor.setFocus()
    qtbot.keyClick(english.editor, Qt.Key.Key_End)
    qtbot.keyClicks(english.editor, "!")  # another field
    choose(editor.cards.form, "theme", value="bias")  # a choice: one step of its own
    qtbot.keyClicks(english.editor, "?")
    wait_refresh(qtbot, editor)

    undo = window.registry[Command.EDIT_UNDO]
    undo.trigger()
    assert english.text() == "Data-centre water!"
    undo.trigger()
    wait_refresh(qtbot, editor)
    assert editor.cards.form.field("theme").editor.currentData() == "\x00none"  # the file's theme again
    undo.trigger()
    assert english.text() == "Data-centre water" and title.text() == "Le climat"
    undo.trigger()
    assert title.text() == "Le"
    undo.trigger()
    assert title.text() == WATER and not undo.isEnabled()


def test_deleting_a_card_asks_nothing_says_so_and_ctrl_z_brings_it_back(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("bias-faces")
    cards.delete_button.click()
    assert "bias-faces" not in window.editing.draft.texts["cards/cards.yaml"]
    said = window.statusBar().currentMessage()
    assert said == "Carte «\u00a0Visages mal reconnus\u00a0» supprimée. Ctrl+Z la ramène.", said
    assert window.deck_label.isHidden()  # the message is seen: the deck's name does not cover it
    window.statusBar().clearMessage()
    assert window.deck_label.isVisible()  # then the deck's name comes back

    window.registry[Command.EDIT_UNDO].trigger()
    qtbot.waitUntil(lambda: cards.list.count() == 4, timeout=3000)
    assert "id: bias-faces" in window.editing.draft.texts["cards/cards.yaml"]


def test_removing_a_theme_says_which_and_that_ctrl_z_brings_it_back(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    editor.themes.list.setCurrentRow(1)
    name = editor.themes.list.currentItem().text()
    seen = answer_next_dialog(qtbot, "Supprimer le thème et sa carte")  # its one card goes with it
    editor.themes.remove_button.click()
    assert seen and "a encore une carte" in seen[0], seen
    said = window.statusBar().currentMessage()
    assert said == f"Thème «\u00a0{name}\u00a0» et sa carte supprimés. Ctrl+Z les ramène.", said
    window.registry[Command.EDIT_UNDO].trigger()
    qtbot.waitUntil(lambda: editor.themes.list.count() == 2, timeout=3000)
