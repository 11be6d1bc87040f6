"""A debate's argument, one sentence per language in a narrow column, is read whole as it is typed:
its box wraps it on two lines or more instead of showing only its tail."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .editor_helpers import editor_window, wait_refresh

ARGUMENT = "Les grands centres de donnees boivent beaucoup trop d eau en ete."  # 65 characters, typed


def test_a_long_argument_is_shown_whole_on_wrapped_lines_and_stays_one_line(qtbot, translations, small_deck):
    assert len(ARGUMENT) == 65
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("env-debate")
    wait_refresh(qtbot, editor)
    field = editor.cards.form.field("prompts_for", 0, "fr")
    box = field.editor
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, ARGUMENT)
    qtbot.keyClick(box, Qt.Key.Key_Return)  # no line break in an argument
    wait_refresh(qtbot, editor)
    assert window.editing.draft.value(("cards/cards.yaml", ("cards", 1, "prompts_for", 0, "fr"))) == ARGUMENT
    assert box.fontMetrics().horizontalAdvance(ARGUMENT) > box.contentsRect().width()  # too long for one line…
    assert getattr(box, "lines", lambda: 1)() >= 2, "on one line, only its tail is in view"  # …so it wraps
    assert box.verticalScrollBar().maximum() == 0  # and every line of it is in view
    assert box.cursorRect().bottom() <= box.viewport().height()
    english = editor.cards.form.field("prompts_for", 0, "en").editor
    assert english.height() == box.height()  # the two languages stay level
