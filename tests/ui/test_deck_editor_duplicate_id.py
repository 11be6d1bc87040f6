"""A card id typed like another card's is marked at its « Identifiant » field, as every problem is at
its field, and the message names the other card's place as it names this one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .editor_helpers import editor_window, type_into, wait_refresh


def test_a_duplicate_id_is_marked_at_the_id_field_and_names_the_other_card_in_the_deck(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("env-debate")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "id", text="env-water")
    wait_refresh(qtbot, editor)
    [line] = [editor.problem_list.item(r).text() for r in range(editor.problem_list.count())]
    assert line.startswith("cards/cards.yaml:") and "deux cartes ont l’identifiant" in line, line
    assert "cards/cards.yaml:3:5" in line, line  # the other card's place
    field = editor.cards.form.field("id")
    assert field.marked and "deux cartes ont l’identifiant" in field.editor.toolTip()
    assert "border" in field.editor.styleSheet()  # its red frame


def test_a_new_card_given_the_id_of_a_card_further_on_is_the_one_marked_shown_and_reached(qtbot, translations,
                                                                                          small_deck):
    """She adds a debate before « env-debate » and types that id: the problem is hers (the new card), not
    the card further on she never touched, which she would otherwise rename."""
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("env-water")
    cards.add_buttons["debate"].click()
    mine = cards.current_where()
    assert mine == ("cards/cards.yaml", ("cards", 1))
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "title", "fr", text="Merci à l’IA")
    type_into(editor.cards.form, "id", text="env-debate")
    wait_refresh(qtbot, editor)
    rows = [editor.problem_list.item(r) for r in range(editor.problem_list.count())]
    [row] = [r for r in rows if "deux cartes ont l’identifiant" in r.text()]
    line = 1 + window.editing.draft.texts["cards/cards.yaml"].splitlines().index("  - id: env-debate")
    assert row.text().startswith(f"cards/cards.yaml:{line}:5:"), row.text()  # her card, the first of the two
    field = editor.cards.form.field("id")
    assert field.marked and "deux cartes ont l’identifiant" in field.editor.toolTip()
    # the previews draw her card, not the other one with that id
    assert editor.cards.current_card().title.get("fr") == "Merci à l’IA"
    assert editor.cards.current_card().source_line == line
    assert "Merci à l’IA" in repr(editor.cards.previews.printed.faces)
    assert "Merci à l’IA" in repr(editor.cards.previews.stage.scene.__dict__)
    # the problem leads to her card, the cursor in its id
    cards.choose("bias-faces")
    wait_refresh(qtbot, editor)
    rows = [editor.problem_list.item(r) for r in range(editor.problem_list.count())]
    [row] = [r for r in rows if "deux cartes ont l’identifiant" in r.text()]
    editor.problem_list.scrollToItem(row)
    qtbot.mouseClick(editor.problem_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.problem_list.visualItemRect(row).center())
    wait_refresh(qtbot, editor)
    assert cards.current_where() == mine
    assert QApplication.focusWidget() is editor.cards.form.field("id").editor
