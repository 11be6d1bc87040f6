"""An empty « Vérifiée (mois) » field shows how to write the month (AAAA-MM), not a month in grey that
reads as one already written."""

from __future__ import annotations

import re

from .editor_helpers import editor_window, type_into, wait_refresh


def test_an_empty_checked_month_shows_a_hint_not_a_month(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "sources", 0, "checked", text="")
    wait_refresh(qtbot, editor)
    field = editor.cards.form.field("sources", 0, "checked")
    assert field.editor.text() == ""
    hint = field.editor.placeholderText()
    assert hint == "AAAA-MM", hint
    assert not re.search(r"\d", hint)  # nothing that looks like a month written
    assert field.editor.fontMetrics().horizontalAdvance(hint) < field.editor.contentsRect().width()
