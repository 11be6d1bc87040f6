"""Card sheets as a PDF: which cards go on which page, fronts and backs, and the calibration page.

The same drawing code makes the whole print run (``render_sheets_pdf``), one page of it for a
preview (``render_sheet_pdf``) and the double-sided calibration sheet (``render_calibration_pdf``).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from bataille.deck.models import CARD_KINDS, Card, Deck

from .calibration import render_calibration_pdf
from .card_drawing import draw_face
from .card_frame import Face
from .cards import BACKS_WITH_WORDS, CardLayout, check_fits
from .deck_order import in_workshop_order, theme_ids
from .errors import CardsDoNotFit, ExportError
from .imposition import (
    CARD_SIZES_MM,
    DUPLEX_MODES,
    LAYOUTS,
    CardSize,
    Layout,
    Matrix,
    Slot,
    apply,
    parse_card_size,
    plan_layout,
)
from .imposition_layouts import plan_fold_layout, plan_shop_layout
from .pdf_canvas import new_canvas
from .sheet_mark import SheetMarkPlace, draw_sheet_mark, sheet_mark_place
from .sheet_ruler import RulerPlace, draw_fold_line, draw_ruler, place_ruler, ruler_place
from .wording import word

__all__ = ["PrintOptions", "backs_left_out", "SheetPage", "SheetPlan", "SelectionError", "page_count", "plan_sheets",
           "render_calibration_pdf", "render_sheet_pdf", "render_sheets_pdf", "select_cards",
           "smallest_size_that_fits"]

MARK_WIDTH = 0.4  # points: thin enough to cut on, thick enough for a school laser printer


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
    cards: tuple[str, ...] = ()  # card ids: only these (the card one just edited), with the filters above
    layout: str = "grid"
    ruler: bool = True  # the 50 mm ruler and "print at 100 %" (not on print-shop pages)
    edge_marks: bool = False  # cut marks that run to the sheet's edges
    ink_saving: bool = False  # the themes' colours as light tints and outlines, for a black-and-white printer


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
    """The deck's cards that the card, theme and kind filters keep, in the workshop's order (the deck's
    order of themes, then the timeline's events: ``deck_order``)."""
    ids = {c.id for c in deck.cards}
    for card in options.cards:
        if card not in ids:
            raise SelectionError(f"unknown card {card!r}; no card of this deck has that id")
    known = theme_ids(deck)
    for theme in options.themes:
        if theme not in known:
            raise SelectionError(f"unknown theme {theme!r}; this deck has: {', '.join(known)}")
    for kind in options.kinds:
        if kind not in CARD_KINDS:
            raise SelectionError(f"unknown kind {kind!r}; use {', '.join(CARD_KINDS)}")
    cards = in_workshop_order(deck, (
        c for c in deck.cards
        if (not options.cards or c.id in options.cards)
        and (not options.themes or c.theme in options.themes)
        and (not options.kinds or c.kind in options.kinds)
    ))
    if not cards:
        raise SelectionError("no card matches the chosen --theme, --kind and --card filters")
    return cards


def smallest_size_that_fits(deck: Deck, options: PrintOptions) -> str | None:
    """The smallest named card size, larger than the one asked for, that every chosen card fits (the
    command line and the print dialog suggest it for cards too long); None when none is large enough."""
    asked = options.size.width_mm * options.size.height_mm
    cards = select_cards(deck, options)
    for name, (w, h) in sorted(CARD_SIZES_MM.items(), key=lambda item: item[1][0] * item[1][1]):
        if w * h > asked and not check_fits(deck, name, options.lang, cards):
            return name
    return None


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
        draw_face(canvas, face, layout.card, layout.bleed, plan.options.ink_saving)
        canvas.restoreState()
    if marks_on(plan, page):
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(MARK_WIDTH)
        canvas.lines([(m.x1, m.y1, m.x2, m.y2) for m in layout.marks])
    if page.side == "fold":
        draw_fold_line(canvas, layout, plan.options.lang)
    if ruler is not None and page.side != "back":
        draw_ruler(canvas, ruler, plan.options.lang)
    draw_sheet_mark(canvas, plan, page, sheet_mark)


def _title(deck: Deck, options: PrintOptions) -> str:
    return word("doc.cards", options.lang).format(deck=deck.title.get(options.lang))


def _subject(deck: Deck, options: PrintOptions) -> str:
    """What the sheets are, in words a reader's "Document properties" shows: the deck, the cards'
    size and language, how the sheets are printed."""
    lang, paper = options.lang, options.paper.upper()
    if options.layout == "shop":
        how = word("doc.shop", lang)
    elif options.layout == "fold":
        how = word("doc.fold", lang).format(paper=paper)
    else:
        sides = (word("none_duplex", lang) if options.duplex == "none"
                 else word("doc.two_sided", lang).format(edge=word(options.duplex, lang)))
        how = word("doc.grid", lang).format(paper=paper, sides=sides)
    bleed = word("doc.bleed", lang).format(bleed=f"{options.bleed_mm:g}") if options.bleed_mm else ""
    return word("doc.cards_subject", lang).format(
        deck=deck.title.get(lang), version=deck.version, size=options.size.label(), language=word(f"in.{lang}", lang),
        how=how,
        bleed=bleed, ink=word("doc.ink", lang) if options.ink_saving else "")


def render_sheets_pdf(deck: Deck, options: PrintOptions) -> bytes:
    """The whole print run as PDF bytes; raises CardsDoNotFit naming every card field that overflows."""
    plan = plan_sheets(deck, options)
    faces = _lay_out(deck, options, plan.cards)
    buf = io.BytesIO()
    canvas = _new_canvas(buf, plan.layout, _title(deck, options), _subject(deck, options))
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
    canvas = _new_canvas(buf, plan.layout, _title(deck, options), _subject(deck, options))
    _draw_page(canvas, plan, page, faces, ruler_place(plan), sheet_mark_place(plan))
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
