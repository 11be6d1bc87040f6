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

from .cards import CardLayout, Face, draw_face
from .cards_text import wrap
from .errors import CardsDoNotFit, ExportError
from .fonts import BOLD, REGULAR, register_fonts
from .imposition import DUPLEX_MODES, CardSize, Layout, apply, parse_card_size, plan_layout
from .wording import word

CREATOR = "Bataille IA"
MARK_WIDTH = 0.4  # points: thin enough to cut on, thick enough for a school laser printer


class SelectionError(ExportError):
    """The options select no card, or name a theme or kind the deck does not have."""


@dataclass(frozen=True)
class PrintOptions:
    """How to print a deck: paper, card size, bleed, marks, duplex, language and which cards."""

    paper: str = "a4"
    size: CardSize = field(default_factory=lambda: parse_card_size("poker"))
    bleed_mm: float = 0.0
    cut_marks: bool = True
    duplex: str = "long"
    back_offset_mm: tuple[float, float] = (0.0, 0.0)
    lang: str = "fr"
    themes: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class SheetPage:
    """One page of the print run: fronts or backs of one sheet, a card (or None) per slot."""

    side: str  # "front" or "back"
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
    """The deck's cards that the theme and kind filters keep, in deck order."""
    known = {t.id for t in deck.themes}
    for theme in options.themes:
        if theme not in known:
            raise SelectionError(f"unknown theme {theme!r}; this deck has: {', '.join(sorted(known))}")
    for kind in options.kinds:
        if kind not in CARD_KINDS:
            raise SelectionError(f"unknown kind {kind!r}; use {', '.join(CARD_KINDS)}")
    cards = tuple(
        c for c in deck.cards
        if (not options.themes or c.theme in options.themes)
        and (not options.kinds or c.kind in options.kinds)
    )
    if not cards:
        raise SelectionError("no card matches the chosen --theme and --kind filters")
    return cards


def plan_sheets(deck: Deck, options: PrintOptions) -> SheetPlan:
    """Split the selected cards into sheets; with duplex, each fronts page is followed by its backs."""
    if options.duplex not in DUPLEX_MODES:
        raise ExportError(f"unknown duplex mode {options.duplex!r}; use {', '.join(DUPLEX_MODES)}")
    layout = plan_layout(options.paper, options.size, options.bleed_mm, options.cut_marks)
    cards = select_cards(deck, options)
    n = layout.per_sheet
    pages = []
    for sheet, start in enumerate(range(0, len(cards), n)):
        chunk = cards[start:start + n]
        slots = tuple(chunk) + (None,) * (n - len(chunk))
        pages.append(SheetPage("front", sheet, slots))
        if options.duplex != "none":
            pages.append(SheetPage("back", sheet, slots))
    return SheetPlan(options, layout, cards, tuple(pages))


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
    register_fonts()
    # invariant: fixed dates and document id, so the same deck gives the same bytes.
    # initialFontName: reportlab otherwise opens every page in Helvetica, a font it does not embed.
    canvas = Canvas(buf, pagesize=(layout.page_width, layout.page_height), invariant=1, pageCompression=1,
                    initialFontName=REGULAR)
    canvas.setTitle(deck_title)
    canvas.setSubject(subject)
    canvas.setCreator(CREATOR)
    canvas.setAuthor(CREATOR)
    return canvas


def _bleed_box(matrix, size: CardSize, bleed: float) -> tuple[float, float, float, float]:
    corners = [apply(matrix, x, y) for x in (-bleed, size.width + bleed) for y in (-bleed, size.height + bleed)]
    xs, ys = [c[0] for c in corners], [c[1] for c in corners]
    return (min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def _draw_page(canvas: Canvas, plan: SheetPlan, page: SheetPage, faces) -> None:
    layout, options = plan.layout, plan.options
    for slot, card in zip(layout.slots, page.cards, strict=True):
        if card is None:
            continue
        if page.side == "front":
            matrix, face = slot.front, faces[card.id][0]
        else:
            matrix, face = layout.back(slot, options.duplex, options.back_offset_mm), faces[card.id][1]
        canvas.saveState()
        # Clip to the card and its bleed, in page coordinates: nothing spills onto a neighbour.
        clip = canvas.beginPath()
        clip.rect(*_bleed_box(matrix, layout.card, layout.bleed))
        canvas.clipPath(clip, stroke=0, fill=0)
        canvas.transform(*matrix)
        draw_face(canvas, face, layout.card, layout.bleed)
        canvas.restoreState()
    if page.side == "front" and layout.marks:
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.setLineWidth(MARK_WIDTH)
        canvas.lines([(m.x1, m.y1, m.x2, m.y2) for m in layout.marks])


def _subject(deck: Deck, options: PrintOptions) -> str:
    return (f"{deck.id} {deck.version}, {options.size.label()}, {options.paper.upper()}, "
            f"bleed {options.bleed_mm:g} mm, duplex {options.duplex}, {options.lang}")


def render_sheets_pdf(deck: Deck, options: PrintOptions) -> bytes:
    """The whole print run as PDF bytes; raises CardsDoNotFit naming every card field that overflows."""
    plan = plan_sheets(deck, options)
    faces = _lay_out(deck, options, plan.cards)
    buf = io.BytesIO()
    canvas = _new_canvas(buf, plan.layout, deck.title.get(options.lang), _subject(deck, options))
    for page in plan.pages:
        _draw_page(canvas, plan, page, faces)
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
    _draw_page(canvas, plan, page, faces)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


# -- calibration -----------------------------------------------------------------------------

RULER_MM = 5  # the rulers read from -5 to +5 mm


def render_calibration_pdf(options: PrintOptions) -> bytes:
    """A double-sided sheet that measures how far the printer shifts backs against fronts.

    Front: a vertical and a horizontal line through the page centre. Back: rulers, graduated in
    back-page millimetres, that those lines cross. The graduation a line crosses is the value
    to pass as --back-offset X,Y (the offset is added to every back).
    """
    if options.duplex == "none":
        raise ExportError("the calibration page is double-sided: use --duplex long or --duplex short")
    layout = plan_layout(options.paper, options.size, 0.0, False)
    pw, ph = layout.page_width, layout.page_height
    lang = options.lang
    buf = io.BytesIO()
    canvas = _new_canvas(buf, layout, word("calibration", lang), f"calibration {options.paper} {options.duplex}")
    margin = 12 * mm
    # Front.
    _calibration_text(canvas, word("calibration", lang),
                      word("calibration_front", lang).format(duplex=word(options.duplex, lang)),
                      margin, ph - margin, pw / 2 - margin - 8 * mm)
    canvas.setLineWidth(0.3)
    canvas.line(pw / 2, margin, pw / 2, ph - margin)
    canvas.line(margin, ph / 2, pw - margin, ph / 2)
    canvas.showPage()
    # Back: the offset the user reads is applied to this page by --back-offset; print it as given
    # so that a second calibration run with the offset shows the lines on zero.
    canvas.saveState()
    dx, dy = options.back_offset_mm
    canvas.translate(dx * mm, dy * mm)
    _ruler(canvas, pw / 2, ph / 2 + 40 * mm, horizontal=True)
    _ruler(canvas, pw / 2 + 40 * mm, ph / 2, horizontal=False)
    _ruler(canvas, pw / 2, ph / 2 - 40 * mm, horizontal=True)
    _ruler(canvas, pw / 2 - 40 * mm, ph / 2, horizontal=False)
    canvas.restoreState()
    _calibration_text(canvas, word("calibration", lang), word("calibration_back", lang),
                      margin, 50 * mm, pw / 2 - margin - 8 * mm)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _ruler(canvas: Canvas, cx: float, cy: float, horizontal: bool) -> None:
    """Ticks every 0.5 mm from -RULER_MM to +RULER_MM around (cx, cy), numbered every 2 mm."""
    canvas.setLineWidth(0.25)
    canvas.setFont(REGULAR, 5)
    letter = "X" if horizontal else "Y"
    for half in range(-2 * RULER_MM, 2 * RULER_MM + 1):
        v = half / 2
        length = (4 if half % 2 == 0 else 2) * mm * (1.5 if half == 0 else 1)
        if horizontal:
            x = cx + v * mm
            canvas.line(x, cy - length / 2, x, cy + length / 2)
            if half % 4 == 0:
                canvas.drawCentredString(x, cy + 3.5 * mm, f"{v:+g}" if v else "0")
        else:
            y = cy + v * mm
            canvas.line(cx - length / 2, y, cx + length / 2, y)
            if half % 4 == 0:
                canvas.drawString(cx + 3.5 * mm, y - 1.7, f"{v:+g}" if v else "0")
    canvas.setFont(BOLD, 7)
    if horizontal:
        canvas.drawCentredString(cx, cy - 6 * mm, letter)
    else:
        canvas.drawString(cx - 8 * mm, cy - 2.5, letter)


def _calibration_text(canvas: Canvas, title: str, body: str, x: float, top: float, width: float) -> None:
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(BOLD, 12)
    canvas.drawString(x, top - 12, title)
    canvas.setFont(REGULAR, 9)
    y = top - 28
    for line in wrap(body, REGULAR, 9, width) or [body]:
        canvas.drawString(x, y, line)
        y -= 11.5
