"""The draft on files as people write them: CRLF line ends, a byte order mark, a broken file,
and any text a teacher may type (checked with generated strings)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bataille.deck.draft import Draft, EditError
from bataille.deck.editing import edits

from .conftest import CARDS_YAML, write_deck
from .test_draft import changed_lines

REL = "cards/environment.yaml"


def test_crlf_and_a_byte_order_mark_are_kept(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "mini")
    path = root / REL
    path.write_bytes(b"\xef\xbb\xbf" + CARDS_YAML.replace("\n", "\r\n").encode())
    draft = Draft.open(root)
    assert draft.runnable, draft.problems
    draft.set_value((REL, ("cards", 0, "title", "en")), "Water, again")
    draft.set_value((REL, ("cards", 0, "notes", "fr")), "Une note")
    draft.add_card("fact", "environment")
    draft.save()
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\n" not in raw.replace(b"\r\n", b"")
    assert b"{fr: L'eau, en: \"Water, again\"}\r\n" in raw
    assert Draft.open(root).value((REL, ("cards", 0, "notes"))) == {"fr": "Une note"}


def test_a_broken_file_is_told_and_not_edited_blindly(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "mini")
    (root / REL).write_text(CARDS_YAML.replace("  - id: env-debate", "  - id: env-debate\n\tbad"), encoding="utf-8")
    draft = Draft.open(root)
    assert not draft.runnable and draft.problems[0].file == REL
    assert draft.value((REL, ("cards", 0, "id"))) is None
    with pytest.raises(EditError) as caught:
        draft.set_value((REL, ("cards", 0, "id")), "x")
    assert caught.value.wording.render("fr").startswith(f"{REL} ne se lit pas comme du YAML\u00a0: corrigez-le")
    fixed = draft.texts[REL].replace("\n\tbad", "")
    # the editor's raw text view replaces the whole text; then fields can be edited again
    draft.set_text(REL, fixed)
    draft.set_value((REL, ("cards", 0, "id")), "env-eau")
    assert draft.runnable, draft.problems


def test_text_that_is_not_utf8_is_kept_byte_for_byte(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "mini")
    (root / "scenarios" / "frugal.yaml").write_bytes(b"# caf\xe9\n" + (root / "scenarios" / "frugal.yaml").read_bytes())
    draft = Draft.open(root)
    assert any("UTF-8" in p.problem.message for p in draft.problems)
    draft.set_value((REL, ("cards", 0, "title", "en")), "Water!")
    assert draft.save() == (REL,)
    assert (root / "scenarios" / "frugal.yaml").read_bytes().startswith(b"# caf\xe9\n")


TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
BASE = """\
# a comment
cards:
  - id: a   # kept
    title: {fr: Plain words, en: 'single'}
    text:
      fr: "double"
      en: >-
        folded text
        on two lines
    year: 1956

  - id: b
    title:
      fr: "x"
"""
PATHS = [("cards", 0, "title", "fr"), ("cards", 0, "title", "en"), ("cards", 0, "text", "fr"),
         ("cards", 0, "text", "en"), ("cards", 0, "year"), ("cards", 1, "title", "fr"), ("cards", 0, "id")]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PATHS), TEXTS)
def test_any_text_reads_back_as_typed_and_only_its_field_changes(path: tuple, value: str) -> None:
    after = edits.set_value(BASE, path, value)
    expected = yaml.safe_load(BASE)
    target = expected
    for key in path[:-1]:
        target = target[key]
    digits = re.fullmatch(r"[-+]?[0-9]+", value.strip())
    target[path[-1]] = int(value.strip()) if path[-1] == "year" and digits else value  # a number stays a number
    assert yaml.safe_load(after) == expected
    removed, added = changed_lines(BASE, after)
    node = yaml.compose(BASE)
    for key in path:
        node = dict((k.value, v) for k, v in node.value)[key] if isinstance(key, str) else node.value[key]
    field_lines = BASE.splitlines()[node.start_mark.line:node.end_mark.line + 1]
    assert set(removed) <= set(field_lines), (removed, field_lines)
    assert "# a comment" in after and "# kept" in after


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PATHS[:4]), TEXTS), min_size=1, max_size=6))
def test_undo_after_any_edits_gives_back_the_first_text(tmp_path_factory, steps: list) -> None:
    root = write_deck(tmp_path_factory.mktemp("deck"))
    draft = Draft.open(root)
    first = dict(draft.texts)
    rel = REL
    draft.set_text(rel, BASE)
    for path, value in steps:
        draft.set_value((rel, path), value)
    while draft.undo():
        pass
    assert dict(draft.texts) == first and not draft.dirty


OPERATIONS = st.lists(st.tuples(st.sampled_from(["add", "duplicate", "delete", "move"]),
                                st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=12)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(OPERATIONS)
def test_any_sequence_of_card_operations_keeps_the_files_sound(tmp_path_factory, operations: list) -> None:
    from .conftest import copy_bundled_deck

    root = copy_bundled_deck(tmp_path_factory.mktemp("deck") / "d")
    draft = Draft.open(root)
    first = dict(draft.texts)
    rel = "cards/society.yaml"
    ids = [c["id"] for c in draft.value((rel, ("cards",)))]
    for op, a, b in operations:
        if op == "add":
            new = draft.add_card("fact", "society", after=ids[a % len(ids)] if ids else None)
            ids.insert(ids.index(ids[a % len(ids)]) + 1 if ids else 0, new)
        elif op == "duplicate" and ids:
            source = ids[a % len(ids)]
            ids.insert(ids.index(source) + 1, draft.duplicate_card(source))
        elif op == "delete" and len(ids) > 1:
            draft.delete_card(ids.pop(a % len(ids)))
        elif op == "move" and ids:
            card = ids.pop(a % len(ids))
            ids.insert(b % (len(ids) + 1), card)
            draft.move_card(card, b % len(ids))
        assert [c["id"] for c in yaml.safe_load(draft.texts[rel])["cards"]] == ids
        assert "\n\n\n" not in draft.texts[rel]
        assert all(draft.texts[r] == first[r] for r in first if r != rel)
    assert {p.file for p in draft.problems} <= {rel}
    while draft.undo():
        pass
    assert dict(draft.texts) == first


def test_a_deck_file_that_cannot_be_read_is_told_as_validate_tells_it(tmp_path: Path) -> None:
    from bataille.deck import load_deck
    from bataille.deck.problems import DeckError

    root = write_deck(tmp_path / "mini")
    (root / "cards" / "huge.yaml").write_bytes(b"# " + b"x" * (3 * 1024 * 1024) + b"\n")
    draft = Draft.open(root)
    assert "cards/huge.yaml" not in draft.texts
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    assert [p.problem for p in draft.problems] == caught.value.problems
    assert [p.file for p in draft.problems] == ["cards/huge.yaml"]
    draft.set_value((REL, ("cards", 0, "title", "en")), "Water!")
    assert draft.save() == (REL,)  # the file it could not read is left alone
    assert (root / "cards" / "huge.yaml").stat().st_size > 3 * 1024 * 1024
