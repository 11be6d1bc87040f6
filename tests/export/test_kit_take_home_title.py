"""What the take-home card says under its heading, read back from real PDFs.

The blank card (a kit made without a session) said « Bataille IA » there, the app's name, where a
session's card gives the workshop's title and its day: the teacher of another deck, or of any
workshop, handed out cards that named neither. Now what is not known is a label and a line to write
it on (« Atelier : ____ Date : ____ »), and a card that knows the title but not the day (a deck, no
session yet) prints the title and a line for the day; a card with no debate and no figure to give
asks its reader to write them, as the blank card does.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.export.kit import KitOptions, default_teams, render_kit_pdf
from bataille.export.kit_takeaway import TakeHome
from bataille.export.kit_words import kit_word

from .conftest import geometry, page_streams
from .test_kit_tally import _pages, _plain

MM = 72 / 25.4


def _label_lines(pdf: Path, page: int, word: str) -> list[float]:
    """For each ``word`` on the page, the length (mm) of the grey line to write on that follows it on
    its baseline (0 when none does)."""
    html = subprocess.run(["pdftotext", "-f", str(page + 1), "-l", str(page + 1), "-bbox", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    found = [(float(x1), height - float(y1)) for x1, y1, w in
             re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
             if w == word]
    _clips, segments = geometry(page_streams(pdf.read_bytes())[page])
    out = []
    for right, bottom in found:
        lengths = [abs(x1 - x0) for (x0, y0), (x1, y1) in segments
                   if abs(y0 - y1) < 0.01 and 0 <= min(x0, x1) - right < 4 * MM and abs(y0 - bottom) < 3 * MM]
        out.append(max(lengths, default=0) / MM)
    return out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_blank_card_has_lines_for_the_workshop_and_the_day_not_the_apps_name(tmp_path, lang):
    pdf = tmp_path / "blank.pdf"
    assert main(["kit", "-o", str(pdf), "--lang", lang]) == 0
    pages = _pages(pdf)
    sheet = len(pages) - 1
    assert pages[sheet].startswith(_plain(kit_word("take_home", lang)))
    assert "Bataille IA" not in pages[sheet]
    workshop, date = (_plain(kit_word(k, lang)) for k in ("take_home_workshop", "take_home_date"))
    assert pages[sheet].count(workshop) == pages[sheet].count(date) == 4, pages[sheet]
    for word in (workshop.split()[0], date.split()[0]):  # « Atelier », « Date » (the colon apart in French)
        lines = _label_lines(pdf, sheet, word)
        assert len(lines) == 4 and min(lines) >= 15, (word, lines)


def test_a_card_that_knows_the_title_prints_it_and_a_line_for_the_day(tmp_path):
    options = KitOptions(lang="en", teams=default_teams(2, "en"), take_home=TakeHome("Our own deck", ""))
    pdf = tmp_path / "titled.pdf"
    pdf.write_bytes(render_kit_pdf(options))
    pages = _pages(pdf)
    sheet = len(pages) - 1
    assert pages[sheet].count("Our own deck") == pages[sheet].count("Date:") == 4
    assert _plain(kit_word("take_home_workshop", "en")) not in pages[sheet]
    assert pages[sheet].count(_plain(kit_word("blank_debate", "en"))) == 4  # nothing played: the prompts
    assert min(_label_lines(pdf, sheet, "Date:")) >= 15
