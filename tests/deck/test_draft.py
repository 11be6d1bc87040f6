"""The deck editor's model on real files: an edit changes only its own lines, undo restores exact
texts, problems are those of `bataille validate`, and a file another program changed is never
overwritten."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bataille.deck import load_deck
from bataille.deck.draft import ChangedOnDisk, Draft, EditError
from bataille.deck.editing.files import PathRefused
from bataille.deck.problems import DeckError

from .conftest import copy_bundled_deck

NEW_TEXT = "Texte « modifié » : “ça marche” ! \\ fin"


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    return copy_bundled_deck(tmp_path / "deck")


def deck_file_names() -> list[str]:
    from bataille.deck import bundled_deck_path, deck_files

    root = bundled_deck_path()
    return [p.relative_to(root).as_posix() for p in deck_files(root)]


def leaves(node: yaml.Node, path: tuple = ()) -> list[tuple[tuple, yaml.ScalarNode]]:
    """Every text written in a file, with its key path."""
    if isinstance(node, yaml.MappingNode):
        return [leaf for k, v in node.value for leaf in leaves(v, (*path, k.value))]
    if isinstance(node, yaml.SequenceNode):
        return [leaf for i, v in enumerate(node.value) for leaf in leaves(v, (*path, i))]
    return [(path, node)] if node.tag.endswith(":str") and path else []


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines removed and the lines added, by difflib."""
    removed, added = [], []
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:])
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:])
    return removed, added


@pytest.mark.parametrize("rel", deck_file_names())
def test_editing_one_field_of_each_file_changes_only_its_line(deck_dir: Path, rel: str) -> None:
    path = deck_dir / rel
    original = path.read_text(encoding="utf-8")
    # One-line texts here (folded `>-` texts have their own tests in test_draft_texts.py).
    found = [(key_path, node) for key_path, node in leaves(yaml.compose(original, Loader=yaml.SafeLoader))
             if node.start_mark.line == node.end_mark.line]
    picks = [found[0], found[len(found) // 2], found[-1]]
    for key_path, node in picks:
        draft = Draft.open(deck_dir)
        draft.set_value((rel, key_path), NEW_TEXT)
        assert draft.save() == (rel,)
        after = path.read_text(encoding="utf-8")
        removed, added = changed_lines(original, after)
        line = original.splitlines()[node.start_mark.line]
        assert removed == [line], key_path
        assert len(added) == 1
        head, tail = line[:node.start_mark.column], line[node.end_mark.column:]
        assert added[0].startswith(head) and added[0].endswith(tail), (line, added[0])
        assert yaml.safe_load(after) == _with(yaml.safe_load(original), key_path, NEW_TEXT)
        assert "\\u" not in added[0] and "«" in added[0]  # real Unicode, not escapes
        path.write_text(original, encoding="utf-8")


def _with(data: object, path: tuple, value: object) -> object:
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return data


def test_numbers_and_plain_values_stay_plain(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    draft.set_value(("scenarios/agenda.yaml", ("agenda", "phases", 0, "minutes")), 12)
    draft.set_value(("cards/bias.yaml", ("cards", 0, "sources", 0, "year")), "2019")  # typed in a field
    draft.set_value(("cards/deck.yaml", ("themes", 0, "name", "en")), "Trust")
    assert "      minutes: 12\n" in draft.texts["scenarios/agenda.yaml"]
    assert "        year: 2019\n" in draft.texts["cards/bias.yaml"]
    assert "name: {fr: Fiabilité de l’information, en: Trust}" in draft.texts["cards/deck.yaml"]
    assert draft.value(("cards/bias.yaml", ("cards", 0, "sources", 0, "year"))) == 2019
    assert draft.deck is not None


def test_a_missing_key_is_added_among_its_neighbours_and_none_removes_it(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    rel = "cards/bias.yaml"
    # The bundled deck dates every source: start from a source without its month.
    draft.set_value((rel, ("cards", 1, "sources", 0, "checked")), None)
    before = draft.texts[rel]
    where = (rel, ("cards", 1, "contested"))
    assert draft.value(where) is None
    draft.set_value((rel, ("cards", 1, "notes", "de")), None)  # nothing there: nothing changes
    assert draft.texts[rel] == before
    draft.set_value((rel, ("cards", 1, "sources", 0, "checked")), "2026-05")
    removed, added = changed_lines(before, draft.texts[rel])
    assert removed == [] and added == ['        checked: "2026-05"']
    assert draft.value((rel, ("cards", 1, "sources", 0, "checked"))) == "2026-05"
    draft.set_value((rel, ("cards", 1, "sources", 0, "checked")), None)
    assert draft.texts[rel] == before


def test_a_missing_mapping_on_the_way_is_created(tmp_path: Path) -> None:
    from .conftest import write_deck

    root = write_deck(tmp_path / "mini")
    draft = Draft.open(root)
    rel = "cards/environment.yaml"
    draft.set_value((rel, ("cards", 1, "notes", "fr")), "Une note.")
    draft.set_value((rel, ("cards", 1, "notes", "en")), "A note.")
    text = draft.texts[rel]
    assert "    notes: {fr: \"Une note.\", en: \"A note.\"}\n" in text or "    notes:\n      fr:" in text
    assert draft.value((rel, ("cards", 1, "notes"))) == {"fr": "Une note.", "en": "A note."}
    assert draft.deck is not None, draft.problems


def test_undo_and_redo_give_back_the_exact_texts(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    seen = [dict(draft.texts)]
    calls = []
    draft.on_change(lambda: calls.append(1))
    draft.set_value(("cards/bias.yaml", ("cards", 0, "title", "fr")), "Un")
    seen.append(dict(draft.texts))
    draft.set_value(("cards/deck.yaml", ("title", "en")), "Deux")
    seen.append(dict(draft.texts))
    new_id = draft.add_card("fact", "society")
    seen.append(dict(draft.texts))
    draft.delete_card("bias-amazon-cv")
    seen.append(dict(draft.texts))
    draft.move_card("ev-1950-turing", 3)
    seen.append(dict(draft.texts))
    assert len(calls) == 5 and new_id
    for expected in reversed(seen[:-1]):
        assert draft.undo()
        assert dict(draft.texts) == expected
    assert not draft.undo() and not draft.can_undo and not draft.dirty
    for expected in seen[1:]:
        assert draft.redo()
        assert dict(draft.texts) == expected
    assert not draft.can_redo and draft.dirty
    draft.undo()
    draft.set_value(("cards/bias.yaml", ("cards", 0, "title", "en")), "Three")
    assert not draft.can_redo  # a new edit forgets what was undone


def test_a_burst_of_typing_in_one_place_is_one_step_of_undo(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    now = [100.0]
    draft.clock = lambda: now[0]
    title = ("cards/bias.yaml", ("cards", 0, "title", "fr"))
    first = dict(draft.texts)

    def type_keys(where, word: str, pause: float = 0.2) -> None:
        for end in range(1, len(word) + 1):
            now[0] += pause
            draft.set_value(where, word[:end], typing=True)

    type_keys(title, "Le climat")  # one step (merged into one pair of texts, not stacked)
    typed = dict(draft.texts)
    now[0] += 1.5  # a pause: a new step
    type_keys(title, "Le climat change", pause=0.0)
    type_keys(("cards/bias.yaml", ("cards", 0, "title", "en")), "Climate")  # another field
    draft.set_value(title, "Le climat", typing=False)  # not typing (a choice, a paste…): its own step
    type_keys(title, "Le climat!")  # after another kind of edit
    for _ in range(4):
        assert draft.undo()
    assert dict(draft.texts) == typed
    assert draft.undo() and dict(draft.texts) == first and not draft.can_undo
    assert draft.redo() and dict(draft.texts) == typed

    draft.undo()
    before = draft.value(title)
    draft.set_value(title, before + "X", typing=True)
    draft.set_value(title, before, typing=True)  # typed, then erased: nothing left to undo
    assert dict(draft.texts) == first and not draft.can_undo


def test_problems_are_those_of_validate_for_the_same_texts(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    draft.set_value(("cards/bias.yaml", ("cards", 1, "sources", 0, "year")), "vers 2020")
    draft.set_value(("cards/bias.yaml", ("cards", 2, "title", "en")), "")
    draft.set_value(("cards/deck.yaml", ("themes", 0, "colour")), "blue")
    draft.set_value(("scenarios/frugal.yaml", ("scenario", "decisions", 0, "options", 0, "effects", "joy")), 2)
    draft.lang = "fr"
    problems = draft.problems
    assert draft.deck is None and not draft.runnable and draft.partial_deck is not None
    draft.save()
    with pytest.raises(DeckError) as caught:
        load_deck(deck_dir)
    assert [str(p) for p in problems] == [line.replace(str(deck_dir) + "/", "") for line in
                                         [p.text("fr") for p in caught.value.problems]]
    assert [p.problem for p in problems] == caught.value.problems
    wheres = {p.where for p in problems}
    assert ("cards/bias.yaml", ("cards", 1, "sources", 0, "year")) in wheres
    assert ("cards/deck.yaml", ("themes", 0, "colour")) in wheres
    assert ("scenarios/frugal.yaml", ("scenario", "decisions", 0, "options", 0, "effects", "joy")) in wheres
    run = subprocess.run([sys.executable, "-m", "bataille.cli", "validate", "--lang", "fr", str(deck_dir)],
                         capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=_src()), cwd=deck_dir)
    assert run.returncode == 1
    assert [p.message for p in problems] == [line.split(": ", 1)[1] for line in run.stderr.splitlines()[:-1]]


def _src() -> str:
    import bataille

    return str(Path(bataille.__file__).resolve().parent.parent)


def test_a_file_changed_by_another_program_is_never_overwritten(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    draft.set_value(("cards/bias.yaml", ("cards", 0, "title", "fr")), "Mon titre")
    draft.set_value(("cards/society.yaml", ("cards", 0, "title", "fr")), "Autre titre")
    other = deck_dir / "cards" / "bias.yaml"
    theirs = other.read_text(encoding="utf-8").replace("Visages", "Portraits")
    other.write_text(theirs, encoding="utf-8")  # another program, a real second write
    society_before = (deck_dir / "cards" / "society.yaml").read_bytes()
    assert draft.changed_on_disk() == ("cards/bias.yaml",)
    with pytest.raises(ChangedOnDisk) as caught:
        draft.save()
    assert caught.value.paths == ("cards/bias.yaml",)
    assert other.read_text(encoding="utf-8") == theirs  # nothing written, not even the other file
    assert (deck_dir / "cards" / "society.yaml").read_bytes() == society_before
    draft.take_from_disk(["cards/bias.yaml"])
    assert draft.texts["cards/bias.yaml"] == theirs and draft.changed_on_disk() == ()
    assert draft.save() == ("cards/society.yaml",)
    assert "Autre titre" in (deck_dir / "cards" / "society.yaml").read_text(encoding="utf-8")


def test_a_new_or_removed_file_on_disk_is_noticed(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    (deck_dir / "cards" / "extra.yaml").write_text("theme: bias\ncards: []\n", encoding="utf-8")
    (deck_dir / "scenarios" / "backlash.yaml").unlink()
    assert draft.changed_on_disk() == ("cards/extra.yaml", "scenarios/backlash.yaml")


def test_saving_writes_whole_files_and_leaves_no_temporary_file(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    mode = (deck_dir / "cards" / "bias.yaml").stat().st_mode
    draft.set_value(("cards/bias.yaml", ("cards", 0, "title", "en")), "Faces")
    saved = draft.save()
    assert saved == ("cards/bias.yaml",) and saved.runs and not draft.dirty
    assert (deck_dir / "cards" / "bias.yaml").stat().st_mode == mode
    assert sorted(p.name for p in (deck_dir / "cards").iterdir() if p.name.startswith("."))== []
    assert draft.save() == ()  # nothing changed since


def test_a_deck_that_does_not_run_can_still_be_saved_and_says_so(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    draft.set_value(("cards/bias.yaml", ("cards", 0, "kind")), "fakt")
    saved = draft.save()
    assert saved == ("cards/bias.yaml",) and not saved.runs


@pytest.mark.parametrize("rel", ["../outside.yaml", "/etc/passwd", "cards/../../x.yaml", "assets/x.yaml",
                                 "cards/sub/x.yaml", "cards\\x.yaml", "C:/x.yaml", "cards/x.txt"])
def test_paths_never_leave_the_deck_folder(deck_dir: Path, rel: str) -> None:
    draft = Draft.open(deck_dir)
    with pytest.raises(PathRefused):
        draft.set_value((rel, ("a",)), "x")
    with pytest.raises(PathRefused):
        draft.take_from_disk([rel])


def test_a_card_folder_linked_outside_is_refused(tmp_path: Path) -> None:
    deck_dir = copy_bundled_deck(tmp_path / "deck")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "x.yaml").write_text("cards: []\n")
    (deck_dir / "scenarios" / "link.yaml").symlink_to(outside / "x.yaml")
    with pytest.raises(PathRefused):
        Draft.open(deck_dir)


def test_a_path_that_names_nothing_is_an_edit_error(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    with pytest.raises(EditError):
        draft.set_value(("cards/bias.yaml", ("cards", 999, "title")), "x")
    assert not draft.dirty and not draft.can_undo


def test_a_new_file_is_made_by_its_first_edit_and_values_may_be_whole_mappings(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    scenario = {"id": "school", "title": {"fr": "L’école", "en": "School"}, "intro": {"fr": "", "en": ""},
                "indicators": [{"id": "trust", "name": {"fr": "Confiance", "en": "Trust"}}],
                "decisions": [{"id": "d1", "title": {"fr": "", "en": ""}, "situation": {"fr": "", "en": ""},
                               "options": [{"id": "a", "label": {"fr": "", "en": ""},
                                            "consequence": {"fr": "", "en": ""}, "effects": {"trust": 1}}]}]}
    draft.set_value(("scenarios/school.yaml", ("scenario",)), scenario)
    assert draft.value(("scenarios/school.yaml", ("scenario",))) == scenario
    assert draft.texts["scenarios/school.yaml"].startswith('scenario:\n  id: school\n  title:\n    fr: "L’école"\n')
    assert {p.file for p in draft.problems} == {"scenarios/school.yaml"}
    option = ("scenarios/school.yaml", ("scenario", "decisions", 0, "options", 0))
    draft.set_value((*option[:1], (*option[1], "effects")), {"trust": -1})
    assert draft.value((option[0], (*option[1], "effects"))) == {"trust": -1}
    draft.set_value((option[0], ("scenario", "indicators", 0)), {"id": "equity", "name": {"fr": "É", "en": "E"}})
    assert draft.value((option[0], ("scenario", "indicators"))) == [{"id": "equity", "name": {"fr": "É", "en": "E"}}]
    draft.set_value(("cards/deck.yaml", ("title",)), {"fr": "Mon jeu", "en": "My deck"})
    assert "title:\n  fr: \"Mon jeu\"\n  en: \"My deck\"\nthemes:" in draft.texts["cards/deck.yaml"]
    while draft.undo():
        pass
    assert "scenarios/school.yaml" not in draft.texts and not draft.dirty


def test_a_folded_text_stays_folded_at_its_indent_and_width(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    rel = "cards/environment.yaml"
    where = (rel, ("cards", 0, "notes", "fr"))
    before = draft.texts[rel]
    node = yaml.compose(before, Loader=yaml.SafeLoader).value[-1][1].value[0].value[-1][1].value[0][1]
    assert node.style == ">"
    block = before.splitlines()[node.start_mark.line:node.end_mark.line]
    old = draft.value(where)
    draft.set_value(where, old.replace("Japon", "Royaume-Uni"))
    removed, added = changed_lines(before, draft.texts[rel])
    assert removed and set(removed) <= set(block)
    assert all(line.startswith("        ") and len(line) <= max(map(len, block)) for line in added)
    assert draft.value(where) == old.replace("Japon", "Royaume-Uni")
    draft.set_value(where, "Deux lignes\nséparées")  # a line break cannot be folded: double quotes
    assert draft.value(where) == "Deux lignes\nséparées"
    assert '      fr: "Deux lignes\\nséparées"\n' in draft.texts[rel]
    assert draft.runnable
