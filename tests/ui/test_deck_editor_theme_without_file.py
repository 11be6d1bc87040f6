"""A theme deck.yaml lists with no card file yet (written there by hand, or its file deleted): the editor
lists it « no card yet », and its first card, added there or moved to it from its form, makes its file,
named after it, in the deck's cards/ folder; saved and opened again, nothing is lost."""

from __future__ import annotations

from pathlib import Path

import yaml

from bataille.deck.editing.draft import Draft
from bataille.ui.commands import Command
from bataille.ui.deck_window.editor.card_rows import UnfiledRole

from .editor_helpers import answer_next_dialog, choose, editor_window, type_into, wait_refresh

ETHICS = '  - id: ethics\n    name: {fr: Éthique, en: Ethics}\n    colour: "#37474F"\n'


def with_ethics(folder: Path) -> Path:
    manifest = folder / "cards" / "deck.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8") + ETHICS, encoding="utf-8")
    return folder


def every_file(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() and "settings" not in p.parts and "data" not in p.parts}


def save_anyway(qtbot, window) -> None:
    """Save; the new card's empty fields are problems: saved all the same, as a teacher may."""
    seen = answer_next_dialog(qtbot, ("Enregistrer quand même", "Save anyway"))
    window.registry[Command.SAVE_DECK].trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert not window.editing.draft.dirty


def test_the_first_card_of_a_theme_without_a_file_makes_its_file_in_the_deck(qtbot, translations, small_deck):
    deck = with_ethics(small_deck)
    before = every_file(deck.parent)
    window = editor_window(qtbot, translations, deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    rows = [cards.list.item(r) for r in range(cards.list.count())]
    row = next((item for item in rows if item.data(UnfiledRole) == "ethics"), None)
    assert row is not None and "Éthique" in row.text()  # the theme is there to add a card to
    cards.list.setCurrentItem(row)
    cards.add_buttons["fact"].click()
    wait_refresh(qtbot, editor)
    assert cards.current_where() == ("cards/ethics.yaml", ("cards", 0)) and cards.current_id() == "ethics-fact"
    type_into(editor.cards.form, "title", "fr", text="Une carte d’éthique")
    wait_refresh(qtbot, editor)
    assert not any(item.data(UnfiledRole) for item in (cards.list.item(r) for r in range(cards.list.count())))
    save_anyway(qtbot, window)

    assert every_file(deck.parent) - before == {deck / "cards" / "ethics.yaml"}  # inside the deck, and no other
    written = yaml.safe_load((deck / "cards" / "ethics.yaml").read_text(encoding="utf-8"))
    assert written["theme"] == "ethics" and [c["id"] for c in written["cards"]] == ["ethics-fact"]
    again = Draft.open(deck)  # opened again: the card is there, as typed
    assert again.value(("cards/ethics.yaml", ("cards", 0, "title", "fr"))) == "Une carte d’éthique"
    assert again.value(("cards/cards.yaml", ("cards", 0, "id"))) == "env-water"  # the other cards stay


def test_a_new_card_given_that_theme_in_its_form_goes_to_the_theme_s_own_file(qtbot, translations, small_deck):
    deck = with_ethics(small_deck)
    window = editor_window(qtbot, translations, deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("bias-faces")
    cards.add_buttons["fact"].click()
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "bias-fact"
    draft = window.editing.draft
    texts = dict(draft.texts)
    choose(editor.cards.form, "theme", value="ethics")
    wait_refresh(qtbot, editor)
    assert cards.current_where() == ("cards/ethics.yaml", ("cards", 0)) and cards.current_id() == "ethics-fact"
    assert "bias-fact" not in draft.texts["cards/cards.yaml"]
    window.registry[Command.EDIT_UNDO].trigger()  # the file and the card's move: one step
    wait_refresh(qtbot, editor)
    assert "cards/ethics.yaml" not in draft.texts and "bias-fact" in draft.texts["cards/cards.yaml"]
    window.registry[Command.EDIT_REDO].trigger()
    save_anyway(qtbot, window)
    written = yaml.safe_load((deck / "cards" / "ethics.yaml").read_text(encoding="utf-8"))
    assert [c["id"] for c in written["cards"]] == ["ethics-fact"] and "theme" not in written["cards"][0]
    assert dict(Draft.open(deck).texts).keys() == set(texts) | {"cards/ethics.yaml"}
