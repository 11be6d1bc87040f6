"""Text that must fit a box: wrap by measured width, shrink to a legible minimum, or say what overflows.

Nothing is ever cut: a layout either places every line of every block, or reports the block
(the card field) that does not fit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from bataille.deck.messages import Num

from .fonts import ARROW, DRAWN, SUBSCRIPTS, clean_text, register_fonts
from .wording import ExportMessage

# Body text never goes below this size (the classroom minimum); titles and small print have their own.
MIN_BODY_PT = 7.0


_SUB_SCALE = 0.68
_ARROW_EM = 0.9


def _runs(text: str) -> list[str]:
    """Split into runs of ordinary text and single drawn characters."""
    runs: list[str] = []
    current = ""
    for ch in text:
        if ch in DRAWN:
            if current:
                runs.append(current)
                current = ""
            runs.append(ch)
        else:
            current += ch
    if current:
        runs.append(current)
    return runs


@cache
def _unit_width(word: str, font: str) -> float:
    if not DRAWN.intersection(word):
        return stringWidth(word, font, 1.0)
    total = 0.0
    for run in _runs(word):
        if run in SUBSCRIPTS:
            total += stringWidth(SUBSCRIPTS[run], font, 1.0) * _SUB_SCALE
        elif run == ARROW:
            total += _ARROW_EM
        else:
            total += stringWidth(run, font, 1.0)
    return total


def draw_text(canvas, text: str, font: str, size: float, x: float, y: float, align: str = "left") -> None:
    """Draw one line at baseline (x, y), aligned left, centre or right, drawing DRAWN characters by hand."""
    if align != "left":
        width = _unit_width(text, font) * size
        x -= width / 2 if align == "centre" else width
    if not DRAWN.intersection(text):
        canvas.drawString(x, y, text)
        return
    for run in _runs(text):
        if run in SUBSCRIPTS:
            digit = SUBSCRIPTS[run]
            canvas.setFont(font, size * _SUB_SCALE)
            canvas.drawString(x, y - size * 0.14, digit)
            canvas.setFont(font, size)
            x += stringWidth(digit, font, size * _SUB_SCALE)
        elif run == ARROW:
            w = _ARROW_EM * size
            mid = y + size * 0.3
            weight = size * (0.09 if "Bold" in font else 0.06)
            head = size * 0.22
            path = canvas.beginPath()
            path.moveTo(x + size * 0.08, mid - weight / 2)
            path.lineTo(x + w - size * 0.1 - head, mid - weight / 2)
            path.lineTo(x + w - size * 0.1 - head, mid - head)
            path.lineTo(x + w - size * 0.1, mid)
            path.lineTo(x + w - size * 0.1 - head, mid + head)
            path.lineTo(x + w - size * 0.1 - head, mid + weight / 2)
            path.lineTo(x + size * 0.08, mid + weight / 2)
            path.close()
            canvas.drawPath(path, stroke=0, fill=1)
            x += w
        else:
            canvas.drawString(x, y, run)
            x += stringWidth(run, font, size)


def draw_line(canvas, text: str, font: str, size: float, x: float, y: float, align: str = "left") -> None:
    """One line at baseline (x, y), as ``draw_text`` draws it; a line with a character the face lacks
    and ``draw_text`` draws by hand (→, CO₂'s ₂) carries its own text as the PDF's ActualText, so
    that copied from the PDF, or read out, it says « 415 → 945 TWh », not « 415 945 TWh »."""
    if not DRAWN.intersection(text):
        draw_text(canvas, text, font, size, x, y, align)
        return
    canvas.addLiteral(f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC")
    draw_text(canvas, text, font, size, x, y, align)
    canvas.addLiteral("EMC")


def text_width(text: str, font: str, size: float) -> float:
    """Width of one line of text in points."""
    return _unit_width(text, font) * size


def cut_to_width(text: str, font: str, size: float, width: float, always: bool = False) -> str:
    """``text`` when it fits ``width`` (and ``always`` is false), else its longest start that fits
    with an ellipsis after it: a name too long for its place is cut, never drawn past it."""
    if not always and text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with its ellipsis
        mid = (low + high + 1) // 2
        if text_width(text[:mid].rstrip() + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + "…"


# Only ordinary spaces break a line: str.split() would also break at the no-break spaces French
# typography puts before « : ; ! ? % » and inside guillemets, and join them back as plain spaces.
_ordinary_spaces = re.compile(r"[ \t]+")


def wrap(text: str, font: str, size: float, width: float) -> list[str] | None:
    """Greedy wrap on ordinary spaces (no-break spaces hold); None when a single word is too wide."""
    register_fonts()
    space = _unit_width(" ", font) * size
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        line_w = 0.0
        for word in _ordinary_spaces.split(paragraph.strip(" \t")):
            if not word:
                continue
            w = _unit_width(word, font) * size
            if w > width + 1e-6:
                return None
            if line and line_w + space + w > width + 1e-6:
                lines.append(" ".join(line))
                line, line_w = [word], w
            else:
                line_w = line_w + space + w if line else w
                line.append(word)
        lines.append(" ".join(line))
    return lines


@dataclass
class Block:
    """A card field to place: its text, face, nominal and minimum size, and how it is set."""

    field: str
    text: str
    font: str
    size: float
    min_size: float = MIN_BODY_PT
    colour: str = "#1a1a1a"
    leading: float = 1.2
    max_lines: int | None = None
    space_before: float = 0.0  # points at nominal size
    align: str = "left"  # left, centre
    bullet: str = ""
    badge: bool = False  # drawn in an outlined box (the contested-figure mark)

    def __post_init__(self) -> None:
        self.text = clean_text(self.text)


@dataclass
class Line:
    """One placed line: baseline position in card coordinates."""

    text: str
    font: str
    size: float
    colour: str
    x: float
    y: float
    align: str = "left"


@dataclass
class Placed:
    """The result of fitting blocks into a box: lines to draw, or the field that overflows."""

    lines: list[Line] = field(default_factory=list)
    badges: list[tuple[float, float, float, float, str]] = field(default_factory=list)
    overflow: str | None = None
    detail: str = ""  # in English; ``wording`` says it in any language
    bottom: float = 0.0
    wording: ExportMessage | None = None


def _size(block: Block, scale: float) -> float:
    return max(block.min_size, round(block.size * scale * 4) / 4)


def _measure(blocks: list[Block], width: float, scale: float):
    """Wrapped lines and total height at ``scale``; the first failing block if one cannot be set."""
    out = []
    total = 0.0
    for b in blocks:
        size = _size(b, scale)
        indent = text_width(b.bullet + " ", b.font, size) if b.bullet else 0.0
        pad = size * 0.5 if b.badge else 0.0
        lines = wrap(b.text, b.font, size, width - indent - 2 * pad)
        if lines is None:
            return None, total, (b, ExportMessage("fit.word_too_wide", size=_points(b.min_size)))
        if b.max_lines and len(lines) > b.max_lines:
            return None, total, (b, ExportMessage("fit.too_many_lines", lines=len(lines), limit=b.max_lines,
                                                  size=_points(b.min_size)))
        h = b.space_before * min(1.0, scale) + len(lines) * size * b.leading + 2 * pad
        total += h
        out.append((b, size, lines, indent, pad))
    return out, total, None


def fit(blocks: list[Block], x: float, top: float, width: float, height: float) -> Placed:
    """Set ``blocks`` top-down in the box, shrinking all sizes together until they fit."""
    floor = min((b.min_size / b.size for b in blocks), default=1.0)
    steps = [1.0]
    s = 1.0
    while s > floor:
        s = max(floor, s - 0.05)
        steps.append(s)
    measured, total, failure = _measure(blocks, width, steps[0])
    scale = steps[0]
    if measured is None or total > height:
        # Binary search over the decreasing scales: the largest that fits.
        lo, hi = 0, len(steps) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            m, t, _ = _measure(blocks, width, steps[mid])
            if m is not None and t <= height:
                hi = mid
            else:
                lo = mid + 1
        scale = steps[lo]
        measured, total, failure = _measure(blocks, width, scale)
        if measured is None or total > height:
            placed = _overflow(blocks, width, height, failure, steps[-1])
            # Drawn all the same, as far as it goes (the deck editor's preview of a card that does not
            # fit shows it cut, not blank); print refuses the card for its problem.
            return _place(_measure_cut(blocks, width, steps[-1]), x, top, width, steps[-1], placed, top - height)
    return _place(measured, x, top, width, scale, Placed())


def _place(measured, x: float, top: float, width: float, scale: float, placed: Placed,
           floor_y: float | None = None) -> Placed:
    """The measured blocks' lines and badges set top-down from ``top`` into ``placed``; with
    ``floor_y``, the lines that would go below it are left out."""
    y = top
    for b, size, lines, indent, pad in measured:
        y -= b.space_before * min(1.0, scale)
        box_top = y
        y -= pad
        for i, text in enumerate(lines):
            y -= size * b.leading
            if floor_y is not None and y < floor_y:
                placed.bottom = floor_y
                return placed
            baseline = y + size * (b.leading - 1.0) / 2 + size * 0.22
            if b.bullet and i == 0:
                placed.lines.append(Line(b.bullet, b.font, size, b.colour, x, baseline))
            lx = x + indent + pad
            if b.align == "centre":
                lx = x + width / 2
            placed.lines.append(Line(text, b.font, size, b.colour, lx, baseline, b.align))
        y -= pad
        if b.badge:
            widest = max(text_width(t, b.font, size) for t in lines)
            left = x + (width - widest) / 2 - pad if b.align == "centre" else x
            placed.badges.append((left, y, widest + 2 * pad, box_top - y, b.colour))
    placed.bottom = y
    return placed


def _measure_cut(blocks: list[Block], width: float, scale: float):
    """As ``_measure``, never failing: a word too wide for the box is cut with "…", and a block
    over its lines ends on its last line, cut with "…"."""
    out = []
    for b in blocks:
        size = _size(b, scale)
        indent = text_width(b.bullet + " ", b.font, size) if b.bullet else 0.0
        pad = size * 0.5 if b.badge else 0.0
        room = width - indent - 2 * pad
        lines = wrap(b.text, b.font, size, room) or [cut_to_width(b.text, b.font, size, room)]
        if b.max_lines and len(lines) > b.max_lines:
            kept = lines[:b.max_lines]
            lines = [*kept[:-1], cut_to_width(kept[-1], b.font, size, room, always=True)]
        out.append((b, size, lines, indent, pad))
    return out


def _points(size: float) -> Num:
    """A font size as ``f"{size:g}"`` writes it, with a decimal comma in French."""
    return Num(size, len(f"{size:g}".partition(".")[2]), grouped=False)


def _overflow(blocks, width, height, failure, floor) -> Placed:
    """Name the field to shorten: the one that cannot be set, or else the tallest text."""
    if failure is not None:
        block, why = failure
        return Placed(overflow=block.field, detail=why.render("en"), wording=why)
    measured, total, _ = _measure(blocks, width, floor)
    heights: dict[str, float] = {}
    for b, size, lines, _indent, pad in measured:
        heights[b.field] = heights.get(b.field, 0.0) + len(lines) * size * b.leading + 2 * pad
    tallest = max((f for f in heights if f), key=lambda f: heights[f], default="text")
    excess_mm = (total - height) / 72 * 25.4
    why = ExportMessage("fit.overflow", excess=Num(excess_mm, 1, grouped=False))
    return Placed(overflow=tallest, detail=why.render("en"), wording=why)
