"""Duplicating a card: the copy of the card shown, right after it and chosen to be edited, under an id no
card has, in the deck's style (a copy of a copy counts on: « -3 », not « -2-2 »), even while another card
has the same id or the id is being typed."""

from __future__ import annotations

from collections import Counter

from .editor_helpers import editor_window, type_into, wait_refresh


def ids(window) -> list[str]:
    return window.editing.draft.card_ids()


def test_a_copy_and_a_copy_of_the_copy_get_fresh_ids_and_are_chosen(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("env-water")
    wait_refresh(qtbot, editor)
    cards.duplicate_button.click()
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "env-water-2" and cards.current_where() == ("cards/cards.yaml", ("cards", 1))
    assert editor.cards.form.where == cards.current_where()
    assert editor.cards.form.field("id").editor.text() == "env-water-2"
    cards.duplicate_button.click()
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "env-water-3" and cards.current_where() == ("cards/cards.yaml", ("cards", 2))
    assert ids(window)[:3] == ["env-water", "env-water-2", "env-water-3"]
    assert max(Counter(ids(window)).values()) == 1
    assert window.editing.draft.value(("cards/cards.yaml", ("cards", 2, "title", "fr"))) == "L'eau des centres de données"


def test_of_two_cards_with_one_id_the_card_shown_is_copied(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("bias-faces")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "id", text="env-water")  # typed like another card's: two cards, one id
    wait_refresh(qtbot, editor)
    assert cards.current_where() == ("cards/cards.yaml", ("cards", 2))
    cards.duplicate_button.click()
    wait_refresh(qtbot, editor)
    draft = window.editing.draft
    copy = draft.value(cards.current_where())
    assert cards.current_where() == ("cards/cards.yaml", ("cards", 3))
    assert copy["title"]["fr"] == "Visages mal reconnus" and copy["id"] not in ("env-water", "bias-faces")
    assert Counter(ids(window))[copy["id"]] == 1


def test_a_card_whose_id_was_just_typed_is_copied_before_the_list_follows(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    cards.choose("env-debate")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "id", text="env-frugality")
    cards.duplicate_button.click()  # at once: the list still says the old id
    wait_refresh(qtbot, editor)
    assert ids(window)[1:3] == ["env-frugality", "env-frugality-2"]
    assert cards.current_id() == "env-frugality-2"
