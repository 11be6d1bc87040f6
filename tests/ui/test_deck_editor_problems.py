"""The editor's list of problems: where each one is (file, line and column), in the words of the form,
and what choosing one does when the file cannot be read at all."""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt

from .editor_helpers import editor_window, type_into, wait_refresh
from .test_deck_editor_card_list import EVENTS_YML, listed_ids


def replace_file(path: Path, text: str) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def problem_lines(editor) -> list[str]:
    return [editor.problem_list.item(r).text() for r in range(editor.problem_list.count())]


def test_a_problem_names_its_column_and_the_fields_label(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("bias-faces")
    wait_refresh(qtbot, editor)
    form = editor.cards.form
    type_into(form, "title", "en", text="")
    wait_refresh(qtbot, editor)
    [line] = problem_lines(editor)
    assert re.match(r"cards/cards\.yaml:\d+:\d+: ", line), line  # as the browser's list: file:line:column
    assert "«\u00a0Titre\u00a0»" in line and "title" not in line.split(": ", 1)[1], line
    assert "«\u00a0Titre\u00a0»" in form.field("title", "en").editor.toolTip()  # at the field too


def _events_broken_while_editing(qtbot, translations, small_deck, chosen: str):
    """The editor on ``chosen``, then cards/events.yml saved by another program with a YAML error."""
    events = small_deck / "cards" / "events.yml"
    events.write_text(EVENTS_YML, encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose(chosen)
    wait_refresh(qtbot, editor)
    replace_file(events, EVENTS_YML.replace("title: {fr: Sortie de ChatGPT,", "title: {fr: Sortie de ChatGPT"))
    return window, editor


def test_a_file_that_no_longer_reads_holds_its_card_and_says_why_when_chosen(qtbot, translations, small_deck):
    window, editor = _events_broken_while_editing(qtbot, translations, small_deck, "ev-2022")
    cards = editor.cards.cards
    qtbot.waitUntil(lambda: len(listed_ids(editor)) == 4, timeout=3000)  # its card cannot be listed
    wait_refresh(qtbot, editor)
    assert cards.current_id() is None and cards.held[0] == "ev-2022"  # no other card in its place

    editor.tabs.setCurrentWidget(editor.themes)
    [problem] = [editor.problem_list.item(r) for r in range(editor.problem_list.count())]
    assert problem.text().startswith("cards/events.yml:")
    assert editor.jump(problem) is False
    assert editor.tabs.currentWidget() is editor.cards
    said = window.statusBar().currentMessage()
    assert said.startswith("cards/events.yml ne peut pas être lu (ligne ") and "éditeur de texte" in said

    replace_file(small_deck / "cards" / "events.yml", EVENTS_YML)  # mended: its card comes back, chosen again
    qtbot.waitUntil(lambda: len(listed_ids(editor)) == 5, timeout=3000)
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "ev-2022"


def test_a_problem_of_a_whole_card_file_leads_to_its_first_card(qtbot, translations, small_deck):
    events = small_deck / "cards" / "events.yml"
    events.write_text("colour: red\n" + EVENTS_YML, encoding="utf-8")  # a key a card file cannot have
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    [problem] = [editor.problem_list.item(r) for r in range(editor.problem_list.count())]
    assert problem.text().startswith("cards/events.yml:1:")
    assert editor.jump(problem) is True
    assert editor.cards.cards.current_id() == "ev-2022" and editor.cards.cards.list.hasFocus()


def test_a_card_file_that_cannot_be_read_stays_listed_with_where_to_correct_it(qtbot, translations, small_deck):
    window, editor = _events_broken_while_editing(qtbot, translations, small_deck, "env-water")
    cards = editor.cards.cards
    qtbot.waitUntil(lambda: any(p.file == "cards/events.yml" for p in window.editing.draft.problems), timeout=3000)
    wait_refresh(qtbot, editor)
    [problem] = [p for p in window.editing.draft.problems if p.file == "cards/events.yml"]
    rows = [cards.list.item(r) for r in range(cards.list.count())]
    assert [r.text().split(" · ")[-1] for r in rows][-1] == \
        f"cards/events.yml:{problem.line}:{problem.column}\nne peut pas être lu", [r.text() for r in rows]
    marker = rows[-1]  # where its cards were, after the cards of cards/cards.yaml
    assert not marker.flags() & Qt.ItemFlag.ItemIsSelectable  # no card to edit: it cannot be chosen
    assert "éditeur de texte" in marker.toolTip()
    assert cards.current_id() == "env-water"

    qtbot.keyClicks(cards.filter, "dartmouth")  # the filter leaves it in sight, and counts only cards
    assert not marker.isHidden() and cards.heading.accessibleName() == "Cartes\u00a0: 1 sur 4"
    cards.filter.clear()

    replace_file(small_deck / "cards" / "events.yml", EVENTS_YML)  # mended: its card takes its place again
    qtbot.waitUntil(lambda: "ev-2022" in [cards.list.item(r).data(Qt.ItemDataRole.UserRole + 30)
                                          for r in range(cards.list.count())], timeout=3000)
    assert cards.list.count() == 5 and cards.current_id() == "ev-1956"  # as the filter left it
