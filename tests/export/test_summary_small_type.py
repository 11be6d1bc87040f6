"""No type under 8.5 pt for the teams' names over the final indicators' table, nor under 8 pt for
the indicators' chart's axis, nor anywhere in the summary, read back from the real PDF with
pdftohtml (``-zoom 4``: a size of 3 per point, so a quarter point shows).

Measured before: the eight English example teams headed their columns in 7.75 pt, four names of 22
characters theirs in 8 pt; the chart named its indicators in 7 pt, all too small to read on paper.
The votes charts wrote their shares (« 33 % ») in 7 pt, the scores chart its scores too.
"""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_words import word
from bataille.workshop import example
from bataille.workshop.example import ExampleOptions, play_example

from .quick_debate import write_quick_debate
from .test_summary_long_names import NAMES
from .workshops import workshop

ZOOM = 4


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def texts(path) -> list[tuple[int, float, float, str]]:
    """(page, top, size in points, text) of every piece of text of the PDF."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-zoom", str(ZOOM), "-stdout", str(path)], check=True,
                         capture_output=True).stdout
    sizes: dict[str, float] = {}
    out = []
    for page in ET.fromstring(xml).iter("page"):
        sizes.update({f.get("id"): float(f.get("size")) for f in page.iter("fontspec")})
        for t in page.iter("text"):
            text = "".join(t.itertext()).strip()
            if text:  # pdftohtml's sizes are 0.75 of a pixel at 72 dpi times the zoom
                out.append((int(page.get("number")), float(t.get("top")), sizes[t.get("font")] / (0.75 * ZOOM), text))
    return out


def _summary(deck, tmp_path, lang: str, teams: int, names: tuple[str, ...] | None = None) -> tuple[list[str], list]:
    with pytest.MonkeyPatch.context() as patch:
        if names:
            patch.setitem(example.TEAM_NAMES, lang, names)
        session = play_example(deck, seed=0, lang=lang, options=ExampleOptions(teams=teams))
    export_summary(session, deck, tmp_path / "s.pdf")
    return [t.name for t in session.state.teams], texts(tmp_path / "s.pdf")


def _table(found: list, lang: str) -> list:
    """The texts of the final indicators' table: below its heading, above the chart's title."""
    heading = next(t for t in found if t[3] == word("indicators", lang))
    chart = next(t for t in found if t[3] == word("chart_indicators", lang))
    return [t for t in found if (t[0], t[1]) > heading[:2] and (t[0], t[1]) < chart[:2]]


@pytest.mark.parametrize(("lang", "teams", "names"), [("en", 8, None), ("fr", 8, None), ("fr", 4, NAMES[:4]),
                                                      ("en", 6, None), ("fr", 2, NAMES[:2])])
def test_the_teams_names_over_the_indicators_table_are_8_5_pt_at_least(deck, tmp_path, lang, teams, names):
    names, found = _summary(deck, tmp_path, lang, teams, names)
    table = _table(found, lang)
    for name in names:
        words = [w for w in name.replace("-", " ").split() if len(w) > 3]
        pieces = [t for t in table if any(w in t[3] for w in words)]
        assert pieces, (name, table)  # each team is in the table, by column or by row
        assert min(t[2] for t in pieces) >= 8.5, (name, pieces)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_indicators_chart_names_its_indicators_in_8_pt_at_least(deck, tmp_path, lang):
    _, found = _summary(deck, tmp_path, lang, 8)
    chart = next(t for t in found if t[3] == word("chart_indicators", lang))
    below = [t for t in found if t[0] == chart[0] and t[1] > chart[1]]
    indicators = [i.name[lang] for i in deck.scenarios[0].indicators]
    labels = [t for t in below if any(t[3] in name for name in indicators)]
    # Each indicator's name whole under its bars (on one line or more), none cut.
    read = " ".join(t[3] for t in sorted(labels, key=lambda t: t[1]))
    for name in indicators:
        assert all(w in read.split() for w in name.split()), (name, read)
    assert min(t[2] for t in labels) >= 8, labels


SMALLEST = 8  # no type of the summary under this, in points: the footer and the charts' figures


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_type_of_a_whole_workshop_summary_is_under_8_pt(deck, tmp_path, lang):
    export_summary(workshop(deck, lang, 8), deck, tmp_path / "s.pdf")
    found = texts(tmp_path / "s.pdf")
    assert any(word("chart_votes", lang) == t[3] for t in found)  # the votes charts are read too
    assert [t for t in found if t[2] < SMALLEST] == []


def test_no_type_of_a_quick_debate_summary_is_under_8_pt(deck, tmp_path):
    written = write_quick_debate(deck, tmp_path, ("pdf",), with_fact=True)
    for lang in ("fr", "en"):
        found = texts(written[f"{lang}.pdf"])
        shares = [t for t in found if t[3].endswith("%")]  # the chart's shares, above its bars
        assert shares, found
        assert [t for t in found if t[2] < SMALLEST] == [], lang
