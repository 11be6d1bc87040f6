"""Card faces: what goes where on the front and the back of each kind of card, and whether it fits.

A face is laid out once (``CardLayout.layout``) into a ``Face`` of placed lines and shapes in card
coordinates (points, origin at the bottom-left trim corner), then drawn (``card_drawing.draw_face``)
as many times as needed. The same layout answers ``check_fits`` for the content tests. The parts
every kind shares (band, panel, footer, fitting) are in ``card_frame``.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from bataille.deck.models import Card, DebateCard, Deck, EventCard, FactCard, Theme

from .card_frame import (
    CONTESTED,
    FRAME,
    INK,
    MUTED,
    NEUTRAL,
    PAD,
    SMALL_PT,
    WHITE,
    CardFrame,
    Face,
    FitProblem,
    centre_vertically,
)
from .cards_text import Block, Line
from .fonts import BOLD, BOLD_ITALIC, REGULAR
from .imposition import CardSize
from .wording import month_name, word

# The kinds whose back carries the card's own words: an event's year and source, a debate's ideas
# for each side. Printed without their backs (fronts only), those cards lose them; a fact's back
# shows only its theme.
BACKS_WITH_WORDS = ("event", "debate")


NO_YEAR = "?"  # where an event with no year yet would show its year (the editor's preview only)


def year_shown(card: EventCard) -> str:
    """The year on an event's back: ``NO_YEAR`` while it has none (a new event in the editor), never
    a year 0 that no one wrote. Such a deck does not load (the validator says the year is missing),
    so it never reaches print."""
    return str(card.year) if card.year else NO_YEAR


class CardLayout(CardFrame):
    """Lays out the faces of a deck's cards for one card size and one language."""

    # -- fronts ----------------------------------------------------------------------------

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
            Block("year", year_shown(card), BOLD, 36 * k, 20, WHITE, leading=1.05, align="centre", max_lines=1),
            Block("title", card.title.get(lang), BOLD, 9.5 * k, 7.5, WHITE, leading=1.15,
                  max_lines=4, align="centre", space_before=5),
        ]
        x = FRAME + PAD
        top = h - FRAME - PAD - 10
        bottom = FRAME + PAD + footer + 1.5 * mm
        placed = self._fit(blocks, x, top, w - 2 * x, top - bottom)
        centre_vertically(placed, top, top - bottom)
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
