"""The frame every card face is built in: the theme's colour and band, the white panel, the footer
(card id, deck version, source line and QR code), and the fitting of texts that notes what does not fit.

``CardFrame`` holds these parts; ``cards.CardLayout`` builds each kind's faces with them. A face is
a ``Face`` of placed lines and shapes in card coordinates (points, origin at the bottom-left trim
corner); a field that cannot be printed as written is a ``FitProblem``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.units import mm

from bataille.deck.messages import Message, Num, Quoted
from bataille.deck.models import Card, Deck, Source, Theme

from .cards_text import Block, Line, Placed, fit, text_width
from .fonts import BOLD, ITALIC, REGULAR, missing_glyphs, register_fonts
from .imposition import CardSize, parse_card_size
from .svg import Icon, IconError, load_icon
from .wording import ExportMessage, Said, word

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


def _scale(size: CardSize) -> float:
    """How much larger than a poker card the fixed parts are drawn."""
    return max(0.8, min(1.4, size.width_mm / 63.0, size.height_mm / 88.0))


def _source_line(sources: tuple[Source, ...], lang: str) -> str:
    if not sources:
        return ""
    extra = f" (+{len(sources) - 1})" if len(sources) > 1 else ""
    return f"{word('source', lang)}\u00a0: {sources[0].short(lang)}{extra}" if lang == "fr" else (
        f"{word('source', lang)}: {sources[0].short(lang)}{extra}")


def centre_vertically(placed: Placed, top: float, height: float) -> None:
    """Move what was placed from ``top`` down to the middle of the ``height`` it was given."""
    used = top - placed.bottom
    shift = max(0.0, (height - used) / 2)
    for line in placed.lines:
        line.y -= shift
    placed.badges = [(x, y - shift, w, h, c) for x, y, w, h, c in placed.badges]


class CardFrame:
    """The parts every face of a deck's cards shares, for one card size and one language; the
    problems found while laying them out are added to ``self.problems``."""

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

    # -- the parts of a front --------------------------------------------------------------

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
        centre_vertically(placed, top, height)
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
