"""Add a fact card in the editor, save, and see it in the deck: the browser shows the card just
edited, in sight, without choosing its theme or scrolling to it."""

from __future__ import annotations

from bataille.ui.commands import Command

from .editor_helpers import editor_window, type_into, wait_refresh


def fill_fact(form) -> None:
    for path, text in ((("title", "fr"), "Bretagne : des centres de données"), (("title", "en"), "Brittany: data centres"),
                       (("figure", "fr"), "12 centres"), (("figure", "en"), "12 centres"),
                       (("text", "fr"), "La région compte douze centres de données."),
                       (("text", "en"), "The region has twelve data centres."),
                       (("sources", 0, "title"), "Rapport régional"), (("sources", 0, "publisher", "fr"), "Région Bretagne"),
                       (("sources", 0, "year"), "2024"), (("sources", 0, "url"), "https://www.bretagne.bzh/")):
        type_into(form, *path, text=text)


def test_the_card_just_added_is_shown_in_the_deck_when_the_editor_closes(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    window.browser.select_theme("environment")  # the teacher had looked at another theme before editing
    window.set_editing(True)
    editor = window.editing.editor
    editor.cards.cards.choose("bias-faces")
    wait_refresh(qtbot, editor)
    editor.cards.cards.add_buttons["fact"].click()
    wait_refresh(qtbot, editor)
    added = editor.cards.cards.current_id()
    fill_fact(editor.cards.form)
    wait_refresh(qtbot, editor)
    assert window.editing.draft.problems == ()
    window.registry[Command.SAVE_DECK].trigger()
    window.registry[Command.EDIT_DECK].trigger()  # back to the cards
    assert not window.editing_on
    browser = window.browser
    current = browser.view.currentIndex()
    assert current.isValid() and browser.visible_cards()[current.row()].id == added
    assert browser.view.viewport().rect().intersects(browser.view.visualRect(current))


def test_a_card_hidden_by_the_search_is_shown_with_its_theme(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    window.browser.search.setText("Dartmouth")
    window.set_editing(True)
    editor = window.editing.editor
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    window.set_editing(False)
    browser = window.browser
    assert browser.search.text() == ""
    assert [c.id for c in browser.visible_cards()] == [c.id for c in window.deck.cards_of(theme="environment")]
    assert browser.visible_cards()[browser.view.currentIndex().row()].id == "env-water"
