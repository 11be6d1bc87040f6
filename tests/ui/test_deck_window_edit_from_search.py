"""« Modifier le jeu » from the browser carries what the teacher was looking at: its search becomes the
editor's card filter, and the card selected among the cards is the card open in the editor."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from .editor_helpers import editor_window, wait_refresh


def test_the_browsers_search_and_selected_card_come_into_the_editor(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    browser = window.browser
    qtbot.keyClicks(browser.search, "eau")
    shown = [c.id for c in browser.visible_cards()]
    assert "env-water" in shown and len(shown) < 4, shown
    window.edit_button.click()
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    cards = editor.cards.cards
    assert cards.filter.text() == "eau"
    assert cards.heading.accessibleName().startswith("Cartes\u00a0: ")  # "Cartes : n sur 4", not all of them
    assert cards.current_id() == shown[0]

    window.set_editing(False)
    assert not window.editing_on
    browser.search.clear()
    row = next(r for r, c in enumerate(browser.visible_cards()) if c.id == "bias-faces")
    browser.view.selectionModel().setCurrentIndex(browser.filter.index(row, 0),
                                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.edit_button.click()
    wait_refresh(qtbot, editor)
    assert editor.cards.cards.current_id() == "bias-faces" and editor.cards.cards.filter.text() == ""
