"""A teacher adds a debate from a filtered list and gives it its theme, on a copy of the bundled deck:
typing « environ » lists the cards of « Impact environnemental » first; the theme list offers the file's
theme once; a new card given another theme goes to that theme's file under that theme's id; a saved
card given another theme keeps its place and the status bar says why."""

from __future__ import annotations

import yaml

from bataille.ui.commands import Command
from bataille.ui.deck_window.editor.card_rows import WhereRole
from tests.deck.conftest import copy_bundled_deck

from .editor_helpers import answer_next_dialog, editor_window, wait_refresh


def shown_rows(cards) -> list:
    return [cards.list.item(r) for r in range(cards.list.count()) if not cards.list.item(r).isHidden()]


def theme_labels(form) -> list[str]:
    combo = form.field("theme").editor
    return [combo.itemText(i) for i in range(combo.count())]


def test_a_new_debate_given_the_environment_theme_is_saved_among_the_environment_cards(qtbot, translations, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    bias_before = (deck / "cards" / "bias.yaml").read_bytes()
    window = editor_window(qtbot, translations, deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.filter.setFocus()
    qtbot.keyClicks(cards.filter, "environ")
    files = [row.data(WhereRole)[0] for row in shown_rows(cards)]
    env = files.count("cards/environment.yaml")
    assert env > 5 and files[:env] == ["cards/environment.yaml"] * env  # the theme's cards first
    assert "cards/bias.yaml" in files[env:]  # « dans environ 70 % des cas »: still found, after them
    assert cards.current_where()[0] == "cards/environment.yaml"  # and one of them chosen

    cards.filter.clear()
    cards.choose("bias-dutch-benefits")
    cards.add_buttons["debate"].click()
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "bias-debate" and cards.current_where()[0] == "cards/bias.yaml"
    labels = theme_labels(editor.cards.form)
    assert sum("Biais algorithmiques" in label for label in labels) == 1, labels

    combo = editor.cards.form.field("theme").editor
    index = next(i for i in range(combo.count()) if combo.itemText(i) == "Impact environnemental")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # chosen in the list, as with the mouse
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "env-debate" and cards.current_where()[0] == "cards/environment.yaml"
    assert editor.cards.form.where == cards.current_where()
    assert "Impact environnemental (le thème du fichier)" in theme_labels(editor.cards.form)
    assert "cards/environment.yaml" in window.statusBar().currentMessage()
    assert "env-debate" in window.statusBar().currentMessage()
    assert window.editing.draft.texts["cards/bias.yaml"].encode() == bias_before

    answer_next_dialog(qtbot, ("Enregistrer", "Enregistrer quand même", "&Enregistrer"))
    window.registry[Command.SAVE_DECK].trigger()
    qtbot.waitUntil(lambda: not window.editing.draft.dirty, timeout=5000)
    assert (deck / "cards" / "bias.yaml").read_bytes() == bias_before
    saved = yaml.safe_load((deck / "cards" / "environment.yaml").read_text(encoding="utf-8"))
    assert saved["cards"][-1]["id"] == "env-debate" and "theme" not in saved["cards"][-1]


def test_a_saved_card_given_another_theme_keeps_its_place_and_the_status_bar_says_why(qtbot, translations, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    window = editor_window(qtbot, translations, deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("bias-dutch-benefits")
    wait_refresh(qtbot, editor)
    where = cards.current_where()
    combo = editor.cards.form.field("theme").editor
    index = next(i for i in range(combo.count()) if combo.itemText(i) == "Impact environnemental")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "bias-dutch-benefits" and cards.current_where() == where
    assert window.editing.draft.value((where[0], (*where[1], "theme"))) == "environment"
    said = window.statusBar().currentMessage()
    assert "cards/bias.yaml" in said and "ne change pas de fichier" in said, said


def choose_theme(qtbot, editor, label: str) -> None:
    combo = editor.cards.form.field("theme").editor
    index = next(i for i in range(combo.count()) if combo.itemText(i) == label)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    wait_refresh(qtbot, editor)


def test_a_generated_id_follows_the_theme_a_typed_one_stays_and_ctrl_z_brings_the_card_back(qtbot, translations, tmp_path):
    deck = copy_bundled_deck(tmp_path / "deck")
    window = editor_window(qtbot, translations, deck)
    editor, draft = window.editing.editor, window.editing.draft
    cards = editor.cards.cards
    bias_before = draft.texts["cards/bias.yaml"]
    cards.choose("bias-dutch-benefits")
    cards.add_buttons["debate"].click()
    cards.add_buttons["debate"].click()
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "bias-debate-2"
    choose_theme(qtbot, editor, "Impact environnemental")
    assert cards.current_id() == "env-debate" and cards.current_where()[0] == "cards/environment.yaml"

    cards.choose("bias-debate")
    wait_refresh(qtbot, editor)
    line = editor.cards.form.field("id").editor
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "debat-cantine")
    wait_refresh(qtbot, editor)
    choose_theme(qtbot, editor, "Société")
    assert cards.current_id() == "debat-cantine" and cards.current_where()[0] == "cards/society.yaml"
    assert draft.texts["cards/bias.yaml"] == bias_before

    window.registry[Command.EDIT_UNDO].trigger()  # the move, one step: back among the bias cards
    wait_refresh(qtbot, editor)
    assert draft.where_of_card("debat-cantine")[0] == "cards/bias.yaml"
