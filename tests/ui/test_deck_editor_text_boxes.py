"""A card's text and its notes read whole in the editor: each box as tall as its wrapped lines, from
three to twelve, the French and the English level. (They were four lines high whatever they held: a
card's text of eight lines read through a scroll bar, beside an empty half of the window.)"""

from __future__ import annotations

from .editor_helpers import editor_window, type_into, wait_refresh
from .test_deck_editor import card_form

LONG = " ".join(["Une phrase assez longue pour occuper une bonne part de la ligne du cadre."] * 3)


def _shows_whole(box) -> bool:
    return not box.verticalScrollBar().isVisible() and box.verticalScrollBar().maximum() == 0


def test_a_long_text_shows_whole_and_both_languages_stay_level(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    form = card_form(qtbot, window, "env-water")
    french, english = form.field("text", "fr").editor, form.field("text", "en").editor
    short_height = french.height()
    type_into(form, "text", "fr", text=LONG)
    wait_refresh(qtbot, window.editing.editor)
    qtbot.waitUntil(lambda: _shows_whole(french), timeout=2000)
    assert french.height() > short_height and english.height() == french.height()
    assert 4 < french.lines() <= french.MAX_LINES
    type_into(form, "text", "fr", text=" ".join([LONG] * 4))  # far more than twelve lines: a scroll bar
    qtbot.waitUntil(lambda: french.verticalScrollBar().maximum() > 0, timeout=2000)
    assert french.height() == french.fontMetrics().lineSpacing() * french.MAX_LINES + 14
    type_into(form, "text", "fr", text="Court.")
    qtbot.waitUntil(lambda: french.height() <= short_height, timeout=2000)
