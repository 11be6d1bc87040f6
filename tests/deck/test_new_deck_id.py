"""A new deck is a deck of its own: made from the bundled deck (or any template), it kept the
template's id, and the sessions of one reopened with the other (sessions find a deck's folder by
its id); made from nothing, its id came from the folder's name with its accents made dashes."""

from __future__ import annotations

from pathlib import Path

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.draft import Draft
from bataille.deck.folder import MANIFEST


def test_a_deck_made_from_the_bundled_one_has_an_id_of_its_own(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "Mon atelier d’été", template=bundled_deck_path())
    deck = load_deck(draft.folder)
    assert deck.id == "mon-atelier-d-ete" and load_deck(bundled_deck_path()).id == "bataille-ia"
    original = (bundled_deck_path() / MANIFEST).read_text(encoding="utf-8")
    made = (draft.folder / MANIFEST).read_text(encoding="utf-8")
    assert made == original.replace("id: bataille-ia", "id: mon-atelier-d-ete", 1)  # that line alone


def test_a_folder_named_as_the_template_gets_another_id(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "bataille-ia", template=bundled_deck_path())
    assert load_deck(draft.folder).id == "bataille-ia-2"


def test_a_deck_made_from_nothing_takes_its_id_from_its_folder_without_accents(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "Mon jeu à moi", template=None)
    assert "id: mon-jeu-a-moi" in (draft.folder / MANIFEST).read_text(encoding="utf-8")
