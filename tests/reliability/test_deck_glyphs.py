"""One glyph-coverage check, at `validate`: what it accepts, print and the guide can draw.

Emoji, right-to-left and CJK text, control characters, NUL written as an escape, invisible
marks: refused by ``load_deck`` with one line naming the field, the card and the character;
and whatever it accepts, print finds no missing glyph in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bataille.deck import DeckError, load_deck
from bataille.export.cards import check_fits
from bataille.export.guide import render_guide_pdf
from tests.deck.conftest import AGENDA_YAML, CARDS_YAML, DECK_YAML, SCENARIO_YAML, write_deck

from .figures import count

WATER_TITLE = "title: {fr: L'eau, en: Water}"

# name -> (file, original, replaced by, expected fragment, where "path:line:col")
CASES = {
    "emoji in a card title": ("cards/environment.yaml", CARDS_YAML, WATER_TITLE,
                              'title: {fr: "L\'eau 💧", en: Water}', "“title” (fr) of “env-water” holds “💧” (U+1F4A7",
                              "cards/environment.yaml:5:17"),
    "Hebrew title": ("cards/environment.yaml", CARDS_YAML, WATER_TITLE, "title: {fr: מים, en: Water}",
                     "U+05DE HEBREW LETTER MEM", "cards/environment.yaml:5:17"),
    "Arabic with an RTL mark": ("cards/environment.yaml", CARDS_YAML, WATER_TITLE,
                                'title: {fr: "\\u200fماء", en: Water}', "U+200F RIGHT-TO-LEFT MARK",
                                "cards/environment.yaml:5:17"),
    "Chinese theme name": ("cards/deck.yaml", DECK_YAML, "name: {fr: Société, en: Society}",
                           "name: {fr: 社会, en: Society}", "“name” (fr) of “society” holds “社”", "cards/deck.yaml:11:16"),
    "control character by escape": ("cards/environment.yaml", CARDS_YAML, WATER_TITLE,
                                    'title: {fr: "L\'eau\\x07", en: Water}', "U+0007 a control character", ""),
    "NUL by escape": ("cards/environment.yaml", CARDS_YAML, WATER_TITLE, 'title: {fr: "L\'e\\0au", en: Water}',
                      "U+0000 a control character", ""),
    "escape in a debate prompt": ("cards/environment.yaml", CARDS_YAML, "- {fr: Pour., en: For.}",
                                  '- {fr: "Pour\\x1b.", en: For.}', "“prompts_for” (fr) of “env-debate”", ""),
    "zero-width space in a figure": ("cards/environment.yaml", CARDS_YAML, 'figure: {fr: "700 000 L"',
                                     'figure: {fr: "700\\u200b000 L"', "U+200B ZERO WIDTH SPACE", ""),
    "emoji in a source publisher": ("cards/environment.yaml", CARDS_YAML, "publisher: Li et al.",
                                    "publisher: Li et al. 🤖", "“publisher” holds “🤖”", ""),
    "emoji in the deck title": ("cards/deck.yaml", DECK_YAML, "title: {fr: Mini, en: Mini}",
                                "title: {fr: Mini, en: Mini 🃏}", "“title” (en) of “mini” holds “🃏”", "cards/deck.yaml:4:23"),
    "CJK in a scenario option": ("scenarios/frugal.yaml", SCENARIO_YAML, "label: {fr: A, en: A}",
                                 "label: {fr: 甲, en: A}", "“label” (fr) of “a” holds “甲”", ""),
    "emoji in an agenda phase": ("scenarios/agenda.yaml", AGENDA_YAML, "title: {fr: Accueil, en: Welcome}",
                                 "title: {fr: Accueil 👋, en: Welcome}", "“title” (fr) of “welcome” holds “👋”", ""),
    "the version, printed on each card": ("cards/deck.yaml", DECK_YAML, "version: 1.0.0", "version: 1.0.0-β",
                                          "“version” of “mini” holds “β”", "cards/deck.yaml:2:10"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_character_the_font_lacks_is_one_validate_line(name: str, tmp_path: Path) -> None:
    file, original, old, new, words, where = CASES[name]
    assert old in original
    root = write_deck(tmp_path / "deck", **{file: original.replace(old, new, 1)})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    lines = caught.value.lines("en")
    assert len(lines) == 1 and words in lines[0], lines
    assert not where or f"{where}: " in lines[0]
    assert "que la police des cartes ne sait pas imprimer" in caught.value.lines("fr")[0]
    count("characters the font lacks refused at validate")


def test_french_typography_and_drawn_characters_are_accepted(tmp_path: Path) -> None:
    title = 'title: {fr: "L’eau\u202f: « 415 → 945 TWh », CO₂ – 34,7\u00a0% ≈ 1…", en: "Water\tand\r\nmore"}'
    root = write_deck(tmp_path / "deck", **{"cards/environment.yaml": CARDS_YAML.replace(WATER_TITLE, title)})
    deck = load_deck(root)
    assert not [p for p in check_fits(deck, "tarot", "fr") + check_fits(deck, "tarot", "en")
                if p.wording and p.wording.key == "glyph.missing"]


ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))


@settings(max_examples=120, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=st.text(ALPHABET, min_size=1, max_size=12))
def test_what_validate_accepts_print_and_the_guide_draw(text: str, tmp_path_factory) -> None:
    root = tmp_path_factory.mktemp("glyphs")
    quoted = text.replace("\\", "\\\\").replace('"', '\\"')
    quoted = "".join(f"\\u{ord(c):04x}" if ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029\ufeff"
                     else c for c in quoted)
    cards = CARDS_YAML.replace(WATER_TITLE, f'title: {{fr: "x{quoted}", en: Water}}')
    write_deck(root, **{"cards/environment.yaml": cards})
    try:
        deck = load_deck(root)
    except DeckError as exc:
        assert all(line.count("\n") == 0 for line in exc.lines("en"))
        count("random titles refused")
        return
    problems = [p for p in check_fits(deck, "tarot", "fr") if p.wording and p.wording.key == "glyph.missing"]
    assert problems == [], (text, problems)
    assert render_guide_pdf(deck, "fr").startswith(b"%PDF")
    count("random titles accepted and drawn")
