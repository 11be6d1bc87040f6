"""Where cards go on a sheet: the grid, the cut marks, and where each back lands after the flip.

All lengths are PDF points (1/72 in) unless a name ends in _mm. A card is drawn in its own
coordinates (0..w, 0..h, y up); a ``Matrix`` maps them to the page, as PDF's ``cm`` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.units import mm

from .errors import ExportError

Matrix = tuple[float, float, float, float, float, float]

PAPERS_MM = {"a4": (210.0, 297.0), "letter": (215.9, 279.4)}
CARD_SIZES_MM = {"poker": (63.0, 88.0), "tarot": (70.0, 120.0), "a7": (74.0, 105.0), "mini": (44.0, 63.0)}
DUPLEX_MODES = ("none", "long", "short")
# grid: cards side by side, backs on the next page (double-sided); fold: fronts and backs on one
# page, folded and glued; shop: one card a page with its bleed, for a print shop.
LAYOUTS = ("grid", "fold", "shop")
MAX_BLEED_MM = 5.0
MAX_BACK_OFFSET_MM = 10.0

# Most office and school printers leave about 4.2 mm (1/6 in) unprinted at each edge.
PRINTABLE_MARGIN_MM = 4.5
# Cut marks start this far from the printed area of the cards, and are at most this long.
MARK_GAP_MM = 1.0
MARK_LENGTH_MM = 5.0
MIN_MARK_LENGTH_MM = 2.0
# Fold layout: no card nearer the fold line than this (the glue margin); marks stop this far from it.
FOLD_MARGIN_MM = 6.0
FOLD_MARK_GAP_MM = 3.0
SHOP_BLEED_MM = 3.0  # what print shops ask for


class LayoutError(ExportError):
    """The options cannot give a printable sheet (e.g. a card larger than the paper)."""


@dataclass(frozen=True)
class CardSize:
    """A card's trim size in millimetres, portrait (width ≤ height is not required)."""

    name: str
    width_mm: float
    height_mm: float

    @property
    def width(self) -> float:
        return self.width_mm * mm

    @property
    def height(self) -> float:
        return self.height_mm * mm

    def label(self) -> str:
        size = f"{self.width_mm:g}×{self.height_mm:g} mm"
        return f"{self.name} ({size})" if self.name in CARD_SIZES_MM else size


def parse_card_size(text: str) -> CardSize:
    """'poker', 'tarot', 'a7', 'mini' or 'WxH' in mm (e.g. '60x90'); ValueError otherwise."""
    key = text.strip().lower()
    if key in CARD_SIZES_MM:
        return CardSize(key, *CARD_SIZES_MM[key])
    match = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*[x×]\s*(\d+(?:[.,]\d+)?)", key)
    if not match:
        raise ValueError(f"unknown card size {text!r}: use poker, tarot, a7, mini or WxH in mm (e.g. 60x90)")
    w, h = (float(g.replace(",", ".")) for g in match.groups())
    if not (20 <= w <= 250 and 20 <= h <= 250):
        raise ValueError(f"card size {text!r}: each side must be between 20 and 250 mm")
    return CardSize(f"{w:g}x{h:g}", w, h)


def parse_back_offset(text: str) -> tuple[float, float]:
    """'X,Y' in mm (e.g. '0.5,-1'); ValueError otherwise."""
    parts = text.replace(";", ",").split(",")
    try:
        x, y = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"back offset {text!r}: write X,Y in millimetres, e.g. 0.5,-1") from None
    if abs(x) > MAX_BACK_OFFSET_MM or abs(y) > MAX_BACK_OFFSET_MM:
        raise ValueError(f"back offset {text!r}: each value must be within ±{MAX_BACK_OFFSET_MM:g} mm")
    return (x, y)


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """The matrix that applies n first, then m."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    """The image of the point (x, y) under m."""
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


@dataclass(frozen=True)
class Slot:
    """One card place on a fronts page: its trim rectangle on the page and its card→page matrix."""

    x: float
    y: float
    width: float  # on the page (a rotated card's height)
    height: float
    front: Matrix


@dataclass(frozen=True)
class Mark:
    """A cut mark: a line segment in the page margin."""

    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Layout:
    """The imposition shared by every sheet of a print run."""

    page_width: float
    page_height: float
    card: CardSize
    bleed: float
    rotated: bool
    columns: int
    rows: int
    slots: tuple[Slot, ...]
    marks: tuple[Mark, ...]
    kind: str = "grid"  # one of LAYOUTS
    fold: str | None = None  # fold layout: "short" (the fold line across the sheet) or "long" (along it)

    @property
    def per_sheet(self) -> int:
        return len(self.slots)

    def fold_line(self) -> tuple[float, float, float, float] | None:
        """The fold layout's fold line (x1, y1, x2, y2), edge to edge; None for other layouts."""
        if self.fold == "short":
            return (0.0, self.page_height / 2, self.page_width, self.page_height / 2)
        if self.fold == "long":
            return (self.page_width / 2, 0.0, self.page_width / 2, self.page_height)
        return None

    def flip(self, duplex: str) -> Matrix:
        """Where a point of the fronts page lies on the backs page after the sheet is turned over."""
        if duplex == "short":
            return (1.0, 0.0, 0.0, -1.0, 0.0, self.page_height)
        return (-1.0, 0.0, 0.0, 1.0, self.page_width, 0.0)

    def back(self, slot: Slot, duplex: str, offset_mm: tuple[float, float] = (0.0, 0.0)) -> Matrix:
        """Card→page matrix of the back behind ``slot``.

        A player turns a card over sideways (around its own vertical axis); composing that with
        the sheet's flip keeps backs upright whichever edge the printer turns the sheet on.
        """
        turn_card: Matrix = (-1.0, 0.0, 0.0, 1.0, self.card.width, 0.0)
        shift: Matrix = (1.0, 0.0, 0.0, 1.0, offset_mm[0] * mm, offset_mm[1] * mm)
        return multiply(shift, multiply(self.flip(duplex), multiply(slot.front, turn_card)))


def _fit(avail: float, size: float, gap: float, bleed: float) -> int:
    if avail < size + 2 * bleed:
        return 0
    return int((avail - 2 * bleed + gap + 1e-6) // (size + gap))


@dataclass(frozen=True)
class Grid:
    """Cards in a region: the slots and the block they make (trim edges, bleeds excluded)."""

    columns: int
    rows: int
    rotated: bool
    slots: tuple[Slot, ...]
    x0: float
    y0: float
    width: float
    height: float


def grid_in(region: tuple[float, float, float, float], card: CardSize, bleed: float,
          slack: str | None = None) -> Grid | None:
    """As many cards as fit in ``region`` (x, y, w, h), upright or turned a quarter, centred, or
    with all the room to spare on the ``slack`` side ("left", "right", "bottom", "top")."""
    rx, ry, aw, ah = region
    gap = 2 * bleed  # neighbouring cards' bleeds meet but never overlap
    best: tuple[int, int, int, bool] | None = None
    for rotated in (False, True):
        cw, ch = (card.height, card.width) if rotated else (card.width, card.height)
        cols, rows = _fit(aw, cw, gap, bleed), _fit(ah, ch, gap, bleed)
        if cols * rows and (best is None or cols * rows > best[0]):
            best = (cols * rows, cols, rows, rotated)
    if best is None:
        return None
    _, cols, rows, rotated = best
    cw, ch = (card.height, card.width) if rotated else (card.width, card.height)
    block_w = cols * cw + (cols - 1) * gap
    block_h = rows * ch + (rows - 1) * gap
    x0, y0 = rx + (aw - block_w) / 2, ry + (ah - block_h) / 2
    spare_x, spare_y = (aw - block_w) / 2 - bleed, (ah - block_h) / 2 - bleed
    x0 += {"left": spare_x, "right": -spare_x}.get(slack or "", 0.0)
    y0 += {"bottom": spare_y, "top": -spare_y}.get(slack or "", 0.0)
    slots = []
    for r in range(rows):  # top row first, left to right: reading order
        for c in range(cols):
            x = x0 + c * (cw + gap)
            y = y0 + block_h - ch - r * (ch + gap)
            # Turned cards have their top to the left, so the sheet reads from the left edge.
            front = (0.0, 1.0, -1.0, 0.0, x + cw, y) if rotated else (1.0, 0.0, 0.0, 1.0, x, y)
            slots.append(Slot(x, y, cw, ch, front))
    return Grid(cols, rows, rotated, tuple(slots), x0, y0, block_w, block_h)


def sheet_size(paper: str, bleed_mm: float) -> tuple[float, float, float]:
    if paper not in PAPERS_MM:
        raise LayoutError(f"unknown paper {paper!r}: use {' or '.join(PAPERS_MM)}")
    if not 0 <= bleed_mm <= MAX_BLEED_MM:
        raise LayoutError(f"bleed must be between 0 and {MAX_BLEED_MM:g} mm, got {bleed_mm:g}")
    pw, ph = (v * mm for v in PAPERS_MM[paper])
    return pw, ph, bleed_mm * mm


def does_not_fit(card: CardSize, bleed: float, paper: str) -> LayoutError:
    return LayoutError(f"a {card.label()} card{' with bleed' if bleed else ''} does not fit on {paper.upper()} paper")


def plan_layout(paper: str, card: CardSize, bleed_mm: float = 0.0, cut_marks: bool = True,
                edge_marks: bool = False, slack: str | None = None) -> Layout:
    """As many cards as fit on a portrait sheet, upright or turned a quarter, centred (or with the
    room to spare on the ``slack`` side, where the ruler goes when the margins are too narrow).

    ``edge_marks``: the cut marks run from the cards to the sheet's edges (for a guillotine).
    """
    pw, ph, bleed = sheet_size(paper, bleed_mm)
    margin = (PRINTABLE_MARGIN_MM + (MARK_GAP_MM + MIN_MARK_LENGTH_MM if cut_marks else 0.0)) * mm
    grid = grid_in((margin, margin, pw - 2 * margin, ph - 2 * margin), card, bleed, slack)
    if grid is None:
        raise does_not_fit(card, bleed, paper)
    edge = PRINTABLE_MARGIN_MM * mm
    bounds = (0.0, 0.0, pw, ph) if edge_marks else (edge, edge, pw - edge, ph - edge)
    marks = cut_marks_around(grid, bleed, bounds, None if edge_marks else MARK_LENGTH_MM * mm) if cut_marks else ()
    return Layout(pw, ph, card, bleed, grid.rotated, grid.columns, grid.rows, grid.slots, tuple(marks))


def cut_marks_around(grid: Grid, bleed: float, bounds: tuple[float, float, float, float],
               length: float | None) -> list[Mark]:
    """Marks outside the cards, on every trim line, stopping short of the cards' bleed.

    They run outwards to ``bounds`` (x0, y0, x1, y1), at most ``length`` long (None: to the bounds).
    """
    lo_x, lo_y, hi_x, hi_y = bounds
    gap = MARK_GAP_MM * mm
    reach = float("inf") if length is None else length
    xs = sorted({round(v, 3) for s in grid.slots for v in (s.x, s.x + s.width)})
    ys = sorted({round(v, 3) for s in grid.slots for v in (s.y, s.y + s.height)})
    marks = []
    bottom, top = grid.y0 - bleed - gap, grid.y0 + grid.height + bleed + gap
    left, right = grid.x0 - bleed - gap, grid.x0 + grid.width + bleed + gap
    for x in xs:
        if bottom > lo_y:
            marks.append(Mark(x, bottom, x, max(lo_y, bottom - reach)))
        if top < hi_y:
            marks.append(Mark(x, top, x, min(hi_y, top + reach)))
    for y in ys:
        if left > lo_x:
            marks.append(Mark(left, y, max(lo_x, left - reach), y))
        if right < hi_x:
            marks.append(Mark(right, y, min(hi_x, right + reach), y))
    return marks
