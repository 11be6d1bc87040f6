"""The score sheet has a row for each debate the agenda plans, read back from real PDFs.

It had three, while the bundled deck's agenda debates five themes ("one debate for each theme
chosen", as the console's "next" opens them): the facilitator ran out of rows at the fourth debate.
Now the sheet has one a theme with a debate card (one in a quick debate, as many as a session
played when it played more), its rows shrink to fit 8 teams and 5 debates on Letter (never under
9 mm, to write in), and the debates that still do not fit go on to a second page of votes.
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.export.kit import KitOptions, default_teams, kit_pages, render_kit_pdf
from bataille.export.kit_tally import debates_of_deck, debates_of_summary
from bataille.export.kit_words import kit_word
from bataille.export.summary_model import build_summary
from bataille.storage.reader import read_session

from .conftest import build_deck, debate, event, fact, geometry, page_streams
from .test_fonts_embedded import assert_all_embedded
from .test_kit_tally import _pages, _plain

MM = 72 / 25.4


def _debates_on(page: str, lang: str) -> list[int]:
    """The debates' numbers the page has a row for, in its order."""
    label = re.escape(_plain(kit_word("tally_debate", "fr" if lang == "fr" else "en", number=999))).replace("999",
                                                                                                         r"(\d+)")
    return [int(n) for n in re.findall(label, page)]


def _tally_pages(pages: list[str], lang: str) -> list[int]:
    """The indexes of the score sheet's pages: its first, then its pages of votes."""
    firsts = (_plain(kit_word("tally_title", lang)), _plain(kit_word("tally_votes_more", lang)))
    return [n for n, page in enumerate(pages) if page.startswith(firsts)]


def _across(data: bytes, page: int) -> list[float]:
    """The heights (pt) of the lines drawn across the page's tables, bottom first."""
    _clips, segments = geometry(page_streams(data)[page])
    width = min(x for (x, _y), _ in segments) + max(x for _, (x, _y) in segments)
    return sorted({round(y0, 1) for (x0, y0), (x1, y1) in segments
                   if abs(y0 - y1) < 0.01 and abs(x1 - x0) > width - 2 * 10 * MM - 1})


def _foot_top(pdf: Path, page: int) -> float:
    """The height (pt, from the paper's bottom) of the top of the sheet's foot, its first line."""
    html = subprocess.run(["pdftotext", "-f", str(page + 1), "-l", str(page + 1), "-bbox", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    words = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html)
    first = _plain(kit_word("tally_console", "fr" if "Console" in html else "en")).split()[0]
    return max(height - float(y) for y, word in words if word == first)


@pytest.mark.parametrize("teams", [2, 8])
@pytest.mark.parametrize("lang,paper", [("fr", "a4"), ("en", "letter"), ("fr", "letter")])
def test_a_blank_kit_has_a_row_for_each_of_the_bundled_decks_debates(tmp_path, teams, lang, paper):
    """Five themes with a debate card, five rows, on the one page with 2 to 8 teams, on A4 and on Letter
    (the shorter), each row 9 mm at least, the table above the foot."""
    pdf = tmp_path / "kit.pdf"
    assert main(["kit", "-o", str(pdf), "--teams", str(teams), "--lang", lang, "--paper", paper]) == 0
    pages = _pages(pdf)
    assert len(debates_of_deck(load_deck(bundled_deck_path()))) == 5
    (sheet,) = _tally_pages(pages, lang)
    assert _debates_on(pages[sheet], lang) == [1, 2, 3, 4, 5]
    across = _across(pdf.read_bytes(), sheet)
    assert len(across) == (1 + 1 + teams) + (1 + 1 + 5 * 2), across  # scores: top, heads, rows; votes
    gaps = [(b - a) / MM for a, b in zip(across, across[1:], strict=False)]
    assert min(gaps) >= 9.0, [f"{g:.1f}" for g in gaps]
    assert across[0] > _foot_top(pdf, sheet) + 2 * MM  # the last row clear of the foot's words


def test_a_sessions_sheet_has_its_decks_debates_or_its_one_quick_debate(tmp_path):
    path = tmp_path / "s.bataille"
    assert main(["example-session", "-o", str(path), "--teams", "6", "--lang", "fr"]) == 0
    deck = load_deck(bundled_deck_path())
    summary = build_summary(read_session(path), deck)
    pdf = tmp_path / "kit.pdf"
    assert main(["kit", "-o", str(pdf), "--session", str(path)]) == 0
    pages = _pages(pdf)
    (sheet,) = _tally_pages(pages, "fr")
    assert _debates_on(pages[sheet], "fr") == [1, 2, 3, 4, 5]
    assert all(team.name in pages[sheet] for team in summary.teams)
    assert len(debates_of_summary(dataclasses.replace(summary, quick=True), deck)) == 1
    played = dataclasses.replace(summary, rounds=summary.rounds * 7)  # a theme debated again, and again
    left = 5 - len({r.theme_id for r in summary.rounds})  # the themes still to debate follow the debates played
    assert len(debates_of_summary(played, deck)) == len(summary.rounds) * 7 + left > 5


def test_a_deck_with_fewer_themes_has_fewer_rows(deck_root, tmp_path):
    cards = [fact(1), debate(1, theme="eau"), debate(2, theme="biais"), debate(3, theme="biais"), event(1, 1956)]
    deck = build_deck(deck_root, cards)
    assert len(debates_of_deck(deck)) == 2  # two themes, three debate cards
    options = KitOptions(lang="en", teams=default_teams(3, "en"), debates=debates_of_deck(deck))
    pdf = tmp_path / "two.pdf"
    pdf.write_bytes(render_kit_pdf(options))
    pages = _pages(pdf)
    (sheet,) = _tally_pages(pages, "en")
    assert _debates_on(pages[sheet], "en") == [1, 2]


@pytest.mark.parametrize("lang,paper", [("fr", "letter"), ("en", "a4")])
def test_debates_that_do_not_fit_go_on_to_a_page_of_votes(tmp_path, lang, paper):
    """A deck of twelve themes and 8 teams: the first page holds the scores and the debates that fit,
    the next the others, under their heads again, each row 9 mm at least; every font embedded."""
    options = KitOptions(paper=paper, lang=lang, teams=default_teams(8, lang), debates=12)
    assert kit_pages(options).count("tally") == 2
    data = render_kit_pdf(options)
    pdf = tmp_path / "many.pdf"
    pdf.write_bytes(data)
    pages = _pages(pdf)
    first, more = _tally_pages(pages, lang)
    assert more == first + 1 and pages[more].startswith(_plain(kit_word("tally_votes_more", lang)))
    assert _debates_on(pages[first], lang) + _debates_on(pages[more], lang) == list(range(1, 13))
    assert _plain(kit_word("tally_scores", lang)) in pages[first]
    assert _plain(kit_word("tally_scores", lang)) not in pages[more]
    assert _plain(kit_word("agree", lang)) in pages[more]  # the votes' heads again
    for page in (first, more):
        across = _across(data, page)
        assert min(b - a for a, b in zip(across, across[1:], strict=False)) / MM >= 9.0
        assert across[0] > _foot_top(pdf, page) + 2 * MM
    assert_all_embedded(data, tmp_path)
