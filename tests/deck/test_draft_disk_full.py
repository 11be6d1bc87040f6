"""Saving a deck on a disk that refuses a file part-way: the deck on disk stays as it was (never a
manifest naming a card file that was not written), nothing is left behind, the changes stay open,
and the user is told which file and why, in French or English. And a new deck made from a template
copies nothing from outside the template's folder."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from bataille.deck.draft import Draft, EditError
from bataille.deck.editing import saving

from .conftest import copy_bundled_deck


def test_a_full_disk_part_way_through_a_save_changes_no_file(tmp_path: Path, monkeypatch) -> None:
    deck_dir = copy_bundled_deck(tmp_path / "deck")
    draft = Draft.open(deck_dir)
    draft.set_value(("cards/bias.yaml", ("cards", 0, "title", "fr")), "Mon titre")
    draft.set_value(("cards/society.yaml", ("cards", 0, "title", "fr")), "Autre titre")
    before = {p.name: p.read_bytes() for p in (deck_dir / "cards").iterdir()}
    real, calls = saving.stage_file, []

    def full_on_the_second(path: Path, data: bytes) -> str:
        calls.append(path.name)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(saving, "stage_file", full_on_the_second)
    with pytest.raises(EditError) as caught:
        draft.save()
    assert calls == ["bias.yaml", "society.yaml"]  # the first file was written beside its name
    assert {p.name: p.read_bytes() for p in (deck_dir / "cards").iterdir()} == before  # and taken back
    assert caught.value.wording.render("fr") == (
        "cards/society.yaml n’a pas pu être enregistré (plus de place sur le disque)\u00a0: aucun fichier du jeu "
        "n’a changé, vos modifications restent ouvertes")
    assert "no file of the deck changed" in caught.value.wording.render("en")
    assert draft.dirty
    monkeypatch.setattr(saving, "stage_file", real)  # room again: the same save goes through
    assert draft.save() == ("cards/bias.yaml", "cards/society.yaml") and not draft.dirty
    assert "Autre titre" in (deck_dir / "cards" / "society.yaml").read_text(encoding="utf-8")


def test_a_new_deck_copies_nothing_a_template_links_to_outside_it(tmp_path: Path) -> None:
    template = copy_bundled_deck(tmp_path / "template")
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "notes.yaml").write_text("secret: 42\n", encoding="utf-8")
    (template / "cards" / "leak.yaml").symlink_to(outside / "notes.yaml")
    draft = Draft.create(tmp_path / "new", template=template)
    assert not (tmp_path / "new" / "cards" / "leak.yaml").exists()
    assert "cards/leak.yaml" not in draft.texts
    assert (tmp_path / "new" / "cards" / "bias.yaml").read_bytes() == (template / "cards" / "bias.yaml").read_bytes()
