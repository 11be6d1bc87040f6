"""The agenda's status marks (to come, running, paused, done, skipped), drawn rather than typed.

The app's font (Atkinson Hyperlegible) has no ○ ▶ ⏸ ✓ ⤼: typed, they come from whatever fallback
font the system has (a box where it has none), and loading that font costs every session 0.7 MiB.
Drawn, they look the same on every machine. What a mark means is also in the item's words
(tooltip, screen reader), never in the picture alone.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

STATUSES = ("pending", "running", "paused", "done", "skipped")
SIZE = 32  # drawn at 32 px, shown at the list's icon size (16 px): sharp on a 2× screen too

_icons: dict[tuple[str, str, str], QIcon] = {}


def status_icon(status: str, colour: str, selected: str = "") -> QIcon:
    """The mark of a phase's ``status`` in ``colour`` ("#RRGGBB"), and in ``selected`` on a selected
    row (the list's highlighted text colour: dark on blue would not be seen); an empty icon for an
    unknown status."""
    key = (status, colour, selected)
    if key not in _icons:
        icon = QIcon()
        if status in STATUSES:
            icon.addPixmap(draw_mark(status, colour), QIcon.Mode.Normal)
            if selected:
                icon.addPixmap(draw_mark(status, selected), QIcon.Mode.Selected)
        _icons[key] = icon
    return _icons[key]


def draw_mark(status: str, colour: str, size: int = SIZE) -> QPixmap:
    """One mark on a transparent square of ``size`` pixels."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor(colour)
    s = size / 16  # drawn on a 16-unit grid
    pen = QPen(ink, 1.6 * s)
    if status == "pending":  # an empty circle: not started
        painter.setPen(pen)
        painter.drawEllipse(QRectF(3 * s, 3 * s, 10 * s, 10 * s))
    elif status == "running":  # a play triangle
        painter.setPen(QPen(ink, 0))
        painter.setBrush(ink)
        painter.drawPath(_polygon([(4, 2.5), (13.5, 8), (4, 13.5)], s))
    elif status == "paused":  # two bars
        painter.setPen(QPen(ink, 0))
        painter.setBrush(ink)
        painter.drawRect(QRectF(3.5 * s, 3 * s, 3 * s, 10 * s))
        painter.drawRect(QRectF(9.5 * s, 3 * s, 3 * s, 10 * s))
    elif status == "done":  # a check mark
        pen.setWidthF(1.9 * s)
        painter.setPen(pen)
        path = QPainterPath(QPointF(2.5 * s, 8.5 * s))
        path.lineTo(6.5 * s, 12.5 * s)
        path.lineTo(13.5 * s, 3.5 * s)
        painter.drawPath(path)
    elif status == "skipped":  # a triangle against a bar: passed over
        painter.setPen(QPen(ink, 0))
        painter.setBrush(ink)
        painter.drawPath(_polygon([(2.5, 3), (10, 8), (2.5, 13)], s))
        painter.drawRect(QRectF(11 * s, 3 * s, 2.5 * s, 10 * s))
    painter.end()
    return pixmap


def _polygon(points: list[tuple[float, float]], s: float) -> QPainterPath:
    path = QPainterPath(QPointF(points[0][0] * s, points[0][1] * s))
    for x, y in points[1:]:
        path.lineTo(x * s, y * s)
    path.closeSubpath()
    return path
