"""A theme and its cards stay together in the draft: a theme's id renamed takes its cards (and its
file's name) along, a theme removed takes its cards with it; each is one step of undo, saved together.
Also the words of the two problems a teacher met on the way (an unknown theme, a decision's options)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import load_deck
from bataille.deck.draft import Draft
from bataille.deck.problems import DeckError

from .conftest import copy_bundled_deck

ID = ("cards/deck.yaml", ("themes", 2, "id"))  # bias, the bundled deck's third theme


@pytest.fixture
def deck_dir(tmp_path: Path) -> Path:
    return copy_bundled_deck(tmp_path / "deck")


def card_files(draft: Draft) -> list[str]:
    return sorted(rel for rel in draft.texts if rel.startswith("cards/") and rel != "cards/deck.yaml")


def by_theme(folder: Path) -> dict[str | None, list[str]]:
    cards: dict[str | None, list[str]] = {}
    for card in load_deck(folder).cards:
        cards.setdefault(card.theme, []).append(card.id)
    return cards


def test_renaming_a_theme_takes_its_cards_and_its_file_along_in_one_step(deck_dir: Path) -> None:
    before = by_theme(deck_dir)
    assert len(before["bias"]) > 10
    draft = Draft.open(deck_dir)
    texts = dict(draft.texts)
    draft.set_value(ID, "biais")
    assert draft.problems == ()
    assert "cards/bias.yaml" not in draft.texts and draft.texts["cards/biais.yaml"].count("\ntheme: biais\n") == 1
    assert draft.texts["cards/biais.yaml"].replace("theme: biais", "theme: bias") == texts["cards/bias.yaml"]
    timeline = draft.texts["cards/timeline.yaml"]
    assert "theme: bias\n" not in timeline and timeline.count("theme: biais\n") == texts["cards/timeline.yaml"].count(
        "theme: bias\n")

    assert draft.undo() and dict(draft.texts) == texts  # one step brings all of it back
    assert draft.redo()
    saved = draft.save()
    assert set(saved) == {"cards/deck.yaml", "cards/biais.yaml", "cards/bias.yaml", "cards/timeline.yaml"}
    assert not (deck_dir / "cards" / "bias.yaml").exists()
    after = by_theme(deck_dir)
    assert after["biais"] == before["bias"] and "bias" not in after


def test_typing_an_id_through_empty_and_taken_ids_loses_no_card(deck_dir: Path) -> None:
    """Emptied, paused on, passed through another theme's id, another field edited in between: the
    cards wait with the last id that was the theme's own, and follow the id the theme ends with."""
    before = by_theme(deck_dir)
    draft = Draft.open(deck_dir)
    now = [0.0]
    draft.clock = lambda: now[0]
    for typed in ("bia", "", "society", "societ", "soc"):
        now[0] += 5  # a pause: each key is a step of its own
        draft.set_value(ID, typed, typing=True)
        if typed == "":
            draft.set_value(("cards/deck.yaml", ("themes", 2, "name", "fr")), "Les biais", typing=True)
    for typed in ("socia", "social"):
        now[0] += 0.1  # typed in a row: one burst
        draft.set_value(ID, typed, typing=True)
    assert draft.problems == ()
    assert card_files(draft) == ["cards/creativity.yaml", "cards/environment.yaml", "cards/reliability.yaml",
                                 "cards/social.yaml", "cards/society.yaml", "cards/timeline.yaml"]
    draft.save()
    after = by_theme(deck_dir)
    assert after["social"] == before["bias"] and after["society"] == before["society"]


def test_while_the_id_is_another_themes_the_cards_stay_with_their_own(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    society = draft.texts["cards/society.yaml"]
    draft.set_value(ID, "society")
    assert draft.texts["cards/bias.yaml"].count("theme: bias") == 1  # not merged into society's cards
    assert draft.texts["cards/society.yaml"] == society
    draft.set_value(ID, "society-2")  # its own again: its cards follow, society's stay
    assert "cards/bias.yaml" not in draft.texts and "theme: society-2" in draft.texts["cards/society-2.yaml"]
    assert draft.texts["cards/society.yaml"] == society and draft.problems == ()


def test_the_file_keeps_its_name_when_the_new_one_is_taken_or_differs_only_in_capitals(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    draft.set_text("cards/biais.yaml", "cards: []\n")  # a file of that name, of no theme
    draft.set_value(ID, "biais")
    assert "theme: biais" in draft.texts["cards/bias.yaml"] and draft.texts["cards/biais.yaml"] == "cards: []\n"
    draft.set_value(ID, "Bias")
    assert "theme: Bias" in draft.texts["cards/bias.yaml"] and "cards/Bias.yaml" not in draft.texts
    assert [p.file for p in draft.problems] == ["cards/biais.yaml"]  # empty, not of the theme


def test_removing_a_theme_removes_its_cards_keeps_its_events_and_takes_its_file(deck_dir: Path) -> None:
    before = by_theme(deck_dir)
    draft = Draft.open(deck_dir)
    texts = dict(draft.texts)
    events = texts["cards/timeline.yaml"].count("theme: bias\n")
    facts_and_debates = len(before["bias"]) - events
    assert draft.cards_of_theme(2) == (facts_and_debates, events)
    assert draft.remove_theme(2) == (facts_and_debates, events)
    assert draft.problems == ()
    assert "cards/bias.yaml" not in draft.texts and "theme: bias" not in draft.texts["cards/timeline.yaml"]
    assert draft.undo() and dict(draft.texts) == texts and not draft.can_undo
    assert draft.redo()
    draft.save()
    assert not (deck_dir / "cards" / "bias.yaml").exists()
    after = by_theme(deck_dir)
    assert "bias" not in after and len(after[None]) == len(before[None]) + events
    assert sum(map(len, after.values())) == sum(map(len, before.values())) - facts_and_debates


def test_a_theme_without_cards_goes_with_its_empty_file(deck_dir: Path) -> None:
    draft = Draft.open(deck_dir)
    draft.add_theme("ethics", "Éthique", "Ethics", "#0B5CAD")
    draft.save()
    assert (deck_dir / "cards" / "ethics.yaml").exists()
    assert draft.cards_of_theme(5) == (0, 0)
    draft.remove_theme(5)
    assert set(draft.save()) == {"cards/deck.yaml", "cards/ethics.yaml"}
    assert not (deck_dir / "cards" / "ethics.yaml").exists()
    load_deck(deck_dir)


def test_an_unknown_theme_is_one_problem_in_plain_words_naming_the_decks_themes(deck_dir: Path) -> None:
    path = deck_dir / "cards" / "bias.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("theme: bias", "theme: biais"), encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(deck_dir)
    english, french = caught.value.lines("en"), caught.value.lines("fr")
    assert len(english) == len(french) == 1, english
    for line in english + french:
        assert all(theme in line for theme in ("reliability", "environment", "bias", "creativity", "society"))
    assert "said once for all the cards of this file that name it" in english[0]
    assert "signalé une seule fois pour toutes les cartes de ce fichier qui le citent" in french[0]
    assert "not listed" not in english[0] and "pas listées" not in french[0]


@pytest.mark.parametrize(("keep", "english", "french"), [
    (1, 'only one option: add another with “+ Option” (it needs 2 or 3)',
     "n’a qu’une option\u00a0: ajoutez-en une autre avec «\u00a0+ Option\u00a0» (il en faut 2 ou 3)"),
    (0, 'no option: add 2 or 3 with “+ Option”', "n’a aucune option\u00a0: ajoutez-en 2 ou 3 avec «\u00a0+ Option\u00a0»"),
])
def test_a_decision_short_of_options_says_what_to_click(deck_dir: Path, keep: int, english: str,
                                                         french: str) -> None:
    draft = Draft.open(deck_dir)
    options = ("scenarios/frugal.yaml", ("scenario", "decisions", 0, "options"))
    count = len(draft.value(options))
    with draft.one_step():
        for index in reversed(range(keep, count)):
            if index:
                draft.remove_item(options, index)
        if keep == 0:
            draft.set_value(options, [])
    problems = [p for p in draft.problems if p.file == "scenarios/frugal.yaml"]
    assert len(problems) == 1, problems
    assert english in problems[0].message_in("en") and french in problems[0].message_in("fr")
    assert "got" not in problems[0].message_in("en")
