"""A text that does not fit is reported at its own place in the deck file (the language's key of
the field), not at the card's first line; a field written once for all languages is said once."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.cards import check_fits
from bataille.export.fit_where import field_where, forget_files

WHERE = re.compile(r"^(.*):(\d+):(\d+): $")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_problem_of_the_bundled_deck_on_mini_cards_points_at_its_field(lang):
    deck = load_deck(bundled_deck_path())
    problems = check_fits(deck, "mini", lang)
    assert len(problems) > 50  # mini cards are too small for many of the bundled texts
    pointed = 0
    for problem in problems:
        path, line, col = WHERE.match(problem.where).groups()
        row = Path(path).read_text(encoding="utf-8").split("\n")[int(line) - 1]
        written = row[int(col) - 1:]
        card = deck.card(problem.card_id)
        if problem.field in ("text", "title", "context", "figure"):
            assert written.startswith(f"{lang}:"), (problem.card_id, problem.field, row)
            assert int(line) > card.source_line
            pointed += 1
        elif problem.field == "sources":
            assert written.startswith("sources:"), (problem.card_id, row)
    assert pointed > 20


def test_a_text_written_on_one_line_is_pointed_at_its_language(tmp_path):
    cards = tmp_path / "cards.yaml"
    cards.write_text("cards:\n"
                     "  - id: a\n"
                     "    title: {fr: \"Un\", en: \"One\"}\n"
                     "    text:\n"
                     "      # a note\n"
                     "      en: \"…\"\n"
                     "      fr: \"…\"\n"
                     "    sources:\n"
                     "      - title: {fr: \"S\", en: \"S\"}\n"
                     "  - id: b\n"
                     "    text: {en: \"…\"}\n", encoding="utf-8")
    forget_files()
    assert field_where(str(cards), 2, 5, "title", "en") == (3, 23)
    assert field_where(str(cards), 2, 5, "text", "fr") == (7, 7)
    assert field_where(str(cards), 2, 5, "sources", "fr") == (8, 5)  # its own key: not a source's title
    assert field_where(str(cards), 2, 5, "id", "fr") == (2, 5)
    assert field_where(str(cards), 2, 5, "context", "fr") == (2, 5)  # not in the card: the card's place
    assert field_where(str(cards), 10, 5, "text", "fr") == (11, 5)  # no French there: the field's key
    assert field_where(str(tmp_path / "gone.yaml"), 10, 5, "text", "fr") == (10, 5)


def test_validate_says_an_id_too_long_once_not_once_per_language(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bataille", "validate", "--size", "mini", "--lang", "en",
                             str(bundled_deck_path())], capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() + result.stderr.splitlines() if "'id'" in line]
    assert lines and len(lines) == len({line.split(": ", 1)[0] for line in lines}), lines
