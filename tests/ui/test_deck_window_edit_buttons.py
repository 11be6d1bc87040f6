"""Printing and editing the deck are in sight, not only in the menus: « Imprimer… » and « Modifier
le jeu » at the end of the browser's bar, « Revenir aux cartes » beside the editor's tabs (each was
two clicks in a menu a teacher had to find)."""

from __future__ import annotations

from .editor_helpers import editor_window


def test_one_click_opens_the_editor_and_one_goes_back(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    button = window.edit_button
    assert button.isVisible() and button.text() == "Modifier le jeu"
    assert "Ctrl+E" in button.toolTip()
    assert button.geometry().right() <= window.browser.width()  # whole at 1366×768
    button.click()
    assert window.editing_on and window.editing.draft is not None
    back = window.done_button
    assert back.isVisible() and back.text() == "Revenir aux cartes"
    assert window.editing.editor.tabs.cornerWidget() is back
    back.click()
    assert not window.editing_on and window.edit_button.isVisible()


def test_the_buttons_speak_english_with_the_interface(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    translations.set_language("en")
    qtbot.waitUntil(lambda: window.edit_button.text() == "Edit the deck", timeout=3000)
    assert window.done_button.text() == "Back to the cards"


def test_one_click_opens_the_print_window(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    button = window.print_button
    assert button.isVisible() and button.text() == "Imprimer…" and "Ctrl+P" in button.toolTip()
    assert button.geometry().right() < window.edit_button.geometry().left()
    button.click()
    qtbot.waitUntil(lambda: window.print_dialog is not None and window.print_dialog.isVisible(), timeout=3000)
    window.print_dialog.close()
