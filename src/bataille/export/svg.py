"""A small SVG reader for theme icons: the simple subset they use, drawn with reportlab paths.

Supported: <svg viewBox>, <g>, <path d> (M L H V C S Q T A Z, absolute and relative), <circle>,
<ellipse>, <rect> (rx/ry), <line>, <polyline>, <polygon>; fill, stroke, stroke-width,
stroke-linecap, stroke-linejoin, fill-rule, opacity as attributes or in style=""; transform
(matrix, translate, scale, rotate). Anything else that draws (text, image, gradients) is an error,
so an icon never loses a part silently.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .errors import ExportError
from .imposition import Matrix, apply, multiply
from .wording import ExportMessage, OsReason, Said

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_IGNORED = {"title", "desc", "metadata", "defs", "style"}
_SHAPES = {"path", "circle", "ellipse", "rect", "line", "polyline", "polygon"}
_NAMED = {"white": "#ffffff", "black": "#000000", "red": "#ff0000", "none": "none"}
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


class SvgError(ExportError):
    """An icon uses SVG the reader does not support, or is not SVG at all."""


@dataclass(frozen=True)
class Shape:
    """One filled and/or stroked outline: subpaths of ('M'|'L'|'C'|'Z', points) in icon units."""

    ops: tuple[tuple[str, tuple[float, ...]], ...]
    fill: str | None
    stroke: str | None
    stroke_width: float
    even_odd: bool
    cap: int
    join: int


@dataclass(frozen=True)
class Icon:
    """An icon read from SVG: its viewBox and its shapes, already in viewBox units (y down)."""

    view_box: tuple[float, float, float, float]
    shapes: tuple[Shape, ...]


def _transform(text: str) -> Matrix:
    m = IDENTITY
    for name, args in re.findall(r"(\w+)\s*\(([^)]*)\)", text):
        v = [float(x) for x in _NUMBER.findall(args)]
        if name == "matrix" and len(v) == 6:
            t = tuple(v)
        elif name == "translate" and v:
            t = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "scale" and v:
            t = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate" and v:
            r = math.radians(v[0])
            t = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0, 0)
            if len(v) == 3:
                t = multiply(multiply((1, 0, 0, 1, v[1], v[2]), t), (1, 0, 0, 1, -v[1], -v[2]))
        else:
            raise SvgError(ExportMessage("icon.transform", name=name, args=args))
        m = multiply(m, t)  # type: ignore[arg-type]
    return m


def _style(el: ET.Element, inherited: dict[str, str]) -> dict[str, str]:
    style = dict(inherited)
    style.pop("transform", None)
    for key in ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
                "fill-rule", "opacity", "fill-opacity", "stroke-opacity"):
        if key in el.attrib:
            style[key] = el.attrib[key].strip()
    for part in el.attrib.get("style", "").split(";"):
        if ":" in part:
            key, value = part.split(":", 1)
            style[key.strip()] = value.strip()
    return style


def _colour(value: str | None) -> str | None:
    if value is None:
        return None
    value = _NAMED.get(value.lower(), value.lower())
    if value in ("none", "transparent"):
        return None
    if value == "currentcolor":
        return "current"
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        value = "#" + "".join(ch * 2 for ch in value[1:])
    if not re.fullmatch(r"#[0-9a-f]{6}", value):
        raise SvgError(ExportMessage("icon.colour", value=Said(value)))
    return value


def _arc_to_curves(x1, y1, rx, ry, phi, large, sweep, x2, y2):
    """Endpoint arc (SVG 'A') to cubic Béziers, after the SVG implementation notes (F.6)."""
    if rx == 0 or ry == 0 or (x1 == x2 and y1 == y2):
        return [(x2, y2, x2, y2, x2, y2)]
    rx, ry = abs(rx), abs(ry)
    cp, sp = math.cos(math.radians(phi)), math.sin(math.radians(phi))
    dx, dy = (x1 - x2) / 2, (y1 - y2) / 2
    x1p, y1p = cp * dx + sp * dy, -sp * dx + cp * dy
    lam = (x1p / rx) ** 2 + (y1p / ry) ** 2
    if lam > 1:
        rx, ry = rx * math.sqrt(lam), ry * math.sqrt(lam)
    num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p
    den = rx * rx * y1p * y1p + ry * ry * x1p * x1p
    coef = math.sqrt(max(0.0, num / den)) if den else 0.0
    if large == sweep:
        coef = -coef
    cxp, cyp = coef * rx * y1p / ry, -coef * ry * x1p / rx
    cx = cp * cxp - sp * cyp + (x1 + x2) / 2
    cy = sp * cxp + cp * cyp + (y1 + y2) / 2

    def angle(ux, uy, vx, vy):
        return math.atan2(ux * vy - uy * vx, ux * vx + uy * vy)

    t1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry)
    dt = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry)
    if not sweep and dt > 0:
        dt -= 2 * math.pi
    elif sweep and dt < 0:
        dt += 2 * math.pi
    segments = max(1, math.ceil(abs(dt) / (math.pi / 2) - 1e-9))
    delta = dt / segments
    k = 4 / 3 * math.tan(delta / 4)
    curves = []
    for i in range(segments):
        a1, a2 = t1 + i * delta, t1 + (i + 1) * delta
        pts = []
        for ex, ey in ((math.cos(a1) - k * math.sin(a1), math.sin(a1) + k * math.cos(a1)),
                       (math.cos(a2) + k * math.sin(a2), math.sin(a2) - k * math.cos(a2)),
                       (math.cos(a2), math.sin(a2))):
            px, py = rx * ex, ry * ey
            pts += [cp * px - sp * py + cx, sp * px + cp * py + cy]
        curves.append(tuple(pts))
    return curves


def parse_path(d: str) -> list[tuple[str, tuple[float, ...]]]:
    """SVG path data to absolute ops: ('M', (x, y)), ('L', (x, y)), ('C', (6 numbers)), ('Z', ())."""
    tokens = _TOKEN.findall(d)
    ops: list[tuple[str, tuple[float, ...]]] = []
    i, cmd = 0, ""
    x = y = sx = sy = 0.0
    last_c: tuple[float, float] | None = None  # reflected control point for S
    last_q: tuple[float, float] | None = None  # reflected control point for T

    def nums(n: int) -> list[float]:
        nonlocal i
        if i + n > len(tokens) or any(t.isalpha() for t in tokens[i:i + n]):
            raise SvgError(ExportMessage("icon.path_short", near=Said(" ".join(tokens[i:i + n]))))
        vals = [float(t) for t in tokens[i:i + n]]
        i += n
        return vals

    while i < len(tokens):
        if tokens[i].isalpha():
            cmd = tokens[i]
            i += 1
        elif not cmd:
            raise SvgError(ExportMessage("icon.path_start"))
        rel = cmd.islower()
        c = cmd.upper()
        ox, oy = (x, y) if rel else (0.0, 0.0)
        if c == "Z":
            ops.append(("Z", ()))
            x, y = sx, sy
            last_c = last_q = None
            continue
        if c == "M":
            px, py = nums(2)
            x, y = ox + px, oy + py
            sx, sy = x, y
            ops.append(("M", (x, y)))
            cmd = "l" if rel else "L"  # further pairs are implicit line-tos
            last_c = last_q = None
        elif c in "LHV":
            if c == "L":
                px, py = nums(2)
                x, y = ox + px, oy + py
            elif c == "H":
                x = ox + nums(1)[0]
            else:
                y = oy + nums(1)[0]
            ops.append(("L", (x, y)))
            last_c = last_q = None
        elif c in "CS":
            if c == "C":
                x1, y1, x2, y2, px, py = nums(6)
                x1, y1 = ox + x1, oy + y1
            else:
                x2, y2, px, py = nums(4)
                x1, y1 = (2 * x - last_c[0], 2 * y - last_c[1]) if last_c else (x, y)
            x2, y2, px, py = ox + x2, oy + y2, ox + px, oy + py
            ops.append(("C", (x1, y1, x2, y2, px, py)))
            last_c, last_q = (x2, y2), None
            x, y = px, py
        elif c in "QT":
            if c == "Q":
                qx, qy, px, py = nums(4)
                qx, qy = ox + qx, oy + qy
            else:
                px, py = nums(2)
                qx, qy = (2 * x - last_q[0], 2 * y - last_q[1]) if last_q else (x, y)
            px, py = ox + px, oy + py
            # A quadratic is a cubic with control points 2/3 of the way to the quadratic one.
            ops.append(("C", (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y),
                              px + 2 / 3 * (qx - px), py + 2 / 3 * (qy - py), px, py)))
            last_q, last_c = (qx, qy), None
            x, y = px, py
        elif c == "A":
            rx, ry, phi, large, sweep, px, py = nums(7)
            px, py = ox + px, oy + py
            for curve in _arc_to_curves(x, y, rx, ry, phi, bool(large), bool(sweep), px, py):
                ops.append(("C", curve))
            x, y = px, py
            last_c = last_q = None
        else:
            raise SvgError(ExportMessage("icon.path_command", cmd=Said(cmd)))
    return ops


def _ellipse_ops(cx: float, cy: float, rx: float, ry: float):
    k = 0.5522847498
    return [("M", (cx + rx, cy)),
            ("C", (cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry)),
            ("C", (cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy)),
            ("C", (cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry)),
            ("C", (cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy)),
            ("Z", ())]


def _rect_ops(x, y, w, h, rx, ry):
    if rx <= 0 and ry <= 0:
        return [("M", (x, y)), ("L", (x + w, y)), ("L", (x + w, y + h)), ("L", (x, y + h)), ("Z", ())]
    rx = min(rx or ry, w / 2)
    ry = min(ry or rx, h / 2)
    k = 0.5522847498
    return [("M", (x + rx, y)), ("L", (x + w - rx, y)),
            ("C", (x + w - rx + k * rx, y, x + w, y + ry - k * ry, x + w, y + ry)),
            ("L", (x + w, y + h - ry)),
            ("C", (x + w, y + h - ry + k * ry, x + w - rx + k * rx, y + h, x + w - rx, y + h)),
            ("L", (x + rx, y + h)),
            ("C", (x + rx - k * rx, y + h, x, y + h - ry + k * ry, x, y + h - ry)),
            ("L", (x, y + ry)),
            ("C", (x, y + ry - k * ry, x + rx - k * rx, y, x + rx, y)), ("Z", ())]


def _shape_ops(el: ET.Element, tag: str):
    def num(name: str, default: float = 0.0) -> float:
        raw = el.attrib.get(name)
        if raw is None:
            return default
        match = _NUMBER.match(raw.strip())
        if not match:
            raise SvgError(ExportMessage("icon.number", tag=tag, name=name, raw=Said(raw)))
        return float(match.group())

    if tag == "path":
        return parse_path(el.attrib.get("d", ""))
    if tag == "circle":
        r = num("r")
        return _ellipse_ops(num("cx"), num("cy"), r, r)
    if tag == "ellipse":
        return _ellipse_ops(num("cx"), num("cy"), num("rx"), num("ry"))
    if tag == "rect":
        return _rect_ops(num("x"), num("y"), num("width"), num("height"), num("rx"), num("ry"))
    if tag == "line":
        return [("M", (num("x1"), num("y1"))), ("L", (num("x2"), num("y2")))]
    points = [float(v) for v in _NUMBER.findall(el.attrib.get("points", ""))]
    pairs = list(zip(points[0::2], points[1::2], strict=False))
    if not pairs:
        return []
    ops = [("M", pairs[0])] + [("L", p) for p in pairs[1:]]
    return ops + [("Z", ())] if tag == "polygon" else ops


def _transformed(ops, m: Matrix):
    if m == IDENTITY:
        return tuple((op, tuple(p)) for op, p in ops)
    out = []
    for op, p in ops:
        pts: list[float] = []
        for j in range(0, len(p), 2):
            pts += apply(m, p[j], p[j + 1])
        out.append((op, tuple(pts)))
    return tuple(out)


def _walk(el: ET.Element, m: Matrix, style: dict[str, str], out: list[Shape], where: str) -> None:
    for child in el:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag in _IGNORED or not isinstance(child.tag, str):
            continue
        cm = multiply(m, _transform(child.attrib["transform"])) if "transform" in child.attrib else m
        st = _style(child, style)
        if tag == "g":
            _walk(child, cm, st, out, where)
            continue
        if tag not in _SHAPES:
            raise SvgError(ExportMessage("icon.element", where=where, tag=tag))
        if float(st.get("opacity", "1")) == 0:
            continue
        fill = _colour(st.get("fill", "#000000"))
        stroke = _colour(st.get("stroke"))
        if tag in ("line", "polyline"):
            fill = None
        scale = math.sqrt(abs(cm[0] * cm[3] - cm[1] * cm[2]))
        width = float(_NUMBER.match(st.get("stroke-width", "1")).group()) * scale
        caps = {"butt": 0, "round": 1, "square": 2}
        joins = {"miter": 0, "round": 1, "bevel": 2}
        ops = _transformed(_shape_ops(child, tag), cm)
        if ops and (fill or stroke):
            out.append(Shape(ops, fill, stroke, width, st.get("fill-rule") == "evenodd",
                             caps.get(st.get("stroke-linecap", "butt"), 0),
                             joins.get(st.get("stroke-linejoin", "miter"), 0)))


def read_icon(source: str, where: str = "icon") -> Icon:
    """Parse SVG text into an Icon; raises SvgError naming ``where`` for what it cannot draw."""
    if "<!ENTITY" in source:
        raise SvgError(ExportMessage("icon.entities", where=where))
    try:
        root = ET.fromstring(source)
    except ET.ParseError as exc:
        raise SvgError(ExportMessage("icon.not_svg", where=where, reason=exc)) from exc
    if root.tag.rsplit("}", 1)[-1] != "svg":
        raise SvgError(ExportMessage("icon.root", where=where))
    vb = [float(v) for v in _NUMBER.findall(root.attrib.get("viewBox", ""))]
    if len(vb) != 4:
        w = float(_NUMBER.match(root.attrib.get("width", "64")).group())
        h = float(_NUMBER.match(root.attrib.get("height", "64")).group())
        vb = [0.0, 0.0, w, h]
    shapes: list[Shape] = []
    base = multiply(IDENTITY, _transform(root.attrib["transform"])) if "transform" in root.attrib else IDENTITY
    _walk(root, base, _style(root, {}), shapes, where)
    return Icon((vb[0], vb[1], vb[2], vb[3]), tuple(shapes))


@cache
def load_icon(path: Path) -> Icon:
    """Read an icon file once per process."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SvgError(ExportMessage("icon.unreadable", path=path, reason=OsReason(exc))) from exc
    return read_icon(text, str(path))


def _rgb(colour: str) -> str:
    return " ".join(f"{int(colour[i:i + 2], 16) / 255:.4g}" for i in (1, 3, 5))


@cache
def icon_operators(icon: Icon, colour: str | None = None) -> str:
    """The icon as PDF path operators in viewBox units (built once per icon and colour)."""
    out = []
    for shape in icon.shapes:
        fill = colour if (colour and shape.fill) else shape.fill
        stroke = colour if (colour and shape.stroke) else shape.stroke
        if fill == "current":
            fill = colour or "#000000"
        if stroke == "current":
            stroke = colour or "#000000"
        if fill:
            out.append(f"{_rgb(fill)} rg")
        if stroke:
            out.append(f"{_rgb(stroke)} RG {shape.stroke_width:.4g} w {shape.cap} J {shape.join} j")
        for op, p in shape.ops:
            nums = " ".join(f"{v:.4f}".rstrip("0").rstrip(".") for v in p)
            out.append(f"{nums} {'m' if op == 'M' else 'l' if op == 'L' else 'c'}" if op != "Z" else "h")
        star = "*" if shape.even_odd else ""
        out.append(("B" + star) if fill and stroke else ("f" + star) if fill else "S")
    return "\n".join(out)


def draw_icon(canvas, icon: Icon, x: float, y: float, size: float, colour: str | None = None) -> None:
    """Draw ``icon`` in the square (x, y, size) of the canvas; ``colour`` replaces its own colours."""
    vx, vy, vw, vh = icon.view_box
    scale = size / max(vw, vh)
    canvas.saveState()
    # SVG's y axis points down; centre the viewBox in the square.
    canvas.translate(x + (size - vw * scale) / 2, y + size - (size - vh * scale) / 2)
    canvas.scale(scale, -scale)
    canvas.translate(-vx, -vy)
    canvas.addLiteral(icon_operators(icon, colour))
    canvas.restoreState()
