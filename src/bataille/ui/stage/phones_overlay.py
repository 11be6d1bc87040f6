"""The stage's join screen: the QR code, the address and the room code, in large letters, and
under them the open debate's claim, so that the room reads it while it joins. (While a phone vote
is open, the debate's vote box says how many answered: stage/vote_boxes.py.) While this computer has
lost the address the phones open, one sentence stands where the QR code was, and no address is
offered: a phone would scan or type a dead one and fail with nothing telling it why."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from bataille.ui.phones import Phones

from .room_words import translate  # the join screen speaks to the room too
from .scene import NARROWEST, larger_steps

INK, PAPER, ACCENT, BAND = QColor("#1A1A1A"), QColor("#FFFFFF"), QColor("#0D47A1"), QColor("#E8EEF7")
WRAP_LEFT = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
WRAP_CENTRE = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter
CLAIM_SHARE = 0.24  # of the stage's height, under the code, when a debate is open
# Of the width: left of the code, between the code and the words, right of the words. Of the height:
# the code's largest side, and the words' least margin above and below.
LEFT, GAP, QR_MOST, EDGE = 0.06, 0.04, 0.78, 0.04


def _font(base: QFont, px: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(8, round(px)))
    font.setBold(bold)
    return font


def _unit(width: float, height: float) -> float:
    """One 1080p pixel, as the rest of the stage has it: laid out at its height down to ``NARROWEST``."""
    return min(width / NARROWEST, height / 1080)


def paint_join(painter: QPainter, width: int, height: int, phones: Phones, base: QFont, claim: str = "",
               text_scale: float = 1.0) -> None:
    """The whole stage: a large QR code on the left, the address and room code in large letters;
    ``claim`` (the open debate's, quoted), when given, in a band across the bottom; the words
    ``text_scale`` times their size where they hold it (Preferences → Stage text size)."""
    painter.fillRect(QRectF(0, 0, width, height), PAPER)
    band = claim_band(width, height, base, claim, text_scale)
    if band is not None:
        text, font, box = band
        painter.fillRect(QRectF(0, box.top() - box.height() * 0.08, width, height - box.top() + box.height() * 0.08),
                         BAND)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(box, WRAP_CENTRE, text)
        height = round(height * (1 - CLAIM_SHARE))
    laid = join_layout(width, height, phones, base, text_scale)
    left, top, side = laid.qr.left(), laid.qr.top(), laid.qr.width()
    lost = getattr(phones, "address_lost", False)
    modules = [] if lost else phones.qr
    if lost:
        _paint_lost(painter, laid.qr, base, laid.unit, laid.step)
    if modules:
        n = len(modules) + 8  # the quiet zone: four modules on each side
        cell = side / n
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INK)
        for r, row in enumerate(modules):
            for c, dark in enumerate(row):
                if dark:
                    painter.drawRect(QRectF(left + (c + 4) * cell, top + (r + 4) * cell, cell + 0.5, cell + 0.5))
    for text, font, colour, box in laid.lines:
        painter.setFont(font)
        painter.setPen(colour)
        painter.drawText(box, WRAP_LEFT, text)


def address_lost_words() -> str:
    """What the room reads while the laptop has lost the address: no code to scan, it comes back."""
    return translate("StagePhones", "Network changed: wait for the new code")


def _paint_lost(painter: QPainter, box: QRectF, base: QFont, unit: float, step: float) -> None:
    """The sentence where the QR code was, as large as the square lets it show whole."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BAND)
    painter.drawRoundedRect(box, 24 * unit, 24 * unit)
    inner = box.adjusted(box.width() * 0.1, box.height() * 0.1, -box.width() * 0.1, -box.height() * 0.1)
    text, px = address_lost_words(), 72 * unit * step
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


def claim_band(width: int, height: int, base: QFont, claim: str,
               text_scale: float = 1.0) -> tuple[str, QFont, QRectF] | None:
    """The claim's line at the bottom of the join screen: (text, font, box), its letters as large as
    the band lets the whole claim show, ``text_scale`` times larger where it does, never smaller than
    at 100 %; None without a claim."""
    if not claim:
        return None
    unit = _unit(width, height)
    top = height * (1 - CLAIM_SHARE)
    box = QRectF(width * 0.05, top + height * 0.02, width * 0.9, height * CLAIM_SHARE - height * 0.04)

    def fitted(px: float) -> QFont:
        while True:
            font = _font(base, px, True)
            used = QFontMetricsF(font).boundingRect(box, WRAP_CENTRE, claim)
            if (used.height() <= box.height() and used.width() <= box.width()) or px <= 12:
                return font
            px *= 0.92

    font = fitted(52 * unit * min(1.0, text_scale))
    if text_scale > 1:
        font = max(font, fitted(52 * unit * text_scale), key=QFont.pixelSize)
    return claim, font, box


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


def _words(phones: Phones) -> list[tuple[str, float, bool, QColor]]:
    """The join screen's words from top to bottom: (text, size in 1080p pixels, bold, colour)."""
    words = [
        (translate("StagePhones", "Vote from your phone"), 84, True, ACCENT),
        (_join_wifi(phones), 50, False, INK),
        (translate("StagePhones", "2. Scan the code, or open:"), 50, False, INK),
        (phones.url.removeprefix("http://").rstrip("/"), 76, True, INK),
        # Not a code to type (« Salle UWVR » in large letters read as one): the phone's page shows it in
        # its header, where the room checks it is theirs. At 30: on two lines, where the QR code leaves the
        # words little width, it takes the height « Salle UWVR » took on one at 60.
        (translate("StagePhones", "Your page shows “Room %1” at the top").replace("%1", phones.code), 30, False, INK),
        (translate("StagePhones", "Phones connected: %1").replace("%1", str(phones.connected)), 44, False, INK),
    ]
    if getattr(phones, "address_lost", False):  # no address to open, and no phone can reach the laptop to count
        words = [words[0], (_join_wifi(phones, numbered=False), *words[1][1:]), words[4]]  # no "1." without a "2."
    return words


@dataclass
class JoinLayout:
    """The join screen laid out: the QR code's square (or the sentence's standing for it), the
    words (text, font, colour, box) from top to bottom, one 1080p pixel, and the text size held."""

    qr: QRectF
    lines: list[tuple[str, QFont, QColor, QRectF]]
    unit: float
    step: float


def join_lines(width: int, height: int, phones: Phones, base: QFont,
               text_scale: float = 1.0) -> list[tuple[str, QFont, QColor, QRectF]]:
    """The join screen's words, right of the QR code (the heading above it on a screen narrower than
    16:9, where it fits so): (text, font, colour, box) from top to bottom."""
    return join_layout(width, height, phones, base, text_scale).lines


def join_layout(width: int, height: int, phones: Phones, base: QFont, text_scale: float = 1.0) -> JoinLayout:
    """The join screen ``width`` × ``height``, laid out as the rest of the stage: at its height down to
    ``NARROWEST`` (a 4:3 or 5:4 projector reads its words as large as a 16:9 screen as high), its words
    ``text_scale`` times their size where they hold it whole and none smaller than at 100 %, else in
    two steps down to 100 %, as build_scene does. The words beside the code keep the room their
    widest line (the address) needs; the code takes the rest, up to 78 % of the height, never less
    than it had (78 % of the height, at most 45 % of the width), the address then drawn smaller, whole."""
    words = _words(phones)
    usual, whole = _laid(width, height, words, base, min(1.0, text_scale))
    shrink = 1.0
    while not whole and shrink > 0.5:  # a window too small for the words at their size: smaller, all whole
        shrink *= 0.92
        usual, whole = _laid(width, height, words, base, min(1.0, text_scale) * shrink)
    if text_scale <= 1:
        return usual
    for step in larger_steps(text_scale):
        laid, whole = _laid(width, height, words, base, step)
        pairs = zip(laid.lines, usual.lines, strict=True)  # the same words, in the same order
        if whole and all(line[1].pixelSize() >= was[1].pixelSize() for line, was in pairs):
            return laid
    return usual


def _laid(width: int, height: int, words: list[tuple[str, float, bool, QColor]], base: QFont,
          step: float) -> tuple[JoinLayout, bool]:
    """The join screen with its words ``step`` times their size, and whether they stand whole on it
    (the widest ones drawn smaller to fit their column's width). Narrower than 16:9 (a 4:3 or 5:4
    projector), the heading runs across the screen above the code and the other words, where they fit
    so: in the column beside the code it took three or four lines."""
    unit = _unit(width, height)
    laid = None
    for across in (True, False) if width / unit < 1920 - 0.5 else (False,):
        laid, whole = _arranged(width, height, words, base, step, across)
        if whole:
            return laid, True
    assert laid is not None
    return laid, False


def _lines(words: list[tuple[str, float, bool, QColor]], base: QFont, x: float, text_w: float, unit: float,
           step: float) -> tuple[list[tuple[str, QFont, QColor, QRectF]], float]:
    """``words`` one under the other ``text_w`` wide from (``x``, 0), and their height: a word wider
    than the room (the address on a 4:3 screen) is drawn smaller."""
    lines, y = [], 0.0
    for text, px, bold, colour in words:
        font = _font(base, px * unit * step, bold)
        bound = QFontMetricsF(font).boundingRect(QRectF(x, 0, text_w, 1e6), WRAP_LEFT, text)
        if bound.width() > text_w + 0.5:
            font = _font(base, px * unit * step * text_w / bound.width() * 0.98, bold)
            bound = QFontMetricsF(font).boundingRect(QRectF(x, 0, text_w, 1e6), WRAP_LEFT, text)
        lines.append((text, font, colour, QRectF(x, y, text_w, max(px * unit * step * 2.6, bound.height()))))
        y += bound.height() + 28 * unit
    return lines, y - 28 * unit


def _arranged(width: int, height: int, words: list[tuple[str, float, bool, QColor]], base: QFont, step: float,
              across: bool) -> tuple[JoinLayout, bool]:
    """The words beside the code, the heading too unless ``across`` (above both), and whether they fit."""
    unit = _unit(width, height)
    least = min(height * QR_MOST, width * 0.45)  # the code's side on any screen
    heading, heading_h = ([], 0.0) if not across else _lines(words[:1], base, width * LEFT,
                                                             width * (1 - LEFT - GAP), unit, step)
    above = heading_h + 28 * unit if across else 0.0
    column = words[1:] if across else words
    narrowest = QRectF(0, 0, 1, 1e6)  # the widest word of each line, on a line of its own
    need = max(QFontMetricsF(_font(base, px * unit * step, bold)).boundingRect(narrowest, WRAP_LEFT, text).width()
               for text, px, bold, _colour in column)
    most = min(height * QR_MOST, height * (1 - 2 * EDGE) - above)
    sides = [max(least, min(most, width * (1 - LEFT - 2 * GAP) - need - 1)), least]
    for side in sides if sides[0] > least else sides[1:]:  # the larger code first, if the words fit beside it
        x = width * LEFT + side + width * GAP
        text_w = width - x - width * GAP
        lines, block = _lines(column, base, x, text_w, unit, step)
        if across:  # the heading, then the code and the words beside it, in the middle of the height
            first = max(height * EDGE, (height - above - max(side, block)) / 2)
            top = first + above
            lines = [(t, f, c, box.translated(0, first)) for t, f, c, box in heading] + [
                (t, f, c, box.translated(0, top)) for t, f, c, box in lines]
            bottom = top + max(side, block)
            top += (max(side, block) - side) / 2  # the code level with the middle of the words beside it
        else:  # the words begin level with the code, higher when they need it
            top = (height - side) / 2
            first = min(top, max(height * EDGE, (height - block) / 2))
            lines = [(t, f, c, box.translated(0, first)) for t, f, c, box in lines]
            bottom = first + block
        whole = bottom <= height * (1 - EDGE) + 0.5 and all(
            QFontMetricsF(font).boundingRect(box, WRAP_LEFT, text).width() <= box.width() + 0.5
            for text, font, _colour, box in lines)
        if whole:
            break
    return JoinLayout(QRectF(width * LEFT, top, side, side), lines, unit, step), whole
