"""Theme icons on screen, from the same reader as `validate` and print (``bataille.deck.icons``).

The icon is read once (size-capped, regular files only) and turned into Qt paths once; an icon
the reader refuses is not drawn (validate has already named it), and nothing here can raise.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen

from bataille.deck.icons import Icon, IconError, load_icon

_CAPS = {0: Qt.PenCapStyle.FlatCap, 1: Qt.PenCapStyle.RoundCap, 2: Qt.PenCapStyle.SquareCap}
_JOINS = {0: Qt.PenJoinStyle.MiterJoin, 1: Qt.PenJoinStyle.RoundJoin, 2: Qt.PenJoinStyle.BevelJoin}

Prepared = tuple[tuple[float, float, float, float], list[tuple[QPainterPath, QBrush, QPen]]]
_prepared: dict[Path, tuple[Icon, Prepared] | None] = {}


def _paths(icon: Icon) -> Prepared:
    parts = []
    for shape in icon.shapes:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill if shape.even_odd else Qt.FillRule.WindingFill)
        for op, p in shape.ops:
            if op == "M":
                path.moveTo(p[0], p[1])
            elif op == "L":
                path.lineTo(p[0], p[1])
            elif op == "C":
                path.cubicTo(p[0], p[1], p[2], p[3], p[4], p[5])
            else:
                path.closeSubpath()
        fill = shape.fill if shape.fill != "current" else "#000000"
        stroke = shape.stroke if shape.stroke != "current" else "#000000"
        brush = QBrush(QColor(fill)) if fill else QBrush(Qt.BrushStyle.NoBrush)
        if stroke:
            pen = QPen(QColor(stroke), shape.stroke_width)
            pen.setCapStyle(_CAPS.get(shape.cap, Qt.PenCapStyle.FlatCap))
            pen.setJoinStyle(_JOINS.get(shape.join, Qt.PenJoinStyle.MiterJoin))
        else:
            pen = QPen(Qt.PenStyle.NoPen)
        parts.append((path, brush, pen))
    return icon.view_box, parts


def icon_paths(path: Path) -> Prepared | None:
    """The icon at ``path`` ready to paint, or None when the reader refuses it."""
    try:
        icon = load_icon(path)  # cached by the reader while the file keeps its size and time
    except IconError:
        _prepared[path] = None
        return None
    known = _prepared.get(path)
    if known is None or known[0] is not icon:
        known = (icon, _paths(icon))
        _prepared[path] = known
    return known[1]


def can_paint(path: Path) -> bool:
    """True when the icon at ``path`` is one the reader draws."""
    return icon_paths(path) is not None


def paint_icon(painter: QPainter, path: Path, rect: QRectF) -> bool:
    """Paint the icon at ``path`` centred in ``rect``, keeping its proportions; False if refused."""
    prepared = icon_paths(path)
    if prepared is None:
        return False
    (vx, vy, vw, vh), parts = prepared
    scale = min(rect.width() / vw, rect.height() / vh)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.left() + (rect.width() - vw * scale) / 2, rect.top() + (rect.height() - vh * scale) / 2)
    painter.scale(scale, scale)
    painter.translate(-vx, -vy)
    for qpath, brush, pen in parts:
        painter.setBrush(brush)
        painter.setPen(pen)
        painter.drawPath(qpath)
    painter.restore()
    return True


def clear_icon_cache() -> None:
    """Forget the prepared icons (after the deck reloads)."""
    _prepared.clear()
