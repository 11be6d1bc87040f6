"""Deck problems that help a teacher: an optional icon, no cascade from one broken theme, examples."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck
from bataille.export.cards_sheets import PrintOptions, render_sheets_pdf

from .conftest import copy_bundled_deck


def without_icons(root: Path) -> Path:
    deck_yaml = root / "cards" / "deck.yaml"
    text = deck_yaml.read_text(encoding="utf-8")
    stripped = re.sub(r"^\s*icon:.*\n", "", text, flags=re.MULTILINE)
    assert stripped.count("\n") < text.count("\n")  # the icon lines were there
    deck_yaml.write_text(stripped, encoding="utf-8")
    return root


def test_a_deck_whose_themes_have_no_icon_loads_and_prints_a_neutral_mark(tmp_path):
    deck = load_deck(without_icons(copy_bundled_deck(tmp_path / "deck")))
    assert deck.themes and all(theme.icon == "" for theme in deck.themes)
    assert all(deck.icon_path(theme).name == "neutral.svg" and deck.icon_path(theme).is_file()
               for theme in deck.themes)
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(render_sheets_pdf(deck, PrintOptions(themes=(deck.themes[0].id,), kinds=("debate",))))
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "40", "-png", str(pdf), str(tmp_path / "page")],
                   check=True)
    assert list(tmp_path.glob("page*.png"))


def test_a_broken_theme_is_one_problem_not_one_per_card(tmp_path):
    root = copy_bundled_deck(tmp_path / "deck")
    deck_yaml = root / "cards" / "deck.yaml"
    text = deck_yaml.read_text(encoding="utf-8")
    broken = re.sub(r"^(\s*)colour:.*\n", "", text, count=1, flags=re.MULTILINE)  # the first theme's colour
    deck_yaml.write_text(broken, encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    lines = caught.value.lines("en")
    assert len(lines) == 1, lines
    assert "deck.yaml" in lines[0] and "“colour”" in lines[0]


def test_an_unknown_theme_is_said_once_per_file_and_names_the_themes_that_exist(tmp_path):
    root = copy_bundled_deck(tmp_path / "deck")
    cards = next(p for p in sorted((root / "cards").glob("*.yaml")) if p.name != "deck.yaml"
                 and p.read_text(encoding="utf-8").count("theme:") == 1)
    text = cards.read_text(encoding="utf-8")
    theme_id = re.search(r"^theme:\s*(\S+)", text, flags=re.MULTILINE).group(1)
    cards.write_text(text.replace(f"theme: {theme_id}", "theme: nowhere", 1), encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    lines = caught.value.lines("en")
    assert len(lines) == 1, lines
    assert "unknown theme “nowhere”" in lines[0] and theme_id in lines[0]


def test_a_deck_without_themes_is_one_problem_that_says_what_to_write(tmp_path):
    root = copy_bundled_deck(tmp_path / "deck")
    deck_yaml = root / "cards" / "deck.yaml"
    head, _, _ = deck_yaml.read_text(encoding="utf-8").partition("themes:")
    deck_yaml.write_text(head, encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    english, french = caught.value.lines("en"), caught.value.lines("fr")
    assert len(english) == 1, english  # not one "unknown theme" per card file as well
    assert "deck.yaml" in english[0] and "for example: “- {id: bias, name: {fr: Biais, en: Bias}" in english[0]
    assert "par exemple" in french[0] and "facultative" in french[0]


def test_two_agenda_files_are_one_problem_naming_both(tmp_path):
    """agenda.yaml and agenda.yml side by side: which one would the workshop follow? The deck says so
    rather than silently take one (the editor, the browser and validate read the same deck)."""
    root = copy_bundled_deck(tmp_path / "deck")
    (root / "scenarios" / "agenda.yml").write_text(
        (root / "scenarios" / "agenda.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(DeckError) as raised:
        load_deck(root)
    problems = raised.value.problems
    assert [(Path(p.path).as_posix()[-20:], p.line, p.col) for p in problems] == [("scenarios/agenda.yml", 1, 1)]
    assert problems[0].text("fr").endswith("le jeu a deux programmes, scenarios/agenda.yaml et scenarios/agenda.yml\u00a0: "
                                               "un atelier n’en suit qu’un\u202f; gardez-en un seul")
    assert "keep one of them" in problems[0].message
    (root / "scenarios" / "agenda.yaml").unlink()
    assert load_deck(root).agenda is not None  # the one left is read


def _problems(root: Path, lang: str = "en") -> list[str]:
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    return caught.value.lines(lang)


def _file_theme(root: Path, replacement: str) -> None:
    """Replace the top-level ``theme: bias`` line of the bias cards (16 cards take that theme)."""
    cards = root / "cards" / "bias.yaml"
    text = cards.read_text(encoding="utf-8")
    assert re.search(r"^theme: bias$", text, flags=re.MULTILINE)
    cards.write_text(re.sub(r"^theme: bias$", replacement, text, count=1, flags=re.MULTILINE), encoding="utf-8")


@pytest.mark.parametrize("line, said", [
    ("themme: bias", "unknown key “themme” in a card file; did you mean “theme”?"),
    ("theme: [bias]", "“theme” must be a theme id, got a list"),
    ("theme: {id: bias}", "“theme” must be a theme id, got a mapping"),
], ids=["a typo of the key", "a list", "a mapping"])
def test_a_broken_file_theme_is_one_problem_not_one_per_card_that_takes_it(tmp_path, line, said):
    """The file's theme is the cause: its cards are not each told they need a theme (a list or a
    mapping there used to stop the reader with a TypeError, unhashable)."""
    root = copy_bundled_deck(tmp_path / "deck")
    _file_theme(root, line)
    lines = _problems(root)
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"{root / 'cards' / 'bias.yaml'}:4:") and said in lines[0], lines


def test_a_card_theme_that_is_a_list_is_one_problem(tmp_path):
    root = copy_bundled_deck(tmp_path / "deck")
    cards = root / "cards" / "bias.yaml"
    text = cards.read_text(encoding="utf-8")
    cards.write_text(text.replace("  - id:", "  - theme: [bias]\n    id:", 1), encoding="utf-8")
    assert _problems(root) == [f"{cards}:6:12: “theme” must be a theme id, got a list"]


@pytest.mark.parametrize("line", ["", "theme:"], ids=["no theme line", "an empty theme"])
def test_cards_without_a_theme_are_one_problem_that_says_what_to_write(tmp_path, line):
    root = copy_bundled_deck(tmp_path / "deck")
    _file_theme(root, line)
    lines = _problems(root)
    assert len(lines) == 1, lines
    assert lines[0].endswith("a fact card needs a “theme” (on the card, or at the top of the file), as do 15 more "
                             "cards of this file: write it once at the top of the file for all of them, for "
                             "example “theme: bias” (the deck’s themes: reliability, environment, bias, "
                             "creativity, society)"), lines
    french = _problems(root, "fr")[0]
    assert "comme dans 15 autres cartes de ce fichier" in french and "«\u00a0theme: bias\u00a0»" in french, french


def test_a_language_without_its_colon_is_one_problem_that_says_what_to_write(tmp_path):
    """« fr "Visages : …" » (the colon after fr forgotten): YAML reads « fr "Visages » as the key. That
    is one problem, which says the colon is missing, not "a text in « fr "Visages\\xa0 »" followed
    by "no French text"; and a no-break space in a quoted key reads as a space, never as "\\xa0"."""
    root = copy_bundled_deck(tmp_path / "deck")
    cards = root / "cards" / "bias.yaml"
    text = cards.read_text(encoding="utf-8")
    title = re.search(r'^(\s+)fr: ("[^"\n]*\u00a0:[^"\n]*")$', text, flags=re.MULTILINE)
    assert title is not None  # a French text with « : » in it
    cards.write_text(text.replace(title[0], f"{title[1]}fr {title[2]}", 1), encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    at = title.start(2) - len("fr: ")  # where « fr » is written
    where = f"{cards}:{text[:at].count(chr(10)) + 1}:{at - text.rfind(chr(10), 0, at)}"
    assert caught.value.lines("fr") == [f"{where}: «\u00a0title\u00a0»\u00a0: il manque le deux-points après "
                                        "«\u00a0fr\u00a0»\u202f; écrivez «\u00a0fr: \"…\"\u00a0»"]
    assert caught.value.lines("en") == [f"{where}: “title”: the colon after “fr” is missing; write “fr: \"…\"”"]
    cards.write_text(text.replace(title[0], f"{title[1]}de{title[2][1:5]}\u00a0: x", 1), encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    assert not any("\\xa0" in line for lang in ("fr", "en") for line in caught.value.lines(lang))
