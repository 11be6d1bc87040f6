"""A source's publisher in the editor: a name written once, or in each language once another is given;
each edit writes back the publisher alone."""

from __future__ import annotations

from .editor_helpers import editor_window, type_into, wait_refresh
from .test_deck_editor import card_form


def changed_lines(before: str, after: str) -> list[str]:
    return [line for line in after.splitlines() if line not in before.splitlines()]


def test_a_name_written_once_becomes_bilingual_and_back(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards_file = small_deck / "cards" / "cards.yaml"
    before = cards_file.read_text(encoding="utf-8")
    form = card_form(qtbot, window, "env-water")
    fr, en = form.field("sources", 0, "publisher", "fr"), form.field("sources", 0, "publisher", "en")
    assert fr.text() == "Li, Yang, Islam, Ren"
    assert en.text() == "" and en.editor.placeholderText() == "idem\u00a0: Li, Yang, Islam, Ren"  # the same name, greyed, said so

    type_into(form, "sources", 0, "publisher", "en", text="Li, Yang, Islam, Ren (on their own data)")
    wait_refresh(qtbot, editor)
    type_into(form, "sources", 0, "publisher", "fr", text="Li, Yang, Islam, Ren (d'après leurs données)")
    wait_refresh(qtbot, editor)
    assert fr.text() == "Li, Yang, Islam, Ren (d’après leurs données)"  # French typography, now it is French
    assert window.editing.save() is True
    after = cards_file.read_text(encoding="utf-8")
    assert changed_lines(before, after) == [
        '        publisher: {fr: "Li, Yang, Islam, Ren (d’après leurs données)", '
        'en: "Li, Yang, Islam, Ren (on their own data)"}']
    assert len(after.splitlines()) == len(before.splitlines())

    type_into(form, "sources", 0, "publisher", "en", text="")  # the same in every language again
    wait_refresh(qtbot, editor)
    assert en.editor.placeholderText() == "idem\u00a0: Li, Yang, Islam, Ren (d’après leurs données)"
    assert window.editing.save() is True
    assert changed_lines(before, cards_file.read_text(encoding="utf-8")) == [
        '        publisher: "Li, Yang, Islam, Ren (d’après leurs données)"']


def test_editing_one_language_of_a_bilingual_publisher_writes_back_only_that(qtbot, translations, small_deck):
    cards_file = small_deck / "cards" / "cards.yaml"
    cards_file.write_text(cards_file.read_text(encoding="utf-8").replace(
        "publisher: Buolamwini, Gebru",
        "publisher: {fr: 'Buolamwini, Gebru (d’après le MIT)', en: \"Buolamwini, Gebru (on MIT's data)\"}"),
        encoding="utf-8")
    before = cards_file.read_text(encoding="utf-8")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    form = card_form(qtbot, window, "bias-faces")
    assert form.field("sources", 0, "publisher", "en").text() == "Buolamwini, Gebru (on MIT's data)"
    type_into(form, "sources", 0, "publisher", "fr", text="Buolamwini, Gebru (d’après le MIT Media Lab)")
    wait_refresh(qtbot, editor)
    assert window.editing.save() is True
    # The French text changed, in the file's own single quotes; the English one is as it was written.
    assert changed_lines(before, cards_file.read_text(encoding="utf-8")) == [
        "        publisher: {fr: 'Buolamwini, Gebru (d’après le MIT Media Lab)', en: \"Buolamwini, Gebru (on MIT's data)\"}"]
    assert window.editing.editor.draft.deck.card("bias-faces").sources[0].publisher.get("fr") == \
        "Buolamwini, Gebru (d’après le MIT Media Lab)"
