"""After an undo or a redo, the place it changed (the card it brings back, the field it changes), read
from the texts before and after: what the editor shows then, rather than the card that was open."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck.draft import Draft
from bataille.deck.editing.changed import changed_place

from .conftest import copy_bundled_deck

BIAS = "cards/bias.yaml"


@pytest.fixture
def draft(tmp_path: Path) -> Draft:
    return Draft.open(copy_bundled_deck(tmp_path / "deck"))


def undone(draft: Draft, shown=None):
    before = dict(draft.texts)
    draft.undo()
    return changed_place(before, draft.texts, shown)


def redone(draft: Draft, shown=None):
    before = dict(draft.texts)
    draft.redo()
    return changed_place(before, draft.texts, shown)


def test_undoing_a_deletion_points_at_the_card_it_brings_back(draft: Draft) -> None:
    deleted = draft.card_ids()[draft.card_ids().index(draft.value((BIAS, ("cards", 2, "id"))))]
    draft.delete_card(deleted)
    assert undone(draft) == (BIAS, ("cards", 2))
    assert draft.value((BIAS, ("cards", 2, "id"))) == deleted
    # Redone, the card is gone: the place is the card now in its place.
    assert redone(draft) == (BIAS, ("cards", 2))


def test_a_field_changed_is_pointed_at_whatever_card_is_shown(draft: Draft) -> None:
    draft.set_value((BIAS, ("cards", 5, "title", "en")), "A title of mine")
    shown = (BIAS, ("cards", 0))  # another card was chosen since
    assert undone(draft, shown) == (BIAS, ("cards", 5, "title", "en"))
    assert redone(draft, shown) == (BIAS, ("cards", 5, "title", "en"))


def test_a_key_added_is_pointed_at_and_a_key_taken_out_points_at_its_item(draft: Draft) -> None:
    index = next(i for i, card in enumerate(draft.value((BIAS, ("cards",)))) if "notes" not in card)
    draft.set_value((BIAS, ("cards", index, "notes")), {"fr": "Note", "en": "Note"})
    assert undone(draft) == (BIAS, ("cards", index))  # the notes are gone: the card that had them
    assert redone(draft) == (BIAS, ("cards", index, "notes"))


def test_a_card_moved_stays_the_one_pointed_at_while_it_is_shown(draft: Draft) -> None:
    moved = draft.value((BIAS, ("cards", 3, "id")))
    draft.move_item((BIAS, ("cards",)), 3, 2)  # moved up, and still shown at 2
    place = undone(draft, (BIAS, ("cards", 2)))
    assert place == (BIAS, ("cards", 3)) and draft.value((BIAS, ("cards", 3, "id"))) == moved
    place = redone(draft, (BIAS, ("cards", 3)))
    assert place == (BIAS, ("cards", 2)) and draft.value((BIAS, ("cards", 2, "id"))) == moved


def test_a_theme_added_points_at_the_theme_not_its_new_card_file(draft: Draft) -> None:
    count = len(draft.theme_ids())
    draft.add_theme("theme-x", "Thème", "Theme", "#0B5CAD")
    assert redone(draft) is None  # nothing to redo: nothing changed
    assert undone(draft) == ("cards/deck.yaml", ("themes", count - 1))  # the one now last
    assert redone(draft) == ("cards/deck.yaml", ("themes", count))


def test_a_file_that_does_not_read_or_is_gone_is_pointed_at_as_a_whole(draft: Draft) -> None:
    draft.set_text(BIAS, "cards: [unclosed\n")
    assert undone(draft) == (BIAS, ())
    draft.set_text("scenarios/frugal.yaml", None)
    assert undone(draft) == ("scenarios/frugal.yaml", ())
    assert redone(draft) == ("scenarios/frugal.yaml", ())
