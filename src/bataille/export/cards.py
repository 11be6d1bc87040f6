"""Card faces: what goes where on the front and the back of each kind of card, and whether it fits.

A face is laid out once (``layout_card``) into a ``Face`` of placed lines and shapes in card
coordinates (points, origin at the bottom-left trim corner), then drawn (``draw_face``) as many
times as needed. The same layout answers ``check_fits`` for the content tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from bataille.deck.messages import Message, Num, Quoted
from bataille.deck.models import Card, DebateCard, Deck, EventCard, FactCard, Source, Theme

from .cards_text import Block, Line, Placed, draw_text, fit, text_width
from .fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, missing_glyphs, register_fonts
from .imposition import CardSize, parse_card_size
from .svg import Icon, IconError, draw_icon, load_icon
from .wording import ExportMessage, Said, month_name, word

INK = "#1a1a1a"
MUTED = "#4d4d4d"
WHITE = "#ffffff"
CONTESTED = "#b00020"
NEUTRAL = "#37474f"  # events with no theme

FRAME = 2.0 * mm  # the coloured border every front keeps around its white panel
PAD = 2.2 * mm
SMALL_PT = 5.5  # card id and deck version
MIN_SMALL_PT = 4.5  # the smallest they are set before the footer is a fit problem
SOURCE_PT = 6.5
QR_MASK = 2  # columns pattern: j % 3 == 0


@dataclass(frozen=True)
class FitProblem:
    """A card field that cannot be printed as written (too long, or a character the font lacks).

    ``message`` and ``str()`` are English; ``message_in(lang)`` and ``text(lang)`` say the same in
    French or English when the problem carries its ``wording``.
    """

    card_id: str
    field: str
    lang: str
    size: str
    message: str
    wording: ExportMessage | Message | None = field(default=None, compare=False)
    where: str = field(default="", compare=False)  # the card in its file, "cards/bias.yaml:12:5: ", as deck problems

    def __str__(self) -> str:
        return f"{self.where}card {self.card_id}: '{self.field}' ({self.lang}) on a {self.size} card: {self.message}"

    def message_in(self, lang: str) -> str:
        """What is wrong with the field, in ``lang`` (without the card and field)."""
        return self.wording.render(lang) if self.wording is not None else self.message

    def text(self, lang: str) -> str:
        """The whole problem in ``lang``: card, field, language, size and what to do."""
        if self.wording is None or lang != "fr":
            return str(self)
        kind = self.wording.key.split(".", 1)[0]
        frame = {"fit": "problem.fit", "glyph": "problem.glyph"}.get(kind, "problem.icon")
        return self.where + ExportMessage(frame, card=self.card_id, field=self.field, lang=self.lang,
                                          size=self.size, detail=self.wording).render(lang)


@dataclass
class Face:
    """One side of one card, laid out: background, shapes and placed lines, in card coordinates."""

    colour: str
    lines: list[Line] = field(default_factory=list)
    badges: list[tuple[float, float, float, float, str]] = field(default_factory=list)
    panel: tuple[float, float, float, float] | None = None
    icon: tuple[Icon, float, float, float] | None = None
    qr: tuple[str, float, float, float] | None = None
    qr_backing: bool = False  # a white square behind the code, on coloured backs
    decor: str = ""


# The kinds whose back carries the card's own words: an event's year and source, a debate's ideas
# for each side. Printed without their backs (fronts only), those cards lose them; a fact's back
# shows only its theme.
BACKS_WITH_WORDS = ("event", "debate")


@cache
def _hex(colour: str) -> HexColor:
    return HexColor(colour)


def tint(colour: str, amount: float) -> str:
    """The colour mixed with white (amount 0..1), for quiet patterns on backs."""
    c = _hex(colour)
    r, g, b = (round(255 * (v + (1 - v) * amount)) for v in (c.red, c.green, c.blue))
    return f"#{r:02x}{g:02x}{b:02x}"


def _scale(size: CardSize) -> float:
    """How much larger than a poker card the fixed parts are drawn."""
    return max(0.8, min(1.4, size.width_mm / 63.0, size.height_mm / 88.0))


def _source_line(sources: tuple[Source, ...], lang: str) -> str:
    if not sources:
        return ""
    extra = f" (+{len(sources) - 1})" if len(sources) > 1 else ""
    return f"{word('source', lang)}\u00a0: {sources[0].short(lang)}{extra}" if lang == "fr" else (
        f"{word('source', lang)}: {sources[0].short(lang)}{extra}")


def _centre_vertically(placed: Placed, top: float, height: float) -> None:
    used = top - placed.bottom
    shift = max(0.0, (height - used) / 2)
    for line in placed.lines:
        line.y -= shift
    placed.badges = [(x, y - shift, w, h, c) for x, y, w, h, c in placed.badges]


class CardLayout:
    """Lays out the faces of a deck's cards for one card size and one language."""

    def __init__(self, deck: Deck, size: CardSize | str, lang: str, version: str | None = None) -> None:
        register_fonts()
        self.deck = deck
        self.size = parse_card_size(size) if isinstance(size, str) else size
        self.lang = lang
        self.version = version if version is not None else deck.version
        self.w, self.h = self.size.width, self.size.height
        self.k = _scale(self.size)
        self.problems: list[FitProblem] = []
        self._card: Card | None = None
        self._icons: dict[str, Icon | None] = {}

    # -- helpers ---------------------------------------------------------------------------

    def _theme(self, card: Card) -> Theme | None:
        if card.theme is None:
            return None
        try:
            return self.deck.theme(card.theme)
        except KeyError:
            return None

    def _icon(self, theme: Theme | None) -> Icon | None:
        """The theme's icon; a problem with it is said once per theme, not once per card."""
        if theme is None:
            return None
        if theme.id not in self._icons:
            try:
                self._icons[theme.id] = load_icon(Path(self.deck.icon_path(theme)))
            except IconError as exc:
                self._icons[theme.id] = None
                self._problem("icon", Message("icon.problem", path=Quoted(theme.icon), theme=Quoted(theme.id),
                                              detail=exc.wording))
        return self._icons[theme.id]

    def _problem(self, field_name: str, message: ExportMessage | Message | str) -> None:
        assert self._card is not None
        wording = message if isinstance(message, (ExportMessage, Message)) else None
        text = message.render("en") if wording is not None else message
        card = self._card
        # The card's place as the deck's own problems give it (its file as the teacher would type it).
        where = ""
        if card.source_file:  # the field's own line, when it can be found in the file
            from .fit_where import field_where  # only for a problem

            line, col = field_where(card.source_file, card.source_line, card.source_col, field_name, self.lang)
            where = f"{card.source_file}:{line}:{col}: "
        self.problems.append(FitProblem(card.id, field_name, self.lang, self.size.label(), text, wording, where))

    def _fit(self, blocks: list[Block], x: float, top: float, width: float, height: float) -> Placed:
        for b in blocks:
            missing = missing_glyphs(b.text, b.font)
            if missing and b.field:
                shown = tuple(ExportMessage("glyph.char", char=Said(ch), code=f"{ord(ch):04X}") for ch in missing)
                self._problem(b.field, ExportMessage("glyph.missing", chars=shown))
        placed = fit(blocks, x, top, width, height)
        if placed.overflow:
            self._problem(placed.overflow, placed.wording or placed.detail)
        return placed

    def _small_print(self, card: Card, show_id: bool) -> str:
        version = f"v{self.version}" if self.version else ""
        return " · ".join(p for p in (card.id if show_id else "", version) if p)

    def _footer_line(self, face: Face, card: Card, show_id: bool, colour: str, room: float) -> None:
        """The card id and the deck version, bottom left, in ``room`` points: smaller if needed, or a problem."""
        text = self._small_print(card, show_id)
        size = SMALL_PT
        while size > MIN_SMALL_PT and text_width(text, REGULAR, size) > room:
            size -= 0.25
        need = text_width(text, REGULAR, size)
        if need > room:  # never drawn over the QR code or past the card's edge
            self._problem("id" if show_id else "version",
                          ExportMessage("fit.footer", text=Said(text), need=Num(need / mm, 1, grouped=False),
                                        room=Num(room / mm, 1, grouped=False), size=f"{MIN_SMALL_PT:g}"))
        face.lines.append(Line(text, REGULAR, size, colour, FRAME + PAD, FRAME + PAD + 0.3 * mm))

    # -- fronts ----------------------------------------------------------------------------

    def _band(self, face: Face, theme: Theme | None, kind_label: str) -> None:
        """The coloured band at the top of a front: icon, theme name, kind."""
        k, w, h = self.k, self.w, self.h
        band_h = 10 * mm * k
        icon = self._icon(theme)
        left = FRAME + 1 * mm
        if icon is not None:
            size = 6.5 * mm * k
            face.icon = (icon, left, h - band_h / 2 - size / 2 + 0.3 * mm, size)
            left += size + 1.5 * mm
        kind_size = 6.0 * min(k, 1.2)
        kind_w = text_width(kind_label, BOLD, kind_size)
        right = w - FRAME - 1 * mm
        face.lines.append(Line(kind_label, BOLD, kind_size, WHITE, right, h - band_h / 2 - kind_size * 0.35, "right"))
        name = theme.name.get(self.lang) if theme else word("timeline", self.lang)
        box_w = right - kind_w - 2 * mm - left
        top = h - 1.0 * mm
        height = band_h - 1.6 * mm
        placed = self._fit(
            [Block("theme", name, BOLD, 8.0 * k, 6.0, WHITE, leading=1.1, max_lines=2)],
            left, top, box_w, height,
        )
        _centre_vertically(placed, top, height)
        face.lines += placed.lines

    def _front_frame(self, card: Card, theme: Theme | None, kind_label: str) -> Face:
        colour = theme.colour if theme else NEUTRAL
        face = Face(colour=colour)
        band_h = 10 * mm * self.k
        face.panel = (FRAME, FRAME, self.w - 2 * FRAME, self.h - band_h - FRAME)
        self._band(face, theme, kind_label)
        return face

    def _middle(self, face: Face, blocks: list[Block], footer_h: float) -> None:
        x = FRAME + PAD
        width = self.w - 2 * x
        top = self.h - 10 * mm * self.k - PAD
        bottom = FRAME + PAD + footer_h + (1.5 * mm if footer_h else 0)
        placed = self._fit(blocks, x, top, width, top - bottom)
        face.lines += placed.lines
        face.badges += placed.badges

    def _footer_source(self, face: Face, card: Card, sources: tuple[Source, ...], show_id: bool,
                       ink: str, backing: bool) -> float:
        """QR code bottom right, source line and small print to its left; returns the height used."""
        k = self.k
        x0, y0 = FRAME + PAD, FRAME + PAD
        q = 13 * mm * k
        qx = self.w - FRAME - PAD - q
        room = (qx - 1.5 * mm if sources else self.w - FRAME - PAD) - x0
        self._footer_line(face, card, show_id, ink if backing else MUTED, room)
        if not sources:
            return SMALL_PT * 1.3
        face.qr = (sources[0].url, qx, y0, q)
        face.qr_backing = backing
        width = qx - 1.5 * mm - x0
        top = y0 + q
        height = q - SMALL_PT * 1.6
        placed = self._fit(
            [Block("sources", _source_line(sources, self.lang), ITALIC, SOURCE_PT, 5.5, ink, max_lines=4)],
            x0, top, width, height,
        )
        face.lines += placed.lines
        return q

    def _fact_front(self, card: FactCard, theme: Theme | None) -> Face:
        k, lang = self.k, self.lang
        face = self._front_frame(card, theme, word("fact", lang).upper())
        footer = self._footer_source(face, card, card.sources, True, INK, False)
        colour = face.colour
        blocks = [
            Block("title", card.title.get(lang), BOLD, 11 * k, 8.5, INK, leading=1.15, max_lines=3),
            Block("figure", card.figure.get(lang), BOLD, 19 * k, 11, colour, leading=1.1, max_lines=2,
                  space_before=3.5, align="centre"),
        ]
        if card.contested:
            blocks.append(Block("", word("contested", lang).upper(), BOLD, 6.5, 6.5, CONTESTED,
                                space_before=2.5, align="centre", badge=True))
        blocks.append(Block("text", card.text.get(lang), REGULAR, 9 * k, 7, INK, space_before=4))
        self._middle(face, blocks, footer)
        return face

    def _debate_front(self, card: DebateCard, theme: Theme | None) -> Face:
        k, lang = self.k, self.lang
        face = self._front_frame(card, theme, word("debate", lang).upper())
        self._footer_line(face, card, True, MUTED, self.w - 2 * (FRAME + PAD))
        blocks = [
            Block("title", card.title.get(lang), BOLD, 11 * k, 8.5, INK, leading=1.15, max_lines=3),
            Block("claim", card.claim.get(lang), BOLD_ITALIC, 9 * k, 7.5, face.colour, space_before=4),
            Block("context", card.context.get(lang), REGULAR, 8.5 * k, 7, INK, space_before=4),
        ]
        self._middle(face, blocks, SMALL_PT * 1.3)
        return face

    def _debate_back(self, card: DebateCard, theme: Theme | None) -> Face:
        """Ideas for each side, on the back: teams turn the card over while they prepare."""
        k, lang = self.k, self.lang
        face = self._front_frame(card, theme, word("debate", lang).upper())
        self._footer_line(face, card, True, MUTED, self.w - 2 * (FRAME + PAD))
        blocks = []
        for name, prompts in (("prompts_for", card.prompts_for), ("prompts_against", card.prompts_against)):
            label = word("for" if name == "prompts_for" else "against", lang).upper()
            blocks.append(Block(name, label, BOLD, 8.5 * k, 7.5, face.colour, leading=1.3,
                                space_before=0 if not blocks else 5))
            blocks += [Block(name, p.get(lang), REGULAR, 8.5 * k, 7, INK, bullet="•", leading=1.18,
                             space_before=1.5) for p in prompts]
        self._middle(face, blocks, SMALL_PT * 1.3)
        return face

    def _event_front(self, card: EventCard, theme: Theme | None) -> Face:
        k, lang = self.k, self.lang
        face = self._front_frame(card, theme, word("event", lang).upper())
        # No id, source or year here: each would give the answer away (ids often hold the year).
        self._footer_line(face, card, False, MUTED, self.w - 2 * (FRAME + PAD))
        blocks = [
            Block("title", card.title.get(lang), BOLD, 12 * k, 8.5, INK, leading=1.15, max_lines=3),
            Block("text", card.text.get(lang), REGULAR, 9 * k, 7, INK, space_before=4),
            Block("", word("which_year", lang), BOLD, 8 * k, 7, MUTED, space_before=6, align="centre"),
            Block("", "?\u00a0?\u00a0?\u00a0?", BOLD, 20 * k, 12, face.colour, align="centre"),
        ]
        self._middle(face, blocks, SMALL_PT * 1.3)
        return face

    # -- backs -----------------------------------------------------------------------------

    def _theme_back(self, card: Card, theme: Theme | None, kind: str) -> Face:
        k, w, h = self.k, self.w, self.h
        face = Face(colour=theme.colour if theme else NEUTRAL, decor=kind)
        icon = self._icon(theme)
        size = 0.42 * w
        icon_y = h * 0.5 + 2 * mm
        if icon is not None:
            face.icon = (icon, (w - size) / 2, icon_y, size)
        name = theme.name.get(self.lang) if theme else word("no_theme", self.lang)
        blocks = [
            Block("theme", name, BOLD, 11 * k, 8, WHITE, leading=1.15, max_lines=3, align="centre"),
            Block("", word(kind, self.lang).upper(), BOLD, 9 * k, 7, WHITE, space_before=4,
                  align="centre", badge=True),
        ]
        x = FRAME + PAD
        placed = self._fit(blocks, x, icon_y - 3 * mm, w - 2 * x, icon_y - 3 * mm - FRAME - PAD)
        face.lines += placed.lines
        face.badges += placed.badges
        return face

    def _event_back(self, card: EventCard, theme: Theme | None) -> Face:
        k, w, h, lang = self.k, self.w, self.h, self.lang
        face = Face(colour=theme.colour if theme else NEUTRAL, decor="event")
        face.lines.append(Line(word("timeline", lang).upper(), BOLD, 6.5 * min(k, 1.2), WHITE,
                               w / 2, h - FRAME - PAD - 6.5, "centre"))
        footer = self._footer_source(face, card, card.sources, True, WHITE, True)
        blocks = []
        if card.month:
            blocks.append(Block("month", month_name(card.month, lang), REGULAR, 11 * k, 8, WHITE,
                                align="centre", max_lines=1))
        blocks += [
            Block("year", str(card.year), BOLD, 36 * k, 20, WHITE, leading=1.05, align="centre", max_lines=1),
            Block("title", card.title.get(lang), BOLD, 9.5 * k, 7.5, WHITE, leading=1.15,
                  max_lines=4, align="centre", space_before=5),
        ]
        x = FRAME + PAD
        top = h - FRAME - PAD - 10
        bottom = FRAME + PAD + footer + 1.5 * mm
        placed = self._fit(blocks, x, top, w - 2 * x, top - bottom)
        _centre_vertically(placed, top, top - bottom)
        face.lines += placed.lines
        return face

    # -- public ----------------------------------------------------------------------------

    def layout(self, card: Card) -> tuple[Face, Face]:
        """Front and back of ``card``; problems found on the way are added to ``self.problems``."""
        self._card = card
        theme = self._theme(card)
        if isinstance(card, FactCard):
            return self._fact_front(card, theme), self._theme_back(card, theme, "fact")
        if isinstance(card, DebateCard):
            return self._debate_front(card, theme), self._debate_back(card, theme)
        if isinstance(card, EventCard):
            return self._event_front(card, theme), self._event_back(card, theme)
        raise TypeError(f"unknown card kind {card.kind!r}")


def check_fits(deck: Deck, size: CardSize | str = "poker", lang: str = "fr",
               cards: tuple[Card, ...] | None = None) -> list[FitProblem]:
    """Every field of every card (or of ``cards``) that cannot be printed on this card size."""
    layout = CardLayout(deck, size, lang)
    for card in deck.cards if cards is None else cards:
        layout.layout(card)
    return layout.problems


# -- drawing ---------------------------------------------------------------------------------


@cache
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``url``, rows of dark (True) and light modules from the top (encoded once per URL)."""
    widget = QrCodeWidget(url, barLevel="M")
    qr = widget.qr
    # A fixed mask instead of the best of eight: any mask is valid and phones read them all,
    # and trying eight costs 30 ms a code, most of the time of a 500-card print run.
    qr.version = qr.calculate_version()
    qr.makeImpl(False, QR_MASK)
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


@cache
def _qr_literal(url: str) -> tuple[int, str]:
    """The QR code of ``url`` as PDF fill operations in module units."""
    modules = qr_modules(url)
    n = len(modules)
    parts = []
    for r, row in enumerate(modules):
        y = n - 1 - r
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                parts.append(f"{start} {y} {c - start} 1 re")
            else:
                c += 1
    return n, "\n".join(parts) + "\nf"


def draw_qr(canvas, url: str, x: float, y: float, size: float) -> None:
    """A QR code for ``url`` in the square (x, y, size), black on whatever is below."""
    n, ops = _qr_literal(url)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / n, size / n)
    canvas.setFillColor(_hex("#000000"))
    canvas.addLiteral(ops)
    canvas.restoreState()


def _decor(canvas, face: Face, w: float, h: float, k: float) -> None:
    if face.decor == "fact":
        inset = 3.5 * mm
        canvas.setStrokeColor(_hex(WHITE))
        canvas.setLineWidth(0.9)
        canvas.roundRect(inset, inset, w - 2 * inset, h - 2 * inset, 2.5 * mm, stroke=1, fill=0)
    elif face.decor == "debate":
        # Two facing corners: the two sides of a debate.
        canvas.setFillColor(_hex(tint(face.colour, 0.22)))
        r = 0.45 * w
        canvas.wedge(-r, h - r, r, h + r, 270, 90, stroke=0, fill=1)
        canvas.wedge(w - r, -r, w + r, r, 90, 90, stroke=0, fill=1)
    elif face.decor == "event":
        canvas.setStrokeColor(_hex(tint(face.colour, 0.3)))
        canvas.setLineWidth(1.2)
        y = h - FRAME - PAD - 6.5 - 3.5 * mm  # under the "timeline" label, clear of the year
        canvas.line(0, y, w, y)
        for i in range(1, 8):
            x = w * i / 8
            canvas.line(x, y - 1.5 * mm, x, y + 1.5 * mm)


def draw_face(canvas, face: Face, size: CardSize, bleed: float) -> None:
    """Draw a laid-out face in card coordinates (the caller has set the matrix and the clip)."""
    w, h = size.width, size.height
    canvas.setFillColor(_hex(face.colour))
    canvas.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed, stroke=0, fill=1)
    _decor(canvas, face, w, h, _scale(size))
    if face.panel:
        canvas.setFillColor(_hex(WHITE))
        canvas.roundRect(*face.panel, radius=1.8 * mm, stroke=0, fill=1)
    if face.icon:
        icon, x, y, s = face.icon
        draw_icon(canvas, icon, x, y, s)
    for x, y, bw, bh, colour in face.badges:
        canvas.setStrokeColor(_hex(colour))
        canvas.setLineWidth(0.8)
        canvas.roundRect(x, y, bw, bh, min(bh / 2, 1.5 * mm), stroke=1, fill=0)
    font = colour = None
    for line in face.lines:
        if (line.font, line.size) != font:
            font = (line.font, line.size)
            canvas.setFont(line.font, line.size)
        if line.colour != colour:
            colour = line.colour
            canvas.setFillColor(_hex(colour))
        draw_text(canvas, line.text, line.font, line.size, line.x, line.y, line.align)
    if face.qr:
        url, x, y, s = face.qr
        if face.qr_backing:
            margin = 1.2 * mm
            canvas.setFillColor(_hex(WHITE))
            canvas.roundRect(x - margin, y - margin, s + 2 * margin, s + 2 * margin, 1 * mm, stroke=0, fill=1)
        draw_qr(canvas, url, x, y, s)
