"""The sheet mark: "Feuille 2 · recto" in a margin of each page, so that a stack of printed sheets
goes back in order and each backs page finds its fronts.

Its place is found once per print run, as the ruler's: a margin free of cards, bleed, cut marks,
fold line and ruler, nearest the top-left corner, and on the backs page the same box behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .cards_text import draw_text, text_width
from .fonts import REGULAR, register_fonts
from .imposition import PRINTABLE_MARGIN_MM, apply, multiply
from .sheet_ruler import RULER_BOX, Box, clear_of, ruler_place, sheet_obstacles
from .wording import word

if TYPE_CHECKING:
    from .cards_sheets import SheetPage, SheetPlan

SHEET_MARK_PT = 5  # "Feuille 2 · recto" in a margin: which sheet, which side


@dataclass(frozen=True)
class SheetMarkPlace:
    """Where each page's "Sheet N · front/back" goes: its box on the fronts (or fold) page, and on
    the backs page the same box behind it after the flip and the back offset (None when that falls
    off the printable area); ``vertical``: the words read up the page, in a side margin."""

    front: Box
    back: Box | None
    vertical: bool = False


def sheet_mark_text(plan: SheetPlan, page: SheetPage) -> str:
    """The page's "Feuille N · recto" / "Sheet N · back"; a fold page is both sides: "Sheet N"."""
    key = "sheet_fold" if page.side == "fold" or plan.options.duplex == "none" else f"sheet_{page.side}"
    return word(key, plan.options.lang).format(n=page.sheet + 1)


def sheet_mark_place(plan: SheetPlan) -> SheetMarkPlace | None:
    """A free place for the sheet mark in the margin, nearest the top-left corner, lying along the
    sheet if it can, else standing up: no card, bleed, cut mark, fold line or ruler within 0.6 mm.
    A place whose twin on the backs page stays printable comes first. None for a print shop's pages,
    or when no margin has room."""
    layout = plan.layout
    if layout.kind == "shop" or not plan.pages:
        return None
    register_fonts()  # the words are measured in the face they are printed in
    length = max(text_width(sheet_mark_text(plan, page), REGULAR, SHEET_MARK_PT) for page in plan.pages) + 0.5 * mm
    thickness = SHEET_MARK_PT * 1.1
    obstacles = sheet_obstacles(layout)
    ruler = ruler_place(plan)
    if ruler is not None:
        rw, rh = (RULER_BOX[1], RULER_BOX[0]) if ruler.vertical else RULER_BOX
        obstacles.append((ruler.x, ruler.y, ruler.x + rw, ruler.y + rh))
    edge = PRINTABLE_MARGIN_MM * mm
    pw, ph = layout.page_width, layout.page_height
    dx, dy = (abs(v) * mm for v in plan.options.back_offset_mm)
    pad, gap = 0.6 * mm, 1.0 * mm
    fallback = None
    for vertical in (False, True):
        w, h = (thickness, length) if vertical else (length, thickness)
        xs = {edge, edge + dx, pw - edge - w, pw - edge - w - dx} | {o[2] + gap for o in obstacles} \
            | {o[0] - gap - w for o in obstacles}
        ys = {edge, edge + dy, ph - edge - h, ph - edge - h - dy} | {o[3] + gap for o in obstacles} \
            | {o[1] - gap - h for o in obstacles}
        for y in sorted((y for y in ys if edge <= y <= ph - edge - h), reverse=True):
            for x in sorted(x for x in xs if edge <= x <= pw - edge - w):
                box = (x, y, x + w, y + h)
                if not clear_of((x - pad, y - pad, x + w + pad, y + h + pad), obstacles):
                    continue
                back = _behind(plan, box)
                if back is not None or layout.kind != "grid" or plan.options.duplex == "none":
                    return SheetMarkPlace(box, back, vertical)
                fallback = fallback or SheetMarkPlace(box, None, vertical)
    return fallback


def _behind(plan: SheetPlan, box: Box) -> Box | None:
    """The backs page's box behind ``box`` of the fronts page (the flip and the back offset, as the
    cards' backs), or None when there is no backs page or it leaves the printable area."""
    layout, options = plan.layout, plan.options
    if layout.kind != "grid" or options.duplex == "none":
        return None
    dx, dy = options.back_offset_mm
    flip = multiply((1.0, 0.0, 0.0, 1.0, dx * mm, dy * mm), layout.flip(options.duplex))
    (x0, y0), (x1, y1) = apply(flip, box[0], box[1]), apply(flip, box[2], box[3])
    back = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    edge = PRINTABLE_MARGIN_MM * mm - 1e-6
    inside = edge <= back[0] and edge <= back[1] and back[2] <= layout.page_width - edge \
        and back[3] <= layout.page_height - edge
    return back if inside else None


def draw_sheet_mark(canvas: Canvas, plan: SheetPlan, page: SheetPage, place: SheetMarkPlace | None) -> None:
    """The page's sheet mark in its place (the front's box, or on a backs page the box behind it)."""
    box = None if place is None else place.back if page.side == "back" else place.front
    if box is None:
        return
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(REGULAR, SHEET_MARK_PT)
    if place.vertical:  # reading up the page, the glyphs' feet towards the box's right side
        canvas.translate(box[2], box[1])
        canvas.rotate(90)
    else:
        canvas.translate(box[0], box[1])
    draw_text(canvas, sheet_mark_text(plan, page), REGULAR, SHEET_MARK_PT, 0.25 * mm, 0.25 * SHEET_MARK_PT)
    canvas.restoreState()
