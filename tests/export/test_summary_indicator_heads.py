"""With many teams the final indicators' table has one row per team and the indicators head its
columns: those heads were shrunk to fit (« Environnement » in 7 pt, too small to read on paper).
They are now in bold 9 pt, as the table's other heads, their names wrapped instead. Read back from
the PDF with pdftohtml: each text's size, measured against the table's own « Équipe » (9 pt)."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_pdf_indicators import _head_lines
from bataille.export.summary_words import word
from bataille.workshop.example import ExampleOptions, play_example

from .workshops import workshop


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _texts(path) -> list[tuple[int, float, float, float, str]]:
    """(page, top, right edge, size in pdftohtml's units, text) of every piece of text of the PDF."""
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-zoom", "4", "-stdout", str(path)], check=True,
                         capture_output=True).stdout
    root = ET.fromstring(xml)
    sizes: dict[str, float] = {}
    out = []
    for page in root.iter("page"):
        sizes.update({f.get("id"): float(f.get("size")) for f in page.iter("fontspec")})
        for t in page.iter("text"):
            text = "".join(t.itertext()).strip()
            if text:
                out.append((int(page.get("number")), float(t.get("top")), float(t.get("left")) + float(t.get("width")),
                            sizes[t.get("font")], text))
    return out


@pytest.mark.parametrize(("lang", "names"), [("fr", "example"), ("fr", "long"), ("en", "long")])
def test_the_indicators_heads_are_as_large_as_the_other_heads(deck, tmp_path, lang, names):
    """Eight teams, named as the French example names them or as long as a name may be: one row a
    team (the English example's eight short names head one column each)."""
    if names == "long":
        session = workshop(deck, lang, 8)
    else:
        session = play_example(deck, seed=0, lang=lang, options=ExampleOptions(teams=8))
    export_summary(session, deck, tmp_path / "s.pdf")
    texts = _texts(tmp_path / "s.pdf")
    heading = next(t for t in texts if t[4] == word("indicators", lang))
    page = [t for t in texts if t[0] == heading[0] and t[1] > heading[1]]
    team = min((t for t in page if t[4] == word("team", lang)), key=lambda t: t[1])  # the table's head, 9 pt
    start = next(t for t in page if t[4] == word("start", lang))
    heads = [t for t in page if team[1] - 2 < t[1] < start[1] and t is not team]
    # Right-aligned, each head's lines end where its column does: read column by column.
    columns: dict[int, list] = {}
    for t in heads:
        columns.setdefault(round(t[2] / 8), []).append(t)
    read = [" ".join(t[4] for t in sorted(column, key=lambda t: t[1])) for _, column in sorted(columns.items())]
    assert [r.replace("- ", "") for r in read] == [i.name[lang] for i in deck.scenarios[0].indicators], read
    points = {t[4]: round(9 * t[3] / team[3], 2) for t in heads}
    assert min(points.values()) >= 8.5, points


def test_a_word_wider_than_its_column_breaks_with_a_hyphen_after_a_vowel():
    from bataille.export.cards_text import text_width
    from bataille.export.fonts import BOLD

    lines = _head_lines("Environnement durable", 9, 50)
    assert lines == ["Environne-", "ment", "durable"], lines
    assert all(text_width(line, BOLD, 9) <= 50 for line in lines)
