"""The preview of a print run that saves ink: what the black-and-white printer it is for prints.

Saving ink, the PDF keeps the theme's colour as a light tint and outlines, and its icon in that
colour (``export.card_drawing.draw_face``); the printer the option names prints them in grey. The
preview shows that grey page: the PDF's page rasterised in grey (``pdftoppm -gray``, as the tests
read the toner), or, without pdftoppm, the faces drawn as the PDF draws them saving ink, then grey.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from bataille.deck.models import Card, Deck
from bataille.export.card_drawing import INK_SAVING_ICON_TINT, INK_SAVING_TINT, tint
from bataille.export.card_frame import INK
from bataille.ui.card_painter import SCREEN_SIZE, faces, paint_face
from bataille.ui.icon_paint import paint_icon

ICON_SUPERSAMPLE = 6  # an icon's picture, in pixels per card point: sharp at the preview's zoom


def in_grey(image: QImage) -> QImage:
    """``image`` as a black-and-white printer prints it (one grey level a pixel)."""
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def back_colour(colour: str) -> str:
    """The colour a back's bleed is printed in, saving ink: its ground's light tint."""
    return tint(colour, INK_SAVING_TINT)


def _saving(face):
    """The face as the PDF draws it saving ink: the ground a light tint, every word and badge in ink."""
    return replace(face, colour=tint(face.colour, INK_SAVING_TINT),
                   lines=[replace(line, colour=INK) for line in face.lines],
                   badges=[(*badge[:4], INK) for badge in face.badges], icon=None)


def _shaded_icon(painter: QPainter, path: Path, rect: QRectF, colour: str) -> None:
    """The icon at ``path`` in one colour, as print draws it saving ink (its own colours left)."""
    size = (max(1, round(rect.width() * ICON_SUPERSAMPLE)), max(1, round(rect.height() * ICON_SUPERSAMPLE)))
    picture = QImage(*size, QImage.Format.Format_ARGB32_Premultiplied)
    picture.fill(QColor(0, 0, 0, 0))
    p = QPainter(picture)
    if paint_icon(p, path, QRectF(0, 0, *size)):
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        p.fillRect(picture.rect(), QColor(colour))
    p.end()
    painter.drawImage(rect, picture)


def paint_saving_ink(painter: QPainter, area: QRectF, card: Card, deck: Deck, lang: str, back: bool) -> None:
    """One side of ``card`` filling ``area`` as printed saving ink: the light ground, the white panel
    and a fact's frame outlined in the theme's colour, the words in ink, the icon in the theme's
    colour (a back's, a mid tint of it)."""
    from reportlab.lib.units import mm

    from bataille.export.imposition import parse_card_size

    front, reverse = faces(deck, card.id, lang)
    face = reverse if back else front
    theme = next((t for t in deck.themes if t.id == card.theme), None)
    icon = deck.icon_path(theme) if theme is not None else None
    paint_face(painter, area, _saving(face), None)
    size = parse_card_size(SCREEN_SIZE)
    k = area.width() / size.width

    def rect(x: float, y: float, w: float, h: float) -> QRectF:  # card points, y up, to ``area``
        return QRectF(area.left() + x * k, area.top() + (size.height - y - h) * k, w * k, h * k)

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QPainterPath()
    outline.addRoundedRect(area, 3 * mm * k, 3 * mm * k)
    painter.setClipPath(outline)
    if face.decor == "fact":  # a fact's back: its inset frame in the theme's colour, not white
        inset = 3.5 * mm
        painter.setPen(QPen(QColor(face.colour), 0.9 * k))
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawRoundedRect(rect(inset, inset, size.width - 2 * inset, size.height - 2 * inset),
                                2.5 * mm * k, 2.5 * mm * k)
    if face.panel:
        painter.setPen(QPen(QColor(face.colour), 0.8 * k))
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawRoundedRect(rect(*face.panel), 1.8 * mm * k, 1.8 * mm * k)
    if face.icon and icon is not None:
        _, x, y, s = face.icon
        _shaded_icon(painter, icon, rect(x, y, s, s),
                     face.colour if face.panel else tint(face.colour, INK_SAVING_ICON_TINT))
    painter.restore()
