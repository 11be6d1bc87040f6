"""Undo and redo show what they change: the card they bring back (or change) is chosen in the list
and the form is on it. The form stayed on the card that had taken its place, and the keys typed
next went into that other card."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.ui.commands import Command

from .editor_helpers import editor_window, type_into, wait_refresh

CTRL = Qt.KeyboardModifier.ControlModifier
CARDS = "cards/cards.yaml"
WATER = "L'eau des centres de données"


def open_card(qtbot, window, card_id: str):
    editor = window.editing.editor
    editor.cards.cards.choose(card_id)
    wait_refresh(qtbot, editor)
    return editor.cards.form


def shown(window) -> tuple[str | None, object]:
    """The card chosen in the list, and the card its form is on (by id)."""
    editor = window.editing.editor
    form = editor.cards.form
    return editor.cards.cards.current_id(), window.editing.draft.value((form.where[0], (*form.where[1], "id")))


def test_ctrl_z_after_a_deletion_shows_the_card_it_brings_back_and_typing_goes_there(qtbot, translations,
                                                                                     small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    open_card(qtbot, window, "bias-faces")
    editor.cards.cards.delete_button.click()
    wait_refresh(qtbot, editor)
    assert shown(window) == ("ev-1956", "ev-1956")  # the card now in its place
    title = editor.cards.form.field("title", "fr")
    title.editor.setFocus()  # the teacher was typing in the card that took its place

    qtbot.keyClick(title.editor, Qt.Key.Key_Z, CTRL)
    wait_refresh(qtbot, editor)
    assert shown(window) == ("bias-faces", "bias-faces")
    assert editor.cards.cards.list.currentItem().text().endswith("Visages mal reconnus")
    assert editor.cards.cards.list.hasFocus()  # chosen, not typed into
    window.registry[Command.EDIT_REDO].trigger()  # deleted again: the card now in its place
    wait_refresh(qtbot, editor)
    assert "bias-faces" not in window.editing.draft.texts[CARDS]
    assert shown(window) == ("ev-1956", "ev-1956")
    window.registry[Command.EDIT_UNDO].trigger()
    wait_refresh(qtbot, editor)
    assert shown(window) == ("bias-faces", "bias-faces")

    type_into(editor.cards.form, "title", "fr", text="Visages méconnus")
    wait_refresh(qtbot, editor)
    draft = window.editing.draft
    assert draft.value((CARDS, ("cards", 2, "title", "fr"))) == "Visages méconnus"
    assert draft.value((CARDS, ("cards", 2, "id"))) == "bias-faces"
    assert draft.value((CARDS, ("cards", 3, "title", "fr"))) != "Visages méconnus"  # ev-1956 untouched


def test_ctrl_z_of_a_field_edited_in_another_card_shows_that_card_and_field(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    type_into(open_card(qtbot, window, "env-water"), "title", "fr", text="L’eau, encore")
    wait_refresh(qtbot, editor)
    open_card(qtbot, window, "env-debate")  # card B shown now

    window.registry[Command.EDIT_UNDO].trigger()
    wait_refresh(qtbot, editor)
    assert shown(window) == ("env-water", "env-water")
    title = editor.cards.form.field("title", "fr")
    assert title.text() == WATER
    qtbot.waitUntil(title.editor.hasFocus, timeout=2000)  # the cursor where the edit was undone

    open_card(qtbot, window, "ev-1956")
    window.registry[Command.EDIT_REDO].trigger()
    wait_refresh(qtbot, editor)
    assert shown(window) == ("env-water", "env-water")
    assert editor.cards.form.field("title", "fr").text() == "L’eau, encore"


def test_ctrl_z_of_a_move_shows_the_card_moved(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    open_card(qtbot, window, "env-debate")
    editor.cards.cards.down_button.click()  # env-debate after bias-faces
    wait_refresh(qtbot, editor)
    window.registry[Command.EDIT_UNDO].trigger()  # still shown: it stays the one shown
    wait_refresh(qtbot, editor)
    assert shown(window) == ("env-debate", "env-debate")
    window.registry[Command.EDIT_REDO].trigger()
    wait_refresh(qtbot, editor)
    assert shown(window) == ("env-debate", "env-debate")
    open_card(qtbot, window, "env-water")
    window.registry[Command.EDIT_UNDO].trigger()  # another card shown: the one moved comes
    wait_refresh(qtbot, editor)
    assert shown(window)[0] in ("env-debate", "bias-faces")  # the two that changed places
    assert shown(window)[0] == shown(window)[1]


def test_ctrl_z_of_a_theme_renamed_shows_that_theme(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    editor.themes.list.setCurrentRow(0)
    wait_refresh(qtbot, editor)
    type_into(editor.themes.form, "name", "fr", text="Climat")
    wait_refresh(qtbot, editor)
    editor.themes.list.setCurrentRow(1)
    editor.tabs.setCurrentWidget(editor.cards)  # elsewhere in the editor
    wait_refresh(qtbot, editor)

    window.registry[Command.EDIT_UNDO].trigger()
    wait_refresh(qtbot, editor)
    assert editor.tabs.currentWidget() is editor.themes
    assert editor.themes.list.currentRow() == 0
    assert editor.themes.form.field("name", "fr").editor.hasFocus()
