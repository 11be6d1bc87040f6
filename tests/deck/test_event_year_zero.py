"""An event dated « year: 0 » was read without a word and printed « 0 » on its back: there is no
year 0 (1 BC is followed by AD 1), so the deck says so at the year, in French and in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import DeckError, load_deck

from .conftest import CARDS_YAML, write_deck


def test_year_zero_is_a_problem_at_the_year(tmp_path: Path) -> None:
    lines = CARDS_YAML.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line == "    year: 1956\n")
    lines[at] = "    year: 0\n"
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": "".join(lines)})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    [problem] = caught.value.problems
    assert (Path(problem.path), problem.line, problem.col) == (root / "cards" / "environment.yaml", at + 1, 11)
    assert problem.text("en").endswith("“year” is 0, a year that does not exist: 1 BC is written -1, AD 1 is written 1")
    assert "«\u00a0year\u00a0» vaut 0, une année qui n’existe pas\u00a0: l’an 1 av.\u00a0J.-C. s’écrit -1" in problem.text("fr")


@pytest.mark.parametrize("year", ["-1", "1"])
def test_the_years_beside_it_are_read(tmp_path: Path, year: str) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": CARDS_YAML.replace("    year: 1956\n",
                                                                                      f"    year: {year}\n")})
    assert load_deck(root).card("ev-1956").year == int(year)
