"""The kit's take-home card, as `bataille kit --session` prints it and pdftotext reads it back.

Its arrows were drawn and nothing else: text copied from it read « 7 % 3 % », and the figures'
lines came apart from their claims. Its key figures were worded three ways (« figure : title »,
« title (figure) », the title alone). Its instruction line and its cut lines came within 4.7 mm
of the paper's edge, where many office printers print nothing: every word and every line now
keeps 8 mm from it.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.export.kit_takeaway import take_home_from_summary
from bataille.export.kit_words import kit_word
from bataille.export.summary_model import build_summary
from bataille.export.summary_words import percent
from bataille.export.wording import figure_with_mark
from bataille.storage.reader import read_session

from .conftest import geometry, page_streams

MM = 72 / 25.4
SAFE = 8.0  # mm from the paper's edge


def _one_line(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


@pytest.fixture(scope="module")
def kits(tmp_path_factory):
    """{(lang, paper): (take-home card's content, path of the kit, its last page)} for a real
    session of 5 teams, and the blank kit on both papers."""
    folder = tmp_path_factory.mktemp("take-home")
    out = {}
    for lang in ("fr", "en"):
        session_path = folder / f"{lang}.bataille"
        assert main(["example-session", "-o", str(session_path), "--teams", "5", "--lang", lang]) == 0
        take_home = take_home_from_summary(build_summary(read_session(session_path), load_deck(bundled_deck_path())))
        for paper in ("a4", "letter"):
            pdf = folder / f"{lang}-{paper}.pdf"
            assert main(["kit", "-o", str(pdf), "--session", str(session_path), "--paper", paper]) == 0
            out[lang, paper] = take_home, pdf, _card_page(pdf, lang)
    for paper in ("a4", "letter"):
        pdf = folder / f"blank-{paper}.pdf"
        assert main(["kit", "-o", str(pdf), "--paper", paper, "--lang", "fr"]) == 0
        out["blank", paper] = None, pdf, _card_page(pdf, "fr")
    return out


def _card_page(pdf, lang: str) -> int:
    """The number of the kit's page of take-home cards (the one that says to cut them out)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    pages = [_one_line(page) for page in text.split("\f")]
    return 1 + next(n for n, page in enumerate(pages) if _one_line(kit_word("take_home_cut", lang)) in page)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_copied_text_says_each_claim_then_its_shift_and_each_title_then_its_figure(kits, lang):
    take_home, pdf, page = kits[lang, "a4"]
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    read = _one_line(text.replace("•", " "))
    assert take_home.shifts and take_home.figures
    assert _one_line(kit_word("debates", lang)) in read  # its arrow too: « avant → après »
    for claim, before, after in take_home.shifts:
        said = _one_line(f"{claim} {percent(before, lang)} → {percent(after, lang)}")
        assert said in read, (said, read)
    for figure, title, contested in take_home.figures:  # each the same way: its title, then its figure
        said = _one_line(f"{title} {figure_with_mark(figure, contested, lang)}")
        assert said in read, (said, read)


@pytest.mark.parametrize("key", [("fr", "a4"), ("fr", "letter"), ("en", "letter"), ("blank", "a4"),
                                 ("blank", "letter")])
def test_words_and_lines_keep_8_mm_from_the_paper_edge(kits, key):
    _take_home, pdf, page = kits[key]
    html = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-bbox", str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    width, height = map(float, re.search(r'<page width="([\d.]+)" height="([\d.]+)"', html).groups())
    words = [tuple(map(float, m)) for m in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', html)]
    assert len(words) > 30
    nearest_word = min(min(x0, y0, width - x1, height - y1) for x0, y0, x1, y1 in words) / MM
    _clips, segments = geometry(page_streams(pdf.read_bytes())[page - 1])
    assert len(segments) > 10  # the cut lines and the lines to write on
    ends = [point for segment in segments for point in segment]
    nearest_line = min(min(x, y, width - x, height - y) for x, y in ends) / MM
    assert nearest_word >= SAFE - 1e-6 and nearest_line >= SAFE - 1e-6, (f"{nearest_word:.1f} mm", f"{nearest_line:.1f} mm")
