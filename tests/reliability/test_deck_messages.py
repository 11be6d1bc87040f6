"""Messages that do not mislead: the cause first and once, characters that look alike named, the right line.

Run on a private copy of the bundled deck (134 cards, 5 themes), where one broken theme used to
bring 20 lines with a wrong "did you mean" hint, and nine languages 1,127 lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck
from tests.deck.conftest import CARDS_YAML, DECK_YAML, copy_bundled_deck, write_deck

from .figures import count, note


def _lines(root: Path, lang: str = "en") -> list[str]:
    try:
        load_deck(root)
    except DeckError as exc:
        return exc.lines(lang)
    return []


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


THEME_BREAKS = {
    "a bad colour": ('colour: "#0B5CAD"', 'colour: "#0B5CAZ"'),
    "a bare # colour": ('colour: "#0B5CAD"', "colour: #0B5CAD"),
    "an accented id": ("- id: reliability", "- id: reliabilité"),
    "an id with a space": ("- id: reliability", '- id: "reliability "'),
    "a Cyrillic e in the id": ("- id: reliability", "- id: rеliability"),
    "no name": ("    name: {fr: Fiabilité de l’information, en: Reliability of information}\n", ""),
    "a duplicate id": ("- id: bias", "- id: reliability"),
}


@pytest.mark.parametrize("name", list(THEME_BREAKS))
def test_one_refused_theme_is_its_own_line_first_and_no_wrong_hint(name: str, tmp_path: Path) -> None:
    root = copy_bundled_deck(tmp_path / "deck")
    _edit(root / "cards" / "deck.yaml", *THEME_BREAKS[name])
    lines = _lines(root)
    assert lines and "cards/deck.yaml:" in lines[0], lines
    assert len(lines) <= 3, lines  # the theme, then at most one line per card file that uses it
    assert not any("did you mean “creativity”" in line for line in lines)
    note("messages", f"one refused theme ({name}) in the bundled deck: {len(lines)} line(s)")
    count("refused themes checked")


def test_nine_languages_are_a_few_lines_not_a_thousand(tmp_path: Path) -> None:
    root = copy_bundled_deck(tmp_path / "deck")
    _edit(root / "cards" / "deck.yaml", "languages: [fr, en]", "languages: [fr, en, de, es, it, pt, nl, pl, sv]")
    lines = _lines(root)
    assert len(lines) == 7, lines  # "at most 8", then one line per language no text is written in
    assert "none of the deck’s" in lines[1] and "take de out of “languages”" in lines[1]
    note("messages", f"nine languages in the bundled deck: {len(lines)} lines")


def test_texts_missing_a_language_are_named_then_counted(tmp_path: Path) -> None:
    root = copy_bundled_deck(tmp_path / "deck")
    bias = root / "cards" / "bias.yaml"
    text = bias.read_text(encoding="utf-8")
    cut = "\n".join(line for line in text.splitlines() if not line.startswith("      en: ")) + "\n"
    bias.write_text(cut, encoding="utf-8")
    lines = _lines(root)
    missing = text.count("\n      en: ")
    assert len(lines) == 6 and f"{missing - 5} more texts have no English text (en), from here on" in lines[5]
    one = copy_bundled_deck(tmp_path / "one")
    _edit(one / "cards" / "bias.yaml", '      en: "Face analysis: very unequal errors"\n', "")
    assert len(_lines(one)) == 1


HOMOGLYPHS = {
    "card id, Cyrillic e": ("cards/environment.yaml", "  - id: env-water\n", "  - id: env-wаter\n",
                            "its character “а” (U+0430 CYRILLIC SMALL LETTER A) at column 14", ":3:9:"),
    "card id in quotes": ("cards/environment.yaml", "  - id: env-water\n", '  - id: "env-wаter"\n',
                          "at column 15", ":3:9:"),
    "theme id, Greek omicron": ("cards/deck.yaml", "  - id: society", "  - id: sοciety",
                                "“ο” (U+03BF GREEK SMALL LETTER OMICRON) at column 10", ":10:9:"),
    "card id, non-breaking hyphen": ("cards/environment.yaml", "  - id: env-water\n", "  - id: env\u2011water\n",
                                     "(U+2011 NON-BREAKING HYPHEN) at column 12", ":3:9:"),
    "card id, zero-width space": ("cards/environment.yaml", "  - id: env-water\n", '  - id: "env\u200bwater"\n',
                                  "(U+200B ZERO WIDTH SPACE) at column 13", ":3:9:"),
}


@pytest.mark.parametrize("name", list(HOMOGLYPHS))
def test_a_character_that_looks_like_another_is_named_with_its_column(name: str, tmp_path: Path) -> None:
    file, old, new, words, where = HOMOGLYPHS[name]
    originals = {"cards/environment.yaml": CARDS_YAML, "cards/deck.yaml": DECK_YAML}
    root = write_deck(tmp_path / "deck", **{file: originals[file].replace(old, new, 1)})
    lines = _lines(root)
    assert lines and words in lines[0] and where in lines[0], lines
    assert "colonne" in _lines(root, "fr")[0]


def test_a_theme_named_with_a_look_alike_letter_says_which(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck", **{"cards/environment.yaml": CARDS_YAML.replace(
        "theme: environment", "theme: envirоnment", 1)})
    lines = _lines(root)
    assert len(lines) == 1 and "did you mean “environment”? (its character “о” is U+043E CYRILLIC SMALL LETTER O, " \
                               "character 6 of the word" in lines[0], lines


COLONS = {
    "a card's key": ("cards/environment.yaml", CARDS_YAML, "    kind: fact\n", "    kind fact\n", ":5:5:"),
    "a source's title": ("cards/environment.yaml", CARDS_YAML, "      - title: Making AI Less Thirsty",
                         "      - title Making AI Less Thirsty", ""),
    "deck.yaml's version": ("cards/deck.yaml", DECK_YAML, "version: 1.0.0\n", "version 1.0.0\n", ":2:1:"),
    "the last key of a file": ("cards/environment.yaml", CARDS_YAML, "        url: https://example.org/dartmouth\n",
                               "        url https://example.org/dartmouth\n", ":37:9:"),
}


@pytest.mark.parametrize("name", list(COLONS))
def test_a_missing_colon_is_said_on_its_own_line(name: str, tmp_path: Path) -> None:
    file, original, old, new, where = COLONS[name]
    assert old in original
    root = write_deck(tmp_path / "deck", **{file: original.replace(old, new, 1)})
    line_no = original[:original.index(old)].count("\n") + 1
    lines = _lines(root)
    assert len(lines) == 1, lines
    assert f"{file}:{line_no}:" in lines[0] or (where and where in lines[0]), (line_no, lines)
    count("missing colons placed")


def test_close_words_still_get_their_hint(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck", **{"cards/environment.yaml": CARDS_YAML.replace(
        "    title: {fr: Sobriété", "    titel: {fr: Sobriété").replace("kind: fact", "kind: fakt")})
    lines = _lines(root)
    assert any("did you mean “title”?" in line for line in lines)
    assert any("did you mean “fact”?" in line for line in lines)
