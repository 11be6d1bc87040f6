"""The printed card on screen: the export's own layout (``export.cards.CardLayout``), painted with QPainter.

One layout and one fitting rule for paper and screen: the deck browser, the card preview and the
print preview's fallback show the faces the PDF prints, line for line, drawn here instead of by
reportlab. The layout is in points with y up; this painter turns it y down inside the card.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from bataille.deck.models import Card, Deck
from bataille.ui.icon_paint import paint_icon

SCREEN_SIZE = "poker"  # the card size the screen shows (the shape of a card in the hand)


@lru_cache(maxsize=4096)
def faces(deck: Deck, card_id: str, lang: str):
    """Front and back of a card as the PDF lays them out (cached: a deck is frozen)."""
    from bataille.export.cards import CardLayout

    return CardLayout(deck, SCREEN_SIZE, lang).layout(deck.card(card_id))


@lru_cache(maxsize=1)
def printed_family() -> str:
    """The family of the very font files the PDF embeds, registered with Qt once ("" if missing)."""
    from PySide6.QtGui import QFontDatabase

    from bataille.export.fonts import fonts_dir

    family = ""
    try:
        folder = fonts_dir()
    except FileNotFoundError:
        return family
    for path in sorted(folder.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and not family:
            family = next(iter(QFontDatabase.applicationFontFamilies(font_id)), "")
    return family


def clear_cache() -> None:
    """Forget the laid-out faces and icons (the deck files changed)."""
    faces.cache_clear()


class _Card:
    """Card points (y up, origin bottom-left) to the painter's coordinates (y down, in ``area``).

    Nothing is scaled in the painter: text is set at its final pixel size, so its advances match
    the export's measure at any zoom (a small font scaled up would carry its rounding along).
    """

    def __init__(self, painter: QPainter, area: QRectF, width: float, height: float) -> None:
        self.painter, self.left, self.top = painter, area.left(), area.top()
        self.k = area.width() / width
        self.h = height

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.left + x * self.k, self.top + (self.h - y) * self.k)

    def rect(self, x: float, y: float, w: float, h: float) -> QRectF:
        """A rectangle given by its bottom-left corner in card points."""
        return QRectF(self.left + x * self.k, self.top + (self.h - y - h) * self.k, w * self.k, h * self.k)

    def font(self, name: str, size: float, family: str) -> QFont:
        font = QFont(family)
        font.setPointSizeF(max(0.1, size * self.k * 72.0 / max(1, self.painter.device().logicalDpiY())))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setBold("Bold" in name)
        font.setItalic("Italic" in name)
        return font


def _decor(c: _Card, face, w: float, h: float) -> None:
    from reportlab.lib.units import mm

    from bataille.export.card_drawing import tint
    from bataille.export.card_frame import FRAME, PAD, WHITE

    p, k = c.painter, c.k
    if face.decor == "fact":
        inset = 3.5 * mm
        p.setPen(QPen(QColor(WHITE), 0.9 * k))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(c.rect(inset, inset, w - 2 * inset, h - 2 * inset), 2.5 * mm * k, 2.5 * mm * k)
    elif face.decor == "debate":  # two facing corners: the two sides of a debate
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(tint(face.colour, 0.22)))
        r = 0.45 * w
        p.drawPie(c.rect(-r, h - r, 2 * r, 2 * r), 270 * 16, 90 * 16)  # around the top-left corner
        p.drawPie(c.rect(w - r, -r, 2 * r, 2 * r), 90 * 16, 90 * 16)  # around the bottom-right corner
    elif face.decor == "event":
        p.setPen(QPen(QColor(tint(face.colour, 0.3)), 1.2 * k))
        y = h - FRAME - PAD - 6.5 - 3.5 * mm  # under the "timeline" label, clear of the year
        p.drawLine(c.point(0, y), c.point(w, y))
        for i in range(1, 8):
            p.drawLine(c.point(w * i / 8, y - 1.5 * mm), c.point(w * i / 8, y + 1.5 * mm))


def _qr(c: _Card, url: str, x: float, y: float, size: float) -> None:
    from bataille.export.card_drawing import qr_modules

    modules = qr_modules(url)
    n = len(modules)
    cell = size / n
    c.painter.setPen(Qt.PenStyle.NoPen)
    c.painter.setBrush(QColor("#000000"))
    for r, row in enumerate(modules):
        for col, dark in enumerate(row):
            if dark:
                c.painter.drawRect(c.rect(x + col * cell, y + size - (r + 1) * cell, cell * 1.02, cell * 1.02))


def paint_face(painter: QPainter, area: QRectF, face, icon: Path | None, family: str = "") -> None:
    """Draw a laid-out face (``export.card_frame.Face``) filling ``area``, which has the card's shape."""
    from reportlab.lib.units import mm

    from bataille.export.card_frame import WHITE
    from bataille.export.cards_text import text_width
    from bataille.export.imposition import parse_card_size

    size = parse_card_size(SCREEN_SIZE)
    w, h = size.width, size.height
    c = _Card(painter, area, w, h)
    k = c.k
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    outline = QPainterPath()
    outline.addRoundedRect(area, 3 * mm * k, 3 * mm * k)
    painter.setClipPath(outline)
    painter.fillRect(area, QColor(face.colour))
    _decor(c, face, w, h)
    painter.setPen(Qt.PenStyle.NoPen)
    if face.panel:
        painter.setBrush(QColor(WHITE))
        painter.drawRoundedRect(c.rect(*face.panel), 1.8 * mm * k, 1.8 * mm * k)
    if face.icon and icon is not None:  # the one reader of icons, as print and validate use
        _, x, y, s = face.icon
        paint_icon(painter, icon, c.rect(x, y, s, s))
    for x, y, bw, bh, colour in face.badges:
        painter.setPen(QPen(QColor(colour), 0.8 * k))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radius = min(bh / 2, 1.5 * mm) * k
        painter.drawRoundedRect(c.rect(x, y, bw, bh), radius, radius)
    family = family or printed_family() or painter.font().family()
    for line in face.lines:
        painter.setFont(c.font(line.font, line.size, family))
        painter.setPen(QColor(line.colour))
        x = line.x
        if line.align != "left":  # aligned by the export's own measure: the fitting rule of the PDF
            width = text_width(line.text, line.font, line.size)
            x -= width / 2 if line.align == "centre" else width
        painter.drawText(c.point(x, line.y), line.text)
    if face.qr:
        url, x, y, s = face.qr
        if face.qr_backing:
            margin = 1.2 * mm
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(WHITE))
            painter.drawRoundedRect(c.rect(x - margin, y - margin, s + 2 * margin, s + 2 * margin), mm * k, mm * k)
        _qr(c, url, x, y, s)
    painter.restore()


def paint_printed(painter: QPainter, area: QRectF, card: Card, deck: Deck, lang: str, back: bool = False,
                  family: str = "") -> None:
    """Draw one side of ``card`` as printed, filling ``area`` (which has the card's shape)."""
    front, reverse = faces(deck, card.id, lang)
    theme = next((t for t in deck.themes if t.id == card.theme), None)
    icon = deck.icon_path(theme) if theme is not None else None
    paint_face(painter, area, reverse if back else front, icon, family)
