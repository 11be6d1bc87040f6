"""A text too long for the projected stage or for the printed card is said where the teacher edits: in
the editor's list (which leads back to the field), its heading, and at the field (amber mark and
tooltip). The list said « Aucun problème », and the stage's warning showed only on the browse page once
saved, hidden while editing; a card too long was marked only while that card was shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.deck.conftest import copy_bundled_deck

from .editor_helpers import editor_window, type_into, wait_refresh

CONSEQUENCE = ("decisions", 0, "options", 0, "consequence", "fr")


def _lines(editor) -> list[str]:
    return [editor.problem_list.item(r).text() for r in range(editor.problem_list.count())]


def _focused_where():
    focused = QApplication.focusWidget()
    while focused is not None and not hasattr(focused, "where"):
        focused = focused.parentWidget()
    return focused.where if focused is not None else None


def test_a_consequence_too_long_for_the_stage_is_said_in_the_editor_and_at_its_field(
        qtbot, translations, in_app_font, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    window = editor_window(qtbot, translations, deck)
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.scenarios)
    editor.scenarios.choose(("scenarios/frugal.yaml", ("scenario",)))
    wait_refresh(qtbot, editor)
    qtbot.wait(1500)  # the scenario laid out on the stage, a while after it is shown
    assert _lines(editor) == []  # the bundled scenario reads whole on the stage
    form = editor.scenarios.form
    written = form.field(*CONSEQUENCE).text()
    long = " ".join((written.split() * 10)[:130])  # about 130 words pasted
    type_into(form, *CONSEQUENCE, text=long)
    wait_refresh(qtbot, editor)
    qtbot.waitUntil(lambda: any("coupée" in line for line in _lines(editor)), timeout=10000)
    [line] = _lines(editor)
    assert line.startswith("scenarios/frugal.yaml:")
    assert "la conséquence de l’option A de la décision 1 (en français) est coupée\u00a0: raccourcissez-la" in line
    heading = editor.problems_heading.text()
    assert "Aucun problème" not in heading and "1\u00a0texte serait coupé" in heading, heading
    field = editor.scenarios.form.field(*CONSEQUENCE)
    assert field.marked and "est coupée" in field.editor.toolTip()

    editor.problem_list.setFocus()
    item = editor.problem_list.item(0)
    qtbot.mouseClick(editor.problem_list.viewport(), Qt.MouseButton.LeftButton,
                     pos=editor.problem_list.visualItemRect(item).center())
    assert _focused_where() == ("scenarios/frugal.yaml", ("scenario", *CONSEQUENCE))

    type_into(editor.scenarios.form, *CONSEQUENCE, text=written)  # shortened again: the warning goes
    wait_refresh(qtbot, editor)
    qtbot.waitUntil(lambda: _lines(editor) == [], timeout=10000)
    assert not editor.scenarios.form.field(*CONSEQUENCE).marked


def test_a_text_too_long_for_the_printed_card_stays_listed_from_another_card(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    deck = window.editing.draft.deck
    first, other = [c.id for c in deck.cards if c.kind != "event"][:2]
    editor.cards.cards.choose(first)
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "text", "fr", text=" ".join(["Une phrase bien trop longue pour la carte."] * 25))
    wait_refresh(qtbot, editor)
    assert editor.cards.form.field("text", "fr").marked
    qtbot.waitUntil(lambda: len(_lines(editor)) == 1, timeout=3000)
    [line] = _lines(editor)
    assert "Ne tiendra pas sur la carte imprimée, «\u00a0Texte\u00a0» (fr)\u00a0:" in line, line
    assert "Aucun problème" not in editor.problems_heading.text()

    editor.cards.cards.choose(other)  # on another card, the teacher still learns of it
    wait_refresh(qtbot, editor)
    assert _lines(editor) == [line]
    editor.jump(editor.problem_list.item(0))
    wait_refresh(qtbot, editor)
    assert editor.cards.cards.current_id() == first
    assert _focused_where()[1][-2:] == ("text", "fr")


def test_the_english_tooltip_offers_a_larger_card_as_the_french_does(qtbot, translations, small_deck):
    translations.set_language("en")
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    card = next(c.id for c in window.editing.draft.deck.cards if c.kind != "event")
    editor.cards.cards.choose(card)
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "text", "en", text=" ".join(["A sentence far too long for the card."] * 25))
    wait_refresh(qtbot, editor)
    tip = editor.cards.form.field("text", "en").editor.toolTip()
    assert "shorten it or choose a larger card size" in tip, tip

