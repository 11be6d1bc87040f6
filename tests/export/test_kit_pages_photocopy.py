"""The kit's pages as a facilitator about to photocopy them reads them, from real PDFs.

Two things read wrong: the score sheet's foot broke a control's name across two lines (“Close the /
debate”), so that the facilitator looked for a button that does not exist; and the blank take-home
card left a band of about 20 mm empty above « Mon engagement », while each prompt had three lines
to write on. The names now hold on one line, and the prompts take the lines the card has room for
(four on A4), with the same gap before « Mon engagement » as between the prompts.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.export.kit_words import kit_word

from .conftest import geometry, page_streams
from .test_kit_tally import _pages, _plain
from .test_kit_tally_debates import _tally_pages

MM = 72 / 25.4


def _layout_lines(pdf: Path, page: int) -> list[str]:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(page + 1), "-l", str(page + 1), str(pdf),
                           "-"], check=True, capture_output=True, text=True).stdout.splitlines()


@pytest.mark.parametrize("teams", [4, 6])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_score_sheets_foot_names_each_control_on_one_line(tmp_path, lang, teams):
    pdf = tmp_path / "kit.pdf"
    assert main(["kit", "-o", str(pdf), "--lang", lang, "--teams", str(teams), "--deck",
                 str(Path(__file__).parents[2])]) == 0
    (sheet,) = _tally_pages(_pages(pdf), lang)
    quoted = 0
    for line in _layout_lines(pdf, sheet):
        assert line.count("«") == line.count("»") and line.count("“") == line.count("”"), line
        quoted += line.count("«") + line.count("“")
    assert quoted >= 5  # « Ouvrir le débat », « Enregistrer (caché) », « Clore le débat »… all read


def _writing_lines(pdf: Path, page: int) -> list[tuple[float, float, float]]:
    """The page's horizontal grey lines to write on, as (x0, x1, y) in pt, from the bottom."""
    _clips, segments = geometry(page_streams(pdf.read_bytes())[page])
    return [(min(x0, x1), max(x0, x1), y0) for (x0, y0), (x1, y1) in segments
            if abs(y0 - y1) < 0.01 and abs(x1 - x0) > 40 * MM]


def _baselines(pdf: Path, page: int, word: str) -> list[tuple[float, float]]:
    """(x, bottom) in pt of each ``word`` on the page, from the bottom."""
    html = subprocess.run(["pdftotext", "-f", str(page + 1), "-l", str(page + 1), "-bbox", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    return [(float(x), height - float(y)) for x, y, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)
            if w == word]


@pytest.mark.parametrize("lang,paper,lines", [("fr", "a4", 4), ("en", "a4", 4), ("en", "letter", 4)])
def test_the_blank_take_home_card_gives_its_room_to_the_prompts(tmp_path, lang, paper, lines):
    pdf = tmp_path / "kit.pdf"
    assert main(["kit", "-o", str(pdf), "--lang", lang, "--paper", paper]) == 0
    sheet = len(_pages(pdf)) - 1
    rules = _writing_lines(pdf, sheet)
    commitment = _plain(kit_word("commitment", lang)).split()[0]  # « Mon », "My"
    prompt = _plain(kit_word("blank_figure", lang)).split()[0]  # « Un », "A"
    for x, label_y in _baselines(pdf, sheet, commitment):
        above = sorted(y for x0, _x1, y in rules if abs(x0 - x) < 2 and y > label_y)
        figure_y = min(y for px, y in _baselines(pdf, sheet, prompt) if abs(px - x) < 2 and y > label_y)
        under_figure = [y for y in above if y < figure_y]
        assert len(under_figure) == lines, (x, label_y, under_figure)
        gap = (under_figure[0] - label_y) / MM  # the last line under the figure's prompt, to « Mon engagement »
        assert gap < 12, f"{gap:.1f} mm empty above the commitment"
