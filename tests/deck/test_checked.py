"""`checked: YYYY-MM` on a source: read, refused when malformed or still to come, printed and
listed by `bataille sources --older-than MONTHS`, and present on every source of the bundled deck.

The command is run as a teacher runs it, in a subprocess; the months written into the decks are
computed from today's, so the tests mean the same thing whatever month they run in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bataille.deck import DeckError, EventCard, FactCard, bundled_deck_path, load_deck

from .conftest import CARDS_YAML, write_deck

WATER_URL = "        url: https://arxiv.org/abs/2304.03271\n"
DARTMOUTH_URL = "        url: https://example.org/dartmouth\n"


def month(months_ago: int, today: date | None = None) -> str:
    """The YYYY-MM month ``months_ago`` months before today's (negative: still to come)."""
    today = today or date.today()
    index = today.year * 12 + today.month - 1 - months_ago
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def cards_with(water: str | None, dartmouth: str | None) -> str:
    text = CARDS_YAML
    if water is not None:
        text = text.replace(WATER_URL, WATER_URL + f"        checked: {water}\n")
    if dartmouth is not None:
        text = text.replace(DARTMOUTH_URL, DARTMOUTH_URL + f"        checked: {dartmouth}\n")
    return text


def bataille(*args: str | Path, lang: str = "en_GB.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "bataille", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


def test_a_checked_month_is_read(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with("2026-11", None)})
    deck = load_deck(root)
    water = deck.card("env-water")
    dartmouth = deck.card("ev-1956")
    assert isinstance(water, FactCard) and isinstance(dartmouth, EventCard)
    assert water.sources[0].checked == "2026-11"
    assert dartmouth.sources[0].checked == ""  # optional for a deck other than the bundled one
    assert water.sources[0].months_since_checked(date(2027, 2, 14)) == 3
    assert dartmouth.sources[0].months_since_checked(date(2027, 2, 14)) is None


@pytest.mark.parametrize(("written", "got"), [
    ("2026-13", "“2026-13”"),
    ("2026-1", "“2026-1”"),
    ("12/2026", "“12/2026”"),
    ("2026-12-01", "“2026-12-01”"),  # a date, not a month (YAML would make a date of it)
    ("2026", "“2026”"),
    ("", "nothing"),
])
def test_a_malformed_month_is_a_problem_at_its_place(tmp_path: Path, written: str, got: str) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with(written, None)})
    result = bataille("validate", "--lang", "en", root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    col = 18 if written else 17  # the value's column, or the end of the key when there is none
    expected = (f"cards/environment.yaml:14:{col}: “checked” must be a month written YYYY-MM, such as 2026-12 "
                f"(the month the source was opened), got {got}")
    assert any(line.endswith(expected) for line in result.stderr.splitlines()), result.stderr


def test_a_month_still_to_come_is_a_problem_in_french_and_english(tmp_path: Path) -> None:
    future, now = month(-1), month(0)
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with(None, future)})
    english = bataille("validate", "--lang", "en", root)
    assert english.returncode == 1
    assert (f"cards/environment.yaml:35:18: “checked” is a month still to come ({future}); write the month the "
            f"source was opened and the figure found there, {now} at the latest") in english.stderr
    french = bataille("validate", "--lang", "fr", root)
    assert french.returncode == 1
    assert (f"cards/environment.yaml:35:18: «\u00a0checked\u00a0» est un mois à venir ({future})\u202f; écrivez "
            f"le mois où la source a été ouverte et le chiffre trouvé, {now} au plus tard") in french.stderr
    this_month = write_deck(tmp_path / "ok", **{"cards/environment.yaml": cards_with(now, now)})
    assert bataille("validate", this_month).returncode == 0


def test_the_loader_refuses_it_too(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with("2026-00", None)})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    assert [p.line for p in caught.value.problems] == [14]


def test_older_than_lists_the_sources_to_check_again_with_their_cards(tmp_path: Path) -> None:
    old, recent = month(30), month(2)
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with(recent, old)})
    result = bataille("sources", root, "--older-than", "12", "--lang", "en")
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.startswith("# Sources to check again: Mini")
    assert "the oldest first: 1 of 2." in page
    assert "<https://example.org/dartmouth>" in page and f"Checked {old} (30 months ago)." in page
    assert "Cards: `ev-1956`" in page
    assert "arxiv.org" not in page  # checked two months ago: not due
    both = bataille("sources", root, "--older-than", "1", "--lang", "en").stdout
    assert both.index("example.org/dartmouth") < both.index("arxiv.org")  # the oldest first
    assert "Cards: `env-water`" in both


def test_older_than_lists_a_source_never_checked_first_and_says_when_none_is_due(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with(month(40), None)})
    page = bataille("sources", root, "--older-than", "24", "--lang", "fr").stdout
    assert page.index("Jamais vérifiée.") < page.index(f"Vérifiée en {month(40)} (il y a 40\u00a0mois).")
    fresh = write_deck(tmp_path / "fresh", **{"cards/environment.yaml": cards_with(month(0), month(0))})
    result = bataille("sources", fresh, "--older-than", "0", "--lang", "en")
    assert result.returncode == 0
    assert "None: every source was checked 0 months ago or less." in result.stdout


def test_older_than_wants_a_whole_number_of_months(tmp_path: Path) -> None:
    result = bataille("sources", "--older-than", "six")
    assert result.returncode == 2 and "a whole number of months" in result.stderr
    out = tmp_path / "recheck.md"
    written = bataille("sources", "--older-than", "6", "-o", out)  # in the command's language
    assert written.returncode == 0 and out.read_text(encoding="utf-8").startswith("# Sources to check again")
    written = bataille("sources", "--older-than", "6", "-o", out, lang="fr_FR.UTF-8")
    assert written.returncode == 0 and out.read_text(encoding="utf-8").startswith("# Sources à revérifier")


def test_the_sources_page_prints_the_month(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with("2025-04", None)})
    page = bataille("sources", root, "--lang", "en").stdout
    assert "<https://arxiv.org/abs/2304.03271> checked 2025-04." in page
    assert "<https://example.org/dartmouth>  " in page  # never checked: no month claimed



def test_every_source_of_the_bundled_deck_says_when_it_was_checked() -> None:
    deck = load_deck(bundled_deck_path())
    missing = [f"{card.id}: {source.url}" for card in deck.cards for source in getattr(card, "sources", ())
               if not source.checked]
    assert not missing, "sources without `checked: YYYY-MM`:\n" + "\n".join(missing)


def test_a_url_cited_twice_in_the_bundled_deck_has_one_checked_month() -> None:
    deck = load_deck(bundled_deck_path())
    seen: dict[str, tuple[str, str]] = {}
    bad = []
    for card in deck.cards:
        for source in getattr(card, "sources", ()):
            first = seen.setdefault(source.url, (source.checked, card.id))
            if first[0] != source.checked:
                bad.append(f"{source.url}: {first[1]} says {first[0]!r}, {card.id} says {source.checked!r}")
    assert not bad, "\n".join(bad)


def test_a_source_year_still_to_come_is_a_problem_in_french_and_english(tmp_path: Path) -> None:
    """A source « publiée » in 2031 was read without a word (only years past 2100 were refused)."""
    this_year = date.today().year
    lines = CARDS_YAML.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line == WATER_URL)
    year_line = next(i for i in range(at, 0, -1) if lines[i].strip().startswith("year:"))
    column = lines[year_line].index("year:") + len("year: ") + 1
    lines[year_line] = lines[year_line].split("year:")[0] + f"year: {this_year + 5}\n"
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": "".join(lines)})
    english = bataille("validate", "--lang", "en", root)
    assert english.returncode == 1
    assert (f"cards/environment.yaml:{year_line + 1}:{column}: “year” is a year still to come ({this_year + 5}): "
            f"write the year the source was published, {this_year} at the latest") in english.stderr, english.stderr
    french = bataille("validate", "--lang", "fr", root)
    assert (f"«\u00a0year\u00a0» est une année à venir ({this_year + 5})\u00a0: écrivez l’année où la source a été "
            f"publiée, {this_year} au plus tard") in french.stderr, french.stderr
    lines[year_line] = lines[year_line].split("year:")[0] + f"year: {this_year}\n"
    this = write_deck(tmp_path / "ok", **{"cards/environment.yaml": "".join(lines)})
    assert bataille("validate", this).returncode == 0
