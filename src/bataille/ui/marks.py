"""Marks the app's font lacks, drawn rather than typed: the agenda's statuses (to come, running,
paused, done, skipped), the stage's (up, down, right, wrong, earlier, later) and the warning
before a message that something went wrong (``bataille.ui.marked_label``).

The app's font (Atkinson Hyperlegible) has no ○ ▶ ⏸ ✓ ⤼ ▲ ▼ ✗ ◀ ⚠: typed, they come from whatever
fallback font the system has (a box where it has none), and loading that font costs 0.7 MiB.
Drawn, they look the same on every machine and every projector. What a mark means is also in
words (the item's tooltip and screen-reader text, the stage's own words), never in the picture alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

STATUSES = ("pending", "running", "paused", "done", "skipped")
STAGE_MARKS = ("up", "down", "right", "wrong", "earlier", "later", "rise", "fall", "same")
ICON_MARKS = (*STATUSES, "warning", "up", "down", "wrong")  # the marks status_icon makes
SIZE = 32  # drawn at 32 px, shown at the list's icon size (16 px): sharp on a 2× screen too

_icons: dict[tuple[str, str, str], QIcon] = {}


def status_icon(status: str, colour: str, selected: str = "") -> QIcon:
    """The mark of a phase's ``status`` (or another of ICON_MARKS: a warning, up, down, a cross) in
    ``colour`` ("#RRGGBB"), and in ``selected`` on a selected row (the list's highlighted text colour:
    dark on blue would not be seen); an empty icon for an unknown status."""
    key = (status, colour, selected)
    if key not in _icons:
        icon = QIcon()
        if status in ICON_MARKS:
            icon.addPixmap(draw_mark(status, colour), QIcon.Mode.Normal)
            if selected:
                icon.addPixmap(draw_mark(status, selected), QIcon.Mode.Selected)
        _icons[key] = icon
    return _icons[key]


def button_mark(widget: QWidget, kind: str) -> QIcon:
    """``kind``'s icon in the ink of ``widget``'s buttons (a button, or the panel they sit in)."""
    return status_icon(kind, widget.palette().buttonText().color().name())


def list_mark(view: QWidget, kind: str) -> QIcon:
    """``kind``'s icon for a row of the list ``view``: its text's ink, light on a selected row."""
    palette = view.palette()
    return status_icon(kind, palette.text().color().name(), palette.highlightedText().color().name())


def draw_mark(status: str, colour: str, size: int = SIZE) -> QPixmap:
    """One mark on a transparent square of ``size`` pixels."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    paint_mark(painter, QRectF(0, 0, size, size), status, colour)
    painter.end()
    return pixmap


def paint_mark(painter: QPainter, rect: QRectF, kind: str, colour: str) -> None:
    """Draw the mark ``kind`` in the square ``rect`` (a status, or one of STAGE_MARKS)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.left(), rect.top())
    ink = QColor(colour)
    s = min(rect.width(), rect.height()) / 16  # drawn on a 16-unit grid
    pen = QPen(ink, 1.6 * s)
    solid = QPen(ink, 0)
    if kind == "pending":  # an empty circle: not started
        painter.setPen(pen)
        painter.drawEllipse(QRectF(3 * s, 3 * s, 10 * s, 10 * s))
    elif kind in ("running", "later"):  # a triangle pointing forward
        _fill(painter, solid, ink, _polygon([(4, 2.5), (13.5, 8), (4, 13.5)], s))
    elif kind == "earlier":  # a triangle pointing back
        _fill(painter, solid, ink, _polygon([(12, 2.5), (2.5, 8), (12, 13.5)], s))
    elif kind == "up":
        _fill(painter, solid, ink, _polygon([(2.5, 12.5), (8, 3), (13.5, 12.5)], s))
    elif kind == "down":
        _fill(painter, solid, ink, _polygon([(2.5, 3.5), (8, 13), (13.5, 3.5)], s))
    elif kind == "paused":  # two bars
        painter.setPen(solid)
        painter.setBrush(ink)
        painter.drawRect(QRectF(3.5 * s, 3 * s, 3 * s, 10 * s))
        painter.drawRect(QRectF(9.5 * s, 3 * s, 3 * s, 10 * s))
    elif kind in ("done", "right"):  # a check mark
        pen.setWidthF(1.9 * s)
        painter.setPen(pen)
        painter.setBrush(QColor(0, 0, 0, 0))
        path = QPainterPath(QPointF(2.5 * s, 8.5 * s))
        path.lineTo(6.5 * s, 12.5 * s)
        path.lineTo(13.5 * s, 3.5 * s)
        painter.drawPath(path)
    elif kind == "wrong":  # a cross
        pen.setWidthF(1.9 * s)
        painter.setPen(pen)
        painter.drawLine(QPointF(3.5 * s, 3.5 * s), QPointF(12.5 * s, 12.5 * s))
        painter.drawLine(QPointF(12.5 * s, 3.5 * s), QPointF(3.5 * s, 12.5 * s))
    elif kind in ("rise", "fall", "same"):  # ↗ ↘ →: an arrow, its head drawn solid
        _arrow(painter, pen, solid, ink, kind, s)
    elif kind == "warning":  # ⚠: a triangle's outline around an exclamation mark
        _warning(painter, pen, solid, ink, s)
    elif kind == "skipped":  # a triangle against a bar: passed over
        _fill(painter, solid, ink, _polygon([(2.5, 3), (10, 8), (2.5, 13)], s))
        painter.drawRect(QRectF(11 * s, 3 * s, 2.5 * s, 10 * s))
    painter.restore()


def _arrow(painter: QPainter, pen: QPen, solid: QPen, ink: QColor, kind: str, s: float) -> None:
    """↗ ↘ → (``kind`` "rise", "fall", "same") on the 16-unit grid of ``s``: a line, a solid head."""
    end = {"rise": (13.5, 2.5), "fall": (13.5, 13.5), "same": (14, 8)}[kind]
    start = {"rise": (2.5, 13.5), "fall": (2.5, 2.5), "same": (1.5, 8)}[kind]
    painter.setPen(pen)
    painter.drawLine(QPointF(start[0] * s, start[1] * s), QPointF(end[0] * s, end[1] * s))
    back = {"rise": [(13.5, 8.5), (8, 2.5)], "fall": [(8, 13.5), (13.5, 8)], "same": [(9, 3.5), (9, 12.5)]}[kind]
    _fill(painter, solid, ink, _polygon([end, *back], s))


def _warning(painter: QPainter, pen: QPen, solid: QPen, ink: QColor, s: float) -> None:
    """⚠ on the 16-unit grid of ``s``: a triangle's outline around an exclamation mark."""
    from PySide6.QtCore import Qt  # here: the start screen names no `Qt` before it is painted

    pen.setWidthF(1.4 * s)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.drawPath(_polygon([(8, 1.5), (15.2, 14.3), (0.8, 14.3)], s))
    pen.setWidthF(1.8 * s)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(8 * s, 6 * s), QPointF(8 * s, 9.4 * s))
    painter.setPen(solid)
    painter.setBrush(ink)
    painter.drawEllipse(QPointF(8 * s, 11.9 * s), 1.05 * s, 1.05 * s)


def _fill(painter: QPainter, pen: QPen, ink: QColor, path: QPainterPath) -> None:
    painter.setPen(pen)
    painter.setBrush(ink)
    painter.drawPath(path)


def _polygon(points: list[tuple[float, float]], s: float) -> QPainterPath:
    path = QPainterPath(QPointF(points[0][0] * s, points[0][1] * s))
    for x, y in points[1:]:
        path.lineTo(x * s, y * s)
    path.closeSubpath()
    return path

