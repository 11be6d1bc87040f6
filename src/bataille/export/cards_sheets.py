"""Card sheets as a PDF: which cards go on which page, fronts and backs, and the calibration page.

The same drawing code makes the whole print run (``render_sheets_pdf``), one page of it for a
preview (``render_sheet_pdf``) and the double-sided calibration sheet (``render_calibration_pdf``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from bataille.deck.models import CARD_KINDS, Card, Deck

from .calibration import render_calibration_pdf
from .cards import BACKS_WITH_WORDS, CardLayout, Face, draw_face
from .cards_text import draw_text, text_width
from .deck_order import in_workshop_order, theme_ids
from .errors import CardsDoNotFit, ExportError
from .fonts import REGULAR, register_fonts
from .imposition import (
    DUPLEX_MODES,
    LAYOUTS,
    PRINTABLE_MARGIN_MM,
    CardSize,
    Layout,
    Matrix,
    Slot,
    apply,
    multiply,
    parse_card_size,
    plan_layout,
)
from .imposition_layouts import plan_fold_layout, plan_shop_layout
from .pdf_canvas import new_canvas
from .sheet_ruler import (
    RULER_BOX,
    RulerPlace,
    _free,
    _obstacles,
    draw_fold_line,
    draw_ruler,
    place_ruler,
)
from .wording import word

__all__ = ["PrintOptions", "backs_left_out", "SheetPage", "SheetPlan", "SelectionError", "page_count", "plan_sheets",
           "render_calibration_pdf", "render_sheet_pdf", "render_sheets_pdf", "select_cards"]

MARK_WIDTH = 0.4  # points: thin enough to cut on, thick enough for a school laser printer
SHEET_MARK_PT = 5  # "Feuille 2 · recto" in a margin: which sheet, which side


class SelectionError(ExportError):
    """The options select no card, or name a theme or kind the deck does not have."""


@dataclass(frozen=True)
class PrintOptions:
    """How to print a deck: layout, paper, card size, bleed, marks, duplex, ruler, language and which cards.

    ``layout`` is "grid" (backs on the next page), "fold" (fronts and backs on one page, folded) or
    "shop" (one card a page; ``paper``, ``duplex`` and the back offset do not apply).
    """

    paper: str = "a4"
    size: CardSize = field(default_factory=lambda: parse_card_size("poker"))
    bleed_mm: float = 0.0
    cut_marks: bool = True
    duplex: str = "long"
    back_offset_mm: tuple[float, float] = (0.0, 0.0)
    lang: str = "fr"
    themes: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    layout: str = "grid"
    ruler: bool = True  # the 50 mm ruler and "print at 100 %" (not on print-shop pages)
    edge_marks: bool = False  # cut marks that run to the sheet's edges


def plan_imposition(options: PrintOptions) -> Layout:
    """Where the cards of one sheet go, for the options' layout.

    The cards are centred; when the margins leave the ruler no room, the room to spare goes to one
    side instead (the first side that makes room for it), never at the cost of a card.
    """
    if options.layout == "shop":
        return plan_shop_layout(options.size, options.bleed_mm, options.cut_marks)
    if options.layout not in LAYOUTS:
        raise ExportError(f"unknown layout {options.layout!r}; use {', '.join(LAYOUTS)}")
    plan = plan_fold_layout if options.layout == "fold" else plan_layout
    layout = plan(options.paper, options.size, options.bleed_mm, options.cut_marks, options.edge_marks)
    if not options.ruler or place_ruler(layout) is not None:
        return layout
    for slack in ("bottom", "left", "top", "right"):
        moved = plan(options.paper, options.size, options.bleed_mm, options.cut_marks, options.edge_marks, slack)
        if place_ruler(moved) is not None:
            return moved
    return layout


@dataclass(frozen=True)
class SheetPage:
    """One page of the print run: fronts or backs of one sheet, a card (or None) per slot."""

    side: str  # "front", "back", or "fold" (fronts and their backs on one page)
    sheet: int
    cards: tuple[Card | None, ...]


@dataclass(frozen=True)
class SheetPlan:
    """The whole print run: the imposition and the pages in printing order."""

    options: PrintOptions
    layout: Layout
    cards: tuple[Card, ...]
    pages: tuple[SheetPage, ...]


def select_cards(deck: Deck, options: PrintOptions) -> tuple[Card, ...]:
    """The deck's cards that the theme and kind filters keep, in the workshop's order (the deck's
    order of themes, then the timeline's events: ``deck_order``)."""
    known = theme_ids(deck)
    for theme in options.themes:
        if theme not in known:
            raise SelectionError(f"unknown theme {theme!r}; this deck has: {', '.join(known)}")
    for kind in options.kinds:
        if kind not in CARD_KINDS:
            raise SelectionError(f"unknown kind {kind!r}; use {', '.join(CARD_KINDS)}")
    cards = in_workshop_order(deck, (
        c for c in deck.cards
        if (not options.themes or c.theme in options.themes)
        and (not options.kinds or c.kind in options.kinds)
    ))
    if not cards:
        raise SelectionError("no card matches the chosen --theme and --kind filters")
    return cards


def plan_sheets(deck: Deck, options: PrintOptions) -> SheetPlan:
    """Split the selected cards into sheets; with duplex, each fronts page is followed by its backs.

    Fold: one page a sheet, fronts and backs on it. Shop: each card's front page, then its back page.
    """
    if options.duplex not in DUPLEX_MODES:
        raise ExportError(f"unknown duplex mode {options.duplex!r}; use {', '.join(DUPLEX_MODES)}")
    layout = plan_imposition(options)
    cards = select_cards(deck, options)
    n = layout.per_sheet
    pages = []
    for sheet, start in enumerate(range(0, len(cards), n)):
        chunk = cards[start:start + n]
        slots = tuple(chunk) + (None,) * (n - len(chunk))
        if layout.kind == "fold":
            pages.append(SheetPage("fold", sheet, slots))
            continue
        pages.append(SheetPage("front", sheet, slots))
        if options.duplex != "none" or layout.kind == "shop":
            pages.append(SheetPage("back", sheet, slots))
    return SheetPlan(options, layout, cards, tuple(pages))


def backs_left_out(plan: SheetPlan) -> tuple[str, ...]:
    """The kinds of the plan's cards that lose words when it prints no backs (fronts only): an
    event's year, a debate's ideas (``BACKS_WITH_WORDS``); () when the backs are printed."""
    if any(page.side != "front" for page in plan.pages):
        return ()
    kinds = {card.kind for card in plan.cards}
    return tuple(kind for kind in BACKS_WITH_WORDS if kind in kinds)


def back_matrix(plan: SheetPlan, slot: Slot) -> Matrix:
    """Card→page matrix of the back of the card in ``slot``: behind it after the duplex flip, across
    the fold line, or (print shop) upright on its own page."""
    layout, options = plan.layout, plan.options
    if layout.kind == "fold":
        return layout.back(slot, layout.fold or "short")
    if layout.kind == "shop":
        return layout.back(slot, "long")  # one centred slot: the long-edge flip leaves it in place
    return layout.back(slot, options.duplex, options.back_offset_mm)


def placements(plan: SheetPlan, page: SheetPage) -> list[tuple[Card, str, Matrix]]:
    """Each face a page shows: the card, "front" or "back", and its card→page matrix."""
    out = []
    for slot, card in zip(plan.layout.slots, page.cards, strict=True):
        if card is None:
            continue
        if page.side in ("front", "fold"):
            out.append((card, "front", slot.front))
        if page.side in ("back", "fold"):
            out.append((card, "back", back_matrix(plan, slot)))
    return out


def marks_on(plan: SheetPlan, page: SheetPage) -> bool:
    """Whether the page carries the cut marks: fronts and fold pages; both sides of a shop card."""
    return bool(plan.layout.marks) and (page.side != "back" or plan.layout.kind == "shop")


def ruler_place(plan: SheetPlan) -> RulerPlace | None:
    """Where the ruler goes on the fronts (or fold) pages; None without a ruler or for a print shop."""
    if not plan.options.ruler or plan.layout.kind == "shop":
        return None
    return place_ruler(plan.layout)


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


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
    obstacles = _obstacles(layout)
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
                if not _free((x - pad, y - pad, x + w + pad, y + h + pad), obstacles):
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


def _draw_sheet_mark(canvas: Canvas, plan: SheetPlan, page: SheetPage, place: SheetMarkPlace | None) -> None:
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


def page_count(deck: Deck, options: PrintOptions) -> int:
    """How many pages the print run has."""
    return len(plan_sheets(deck, options).pages)


def _lay_out(deck: Deck, options: PrintOptions, cards) -> dict[str, tuple[Face, Face]]:
    layout = CardLayout(deck, options.size, options.lang)
    faces = {card.id: layout.layout(card) for card in cards if card is not None}
    if layout.problems:
        raise CardsDoNotFit(layout.problems)
    return faces


def _new_canvas(buf: io.BytesIO, layout: Layout, deck_title: str, subject: str) -> Canvas:
    canvas = new_canvas(buf, (layout.page_width, layout.page_height), deck_title, subject)
    if layout.kind == "shop":  # for every page: the card (TrimBox) and the card with its bleed (BleedBox)
        slot, b = layout.slots[0], layout.bleed
        canvas.setTrimBox((slot.x, slot.y, slot.x + slot.width, slot.y + slot.height))
        canvas.setBleedBox((slot.x - b, slot.y - b, slot.x + slot.width + b, slot.y + slot.height + b))
    return canvas


def _bleed_box(matrix, size: CardSize, bleed: float) -> tuple[float, float, float, float]:
    corners = [apply(matrix, x, y) for x in (-bleed, size.width + bleed) for y in (-bleed, size.height + bleed)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _draw_page(canvas: Canvas, plan: SheetPlan, page: SheetPage, faces, ruler: RulerPlace | None,
               sheet_mark: SheetMarkPlace | None) -> None:
    layout = plan.layout
    for card, side, matrix in placements(plan, page):
        face = faces[card.id][0 if side == "front" else 1]
        canvas.saveState()
        # Clip to the card and its bleed, in page coordinates: nothing spills onto a neighbour.
        clip = canvas.beginPath()
        clip.rect(*_bleed_box(matrix, layout.card, layout.bleed))
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.transform(*matrix)
        draw_face(canvas, face, layout.card, layout.bleed)
        canvas.restoreState()
    if marks_on(plan, page):
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(MARK_WIDTH)
        canvas.lines([(m.x1, m.y1, m.x2, m.y2) for m in layout.marks])
    if page.side == "fold":
        draw_fold_line(canvas, layout, plan.options.lang)
    if ruler is not None and page.side != "back":
        draw_ruler(canvas, ruler, plan.options.lang)
    _draw_sheet_mark(canvas, plan, page, sheet_mark)


def _subject(deck: Deck, options: PrintOptions) -> str:
    paper = "" if options.layout == "shop" else f"{options.paper.upper()}, "
    duplex = f"duplex {options.duplex}, " if options.layout == "grid" else ""
    return (f"{deck.id} {deck.version}, {options.layout}, {options.size.label()}, {paper}"
            f"bleed {options.bleed_mm:g} mm, {duplex}{options.lang}")


def render_sheets_pdf(deck: Deck, options: PrintOptions) -> bytes:
    """The whole print run as PDF bytes; raises CardsDoNotFit naming every card field that overflows."""
    plan = plan_sheets(deck, options)
    faces = _lay_out(deck, options, plan.cards)
    buf = io.BytesIO()
    canvas = _new_canvas(buf, plan.layout, deck.title.get(options.lang), _subject(deck, options))
    ruler, sheet_mark = ruler_place(plan), sheet_mark_place(plan)
    for page in plan.pages:
        _draw_page(canvas, plan, page, faces, ruler, sheet_mark)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


def render_sheet_pdf(deck: Deck, options: PrintOptions, page_index: int) -> bytes:
    """One page of the print run as a one-page PDF, for a preview (same drawing as the print run)."""
    plan = plan_sheets(deck, options)
    if not 0 <= page_index < len(plan.pages):
        raise IndexError(f"page {page_index} of a {len(plan.pages)}-page print run")
    page = plan.pages[page_index]
    faces = _lay_out(deck, options, page.cards)
    buf = io.BytesIO()
    canvas = _new_canvas(buf, plan.layout, deck.title.get(options.lang), _subject(deck, options))
    _draw_page(canvas, plan, page, faces, ruler_place(plan), sheet_mark_place(plan))
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
