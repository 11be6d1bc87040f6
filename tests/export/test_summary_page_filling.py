"""The PDF summary fills its pages: with 8 teams, the scores chart went to page 2 and left half of
page 1 empty (it was 9 points too high for the room left); with 5, « Cartes posées » and its table
went overleaf whole and left half of page 2 empty; the final indicators' table and chart, kept
together, left half a page empty too. Example workshops of 2, 5 and 8 teams, in French and in
English, read back page by page with pdftotext."""

from __future__ import annotations

import re
import subprocess

import pytest
from reportlab.lib.pagesizes import A4

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_pdf_style import MARGIN
from bataille.export.summary_words import word
from bataille.workshop.example import ExampleOptions, play_example

from .test_summary_headings_pages import page_ends

FRAME = 6  # the frame's own padding inside the margins, in points
HOLE = 1 / 3  # the most of a page's text area left empty at its foot, but on the last page


@pytest.fixture(scope="module")
def summaries(tmp_path_factory) -> dict[tuple, tuple]:
    """{(lang, teams): (session, path of its summary PDF)} for 2, 5 and 8 teams in both languages,
    and {(lang, 8, "letter"): …} for 8 teams on Letter paper, shorter."""
    deck = load_deck(bundled_deck_path())
    folder = tmp_path_factory.mktemp("filling")
    out = {}
    for lang in ("fr", "en"):
        for teams in (2, 5, 8):
            session = play_example(deck, seed=0, lang=lang, options=ExampleOptions(teams=teams))
            path = folder / f"{lang}-{teams}.pdf"
            export_summary(session, deck, path)
            out[lang, teams] = session, path
            if teams == 8:
                export_summary(session, deck, folder / f"{lang}-{teams}-letter.pdf", paper="letter")
                out[lang, teams, "letter"] = session, folder / f"{lang}-{teams}-letter.pdf"
    return out


def _page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def _page_text(path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(path), "-"],
                          check=True, capture_output=True, text=True).stdout


def _lowest(path, page: int) -> float:
    """How far down the page its last word above the footer ends, in points from the top."""
    out = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', out)]
    return max(y for y in bottoms if y < A4[1] - MARGIN)  # the footer sits in the margin


CASES = [(lang, teams) for lang in ("fr", "en") for teams in (2, 5, 8)]


@pytest.mark.parametrize("case", CASES + [("fr", 8, "letter"), ("en", 8, "letter")])
def test_the_scores_chart_is_on_page_1_under_the_scores_table(summaries, case):
    session, path = summaries[case]
    lang = case[0]
    first = _page_text(path, 1)
    assert word("teams", lang) in first and word("chart_scores", lang) in first
    chart = first[first.index(word("chart_scores", lang)):]  # each team named beside its bar
    assert all(team.name in chart for team in session.state.teams), chart
    assert word("chart_scores", lang) not in _page_text(path, 2)


@pytest.mark.parametrize(("lang", "teams"), CASES)
def test_no_page_but_the_last_is_left_a_third_empty(summaries, lang, teams):
    _session, path = summaries[lang, teams]
    top, bottom = MARGIN + FRAME, A4[1] - MARGIN - FRAME
    pages = _page_count(path)
    empty = {page: round((bottom - _lowest(path, page)) / (bottom - top), 2) for page in range(1, pages)}
    assert max(empty.values()) <= HOLE, empty


@pytest.mark.parametrize(("lang", "teams"), CASES)
def test_no_page_ends_with_a_heading(summaries, lang, teams):
    _session, path = summaries[lang, teams]
    assert [(n, words) for n, (words, heading) in enumerate(page_ends(path), start=1) if heading] == []
