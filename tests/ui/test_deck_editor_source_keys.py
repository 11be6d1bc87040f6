"""A source's key written again goes back to its place among the source's own keys: a year cleared and
typed again stays after the publisher, as in every source of the deck, not above the title."""

from __future__ import annotations

import difflib

from PySide6.QtCore import Qt

from .editor_helpers import editor_window, wait_refresh


def test_a_source_year_cleared_and_typed_again_is_saved_in_its_place(qtbot, translations, small_deck):
    path = small_deck / "cards" / "cards.yaml"
    before = path.read_text(encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    year = editor.cards.form.field("sources", 0, "year").editor
    year.setFocus()
    qtbot.keyClick(year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(year, Qt.Key.Key_Delete)
    wait_refresh(qtbot, editor)
    assert "year" not in window.editing.draft.value(("cards/cards.yaml", ("cards", 0, "sources", 0)))
    qtbot.keyClicks(year, "2024")
    wait_refresh(qtbot, editor)
    assert window.editing.save()
    after = path.read_text(encoding="utf-8")
    changed = [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ["-        year: 2023", "+        year: 2024"], changed
    source = after.split("    sources:\n", 1)[1].splitlines()
    assert source[0].startswith("      - title: ") and source[2].strip() == "year: 2024", source[:4]
