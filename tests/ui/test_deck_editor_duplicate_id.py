"""A card id typed like another card's is marked at its « Identifiant » field, as every problem is at
its field, and the message names the other card's place as it names this one."""

from __future__ import annotations

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
