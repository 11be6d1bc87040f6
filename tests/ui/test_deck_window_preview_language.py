"""The editor's pictures of a card show what is written in their language, and nothing borrowed
from another: a French figure emptied is not replaced by the English one on the French card."""

from __future__ import annotations

from .editor_helpers import editor_window, type_into, wait_refresh


def printed_words(editor) -> str:
    front, _back = editor.cards.previews.printed.faces
    return " ".join(line.text for line in front.lines)


def stage_words(editor) -> str:
    scene = editor.cards.previews.stage.scene
    assert scene is not None
    return " ".join(str(getattr(item, "text", "")) for item in scene.items)


def test_a_french_figure_emptied_is_not_shown_in_english_on_the_french_card(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("bias-faces")
    wait_refresh(qtbot, editor)
    assert "34,7" in printed_words(editor) and "34,7" in stage_words(editor)
    type_into(editor.cards.form, "figure", "fr", text="")
    wait_refresh(qtbot, editor)
    words = printed_words(editor)
    assert "34.7%" not in words  # the English figure, which the French card used to show
    assert "Visages mal reconnus" in words  # the rest of the French card is still drawn
    assert "34.7%" not in stage_words(editor)


def test_an_english_title_emptied_is_not_shown_in_french_on_the_english_card(qtbot, translations, small_deck):
    translations.set_language("en")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.set_language("en")
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    assert "Data-centre water" in printed_words(editor)
    type_into(editor.cards.form, "title", "en", text="")
    wait_refresh(qtbot, editor)
    assert "L’eau" not in printed_words(editor) and "L'eau" not in printed_words(editor)
    assert "≈ 700,000 L" in printed_words(editor)
