"""A stage picture as a list of items (text, boxes, icons): laid out once, painted, and checked by tests.

Sizes are in pixels at 1920×1080 and scaled by ``unit`` to the window, so the same layout
fills a projector or a small window. Text shrinks to fit down to ``MIN_PX`` (28 px at
1080p, legible from the back of a classroom), then is cut with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from bataille.ui.icon_paint import can_paint, paint_icon
from bataille.ui.marks import paint_mark
from bataille.words import for_the_font

from .colours import ALERT_FRAME, BACKGROUND, INK, MUTED, PANEL  # noqa: F401 - the layouts take them from here

MIN_PX = 28  # at 1080p
# The narrowest screen laid out at its height (1080p pixels wide for 1080 high): down to 5:4, a 4:3 or
# 5:4 projector (1024×768, 1280×1024) shows its text as large as a 16:9 screen of the same height. Each
# picture reflows into the narrower width (tests/ui/test_stage_four_three.py): the votes' column and
# the join corner, the welcome, the debate of eight teams with both votes shown and its facts played
# (a figure on three lines in a narrow card, « opt-out / (directive / 2019) »; the sides in the scores
# strip where the card would leave its claim too low), the debrief (its key figures and the room's
# words taking turns under the gauges where the column is too short for both), the end, a scenario's
# decision and its options, and its first decision under its introduction (the introduction reading
# smaller, its title beside the team's name where it would be cut under it). Narrower screens still
# (a stage window made narrow) scale by their width, their boxes stretched in height: the texts that
# matter most (a claim, a consequence) grow with their box, up to GROW_MOST, where they fit. The phones'
# join screen (phones_overlay.py) follows the same rule, its heading across the screen above the code.
NARROWEST = 1350
GROW_MOST = 1.6


def unit(width: float, height: float) -> float:
    """One 1080p pixel on a stage of ``width`` × ``height``: laid out at its height, down to ``NARROWEST``
    wide. What a picture is laid out with, and what a window repaints of it, read it here."""
    return min(width / NARROWEST, height / 1080)


def larger_steps(text_scale: float) -> tuple[float, ...]:
    """A larger text size (Preferences → Stage text size) and the two steps tried below it, where a
    picture cannot hold it, before 100 %: the whole increase, two thirds of it, one third."""
    return text_scale, 1 + (text_scale - 1) * 2 / 3, 1 + (text_scale - 1) / 3

WRAP = Qt.TextFlag.TextWordWrap
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
CENTRE = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass
class TextItem:
    """A piece of text in its box, with the size it ended at."""

    rect: QRectF
    text: str
    px: float
    colour: str = INK
    bold: bool = False
    flags: int = int(LEFT)
    role: str = ""
    cut: bool = False  # shortened with an ellipsis to fit
    used: QRectF = field(default_factory=QRectF)  # where the glyphs actually are


@dataclass
class BoxItem:
    """A filled rectangle (panel, bar, team colour swatch)."""

    rect: QRectF
    fill: str
    outline: str = ""
    width: float = 0.0
    radius: float = 0.0


@dataclass
class IconItem:
    """An SVG icon (a theme's), drawn in a light tint on its coloured band."""

    rect: QRectF
    path: Path


@dataclass
class MarkItem:
    """A mark the app's font lacks (▲ ▼ ✓ ✗ ◀ ▶), drawn in a square (bataille.ui.marks)."""

    rect: QRectF
    kind: str
    colour: str = INK


@dataclass
class QrItem:
    """A QR code (True for a dark module) on white, its quiet zone of four modules inside ``rect``."""

    rect: QRectF
    modules: Sequence[Sequence[bool]]  # the phones' own matrix, made once when they are turned on


class Scene:
    """Items laid out for one window size; ``u`` is one 1080p pixel in this window."""

    def __init__(self, width: float, height: float, base_font: QFont, text_scale: float = 1.0) -> None:
        self.width, self.height = width, height
        self.u = unit(width, height)
        # how much taller than NARROWEST wide the window is for its width: 1 on a 16:9 or a wider one
        self.taller = max(1.0, height * NARROWEST / (max(1.0, width) * 1080))
        self.text_scale = text_scale  # the room's preference (Preferences → stage text size)
        self.base_font = QFont(base_font)
        self.items: list[TextItem | BoxItem | IconItem | MarkItem] = []
        self.pages = 1  # more than one: the picture is a page of a longer whole, turned by the window
        self.team_names: list[str] = []  # the session's teams: their short forms (short_names) where room is short

    # -- building --------------------------------------------------------------------------------

    def font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.base_font)
        font.setPixelSize(max(1, round(px)))
        font.setBold(bold)
        return font

    def text(self, rect: QRectF, text: str, px: float, *, bold: bool = False, colour: str = INK,
             flags: Qt.AlignmentFlag | int = LEFT, wrap: bool = True, role: str = "",
             min_px: float = MIN_PX, grow: bool = False) -> TextItem:
        """Fit ``text`` (sizes in 1080p pixels) into ``rect`` (window pixels); ``grow``: in a window
        taller than 16:9, as large as fits up to ``px`` grown by as much (``GROW_MOST`` at most)."""
        text = for_the_font(text)  # a narrow no-break space would make Qt load a second font
        flags = int(flags) | (int(WRAP) if wrap else 0)
        grown = min(self.taller, GROW_MOST) if grow else 1.0
        size = max(px, min_px) * self.u * self.text_scale * grown
        floor = max(1.0, min_px * self.u * min(1.0, self.text_scale))
        if self.text_scale > 1:  # larger as far as it fits, never smaller than 100 % shows it in this box
            at_100 = self._fit(text, rect, flags, bold, max(px, min_px) * self.u * grown, floor)[0]
            size, metrics, used = self._fit(text, rect, flags, bold, size, at_100)
            size, metrics, used = self._fit(text, rect, flags, bold, size, floor)
        else:
            size, metrics, used = self._fit(text, rect, flags, bold, size, floor)
        bounds = QRectF(0, 0, max(1.0, rect.width()), 1e6)
        cut = False
        if used.height() > rect.height() + 0.5 or used.width() > rect.width() + 0.5:
            text, cut = self._cut(text, metrics, rect, flags), True
            used = metrics.boundingRect(bounds, flags, text)
        item = TextItem(QRectF(rect), text, round(size), colour, bold, flags, role, cut)
        item.used = _placed(used, rect, flags)
        self.items.append(item)
        return item

    def _fit(self, text: str, rect: QRectF, flags: int, bold: bool, size: float,
             floor: float) -> tuple[float, QFontMetricsF, QRectF]:
        """The largest size from ``size`` down to ``floor`` (by steps of 8 %) at which ``text`` fits ``rect``."""
        bounds = QRectF(0, 0, max(1.0, rect.width()), 1e6)
        while True:
            metrics = QFontMetricsF(self.font(size, bold))
            used = metrics.boundingRect(bounds, flags, text)
            if (used.height() <= rect.height() + 0.5 and used.width() <= rect.width() + 0.5) or size <= floor:
                return size, metrics, used
            size = max(floor, size * 0.92)

    @staticmethod
    def _cut(text: str, metrics: QFontMetricsF, rect: QRectF, flags: int) -> str:
        words = text.split(" ")  # ordinary spaces only: French keeps « 58 % » and « ? » to their word
        low, high = 0, len(words)
        bounds = QRectF(0, 0, max(1.0, rect.width()), 1e6)
        while low < high:  # the most words that still fit, then an ellipsis
            mid = (low + high + 1) // 2
            used = metrics.boundingRect(bounds, flags, " ".join(words[:mid]) + " …")
            if used.height() <= rect.height() + 0.5 and used.width() <= rect.width() + 0.5:
                low = mid
            else:
                high = mid - 1
        if low == 0:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        return " ".join(words[:low]) + " …"

    def box(self, rect: QRectF, fill: str, outline: str = "", width: float = 0.0,
            radius: float = 0.0) -> BoxItem:
        item = BoxItem(QRectF(rect), fill, outline, width, radius)
        self.items.append(item)
        return item

    def mark(self, rect: QRectF, kind: str, colour: str = INK) -> MarkItem:
        """A drawn mark in the square ``rect`` (window pixels)."""
        item = MarkItem(QRectF(rect), kind, colour)
        self.items.append(item)
        return item

    def mark_beside(self, text: TextItem, kind: str, side: str = "left", colour: str | None = None) -> MarkItem:
        """A mark as tall as ``text``'s capitals, just before (or after) where its glyphs are, in
        ``colour`` (the text's own when None)."""
        size = text.px * 0.82
        used = text.used
        x = used.left() - size * 1.3 if side == "left" else used.right() + size * 0.3
        return self.mark(QRectF(x, used.center().y() - size / 2, size, size), kind, colour or text.colour)

    def qr(self, rect: QRectF, modules: Sequence[Sequence[bool]]) -> QrItem:
        """The QR code ``modules`` (rows of booleans) in the square ``rect`` (window pixels)."""
        item = QrItem(QRectF(rect), modules)  # not copied: the stage is laid out again at each change
        self.items.append(item)
        return item

    def icon(self, rect: QRectF, path: Path) -> None:
        if can_paint(path):
            self.items.append(IconItem(QRectF(rect), path))

    # -- reading (tests, accessibility) ------------------------------------------------------------

    def texts(self, role: str | None = None) -> list[str]:
        return [i.text for i in self.items if isinstance(i, TextItem) and (role is None or i.role == role)]

    def text_items(self) -> list[TextItem]:
        return [i for i in self.items if isinstance(i, TextItem)]

    # -- painting --------------------------------------------------------------------------------

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for item in self.items:
            if isinstance(item, BoxItem):
                painter.setPen(QPen(QColor(item.outline), item.width) if item.outline else Qt.PenStyle.NoPen)
                painter.setBrush(QColor(item.fill) if item.fill else Qt.BrushStyle.NoBrush)
                if item.radius:
                    painter.drawRoundedRect(item.rect, item.radius, item.radius)
                else:
                    painter.drawRect(item.rect)
            elif isinstance(item, IconItem):
                paint_icon(painter, item.path, item.rect)
            elif isinstance(item, MarkItem):
                paint_mark(painter, item.rect, item.kind, item.colour)
            elif isinstance(item, QrItem):
                _paint_qr(painter, item)
            else:
                painter.setFont(self.font(item.px, item.bold))
                painter.setPen(QColor(item.colour))
                painter.drawText(item.rect, item.flags, item.text)


def _paint_qr(painter: QPainter, item: QrItem) -> None:
    """White square, dark modules, whole pixels (a camera reads crisp edges best)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRect(item.rect)
    cell = item.rect.width() / (len(item.modules) + 8)
    painter.setBrush(QColor("#000000"))
    for r, row in enumerate(item.modules):
        for c, dark in enumerate(row):
            if dark:
                painter.drawRect(QRectF(item.rect.left() + (c + 4) * cell, item.rect.top() + (r + 4) * cell,
                                        cell + 0.5, cell + 0.5))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)


def _placed(used: QRectF, rect: QRectF, flags: int) -> QRectF:
    """Where text measured at the origin lands inside ``rect`` with ``flags``."""
    x = rect.left()
    if flags & int(Qt.AlignmentFlag.AlignHCenter):
        x = rect.left() + (rect.width() - used.width()) / 2
    elif flags & int(Qt.AlignmentFlag.AlignRight):
        x = rect.right() - used.width()
    y = rect.top()
    if flags & int(Qt.AlignmentFlag.AlignVCenter):
        y = rect.top() + (rect.height() - used.height()) / 2
    elif flags & int(Qt.AlignmentFlag.AlignBottom):
        y = rect.bottom() - used.height()
    return QRectF(x, y, used.width(), used.height())
