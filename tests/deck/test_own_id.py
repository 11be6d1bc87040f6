"""A deck's copy gets an id of its own, from its folder's name, and only that id changes in its manifest.

A session names its deck by id, and the app finds the deck's folder again by that id: a copy that kept
the original's id was taken for it (see tests/ui/test_deck_copy.py for the sessions themselves)."""

from __future__ import annotations

import pytest

from bataille.deck import DeckError, load_deck
from bataille.deck.editing.own_id import own_id, with_id
from bataille.deck.fields import ID_RE

from .conftest import DECK_YAML, copy_bundled_deck, write_deck


@pytest.mark.parametrize(("name", "taken", "expected"), [
    ("Mon jeu à moi", (), "mon-jeu-a-moi"),
    ("bataille-ia-copie", (), "bataille-ia-copie"),
    ("Cœur d’été (2025)", (), "coeur-d-ete-2025"),
    ("_brouillon_", (), "brouillon"),
    ("ワークショップ", (), "deck"),  # nothing the id rule allows: a word that is one
    ("bataille-ia", ("bataille-ia",), "bataille-ia-2"),
    ("Bataille-IA", ("bataille-ia", "BATAILLE-IA-2"), "bataille-ia-3"),  # settings keys may not tell case apart
    ("a" * 80, ("a" * 64,), "a" * 62 + "-2"),  # never longer than the rule's 64 characters
])
def test_the_copy_s_id_comes_from_its_folder_s_name(name, taken, expected):
    found = own_id(name, taken)
    assert found == expected
    assert ID_RE.match(found)


def test_only_the_id_changes_in_the_bundled_deck_s_manifest(tmp_path):
    folder = copy_bundled_deck(tmp_path / "Mon jeu à moi")
    manifest = folder / "cards" / "deck.yaml"
    before = manifest.read_text(encoding="utf-8")
    manifest.write_text(with_id(before, own_id(folder.name)), encoding="utf-8")
    after = manifest.read_text(encoding="utf-8")
    assert after.splitlines()[0].startswith("# yaml-language-server")  # its first line, a comment, kept
    assert after == before.replace("\nid: bataille-ia\n", "\nid: mon-jeu-a-moi\n", 1)
    deck = load_deck(folder)
    assert deck.id == "mon-jeu-a-moi" and deck.version == "0.1.0"


@pytest.mark.parametrize(("written", "rewritten"), [
    ("id: mini   # le mien\n", "id: mon-jeu   # le mien\n"),  # a comment after it
    ('id: "mini"\n', 'id: "mon-jeu"\n'),  # its quotes
    ("id: 'mini'\n", "id: 'mon-jeu'\n"),
])
def test_the_id_keeps_its_quotes_its_comment_and_the_file_s_line_ends(tmp_path, written, rewritten):
    text = DECK_YAML.replace("id: mini\n", written).replace("\n", "\r\n")
    folder = write_deck(tmp_path / "deck", **{"cards/deck.yaml": text.encode()})
    manifest = folder / "cards" / "deck.yaml"
    manifest.write_bytes(with_id(manifest.read_bytes().decode(), "mon-jeu").encode())
    assert manifest.read_bytes() == text.replace(written.replace("\n", "\r\n"), rewritten.replace("\n", "\r\n")).encode()
    assert load_deck(folder).id == "mon-jeu"


def test_a_manifest_with_no_id_gets_one_at_the_top(tmp_path):
    folder = write_deck(tmp_path / "deck", **{"cards/deck.yaml": DECK_YAML.replace("id: mini\n", "")})
    manifest = folder / "cards" / "deck.yaml"
    manifest.write_text(with_id(manifest.read_text(encoding="utf-8"), "mon-jeu"), encoding="utf-8")
    assert manifest.read_text(encoding="utf-8") == DECK_YAML.replace("id: mini", "id: mon-jeu")
    assert load_deck(folder).id == "mon-jeu"


def test_a_manifest_yaml_cannot_read_has_its_id_line_changed_and_its_problem_where_it_was(tmp_path):
    broken = DECK_YAML.replace("languages: [fr, en]", "languages: [fr, en")
    folder = write_deck(tmp_path / "deck", **{"cards/deck.yaml": broken})
    with pytest.raises(DeckError) as before:
        load_deck(folder)
    manifest = folder / "cards" / "deck.yaml"
    manifest.write_text(with_id(broken, "mon-jeu"), encoding="utf-8")
    assert manifest.read_text(encoding="utf-8") == broken.replace("id: mini", "id: mon-jeu")
    with pytest.raises(DeckError) as after:
        load_deck(folder)
    assert [(p.path, p.line, p.col) for p in after.value.problems] == \
        [(p.path, p.line, p.col) for p in before.value.problems]  # the teacher's file:line:col still true
    assert with_id("- not\n- a mapping\n", "mon-jeu") == "- not\n- a mapping\n"  # nothing to change: as it was
