"""What a sheet carries besides its cards: the 50 mm ruler that catches a printer's "fit to page",
and the fold layout's fold line.

The ruler goes where the sheet has room: a place in the printable area that no card, bleed, cut
mark or fold line touches, found once per print run (every sheet has the same imposition).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.units import mm

from .cards_text import draw_text, text_width
from .fonts import BOLD, REGULAR, clean_text
from .imposition import FOLD_MARK_GAP_MM, MARK_GAP_MM, PRINTABLE_MARGIN_MM, Layout
from .wording import word

if TYPE_CHECKING:
    from .cards_sheets import SheetPlan

RULER_MM = 50
RULER_LENGTH = RULER_MM * mm
# The ruler's box: 0 sits 1 mm in from its left end so that the "0" label fits; the caption is under
# the ticks, the numbers above them.
RULER_BOX = (RULER_LENGTH + 2 * mm, 6.3 * mm)
_BASE_Y = 2.6 * mm
_CAPTION_PT = 5.5
_LABEL_PT = 4.5
_CLEARANCE = 0.4 * mm  # between the ruler and anything else
RULER_LINE = 0.3
FOLD_LINE = 0.5
FOLD_DASH = (3 * mm, 2 * mm)

Box = tuple[float, float, float, float]  # x0, y0, x1, y1


@dataclass(frozen=True)
class RulerPlace:
    """Where the ruler goes: the bottom-left corner of its box and whether it runs up the page."""

    x: float
    y: float
    vertical: bool

    def matrix(self):
        if self.vertical:  # turned a quarter anticlockwise: it reads from the bottom up
            return (0.0, 1.0, -1.0, 0.0, self.x + RULER_BOX[1], self.y)
        return (1.0, 0.0, 0.0, 1.0, self.x, self.y)


def sheet_obstacles(layout: Layout) -> list[Box]:
    """What a mark in the margin must keep clear of: each card with its bleed (and, on a fold page,
    its back across the line), the cut marks, and the fold line with its caption."""
    gap = MARK_GAP_MM * mm
    pw, ph = layout.page_width, layout.page_height
    boxes = [(s.x - layout.bleed - gap, s.y - layout.bleed - gap, s.x + s.width + layout.bleed + gap,
              s.y + s.height + layout.bleed + gap) for s in layout.slots]
    if layout.fold == "short":  # the backs, mirrored across the fold line
        boxes += [(x0, ph - y1, x1, ph - y0) for x0, y0, x1, y1 in boxes]
    elif layout.fold == "long":
        boxes += [(pw - x1, y0, pw - x0, y1) for x0, y0, x1, y1 in boxes]
    pad = 0.5 * mm
    boxes += [(min(m.x1, m.x2) - pad, min(m.y1, m.y2) - pad, max(m.x1, m.x2) + pad, max(m.y1, m.y2) + pad)
              for m in layout.marks]
    line = layout.fold_line()
    if line is not None:  # the fold line, its caption and the marks that stop short of it
        band = FOLD_MARK_GAP_MM * mm
        x1, y1, x2, y2 = line
        boxes.append((x1 - band, y1 - band, x2 + band, y2 + band))
    return boxes


def clear_of(box: Box, obstacles: list[Box]) -> bool:
    """Whether ``box`` stays 0.4 mm (the ruler's clearance) away from each of ``obstacles``."""
    x0, y0, x1, y1 = box
    c = _CLEARANCE
    return not any(x0 < o[2] + c and o[0] - c < x1 and y0 < o[3] + c and o[1] - c < y1 for o in obstacles)


def place_ruler(layout: Layout) -> RulerPlace | None:
    """The first free place for the ruler, lying along the bottom of the sheet if it can, else
    anywhere, else standing up; None when the sheet has no room at all for it."""
    obstacles = sheet_obstacles(layout)
    edge = PRINTABLE_MARGIN_MM * mm
    pw, ph = layout.page_width, layout.page_height
    c = _CLEARANCE
    for vertical in (False, True):
        w, h = (RULER_BOX[1], RULER_BOX[0]) if vertical else RULER_BOX
        xs = {edge, pw - edge - w, (pw - w) / 2} | {o[2] + c for o in obstacles} | {o[0] - c - w for o in obstacles}
        ys = {edge, ph - edge - h, (ph - h) / 2} | {o[3] + c for o in obstacles} | {o[1] - c - h for o in obstacles}
        xs = sorted((x for x in xs if edge - 1e-6 <= x <= pw - edge - w + 1e-6), key=lambda x: abs(x + w / 2 - pw / 2))
        ys = sorted(y for y in ys if edge - 1e-6 <= y <= ph - edge - h + 1e-6)
        for y in ys:
            for x in xs:
                if clear_of((x, y, x + w, y + h), obstacles):
                    return RulerPlace(x, y, vertical)
    return None


def ruler_place(plan: SheetPlan) -> RulerPlace | None:
    """Where the ruler goes on the fronts (or fold) pages; None without a ruler or for a print shop."""
    if not plan.options.ruler or plan.layout.kind == "shop":
        return None
    return place_ruler(plan.layout)


def draw_ruler(canvas, place: RulerPlace, lang: str) -> None:
    """A 50 mm ruler graduated in millimetres, and "print at 100 %" under it."""
    canvas.saveState()
    canvas.transform(*place.matrix())
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setLineWidth(RULER_LINE)
    x0 = 1 * mm
    canvas.line(x0, _BASE_Y, x0 + RULER_LENGTH, _BASE_Y)
    ticks = []
    for i in range(RULER_MM + 1):
        length = 2.0 * mm if i % 10 == 0 else 1.4 * mm if i % 5 == 0 else 0.9 * mm
        ticks.append((x0 + i * mm, _BASE_Y, x0 + i * mm, _BASE_Y + length))
    canvas.lines(ticks)
    canvas.setFont(REGULAR, _LABEL_PT)
    for i in range(0, RULER_MM + 1, 10):
        draw_text(canvas, str(i), REGULAR, _LABEL_PT, x0 + i * mm, _BASE_Y + 2.4 * mm, "centre")
    caption = clean_text(word("ruler", lang))
    size = min(_CAPTION_PT, _CAPTION_PT * RULER_LENGTH / max(1.0, text_width(caption, BOLD, _CAPTION_PT)))
    canvas.setFont(BOLD, size)
    draw_text(canvas, caption, BOLD, size, x0, 0.5 * mm)
    canvas.restoreState()


def draw_fold_line(canvas, layout: Layout, lang: str) -> None:
    """The dashed fold line, edge to edge, and what to do with it, on the fronts' side."""
    line = layout.fold_line()
    if line is None:
        return
    x1, y1, x2, y2 = line
    canvas.saveState()
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(FOLD_LINE)
    canvas.setDash(*FOLD_DASH)
    canvas.line(x1, y1, x2, y2)
    canvas.restoreState()
    canvas.saveState()
    if layout.fold == "long":  # the fronts are on the left: the caption reads up, left of the line
        canvas.translate(x1, y1)
        canvas.rotate(90)
        length = layout.page_height
    else:
        canvas.translate(x1, y1)
        length = layout.page_width
    caption = clean_text(word("fold", lang))
    size = min(_CAPTION_PT, _CAPTION_PT * (length - 2 * PRINTABLE_MARGIN_MM * mm - 4 * mm)
               / max(1.0, text_width(caption, REGULAR, _CAPTION_PT)))
    # The caption interrupts the line, on a white ground, centred on it.
    width = text_width(caption, REGULAR, size) + 3 * mm
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect((length - width) / 2, -size * 0.5, width, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(REGULAR, size)
    draw_text(canvas, caption, REGULAR, size, length / 2, -size * 0.33, "centre")
    canvas.restoreState()
