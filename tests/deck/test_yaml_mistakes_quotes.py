"""The deck's problems in English quote as the rest of the English interface does: “title”, “Water”,
with the typographic apostrophe (the debate’s title); straight quotation marks are left only inside
what a teacher is told to type (“colour: '#7B2D8E'”), as French keeps them inside « ».
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck
from bataille.deck.messages import CATALOGUE, Code, Message, Quoted

from .conftest import CARDS_YAML, write_deck

N = "\u00a0"
_TYPED = re.compile(r"“[^”]*”")  # what to type, quoted: its straight quotation marks are the file's own


def problems_of(tmp_path: Path, old: str, new: str) -> list[tuple[str, str]]:
    assert CARDS_YAML.count(old) == 1
    root = write_deck(tmp_path / "deck", **{"cards/environment.yaml": CARDS_YAML.replace(old, new)})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    return [(p.text("en").split("environment.yaml:", 1)[1], p.text("fr").split("environment.yaml:", 1)[1])
            for p in caught.value.problems]


def test_an_empty_english_title_is_quoted_with_curly_quotes(tmp_path: Path) -> None:
    [(english, french)] = problems_of(tmp_path, "title: {fr: Sobriété, en: Frugality}", "title: {fr: Sobriété, en: ''}")
    assert english == ("16:31: “title” in English is empty: write the debate’s title, in a few words, for example "
                       "“AI for homework”")
    assert french.startswith(f"16:31: «{N}title{N}» en anglais est vide")


def test_an_unknown_key_and_its_suggestion_are_quoted_with_curly_quotes(tmp_path: Path) -> None:
    english = [e for e, _ in problems_of(tmp_path, "    title: {fr: Sobriété, en: Frugality}",
                                         "    titel: {fr: Sobriété, en: Frugality}")]
    assert "16:5: unknown key “titel” in a debate card; did you mean “title”?" in english
    assert "14:5: a debate card needs “title”" in english


def test_a_wrong_value_is_quoted_with_curly_quotes(tmp_path: Path) -> None:
    [(english, _)] = problems_of(tmp_path, "    year: 1956", "    year: vers 1956")
    assert english == "27:11: “year” must be a whole number such as 1956, got “vers 1956”"


def test_a_long_value_is_cut_inside_its_quotes() -> None:
    text = Message("yaml.alias_unknown", alias=Quoted("x" * 80)).render("en")
    assert text.startswith("the alias “" + "x" * 59 + "…” (80 characters)")
    assert Quoted("").render("en") == "an empty text"
    assert Code('en: "Water"').render("en") == '“en: "Water"”'


def test_no_english_template_quotes_with_straight_quotation_marks() -> None:
    faults = []
    for key, texts in CATALOGUE.items():
        outside = _TYPED.sub("", texts["en"])
        if "'" in outside or '"' in outside:
            faults.append(f"{key}: {texts['en']}")
    assert faults == []
