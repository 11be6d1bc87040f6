"""Empty fields in the editor: a key the card lacks (an event's Year) is marked at its field, as any
field's problem is, not only above the form; and an empty field says what to write there, with an
example, in the interface's language (a new deck starts with only what its teacher must write)."""

from __future__ import annotations

from bataille.ui.commands import Command

from .editor_helpers import editor_window, type_into, wait_refresh
from .test_deck_editor_new_deck import create_empty_deck

N = "\u00a0"


def new_event(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("ev-1956")
    wait_refresh(qtbot, editor)
    editor.cards.cards.add_buttons["event"].click()
    wait_refresh(qtbot, editor)
    return window, editor, editor.cards.form


def test_an_event_without_a_year_has_its_year_field_marked(qtbot, translations, small_deck):
    window, editor, form = new_event(qtbot, translations, small_deck)
    year = form.field("year")
    assert year.marked, year.editor.toolTip()
    assert f"«{N}Année{N}»" in year.editor.toolTip() and "carte événement" in year.editor.toolTip()
    assert "Année" not in form.note.text() and form.note.isHidden()  # said at its field, not above the form
    # The source's missing year is said at its Year alone, not on each of the source's fields.
    source_year = form.field("sources", 0, "year")
    assert source_year.marked and "source" in source_year.editor.toolTip()
    url = form.field("sources", 0, "url")
    assert "Année" not in url.editor.toolTip(), url.editor.toolTip()

    # The problem in the list leads to the field.
    row = next(i for i in range(editor.problem_list.count())
               if "carte événement" in editor.problem_list.item(i).text())
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    editor.problem_list.itemClicked.emit(editor.problem_list.item(row))
    qtbot.waitUntil(lambda: editor.cards.form.field("year").editor.hasFocus(), timeout=2000)

    type_into(editor.cards.form, "year", text="2024")
    wait_refresh(qtbot, editor)
    assert not editor.cards.form.field("year").marked


def test_a_new_decks_problems_say_what_to_write_with_an_example(qtbot, translations, tmp_path):
    window = editor_window(qtbot, translations)
    create_empty_deck(qtbot, window, tmp_path / "charte")
    editor = window.editing.editor
    wait_refresh(qtbot, editor)
    lines = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert len(lines) == 5, lines  # the deck's title and its theme's name, in French and English; its cards
    assert lines[0] == (f"cards/deck.yaml:5:7: «{N}Titre{N}» en français est vide{N}: écrivez-y le titre du jeu, "
                        f"par exemple «{N}Notre charte de l’IA{N}»")
    assert not any("non vide" in line for line in lines)
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    name = editor.themes.form.field("name", "en")
    assert name.marked and "par exemple «\u00a0School life\u00a0»" in name.editor.toolTip()

    translations.set_language("en")
    qtbot.waitUntil(lambda: editor.problem_list.count() and "is empty" in editor.problem_list.item(0).text(),
                    timeout=3000)
    assert editor.problem_list.item(1).text() == ("cards/deck.yaml:6:7: “Title” in English is empty: write the "
                                                  "deck’s title, for example “Our AI charter”")
    assert window.registry[Command.SAVE_DECK].isEnabled()
