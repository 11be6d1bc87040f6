"""The guide's « Avant l'atelier » / "Before the workshop" read back from real PDFs, on A4 and Letter.

The section was kept whole on one page: on A4 it filled the page to its bottom margin, and on Letter,
too long for a page, it was cut in the middle of its last point, two lines alone at the top of an
otherwise blank page. It now flows on: its heading with its table, each point whole on a page, the
two points on the cards (the timeline's, the facts') together, and the rules of each phase after it.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.export.guide import word
from bataille.export.guide_before import BEFORE, _say
from bataille.export.kit_words import kit_word
from bataille.workshop.state import Rules

from .test_fonts_embedded import assert_all_embedded

POINTS = (("print",), ("screens",), ("phones",), ("timeline", "facts"))  # each group on one page


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2019", "'").split())


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    return [_plain(page) for page in text.split("\f")[:-1]]


def _point(key: str, lang: str) -> tuple[str, str]:
    """A point's lead words (up to its colon) and its last five words, as the page shows them."""
    said = _plain(_say(key, lang, name=kit_word("take_home", lang), per_team=Rules().timeline_cards_per_team))
    return said.partition(":")[0] + ":", " ".join(said.split()[-5:])


def _page_of(pages: list[str], text: str, start: int) -> int:
    found = [n for n in range(start, len(pages)) if text in pages[n]]
    assert found, text
    return found[0]


@pytest.fixture(scope="module")
def guides(tmp_path_factory):
    folder = tmp_path_factory.mktemp("guides")
    out = {}
    for lang in ("fr", "en"):
        for paper in ("a4", "letter"):
            pdf = folder / f"{lang}-{paper}.pdf"
            assert main(["guide", "-o", str(pdf), "--lang", lang, "--paper", paper]) == 0
            out[lang, paper] = pdf
    return out


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_point_is_whole_on_a_page_and_the_cards_points_together(guides, lang, paper):
    pages = _pages(guides[lang, paper])
    title = _plain(BEFORE.text("title", lang))
    first = next(n for n, page in enumerate(pages) if page.startswith(title))
    assert _plain(BEFORE.text("total", lang)) in pages[first]  # the heading with its table, to its last row
    where = {}
    for group in POINTS:
        for key in group:
            lead, tail = _point(key, lang)
            where[key] = _page_of(pages, lead, first)
            assert _page_of(pages, tail, where[key]) == where[key], (key, "cut across two pages")
        assert len({where[key] for key in group}) == 1, (group, where)
    last = max(where.values())
    assert last <= first + 1  # the section takes two pages at most
    if last > first:  # what goes on to the next page starts it, and is more than a tail
        assert any(pages[last].lstrip("• ").startswith(_point(key, lang)[0]) for key in where), pages[last][:80]
        assert sum(1 for key in where if where[key] == last) >= 2
    rules = _page_of(pages, _plain(word("rules", lang)), first)
    assert rules > last


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_guide_embeds_its_fonts(guides, tmp_path, lang):
    assert_all_embedded(guides[lang, "letter"].read_bytes(), tmp_path)


def _words(pdf: Path, page: int) -> list[tuple[float, float, str]]:
    """The page's words (from 0): top, bottom (pt from the page's top), text."""
    html = subprocess.run(["pdftotext", "-f", str(page + 1), "-l", str(page + 1), "-bbox", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    return [(float(top), float(bottom), text) for top, bottom, text in re.findall(
        r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)]


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_points_stand_apart_from_the_table(guides, lang, paper):
    """The first point began right under the table's last line, 2 mm below its words."""
    pdf = guides[lang, paper]
    pages = _pages(pdf)
    first = next(n for n, page in enumerate(pages) if page.startswith(_plain(BEFORE.text("title", lang))))
    words = _words(pdf, first)
    lead = _point("print", lang)[0].split()[0]
    top = min(t for t, _b, text in words if _plain(text) == lead)
    above = max(b for _t, b, _text in words if b < top)
    assert (top - above) / (72 / 25.4) >= 4.0, f"{(top - above) / (72 / 25.4):.1f} mm"
