"""A field left empty says what to write there, with an example in the field's own language, in
French and English; a new empty deck starts with the problems only its teacher can settle."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck
from bataille.deck.draft import Draft

from .conftest import CARDS_YAML, write_deck

NBSP = "\u00a0"


def test_a_new_empty_deck_starts_with_what_only_its_teacher_can_write(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "charte", template=None)
    problems = draft.problems
    assert [(p.file, p.problem.wording.key) for p in problems] == [
        ("cards/deck.yaml", "text.blank"), ("cards/deck.yaml", "text.blank"),  # the deck's title
        ("cards/deck.yaml", "text.blank"), ("cards/deck.yaml", "text.blank"),  # its theme's name
        ("cards/theme-1.yaml", "cards.empty_list"),  # its cards
    ]
    phases = draft.value(("scenarios/agenda.yaml", ("agenda", "phases")))
    assert [phase["title"]["fr"] for phase in phases] == ["Accueil et règles du jeu", "Débats", "Bilan"]
    assert [phase["title"]["en"] for phase in phases] == ["Welcome and rules", "Debates", "Debrief"]
    said = {lang: [p.problem.message_in(lang) for p in problems] for lang in ("fr", "en")}
    assert said["en"][:2] == [
        "“title” in French is empty: write the deck’s title, for example “Notre charte de l’IA”",
        "“title” in English is empty: write the deck’s title, for example “Our AI charter”",
    ]
    assert said["fr"][2] == (f"«{NBSP}name{NBSP}» en français est vide{NBSP}: écrivez-y le nom du thème, imprimé "
                             f"sur ses cartes, par exemple «{NBSP}Vie du lycée{NBSP}»")
    assert not any("non-empty" in line or "non vide" in line for line in said["en"] + said["fr"])


def test_a_new_cards_empty_fields_say_what_to_write(tmp_path: Path) -> None:
    draft = Draft.create(tmp_path / "charte", template=None)
    card = draft.skeleton("debate", "theme-1-debate", "theme-1", False)
    draft.add_card_data(card, "cards/theme-1.yaml", 0, "theme-1")
    draft.add_card_data(draft.skeleton("fact", "theme-1-fact", "theme-1", False), "cards/theme-1.yaml", 1, "theme-1")
    said = [p.problem.message_in("en") for p in draft.problems if p.file == "cards/theme-1.yaml"]
    for words in ("write the claim the room will debate, for example “Homework done with an AI should be banned.”",
                  "write an argument against the claim, for example “L’IA peut expliquer ce qu’on n’a pas compris.”",
                  "“figure” in English is empty: write the key figure, for example “34.7% vs 0.8%”",
                  "“url” is empty: write the source’s address, copied from the browser, for example "
                  "“https://proceedings.mlr.press/v81/buolamwini18a.html”"):
        assert any(words in line for line in said), (words, said)


def test_a_text_written_wrong_rather_than_left_empty_keeps_its_words(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": CARDS_YAML.replace(
        "title: {fr: L'eau, en: Water}", "title: {fr: [L'eau, des centres], en: Water}", 1)})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    lines = caught.value.lines("en")
    assert any("“title” in French must be a non-empty text, got a list" in line for line in lines), lines
