"""Draws a card as it is printed: theme band with icon and name, title, key figure, text, source.

Every size is a fraction of the card's width, so the same drawing serves a thumbnail in the
deck browser and a card filling the projector.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from bataille.deck.models import Card, DebateCard, Deck, EventCard, FactCard
from bataille.ui.icon_paint import clear_icon_cache as _clear_icons
from bataille.ui.icon_paint import paint_icon

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


def source_line(card: Card) -> str:
    sources = getattr(card, "sources", ())
    if not sources:
        return ""
    line = QCoreApplication.translate("CardFace", "Source: %1").replace("%1", sources[0].short())
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
    parts.append(source_line(card))
    return ". ".join(p for p in parts if p and p != "?")


def readable_on(background: QColor) -> QColor:
    """White or near-black, whichever reads better on ``background`` (WCAG luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    lum = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) + 0.0722 * channel(background.blueF())
    return PAPER if (1.05 / (lum + 0.05)) >= 4.5 else INK


def clear_icon_cache() -> None:
    """Forget the drawn icons (after the deck reloads: an icon file may have changed)."""
    _clear_icons()


def _font(base: QFont, px: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    font.setItalic(italic)
    return font


def fit_text(text: str, font: QFont, width: float, max_height: float, flags: int) -> tuple[QFont, str, float]:
    """The font (shrunk if needed), the text (cut with … if still too long) and its height."""
    size = font.pixelSize()
    fitted = QFont(font)
    floor = max(1, round(size * MIN_SHRINK))
    while True:
        metrics = QFontMetricsF(fitted)
        height = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()
        if height <= max_height or fitted.pixelSize() <= floor:
            break
        fitted.setPixelSize(fitted.pixelSize() - 1)
    if height <= max_height:
        return fitted, text, height
    words = text.split()
    low, high = 0, len(words)
    while low < high:  # the most words that still fit, followed by an ellipsis
        mid = (low + high + 1) // 2
        candidate = " ".join(words[:mid]) + " …"
        if metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, candidate).height() <= max_height:
            low = mid
        else:
            high = mid - 1
    cut = " ".join(words[:low]) + " …" if low else ""
    return fitted, cut, min(height, max_height)


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
    """Draw ``card`` in the largest card-shaped rectangle that fits in ``area``."""
    rect = card_rect(area)
    u = rect.width() / 100  # one unit: 1 % of the card's width
    base = painter.font()
    colour = theme_colour(deck, card)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    outline = QPainterPath()
    outline.addRoundedRect(rect.adjusted(0.5 * u, 0.5 * u, -0.5 * u, -0.5 * u), 4 * u, 4 * u)
    painter.setPen(QPen(colour, 1.2 * u))
    painter.setBrush(PAPER)
    painter.drawPath(outline)
    painter.setClipPath(outline)

    # Band: colour, icon and the theme's name in words (never the colour alone).
    band = QRectF(rect.left(), rect.top(), rect.width(), 17 * u)
    painter.fillRect(band, colour)
    pad = 5 * u
    icon_rect = QRectF(band.left() + pad, band.top() + 3 * u, 11 * u, 11 * u)
    theme = deck.theme(card.theme) if card.theme and card.theme in {t.id for t in deck.themes} else None
    text_left = band.left() + pad
    if theme is not None and paint_icon(painter, deck.icon_path(theme), icon_rect):
        text_left = icon_rect.right() + 3 * u
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    name_rect = QRectF(text_left, band.top() + 1.5 * u, band.right() - pad - text_left, band.height() - 3 * u)
    font, text, _ = fit_text(theme_name(deck, card, lang), _font(base, 5.0 * u, bold=True),
                             name_rect.width(), name_rect.height(), flags)
    painter.setFont(font)
    painter.setPen(readable_on(colour))
    painter.drawText(name_rect, flags, text)

    inner = QRectF(rect.left() + pad, band.bottom() + 3 * u, rect.width() - 2 * pad, 0)
    inner.setBottom(rect.bottom() - 4 * u)

    # Kind, and the contested mark as a word in a frame (not a colour).
    kind_font = _font(base, 4.0 * u, bold=True)
    painter.setFont(kind_font)
    painter.setPen(MUTED_INK)
    kind_height = QFontMetricsF(kind_font).height()
    kind_rect = QRectF(inner.left(), inner.top(), inner.width(), kind_height)
    painter.drawText(kind_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), kind_label(card.kind).upper())
    if isinstance(card, FactCard) and card.contested:
        mark = "⚠ " + QCoreApplication.translate("CardFace", "Contested")
        width = QFontMetricsF(kind_font).horizontalAdvance(mark) + 3 * u
        mark_rect = QRectF(kind_rect.right() - width, kind_rect.top() - 0.6 * u, width, kind_height + 1.2 * u)
        painter.setPen(QPen(INK, 0.5 * u))
        painter.setBrush(QColor("#FFF3C4"))
        painter.drawRoundedRect(mark_rect, 1.5 * u, 1.5 * u)
        painter.setPen(INK)
        painter.drawText(mark_rect, int(Qt.AlignmentFlag.AlignCenter), mark)
    y = kind_rect.bottom() + 2 * u

    # Footer first, so the body knows how much room is left.
    footer = source_line(card)
    footer_font = _font(base, 4.4 * u)
    footer_height = QFontMetricsF(footer_font).height() * 2 if footer else 0
    bottom = inner.bottom() - footer_height - (2 * u if footer else 0)

    wrap = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    centred = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    font, text, height = fit_text(card.title.get(lang), _font(base, 7.2 * u, bold=True), inner.width(), 30 * u, wrap)
    painter.setFont(font)
    painter.setPen(INK)
    painter.drawText(QRectF(inner.left(), y, inner.width(), height), wrap, text)
    y += height + 2.5 * u

    big = big_line(card, lang, options.reveal_year)
    if big:
        font, text, height = fit_text(big, _font(base, 11 * u, bold=True), inner.width(), 30 * u, centred)
        painter.setFont(font)
        painter.setPen(colour if readable_on(colour) == PAPER else INK)
        painter.drawText(QRectF(inner.left(), y, inner.width(), height), centred, text)
        y += height + 2.5 * u

    body = body_text(card, lang)
    if body and bottom - y > 4 * u:
        italic = isinstance(card, DebateCard)
        font, text, height = fit_text(body, _font(base, 5.6 * u, italic=italic), inner.width(), bottom - y, wrap)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(QRectF(inner.left(), y, inner.width(), height), wrap, text)
        y += height + 3 * u

    context = card.context.get(lang) if isinstance(card, DebateCard) else ""
    if context and bottom - y > 6 * u:
        font, text, height = fit_text(context, _font(base, 4.6 * u), inner.width(), bottom - y, wrap)
        painter.setFont(font)
        painter.setPen(MUTED_INK)
        painter.drawText(QRectF(inner.left(), y, inner.width(), height), wrap, text)

    if footer:
        painter.setPen(QPen(QColor("#BDBDBD"), 0.3 * u))
        painter.drawLine(inner.left(), bottom + u, inner.right(), bottom + u)
        font, text, height = fit_text(footer, footer_font, inner.width(), footer_height, wrap)
        painter.setFont(font)
        painter.setPen(MUTED_INK)
        painter.drawText(QRectF(inner.left(), inner.bottom() - footer_height, inner.width(), footer_height),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)
    painter.restore()
