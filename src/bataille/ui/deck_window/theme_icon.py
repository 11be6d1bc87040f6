"""A theme's picture in the deck browser's list of themes: its colour with its icon, as printed on
the card band, or, for the timeline's events that belong to no theme, the timeline's own mark."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from bataille.deck.models import Deck, Theme
from bataille.ui.card_face import NO_THEME_COLOUR
from bataille.ui.icon_paint import paint_icon


def theme_icon(theme: Theme | None, deck: Deck, size: int = 40) -> QIcon:
    """The theme's colour with its icon, as printed on the card band."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(theme.colour if theme else NO_THEME_COLOUR))
    painter.drawRoundedRect(QRectF(0, 0, size, size), size / 6, size / 6)
    if theme is not None:
        paint_icon(painter, deck.icon_path(theme), QRectF(size * 0.15, size * 0.15, size * 0.7, size * 0.7))
    else:  # the timeline's own mark, as the back of a printed event card draws it: a line with ticks
        painter.setPen(QPen(QColor("white"), max(1.5, size / 16), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        middle = size / 2
        painter.drawLine(QPointF(size * 0.18, middle), QPointF(size * 0.82, middle))
        for x in (0.32, 0.5, 0.68):
            painter.drawLine(QPointF(size * x, middle - size * 0.13), QPointF(size * x, middle + size * 0.13))
    painter.end()
    return QIcon(pixmap)
