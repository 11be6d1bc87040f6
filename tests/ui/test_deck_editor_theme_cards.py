"""A theme and its cards in the editor, on a copy of the bundled deck: its id typed anew takes its cards
(and its file's name) along in one step of undo; removing it says how many cards go with it and asks
first; a theme without cards goes with its empty file; a decision short of options names the button."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from bataille.deck import load_deck
from bataille.ui.commands import Command
from tests.deck.conftest import copy_bundled_deck

from .editor_helpers import answer_next_dialog, editor_window, section, wait_refresh

CANCEL = ("Annuler", "Cancel", "&Annuler")
BIAS = ("cards/deck.yaml", ("themes", 2))  # "Biais algorithmiques", the bundled deck's third theme


def themes_page(qtbot, window, where=BIAS):
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.themes)
    wait_refresh(qtbot, editor)
    assert editor.themes.choose(where)
    wait_refresh(qtbot, editor)
    return editor


def test_typing_a_new_theme_id_takes_its_cards_along_in_one_step_of_undo(qtbot, translations, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    bias_cards = [c.id for c in load_deck(deck).cards if c.theme == "bias"]
    window = editor_window(qtbot, translations, deck)
    editor = themes_page(qtbot, window)
    draft = window.editing.draft
    before = dict(draft.texts)
    line = editor.themes.form.field("id").editor
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "biais")
    wait_refresh(qtbot, editor)
    assert line.text() == "biais"
    assert draft.problems == () and editor.problem_list.count() == 0
    assert "cards/bias.yaml" not in draft.texts and "theme: biais" in draft.texts["cards/biais.yaml"]

    editor.tabs.setCurrentWidget(editor.cards)  # its cards are still there, under the new id
    editor.cards.cards.choose(bias_cards[0])
    wait_refresh(qtbot, editor)
    assert editor.cards.form.where[0] == "cards/biais.yaml"
    assert "Biais algorithmiques" in editor.cards.form.field("theme").editor.currentText()

    window.registry[Command.EDIT_UNDO].trigger()  # the id and its cards come back together
    assert dict(draft.texts) == before and not window.registry[Command.EDIT_UNDO].isEnabled()
    window.registry[Command.EDIT_REDO].trigger()
    window.registry[Command.SAVE_DECK].trigger()
    assert not draft.dirty and not (deck / "cards" / "bias.yaml").exists()
    assert [c.id for c in load_deck(deck).cards if c.theme == "biais"] == bias_cards


def test_removing_a_theme_with_cards_asks_naming_them_and_ctrl_z_brings_all_back(qtbot, translations, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    cards = [c for c in load_deck(deck).cards if c.theme == "bias"]
    events = sum(c.kind == "event" for c in cards)
    removed = len(cards) - events
    assert removed > 1 and events > 1
    window = editor_window(qtbot, translations, deck)
    editor = themes_page(qtbot, window)
    draft = window.editing.draft
    before = dict(draft.texts)

    seen = answer_next_dialog(qtbot, CANCEL)
    editor.themes.remove_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert f"Le thème «\u00a0Biais algorithmiques\u00a0» a encore {removed} cartes." in seen[0], seen
    assert f"{events} événements de la frise le citent\u00a0: ils restent sur la frise, sans thème." in seen[0]
    assert "Ctrl+Z ramène le tout." in seen[0]
    assert dict(draft.texts) == before and editor.themes.list.count() == 5  # cancelled: nothing changed

    seen = answer_next_dialog(qtbot, f"Supprimer le thème et ses {removed} cartes")
    editor.themes.remove_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    wait_refresh(qtbot, editor)
    said = window.statusBar().currentMessage()
    assert said == (f"Thème «\u00a0Biais algorithmiques\u00a0» et ses {removed} cartes supprimés. Ctrl+Z les ramène. "
                    f"{events} événements de la frise gardent leur place, sans thème."), said
    assert draft.problems == () and editor.problem_list.count() == 0 and editor.themes.list.count() == 4

    window.registry[Command.EDIT_UNDO].trigger()
    qtbot.waitUntil(lambda: editor.themes.list.count() == 5, timeout=3000)
    assert dict(draft.texts) == before
    window.registry[Command.EDIT_REDO].trigger()
    window.registry[Command.SAVE_DECK].trigger()
    assert not (deck / "cards" / "bias.yaml").exists()
    after = load_deck(deck)
    assert "bias" not in {c.theme for c in after.cards} and len(after.cards) == len(load_deck(
        copy_bundled_deck(tmp_path / "again")).cards) - removed


def test_a_theme_without_cards_goes_at_once_with_its_empty_file(qtbot, translations, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    window = editor_window(qtbot, translations, deck)
    editor = themes_page(qtbot, window)
    editor.themes.add_button.click()
    wait_refresh(qtbot, editor)
    answer_next_dialog(qtbot, "Enregistrer quand même")  # a theme without a card yet is a problem
    window.registry[Command.SAVE_DECK].trigger()
    assert (deck / "cards" / "theme-6.yaml").exists()
    editor.themes.choose(("cards/deck.yaml", ("themes", 5)))
    editor.themes.remove_button.click()  # no question: nothing else goes
    said = window.statusBar().currentMessage()
    assert said == "Thème «\u00a0Nouveau thème\u00a0» retiré. Ctrl+Z le ramène.", said
    assert window.editing.draft.problems == ()  # no card file left naming a theme that is gone
    window.registry[Command.SAVE_DECK].trigger()
    assert not (deck / "cards" / "theme-6.yaml").exists()
    assert len(load_deck(deck).themes) == 5


def test_a_decision_left_with_one_option_says_to_add_one_with_the_button_it_names(qtbot, translations, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    window = editor_window(qtbot, translations, deck)
    editor = window.editing.editor
    editor.tabs.setCurrentWidget(editor.scenarios)
    editor.scenarios.choose(("scenarios/frugal.yaml", ("scenario",)))
    wait_refresh(qtbot, editor)
    options = section(section(editor.scenarios.form, "decisions").forms[0], "options")
    while len(options.items()) > 1:
        options.findChild(QToolButton, f"options_{len(options.items()) - 1}_remove").click()
        wait_refresh(qtbot, editor)
    texts = [editor.problem_list.item(row).text() for row in range(editor.problem_list.count())]
    assert len(texts) == 1, texts
    button = options.add_button.text()
    assert button == "+ Option"
    assert f"cette décision n’a qu’une option\u00a0: ajoutez-en une autre avec «\u00a0{button}\u00a0»" in texts[0]
    options.add_button.click()
    wait_refresh(qtbot, editor)
    texts = [editor.problem_list.item(row).text() for row in range(editor.problem_list.count())]
    assert not any("qu’une option" in text for text in texts), texts  # its empty fields are what is left
