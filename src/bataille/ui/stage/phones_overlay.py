"""The stage's join screen: the QR code, the address and the room code, in large letters, and
under them the open debate's claim, so that the room reads it while it joins. (While a phone vote
is open, the debate's vote box says how many answered: stage/vote_boxes.py.) While this computer has
lost the address the phones open, one sentence stands where the QR code was, and no address is
offered: a phone would scan or type a dead one and fail with nothing telling it why."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from bataille.ui.phones import Phones

from .room_words import translate  # the join screen speaks to the room too

INK, PAPER, ACCENT, BAND = QColor("#1A1A1A"), QColor("#FFFFFF"), QColor("#0D47A1"), QColor("#E8EEF7")
WRAP_LEFT = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
WRAP_CENTRE = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
CLAIM_SHARE = 0.24  # of the stage's height, under the code, when a debate is open


def _font(base: QFont, px: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(px)))
    font.setBold(bold)
    return font


def paint_join(painter: QPainter, width: int, height: int, phones: Phones, base: QFont, claim: str = "") -> None:
    """The whole stage: a large QR code on the left, the address and room code in large letters;
    ``claim`` (the open debate's, quoted), when given, in a band across the bottom."""
    painter.fillRect(QRectF(0, 0, width, height), PAPER)
    band = claim_band(width, height, base, claim)
    if band is not None:
        text, font, box = band
        painter.fillRect(QRectF(0, box.top() - box.height() * 0.08, width, height - box.top() + box.height() * 0.08),
                         BAND)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(box, WRAP_CENTRE, text)
        height = round(height * (1 - CLAIM_SHARE))
    side = min(height * 0.78, width * 0.45)
    left, top = width * 0.06, (height - side) / 2
    lost = getattr(phones, "address_lost", False)
    modules = [] if lost else phones.qr
    if lost:
        _paint_lost(painter, QRectF(left, top, side, side), base, min(width / 1920, height / 1080))
    if modules:
        n = len(modules) + 8  # the quiet zone: four modules on each side
        cell = side / n
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        for r, row in enumerate(modules):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + (c + 4) * cell, top + (r + 4) * cell, cell + 0.5, cell + 0.5))
    for text, font, colour, box in join_lines(width, height, phones, base):
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(box, WRAP_LEFT, text)


def address_lost_words() -> str:
    """What the room reads while the laptop has lost the address: no code to scan, it comes back."""
    return translate("StagePhones", "Network changed: wait for the new code")


def _paint_lost(painter: QPainter, box: QRectF, base: QFont, unit: float) -> None:
    """The sentence where the QR code was, as large as the square lets it show whole."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BAND)
    painter.drawRoundedRect(box, 24 * unit, 24 * unit)
    inner = box.adjusted(box.width() * 0.1, box.height() * 0.1, -box.width() * 0.1, -box.height() * 0.1)
    text, px = address_lost_words(), 72 * unit
    font = _font(base, px, True)
    while px > 12:
        font = _font(base, px, True)
        used = QFontMetricsF(font).boundingRect(inner, WRAP_CENTRE, text)
        if used.height() <= inner.height() and used.width() <= inner.width():
            break
        px *= 0.92
    painter.setFont(font)
    painter.setPen(ACCENT)
    painter.drawText(inner, WRAP_CENTRE, text)


def claim_band(width: int, height: int, base: QFont, claim: str) -> tuple[str, QFont, QRectF] | None:
    """The claim's line at the bottom of the join screen: (text, font, box), its letters as large as
    the band lets the whole claim show; None without a claim."""
    if not claim:
        return None
    unit = min(width / 1920, height / 1080)
    top = height * (1 - CLAIM_SHARE)
    box = QRectF(width * 0.05, top + height * 0.02, width * 0.9, height * CLAIM_SHARE - height * 0.04)
    px = 52 * unit
    while True:
        font = _font(base, px, True)
        used = QFontMetricsF(font).boundingRect(box, WRAP_CENTRE, claim)
        if (used.height() <= box.height() and used.width() <= box.width()) or px <= 12:
            return claim, font, box
        px *= 0.92


def _join_wifi(phones: Phones, numbered: bool = True) -> str:
    """The first step, naming the room's Wi-Fi when the preferences give it; not ``numbered`` when
    it stands alone (no "2." under it while the address is lost)."""
    name = phones.wifi_name() if callable(getattr(phones, "wifi_name", None)) else ""
    if name:
        text = (translate("StagePhones", "1. Join the Wi-Fi “%1”") if numbered
                else translate("StagePhones", "Join the Wi-Fi “%1”"))
        return text.replace("%1", name)
    return translate("StagePhones", "1. Join this room's Wi-Fi") if numbered else translate(
        "StagePhones", "Join this room's Wi-Fi")


def join_lines(width: int, height: int, phones: Phones, base: QFont) -> list[tuple[str, QFont, QColor, QRectF]]:
    """The join screen's words, right of the QR code: (text, font, colour, box) from top to bottom,
    each as large as its box's width allows (the address on a 4:3 screen is drawn smaller, whole)."""
    unit = min(width / 1920, height / 1080)
    side = min(height * 0.78, width * 0.45)
    x = width * 0.06 + side + width * 0.04
    text_w = width - x - width * 0.04
    y = (height - side) / 2
    lines = []
    words = [
        (translate("StagePhones", "Vote from your phone"), 84, True, ACCENT),
        (_join_wifi(phones), 50, False, INK),
        (translate("StagePhones", "2. Scan the code, or open:"), 50, False, INK),
        (phones.url.removeprefix("http://").rstrip("/"), 76, True, INK),
        (translate("StagePhones", "Room %1").replace("%1", phones.code), 60, True, INK),
        (translate("StagePhones", "Phones connected: %1").replace("%1", str(phones.connected)), 44, False, INK),
    ]
    if getattr(phones, "address_lost", False):  # no address to open, and no phone can reach the laptop to count
        words = [words[0], (_join_wifi(phones, numbered=False), *words[1][1:]), words[4]]  # no "1." without a "2."
    for text, px, bold, colour in words:
        font = _font(base, px * unit, bold)
        box = QRectF(x, y, text_w, px * unit * 2.6)
        bound = QFontMetricsF(font).boundingRect(box, WRAP_LEFT, text)
        if bound.width() > text_w + 0.5:  # a word wider than the room (the address on a 4:3 screen): smaller
            font = _font(base, px * unit * text_w / bound.width() * 0.98, bold)
            bound = QFontMetricsF(font).boundingRect(box, WRAP_LEFT, text)
        lines.append((text, font, colour, box))
        y += bound.height() + 28 * unit
    return lines
