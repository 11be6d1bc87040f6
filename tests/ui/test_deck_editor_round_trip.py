"""Saving through the editor changes only the field edited: for each file of the bundled deck, one
field typed in its form, saved, and the file's diff is that one line (comments and layout kept)."""

from __future__ import annotations

import difflib

from bataille.ui.commands import Command
from tests.deck.conftest import copy_bundled_deck

from .editor_helpers import editor_window, type_into, wait_refresh


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
            if line[:1] in "+-" and not line.startswith(("+++", "---"))]


def test_each_file_of_the_bundled_deck_changes_only_where_it_was_edited(qtbot, translations, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    window = editor_window(qtbot, translations, deck)
    editor = window.editing.editor
    draft = window.editing.draft
    files = sorted(draft.texts)
    assert "cards/deck.yaml" in files and "scenarios/agenda.yaml" in files and len(files) >= 10
    for file in files:
        before = (deck / file).read_text(encoding="utf-8")
        if file == "cards/deck.yaml":
            editor.tabs.setCurrentWidget(editor.themes)
            wait_refresh(qtbot, editor)
            form, path = editor.themes.form, ("name", "en")
        elif file == "scenarios/agenda.yaml":
            editor.tabs.setCurrentWidget(editor.agenda)
            wait_refresh(qtbot, editor)
            form, path = editor.agenda.form, ("phases", 1, "title", "en")
        elif file.startswith("scenarios/"):
            editor.tabs.setCurrentWidget(editor.scenarios)
            editor.scenarios.choose((file, ("scenario",)))
            wait_refresh(qtbot, editor)
            form, path = editor.scenarios.form, ("decisions", 1, "options", 0, "label", "en")
        else:
            editor.tabs.setCurrentWidget(editor.cards)
            card = next(c for c in draft.deck.cards if c.source_file.endswith(file.split("/")[-1]))
            editor.cards.cards.choose(card.id)
            wait_refresh(qtbot, editor)
            form, path = editor.cards.form, ("title", "en")
        old = form.field(*path).text()
        type_into(form, *path, text=old + " (edited)")
        window.registry[Command.SAVE_DECK].trigger()
        after = (deck / file).read_text(encoding="utf-8")
        diff = changed_lines(before, after)
        assert len(diff) == 2 and diff[0].replace(old, old + " (edited)", 1)[1:] == diff[1][1:], (file, diff)
        assert not draft.dirty
