"""Cards and themes added, copied, removed and moved through the draft: only that card's lines change."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.draft import Draft
from bataille.deck.editing.cards import CardError

from .conftest import copy_bundled_deck
from .test_draft import changed_lines


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    return copy_bundled_deck(tmp_path / "deck")


def card_lines(text: str, index: int) -> list[str]:
    """The lines of card ``index`` of a card file, as written."""
    seq = yaml.compose(text, Loader=yaml.SafeLoader).value[-1][1]
    assert seq.value
    lines = text.splitlines()
    item = seq.value[index]
    end = item.value[-1][1]
    while isinstance(end, (yaml.MappingNode, yaml.SequenceNode)):
        end = end.value[-1][1] if isinstance(end, yaml.MappingNode) else end.value[-1]
    last = end.end_mark.line
    if end.style in ("|", ">"):  # a block text ends where the next line of content starts
        last -= 1 if end.end_mark.column == 0 else 0
        while not lines[last].strip():
            last -= 1
    return lines[item.start_mark.line:last + 1]


def only_blank_or(lines: list[str], allowed: list[str]) -> bool:
    return all(not line.strip() or line in allowed for line in lines)


def test_deleting_a_card_removes_its_lines_only(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    rel, path = draft.where_of_card("bias-amazon-cv")
    assert (rel, path) == ("cards/bias.yaml", ("cards", 1))
    before = draft.texts[rel]
    lines = card_lines(before, 1)
    draft.delete_card("bias-amazon-cv")
    removed, added = changed_lines(before, draft.texts[rel])
    assert added == [] and [line for line in removed if line.strip()] == lines
    assert len(removed) == len(lines) + 1  # and the blank line that separated it
    draft.save()
    assert "bias-amazon-cv" not in {c.id for c in load_deck(deck_dir).cards}


def test_deleting_the_last_card_of_a_file_takes_the_blank_line_above(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    rel = "cards/bias.yaml"
    last = draft.value((rel, ("cards",)))[-1]["id"]
    before = draft.texts[rel]
    draft.delete_card(last)
    assert draft.texts[rel] + "\n" + "\n".join(card_lines(before, -1)) + "\n" == before
    assert draft.runnable


def test_moving_a_card_moves_its_lines_only(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    rel = "cards/society.yaml"
    before = draft.texts[rel]
    ids = [c["id"] for c in draft.value((rel, ("cards",)))]
    lines = card_lines(before, 0)
    draft.move_card(ids[0], 3)
    after = draft.texts[rel]
    # Every card keeps its own lines, as written; only their order changes (a line diff would
    # pick whichever side is shorter to call "moved", so the cards are compared one by one).
    order = [*range(1, 4), 0, *range(4, len(ids))]
    assert [card_lines(after, new) for new in range(len(ids))] == [card_lines(before, old) for old in order]
    assert sorted(after.splitlines()) == sorted(before.splitlines())
    assert after[:after.index("  - id:")] == before[:before.index("  - id:")]
    assert lines == card_lines(after, 3)
    assert [c["id"] for c in draft.value((rel, ("cards",)))] == [*ids[1:4], ids[0], *ids[4:]]
    draft.move_card(ids[0], 0)
    assert draft.texts[rel] == before
    draft.move_card(ids[2], len(ids) - 1)  # to the end, after the last card
    assert [c["id"] for c in draft.value((rel, ("cards",)))][-1] == ids[2]
    assert draft.runnable, draft.problems


def test_a_duplicated_card_is_its_lines_again_under_a_new_id(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    rel = "cards/environment.yaml"
    before = draft.texts[rel]
    first = draft.value((rel, ("cards", 0, "id")))
    lines = card_lines(before, 0)
    new_id = draft.duplicate_card(first)
    assert new_id == f"{first}-2"
    after = draft.texts[rel]
    copied = [line.replace(first, new_id, 1) if i == 0 else line for i, line in enumerate(lines)]
    assert card_lines(after, 0) == lines and card_lines(after, 1) == copied
    assert after.replace("\n".join(copied) + "\n\n", "", 1) == before
    assert draft.value((rel, ("cards", 1, "id"))) == new_id
    assert draft.runnable, draft.problems
    assert draft.duplicate_card(first) == f"{first}-3"


@pytest.mark.parametrize(("kind", "theme"), [("fact", "bias"), ("debate", "society"), ("event", "")])
def test_an_added_card_says_what_is_missing_and_touches_no_other_line(deck_dir: Path, kind: str, theme: str) -> None:
    draft = Draft.open(deck_dir)
    before = dict(draft.texts)
    new_id = draft.add_card(kind, theme)
    rel, (_, index) = draft.where_of_card(new_id)
    removed, added = changed_lines(before[rel], draft.texts[rel])
    assert removed == []
    assert [line for line in added if line.strip()] == card_lines(draft.texts[rel], index)
    assert all(draft.texts[r] == before[r] for r in before if r != rel)
    problems = draft.problems
    assert problems and all(p.file == rel for p in problems)
    assert all(p.where and p.where[1][:2] == ("cards", index) for p in problems), problems
    # filling what the problems name makes the deck run again
    for lang in ("fr", "en"):
        draft.set_value((rel, ("cards", index, "title", lang)), "Titre")
        for key in ("text", "figure", "claim", "context"):
            if draft.value((rel, ("cards", index, key))) is not None:
                draft.set_value((rel, ("cards", index, key, lang)), "Un texte.")
        for key in ("prompts_for", "prompts_against"):
            if draft.value((rel, ("cards", index, key))) is not None:
                draft.set_value((rel, ("cards", index, key, 0, lang)), "Un argument.")
    if kind != "debate":
        source = ("cards", index, "sources", 0)
        for key, value in (("title", "Un rapport"), ("publisher", "Un éditeur"), ("year", 2024),
                           ("url", "https://example.org/rapport")):
            draft.set_value((rel, (*source, key)), value)
    if kind == "event":
        draft.set_value((rel, ("cards", index, "year")), 2024)
    assert draft.runnable, draft.problems
    assert draft.value((rel, ("cards", index, "kind"))) == kind


def test_a_card_is_added_after_another(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    new_id = draft.add_card("fact", "bias", after="bias-gender-shades")
    assert draft.where_of_card(new_id) == ("cards/bias.yaml", ("cards", 1))
    assert "theme:" not in "\n".join(card_lines(draft.texts["cards/bias.yaml"], 1))  # the file's theme


def test_a_new_theme_gets_its_card_file_and_cards(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    before = draft.texts["cards/deck.yaml"]
    draft.add_theme("school", "L’IA à l’école", "AI at school", "#22577A")
    removed, added = changed_lines(before, draft.texts["cards/deck.yaml"])
    assert removed == []
    assert added == ["  - id: school", '    name: {fr: "L’IA à l’école", en: "AI at school"}', '    colour: "#22577A"']
    assert draft.texts["cards/school.yaml"] == "theme: school\ncards: []\n"
    new_id = draft.add_card("debate", "school")
    assert draft.where_of_card(new_id) == ("cards/school.yaml", ("cards", 0))
    assert draft.texts["cards/school.yaml"].startswith("theme: school\ncards:\n  - id: school-debate\n")
    with pytest.raises(CardError):
        draft.add_theme("school", "x", "x", "#000000")
    with pytest.raises(CardError):
        draft.add_theme("é cole", "x", "x", "#000000")
    with pytest.raises(CardError):
        draft.add_card("fact", "nowhere")
    draft.save()
    assert (deck_dir / "cards" / "school.yaml").is_file()


def test_a_deck_made_from_the_bundled_one_is_a_copy_under_its_own_id(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "new", template=bundled_deck_path())
    assert draft.runnable and not draft.dirty
    bundled = load_deck(bundled_deck_path())
    assert draft.deck.cards == bundled.cards and draft.deck.themes == bundled.themes
    assert (draft.deck.id, bundled.id) == ("new", "bataille-ia")  # test_new_deck_id.py
    with pytest.raises(CardError):
        Draft.create(tmp_path / "new", template=None)


def test_a_minimal_deck_says_what_is_missing(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "Mon jeu", template=None)
    assert sorted(draft.texts) == ["cards/deck.yaml", "cards/theme-1.yaml", "scenarios/agenda.yaml"]
    assert not draft.runnable
    draft.lang = "en"
    messages = " ".join(p.message for p in draft.problems)
    assert "is empty: write the deck’s title" in messages and "“cards”" in messages
    assert draft.value(("cards/deck.yaml", ("id",))) == "mon-jeu"


def test_scenario_decisions_options_effects_and_the_agenda(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    rel = "scenarios/frugal.yaml"
    before = draft.texts[rel]
    texts = {"fr": "Un texte.", "en": "A text."}
    option = {"id": "a", "label": texts, "consequence": texts, "effects": {"trust": 1}}
    decision = {"id": "schools", "title": texts, "situation": texts, "options": [option, dict(option, id="b")]}
    decisions = ("scenario", "decisions")
    count = len(draft.value((rel, decisions)))
    draft.insert_item((rel, decisions), count, decision)
    removed, added = changed_lines(before, draft.texts[rel])
    assert removed == [] and added[0] == "" and added[1] == "    - id: schools"
    assert "          effects: {trust: 1}" in added and "      title:" in added, added  # as their neighbours
    assert draft.runnable, draft.problems
    effects = (rel, (*decisions, 0, "options", 0, "effects"))
    line = next(x for x in before.splitlines() if "effects: {environment: 2, trust: 1, equity: -1, creativity: -1}" in x)
    draft.set_value((effects[0], (*effects[1], "autonomy")), -2)
    draft.set_value((effects[0], (*effects[1], "trust")), None)
    removed, added = changed_lines(before, draft.texts[rel])
    assert line in removed and line.replace("trust: 1, ", "").replace("-1}", "-1, autonomy: -2}") in added
    draft.remove_item((rel, (*decisions, count, "options")), 1)
    assert len(draft.value((rel, (*decisions, count, "options")))) == 1
    assert any("2" in p.message for p in draft.problems)  # a decision needs two or three options
    agenda = "scenarios/agenda.yaml"
    phases = [p["id"] for p in draft.value((agenda, ("agenda", "phases")))]
    draft.move_item((agenda, ("agenda", "phases")), 0, 2)
    assert [p["id"] for p in draft.value((agenda, ("agenda", "phases")))] == [*phases[1:3], phases[0], *phases[3:]]
    draft.insert_item((agenda, ("agenda", "phases")), 1, {"id": "break", "kind": "debrief", "minutes": 5,
                                                          "title": {"fr": "Pause", "en": "Break"}})
    assert draft.value((agenda, ("agenda", "phases", 1, "minutes"))) == 5
