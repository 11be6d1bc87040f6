"""A source's `lang` in the deck editor: a choice of the languages a title may be said to be in,
named in the interface's language; choosing one writes the line, "not said" takes it away."""

from __future__ import annotations

from .editor_helpers import choose, editor_window, wait_refresh
from .test_deck_editor import card_form
from .test_deck_editor_publisher import changed_lines


def test_the_language_of_a_source_s_title_is_chosen_and_unsaid_again(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards_file = small_deck / "cards" / "cards.yaml"
    before = cards_file.read_text(encoding="utf-8")
    form = card_form(qtbot, window, "env-water")
    field = form.field("sources", 0, "lang")
    labels = [field.editor.itemText(i) for i in range(field.editor.count())]
    assert labels[:3] == ["Non précisée", "fr — en français", "en — en anglais"]  # the interface is French
    assert field.editor.currentText() == "Non précisée"

    choose(form, "sources", 0, "lang", value="en")
    wait_refresh(qtbot, editor)
    assert window.editing.save() is True
    after = cards_file.read_text(encoding="utf-8")
    assert changed_lines(before, after) == ['        lang: "en"']
    assert editor.draft.deck.card("env-water").sources[0].lang == "en"

    choose(form, "sources", 0, "lang", value=None)
    wait_refresh(qtbot, editor)
    assert window.editing.save() is True
    assert cards_file.read_text(encoding="utf-8") == before


def test_a_value_the_list_does_not_know_is_shown_not_lost(qtbot, translations, small_deck):
    cards_file = small_deck / "cards" / "cards.yaml"
    cards_file.write_text(cards_file.read_text(encoding="utf-8").replace(
        "      - title: Making AI Less Thirsty\n", "      - title: Making AI Less Thirsty\n        lang: english\n"),
        encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    form = card_form(qtbot, window, "env-water")
    assert form.field("sources", 0, "lang").editor.currentText() == "english"
