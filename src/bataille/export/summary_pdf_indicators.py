"""The final indicators' table of the PDF summary: one column per team while the teams' names fit
across the page, else one row per team.

Six teams leave a column narrower than a word such as "Mésanges" in bold 9 pt, which reportlab
then split ("Les Més / anges"); eight cut "Sixth Form Computing" to "Sixth Form Computi…". A team's
name heads its column only when it fits there whole, on three lines at most, broken between words or
after a hyphen ("Wagner- / Mozart 2"), its words in 8.5 pt at least (eight English teams were
printed in 7.75 pt, four names of 22 characters in 8 pt: too small on paper); otherwise each team
has a row of its own, its name beside its swatch, and the indicators head the columns.

Those heads are in bold 9 pt, as the table's other heads: shrunk to fit, « Environnement » was
printed in 7 pt, too small to read on paper. The teams' column is as wide as their names need
(60 mm at most), the rest goes to the indicators, and a name wraps between its words, after a
hyphen, or, a word wider than its column, inside it with a hyphen (« Environ- / nement »).
"""

from __future__ import annotations

import re

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from .cards_text import text_width
from .fonts import BOLD, clean_text, paragraph_text, register_fonts
from .summary_pdf_style import INK, WIDTH, ruled_table
from .summary_words import shorten, whole

PADDING = 6  # a table cell's own room on each side (reportlab's default)
HEAD_SIZES = (9, 8.5)  # a team's head: bold 9 pt, down to 8.5 pt for long words, never smaller
INDICATOR_SIZE = 9  # an indicator's head, over a column of numbers: as the other heads, never smaller
HEAD_LINES = 3  # lines a team's name may take over its column
TEAM_COLUMN = 60 * mm  # the teams' column when they are rows, at most: a name of 22 characters on one line
SWATCH = 12  # a team's swatch and its gap, before its name in a cell (summary_pdf.team_cell)
MAX_NAME = 120


def indicators_table(b, walks: list) -> Table:
    """The teams' final indicators (``walks``: the scenario walks that share the first one's
    indicators), teams across when their names fit, else down."""
    names = [b.s.team_name(w.team_id) for w in walks]
    across = indicator_columns(names)
    indicators = walks[0].indicators
    if across is not None:
        widths, heads = across
        rows = [[b.w("indicator"), b.w("start"), *heads]]
        for k, indicator in enumerate(indicators):
            rows.append([b.p(b.text(indicator.name), "cell"), whole(indicator.start, signed=True)]
                        + [whole(w.indicators[k].value, signed=True) for w in walks])
        return ruled_table(rows, widths, numeric_from=1)
    labels = [f"{number} · {shorten(name, MAX_NAME)}" for number, name in enumerate(names, start=1)]
    first = team_column([b.w("team"), b.w("start"), *labels])
    other = (WIDTH - first) / max(1, len(indicators))
    style = _head_style(INDICATOR_SIZE)
    heads = [Paragraph("<br/>".join(paragraph_text(line) for line in _head_lines(clean_text(i.name), INDICATOR_SIZE,
                                                                                 other - 2 * PADDING - 0.5)), style)
             for i in indicators]
    rows = [[b.w("team"), *heads],
            [b.p(f"<i>{b.text(b.w('start'))}</i>", "cell"), *(whole(i.start, signed=True) for i in indicators)]]
    for number, walk in enumerate(walks, start=1):  # numbered as the chart's legend numbers them
        rows.append([b.team_cell(walk.team_id, f"{number} · {b.team(walk.team_id)}"), *(whole(i.value, signed=True) for i in walk.indicators)])
    return ruled_table(rows, [first] + [other] * len(indicators), numeric_from=1)


def team_column(labels: list[str]) -> float:
    """The teams' column when they are rows: its longest label ("8 · Les Hiboux", beside its swatch)
    on one line in 9 pt, and no wider than TEAM_COLUMN (a longer name wraps in its cell)."""
    register_fonts()
    widest = max((text_width(clean_text(label), BOLD, 9) for label in labels), default=0.0)
    return min(TEAM_COLUMN, SWATCH + widest + 2 * PADDING + 2)


def indicator_columns(names: list[str]) -> tuple[list[float], list[Paragraph]] | None:
    """The widths of the final indicators' table with one column per team (indicator, start, one
    column per team) and the teams' heads; None when a name does not fit its column whole.

    The team columns first take room from the indicators' names (down to 40 mm), then the heads'
    font shrinks (down to 8.5 pt) until each word fits its column and each name three lines at most,
    broken between words or after a hyphen.
    """
    register_fonts()
    count = max(1, len(names))
    texts = [clean_text(shorten(name, MAX_NAME)) for name in names]
    biggest, smallest = HEAD_SIZES
    longest = max((text_width(p, BOLD, biggest) for t in texts for w in t.split() for p in _pieces(w)), default=0)
    first, start = 55 * mm, 15 * mm
    other = (WIDTH - first - start) / count
    if other < longest + 2 * PADDING:
        first = max(40 * mm, WIDTH - start - (longest + 2 * PADDING) * count)
        other = (WIDTH - first - start) / count
    inner = other - 2 * PADDING - 0.5  # a hair of slack: a word exactly as wide would still be split
    size = min(biggest, biggest * inner / longest) if longest else biggest
    if size < smallest:
        return None
    size = int(size * 4) / 4  # quarter points, so that the same names always give the same bytes
    lines = [_head_lines(text, size, inner) for text in texts]
    while any(len(each) > HEAD_LINES for each in lines):  # smaller, a name may take fewer lines
        size -= 0.25
        if size < smallest:
            return None
        lines = [_head_lines(text, size, inner) for text in texts]
    style = _head_style(size)
    heads = [Paragraph("<br/>".join(paragraph_text(line) for line in each), style) for each in lines]
    return [first, start] + [other] * len(names), heads


def _head_style(size: float) -> ParagraphStyle:
    return ParagraphStyle("head", fontName=BOLD, fontSize=size, leading=size * 1.28, textColor=INK,
                          alignment=TA_RIGHT, splitLongWords=0)


def _pieces(word: str) -> list[str]:
    """A word in the pieces a line may end after: "Wagner-Mozart" is "Wagner-", "Mozart"."""
    return re.findall(r"[^-]+-*|-+", word) or [word]


VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæAEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ")


def _fitting(piece: str, size: float, width: float) -> list[str]:
    """``piece`` as it fits lines of ``width``: whole, or, wider than any line, broken inside with a
    hyphen, after a vowel that a consonant follows when one is near enough (« Environne- / ment »)."""
    chunks = []
    while len(piece) > 1 and text_width(piece, BOLD, size) > width:
        k = len(piece) - 1
        while k > 1 and text_width(piece[:k] + "-", BOLD, size) > width:
            k -= 1
        syllable = next((j for j in range(k, max(1, k - 4), -1)
                         if piece[j - 1] in VOWELS and piece[j].isalpha() and piece[j] not in VOWELS), k)
        chunks.append(piece[:syllable] + "-")
        piece = piece[syllable:]
    return chunks + [piece]


def _head_lines(text: str, size: float, width: float) -> list[str]:
    """``text`` in bold ``size`` in lines of ``width``, broken between words or after a hyphen (a
    piece wider than ``width`` alone broken inside)."""
    lines: list[str] = []
    for each in text.split():
        for k, piece in enumerate(_pieces(each)):
            for n, chunk in enumerate(_fitting(piece, size, width)):
                joined = lines[-1] + ("" if k or n else " ") + chunk if lines else chunk
                if lines and not n and text_width(joined, BOLD, size) <= width:
                    lines[-1] = joined
                else:
                    lines.append(chunk)
    return lines or [""]
