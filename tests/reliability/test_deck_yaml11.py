"""YAML 1.1 never rewrites a deck's content in silence.

A plain scalar YAML 1.1 turns into a number or a yes/no (``1:30`` is 90, ``010`` is 8, ``1.10``
is 1.1, ``0777`` is 511, ``No`` is False) is read as the text that was written wherever the deck
wants a text; where it wants a whole number, anything but plain digits is refused with a line
that says what YAML made of it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck
from tests.deck.conftest import CARDS_YAML, DECK_YAML, SCENARIO_YAML, write_deck

from .figures import count

WATER_TITLE = "title: {fr: L'eau, en: Water}"
WATER_FIGURE = 'figure: {fr: "700 000 L", en: "700,000 L"}'

# name -> (file, text replaced, replacement, how to read the result from the deck, expected)
READ_AS_WRITTEN = {
    "figure 1:30 (sexagesimal 90)": ("cards/environment.yaml", WATER_FIGURE, "figure: {fr: 1:30, en: 1:30}",
                                     lambda d: d.card("env-water").figure.get("en"), "1:30"),
    "figure 010 (octal 8)": ("cards/environment.yaml", WATER_FIGURE, "figure: {fr: 010, en: 010}",
                             lambda d: d.card("env-water").figure.get("fr"), "010"),
    "figure 1_000 (underscores dropped)": ("cards/environment.yaml", WATER_FIGURE,
                                           "figure: {fr: 1_000, en: 1_000}",
                                           lambda d: d.card("env-water").figure.get("fr"), "1_000"),
    "figure 2.50 (trailing zero)": ("cards/environment.yaml", WATER_FIGURE, "figure: {fr: 2.50, en: 2.50}",
                                    lambda d: d.card("env-water").figure.get("en"), "2.50"),
    "figure 1e3 and .inf": ("cards/environment.yaml", WATER_FIGURE, "figure: {fr: 1e3, en: .inf}",
                            lambda d: d.card("env-water").figure.get("en"), ".inf"),
    "figure through an alias": ("cards/environment.yaml", WATER_FIGURE, "figure: {fr: &f 0x10, en: *f}",
                                lambda d: d.card("env-water").figure.get("en"), "0x10"),
    "version 1.10": ("cards/deck.yaml", "version: 1.0.0", "version: 1.10", lambda d: d.version, "1.10"),
    "version 2.0": ("cards/deck.yaml", "version: 1.0.0", "version: 2.0", lambda d: d.version, "2.0"),
    "deck id 0777": ("cards/deck.yaml", "id: mini", "id: 0777", lambda d: d.id, "0777"),
    "card id 0777": ("cards/environment.yaml", "id: env-water", "id: 0777",
                     lambda d: d.cards[0].id, "0777"),
    "card id 1e10": ("cards/environment.yaml", "id: env-water", "id: 1e10",
                     lambda d: d.cards[0].id, "1e10"),
    "title No": ("cards/environment.yaml", WATER_TITLE, "title: {fr: Non, en: No}",
                 lambda d: d.card("env-water").title.get("en"), "No"),
    "title yes / off": ("cards/environment.yaml", WATER_TITLE, "title: {fr: off, en: yes}",
                        lambda d: d.card("env-water").title.get("fr"), "off"),
    "title a date": ("cards/environment.yaml", WATER_TITLE, "title: {fr: 2023-04-06, en: 2023-04-06}",
                     lambda d: d.card("env-water").title.get("fr"), "2023-04-06"),
    "publisher a year": ("cards/environment.yaml", "publisher: Li et al.", "publisher: 2023",
                         lambda d: d.card("env-water").sources[0].publisher.get("en"), "2023"),
    "publisher in each language": ("cards/environment.yaml", "publisher: Li et al.", "publisher: {fr: 1:30, en: No}",
                                   lambda d: d.card("env-water").sources[0].publisher.get("en"), "No"),
    "source title 1:1": ("cards/environment.yaml", "title: Making AI Less Thirsty", "title: 1:1",
                         lambda d: d.card("env-water").sources[0].title, "1:1"),
    "scenario id 010": ("scenarios/frugal.yaml", "id: frugal", "id: 010", lambda d: d.scenarios[0].id, "010"),
    "year 1_956 (plain digits with _)": ("cards/environment.yaml", "year: 1956", "year: 1_956",
                                         lambda d: d.card("ev-1956").year, 1956),
    "effect -1 and +2": ("scenarios/frugal.yaml", "effects: {environment: 2, trust: -1}",
                         "effects: {environment: +2, trust: -1}",
                         lambda d: d.scenarios[0].decisions[0].options[0].effects, (("environment", 2), ("trust", -1))),
}

# name -> (file, text replaced, replacement, a fragment of the one line expected)
REFUSED = {
    "minutes 010": ("scenarios/agenda.yaml", "minutes: 10", "minutes: 010",
                    "“minutes” is written “010”, which YAML reads as the number 8"),
    "year 0x7A8": ("cards/environment.yaml", "year: 1956", "year: 0x7A8", "reads as the number 1960"),
    "year 32:36 (sexagesimal)": ("cards/environment.yaml", "year: 1956", "year: 32:36",
                                 "reads as the number 1956"),
    "month 08 (not octal: a text)": ("cards/environment.yaml", "month: 8", "month: 08",
                                     "“month” is written “08”; write it in plain digits, without a leading 0, like 8"),
    "effect 02": ("scenarios/frugal.yaml", "effects: {environment: 2, trust: -1}",
                  "effects: {environment: 02, trust: -1}", "“environment” is written “02”"),
    "start 0o17": ("scenarios/frugal.yaml", "    - id: trust\n", "    - id: trust\n      start: 0o17\n",
                   "“start” must be a whole number, got “0o17”"),
}


def _deck(root: Path, file: str, old: str, new: str) -> Path:
    originals = {"cards/deck.yaml": DECK_YAML, "cards/environment.yaml": CARDS_YAML,
                 "scenarios/frugal.yaml": SCENARIO_YAML}
    original = originals.get(file) or (write_deck(root) / file).read_text(encoding="utf-8")
    assert old in original, old
    return write_deck(root, **{file: original.replace(old, new, 1)})


@pytest.mark.parametrize("name", list(READ_AS_WRITTEN))
def test_a_text_is_read_as_written(name: str, tmp_path: Path) -> None:
    file, old, new, read, expected = READ_AS_WRITTEN[name]
    assert read(load_deck(_deck(tmp_path / "deck", file, old, new))) == expected
    count("YAML 1.1 scalars read as written")


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_number_yaml_would_change_is_refused(name: str, tmp_path: Path) -> None:
    file, old, new, words = REFUSED[name]
    with pytest.raises(DeckError) as caught:
        load_deck(_deck(tmp_path / "deck", file, old, new))
    lines = caught.value.lines("en")
    assert len(lines) == 1 and words in lines[0], lines
    assert "0o17" in name or ("plain digits" in lines[0] and "chiffres simples" in caught.value.lines("fr")[0])
    count("YAML 1.1 numbers refused")


def test_norwegian_is_a_language_not_false(tmp_path: Path) -> None:
    """`no` is YAML 1.1's False: as a language code and as a text's key it stays "no"."""
    root = write_deck(tmp_path / "deck")
    for path in [*root.glob("cards/*.yaml"), *root.glob("scenarios/*.yaml")]:
        text = path.read_text(encoding="utf-8").replace("en: ", "no: ").replace("[fr, en]", "[fr, no]")
        path.write_text(text, encoding="utf-8")
    deck = load_deck(root)
    assert deck.languages == ("fr", "no")
    assert deck.card("env-water").title.get("no") == "Water"


def test_a_theme_whose_id_yaml_reads_as_a_number_is_found_by_its_cards(tmp_path: Path) -> None:
    deck_yaml = DECK_YAML.replace("id: environment", "id: 2030").replace("id: society", "id: no")
    cards = CARDS_YAML.replace("theme: environment", "theme: 2030").replace("  - id: env-debate\n",
                                                                           "  - id: env-debate\n    theme: no\n")
    deck = load_deck(write_deck(tmp_path / "deck", **{"cards/deck.yaml": deck_yaml, "cards/environment.yaml": cards}))
    assert [t.id for t in deck.themes] == ["2030", "no"]
    assert deck.card("env-water").theme == "2030" and deck.card("env-debate").theme == "no"


def test_keys_yaml_would_turn_into_yes_no_are_named_as_written(tmp_path: Path) -> None:
    root = _deck(tmp_path / "deck", "cards/environment.yaml", "    contested: true\n",
                 "    contested: true\n    on: 1\n")
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    assert "unknown key “on” in a fact card" in caught.value.lines()[0]
