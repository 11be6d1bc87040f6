"""A card on screen: its words for a screen reader, its colours, and its face as it is printed.

The face itself is the export's layout, drawn by ``ui.card_painter`` at any size, so the deck
browser, the card preview and the print preview show what the PDF prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSizeF
from PySide6.QtGui import QColor, QPainter

from bataille.deck.models import Card, DebateCard, Deck, EventCard, FactCard
from bataille.ui.contrast import MIN_CONTRAST, contrast

CARD_ASPECT = 88 / 63  # height / width of a poker-size printed card
NO_THEME_COLOUR = "#37474F"
INK = QColor("#1A1A1A")
MUTED_INK = QColor("#4A4A4A")  # still 8:1 against white
PAPER = QColor("#FFFFFF")
MIN_SHRINK = 0.6  # text shrinks to 60 % of its size before it is cut with an ellipsis


def kind_label(kind: str) -> str:
    """The kind of a card as the room calls it."""
    labels = {
        "fact": QCoreApplication.translate("CardFace", "Fact"),
        "debate": QCoreApplication.translate("CardFace", "Debate"),
        "event": QCoreApplication.translate("CardFace", "Event"),
    }
    return labels.get(kind, kind)


def theme_name(deck: Deck, card: Card, lang: str) -> str:
    if card.theme is None:
        return QCoreApplication.translate("CardFace", "Timeline")
    try:
        return deck.theme(card.theme).name.get(lang)
    except KeyError:
        return card.theme


def theme_colour(deck: Deck, card: Card) -> QColor:
    try:
        return QColor(deck.theme(card.theme).colour) if card.theme else QColor(NO_THEME_COLOUR)
    except KeyError:
        return QColor(NO_THEME_COLOUR)


def source_line(card: Card, lang: str) -> str:
    sources = getattr(card, "sources", ())
    if not sources:
        return ""
    line = QCoreApplication.translate("CardFace", "Source: %1").replace("%1", sources[0].short(lang))
    if len(sources) > 1:
        line += f" (+{len(sources) - 1})"
    return line


def big_line(card: Card, lang: str, reveal_year: bool) -> str:
    """The key figure of a fact, or the date of an event (hidden when not revealed)."""
    if isinstance(card, FactCard):
        return card.figure.get(lang)
    if isinstance(card, EventCard):
        if not reveal_year:
            return "?"
        if card.month:
            return f"{QLocale(lang).standaloneMonthName(card.month)} {card.year}"
        return str(card.year)
    return ""


def body_text(card: Card, lang: str) -> str:
    if isinstance(card, FactCard | EventCard):
        return card.text.get(lang)
    if isinstance(card, DebateCard):
        return card.claim.get(lang)
    return ""


def card_summary(card: Card, deck: Deck, lang: str, reveal_year: bool = True) -> str:
    """Everything written on the card, as one sentence for screen readers and search."""
    parts = [kind_label(card.kind), theme_name(deck, card, lang), card.title.get(lang)]
    parts += [big_line(card, lang, reveal_year), body_text(card, lang)]
    if isinstance(card, DebateCard):
        parts.append(card.context.get(lang))
    if isinstance(card, FactCard) and card.contested:
        parts.append(QCoreApplication.translate("CardFace", "Contested figure"))
    parts.append(source_line(card, lang))
    return ". ".join(p for p in parts if p and p != "?")


def readable_on(background: QColor) -> QColor:
    """White or near-black, whichever reads better on ``background`` (WCAG luminance)."""
    return PAPER if contrast(PAPER, background) >= MIN_CONTRAST else INK


def clear_icon_cache() -> None:
    """Forget the cards laid out and the icons read: the deck files changed."""
    from bataille.ui.card_painter import clear_cache

    clear_cache()


@dataclass(frozen=True)
class CardFaceOptions:
    """What to show: the year of an event is hidden on the front of a printed timeline card."""

    reveal_year: bool = True


def card_rect(area: QRectF) -> QRectF:
    """The largest card-shaped rectangle centred in ``area``."""
    width = min(area.width(), area.height() / CARD_ASPECT)
    size = QSizeF(width, width * CARD_ASPECT)
    return QRectF(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(), size.height())


def paint_card(painter: QPainter, area: QRectF, card: Card, deck: Deck, lang: str,
               options: CardFaceOptions = CardFaceOptions()) -> None:  # noqa: B008 - frozen default
    """Draw ``card`` as it is printed (the export's own layout, ``ui.card_painter``) in the largest
    card-shaped rectangle in ``area``. An event whose year may be shown shows its back: the year,
    the title and the source; its front keeps the year hidden, as on the table."""
    from bataille.ui.card_painter import (
        paint_printed,  # imported when a card is drawn: reportlab is not needed to start
    )

    paint_printed(painter, card_rect(area), card, deck, lang, back=options.reveal_year and isinstance(card, EventCard))
