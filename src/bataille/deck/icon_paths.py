"""Geometry of theme icons: SVG path data, basic shapes and transforms, as absolute outlines.

Every outline is a tuple of ops ('M', (x, y)), ('L', (x, y)), ('C', (x1, y1, x2, y2, x, y)),
('Z', ()). Bad data raises ``IconError`` with a message of the deck catalogue; no other
exception leaves this module (numbers are checked finite, matrices and arcs never divide by 0).
"""

from __future__ import annotations

import math
import re

from .messages import Message, Quoted

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[^\s,]")
_TRANSFORM = re.compile(r"\s*([A-Za-z]+)\s*\(([^)]*)\)\s*,?")
_K = 0.5522847498  # a quarter circle as one cubic


class IconError(Exception):
    """An icon that cannot be drawn as written; ``wording`` says why in French or English."""

    def __init__(self, wording: Message) -> None:
        self.wording = wording
        super().__init__(wording.render("en"))

    def message_in(self, lang: str) -> str:
        return self.wording.render(lang)

    text = message_in


def finite(text: str, what: str) -> float:
    """``text`` as a finite number, else IconError naming ``what``."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or abs(value) > 1e9:
        raise IconError(Message("icon.number", name=what, raw=Quoted(text)))
    return value


def multiply(a: Matrix, b: Matrix) -> Matrix:
    """The matrix that applies ``b`` first, then ``a``."""
    a0, a1, a2, a3, a4, a5 = a
    b0, b1, b2, b3, b4, b5 = b
    return (a0 * b0 + a2 * b1, a1 * b0 + a3 * b1, a0 * b2 + a2 * b3, a1 * b2 + a3 * b3,
            a0 * b4 + a2 * b5 + a4, a1 * b4 + a3 * b5 + a5)


def transform(text: str) -> Matrix:
    """An SVG transform list (matrix, translate, scale, rotate, skewX, skewY) as one matrix."""
    m, at = IDENTITY, 0
    text = text.strip()
    while at < len(text):
        match = _TRANSFORM.match(text, at)
        if not match:
            raise IconError(Message("icon.transform", value=Quoted(text)))
        at = match.end()
        name, args = match.group(1), match.group(2)
        v = [finite(x, "transform") for x in NUMBER.findall(args)]
        if name == "matrix" and len(v) == 6:
            t: Matrix = (v[0], v[1], v[2], v[3], v[4], v[5])
        elif name == "translate" and 1 <= len(v) <= 2:
            t = (1, 0, 0, 1, v[0], v[1] if len(v) > 1 else 0)
        elif name == "scale" and 1 <= len(v) <= 2:
            t = (v[0], 0, 0, v[1] if len(v) > 1 else v[0], 0, 0)
        elif name == "rotate" and len(v) in (1, 3):
            r = math.radians(v[0])
            t = (math.cos(r), math.sin(r), -math.sin(r), math.cos(r), 0, 0)
            if len(v) == 3:
                t = multiply(multiply((1, 0, 0, 1, v[1], v[2]), t), (1, 0, 0, 1, -v[1], -v[2]))
        elif name in ("skewX", "skewY") and len(v) == 1:
            k = math.tan(math.radians(v[0])) if abs(v[0] % 180 - 90) > 1e-6 else 0.0
            t = (1, 0, k, 1, 0, 0) if name == "skewX" else (1, k, 0, 1, 0, 0)
        else:
            raise IconError(Message("icon.transform", value=Quoted(f"{name}({args.strip()})")))
        m = multiply(m, t)
    return m


def arc_to_curves(x1, y1, rx, ry, phi, large, sweep, x2, y2):
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
    segments = max(1, min(4, math.ceil(abs(dt) / (math.pi / 2) - 1e-9)))
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
    return _PathReader(d).read()


class _PathReader:
    """SVG path data read command by command: the pen's place, where the subpath started, the
    control point the next S or T reflects, and the ops so far."""

    def __init__(self, d: str) -> None:
        self.tokens = _TOKEN.findall(d)
        self.i = 0
        self.ops: list[tuple[str, tuple[float, ...]]] = []
        self.x = self.y = self.sx = self.sy = 0.0
        self.last_c: tuple[float, float] | None = None  # reflected control point for S
        self.last_q: tuple[float, float] | None = None  # reflected control point for T

    def nums(self, n: int) -> list[float]:
        tokens, i = self.tokens, self.i
        if i + n > len(tokens) or any(not NUMBER.fullmatch(t) for t in tokens[i:i + n]):
            raise IconError(Message("icon.path_short", near=Quoted(" ".join(tokens[i:i + n]))))
        vals = [finite(t, "d") for t in tokens[i:i + n]]
        self.i += n
        return vals

    def read(self) -> list[tuple[str, tuple[float, ...]]]:
        tokens, ops = self.tokens, self.ops
        cmd = ""
        while self.i < len(tokens):
            token = tokens[self.i]
            named = token.isalpha() and len(token) == 1 and token in "MmLlHhVvCcSsQqTtAaZz"
            if named:
                cmd = token
                self.i += 1
            elif not NUMBER.fullmatch(token):
                raise IconError(Message("icon.path_command", cmd=Quoted(token)))
            elif not cmd:
                raise IconError(Message("icon.path_start"))
            rel = cmd.islower()
            c = cmd.upper()
            ox, oy = (self.x, self.y) if rel else (0.0, 0.0)
            if c == "Z":
                self._close(named)
                continue
            if c == "M":
                px, py = self.nums(2)
                self.x, self.y = ox + px, oy + py
                self.sx, self.sy = self.x, self.y
                ops.append(("M", (self.x, self.y)))
                cmd = "l" if rel else "L"  # further pairs are implicit line-tos
                self.last_c = self.last_q = None
            elif c in "LHV":
                self._line(c, ox, oy)
            elif c in "CS":
                self._cubic(c, ox, oy)
            elif c in "QT":
                self._quadratic(c, ox, oy)
            else:
                self._arc(ox, oy)
            if ops and ops[0][0] != "M":
                raise IconError(Message("icon.path_start"))
        return ops

    def _close(self, named: bool) -> None:
        if not named:  # "Z 1 2": numbers after a close take no command (and would loop for ever)
            raise IconError(Message("icon.path_short", near=Quoted(" ".join(self.tokens[self.i - 1:self.i + 2]))))
        if not self.ops:
            raise IconError(Message("icon.path_start"))
        self.ops.append(("Z", ()))
        self.x, self.y = self.sx, self.sy
        self.last_c = self.last_q = None

    def _line(self, c: str, ox: float, oy: float) -> None:
        if c == "L":
            px, py = self.nums(2)
            self.x, self.y = ox + px, oy + py
        elif c == "H":
            self.x = ox + self.nums(1)[0]
        else:
            self.y = oy + self.nums(1)[0]
        self.ops.append(("L", (self.x, self.y)))
        self.last_c = self.last_q = None

    def _cubic(self, c: str, ox: float, oy: float) -> None:
        x, y, last_c = self.x, self.y, self.last_c
        if c == "C":
            x1, y1, x2, y2, px, py = self.nums(6)
            x1, y1 = ox + x1, oy + y1
        else:
            x2, y2, px, py = self.nums(4)
            x1, y1 = (2 * x - last_c[0], 2 * y - last_c[1]) if last_c else (x, y)
        x2, y2, px, py = ox + x2, oy + y2, ox + px, oy + py
        self.ops.append(("C", (x1, y1, x2, y2, px, py)))
        self.last_c, self.last_q = (x2, y2), None
        self.x, self.y = px, py

    def _quadratic(self, c: str, ox: float, oy: float) -> None:
        x, y, last_q = self.x, self.y, self.last_q
        if c == "Q":
            qx, qy, px, py = self.nums(4)
            qx, qy = ox + qx, oy + qy
        else:
            px, py = self.nums(2)
            qx, qy = (2 * x - last_q[0], 2 * y - last_q[1]) if last_q else (x, y)
        px, py = ox + px, oy + py
        # A quadratic is a cubic with control points 2/3 of the way to the quadratic one.
        self.ops.append(("C", (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y),
                               px + 2 / 3 * (qx - px), py + 2 / 3 * (qy - py), px, py)))
        self.last_q, self.last_c = (qx, qy), None
        self.x, self.y = px, py

    def _arc(self, ox: float, oy: float) -> None:
        rx, ry, phi, large, sweep, px, py = self.nums(7)
        px, py = ox + px, oy + py
        for curve in arc_to_curves(self.x, self.y, rx, ry, phi, bool(large), bool(sweep), px, py):
            self.ops.append(("C", curve))
        self.x, self.y = px, py
        self.last_c = self.last_q = None


def ellipse_ops(cx: float, cy: float, rx: float, ry: float):
    if rx <= 0 or ry <= 0:
        return []  # SVG draws nothing for a zero or negative radius
    k = _K
    return [("M", (cx + rx, cy)),
            ("C", (cx + rx, cy + k * ry, cx + k * rx, cy + ry, cx, cy + ry)),
            ("C", (cx - k * rx, cy + ry, cx - rx, cy + k * ry, cx - rx, cy)),
            ("C", (cx - rx, cy - k * ry, cx - k * rx, cy - ry, cx, cy - ry)),
            ("C", (cx + k * rx, cy - ry, cx + rx, cy - k * ry, cx + rx, cy)),
            ("Z", ())]


def rect_ops(x, y, w, h, rx, ry):
    if w <= 0 or h <= 0:
        return []
    if rx <= 0 and ry <= 0:
        return [("M", (x, y)), ("L", (x + w, y)), ("L", (x + w, y + h)), ("L", (x, y + h)), ("Z", ())]
    rx = min(rx if rx > 0 else ry, w / 2)
    ry = min(ry if ry > 0 else rx, h / 2)
    k = _K
    return [("M", (x + rx, y)), ("L", (x + w - rx, y)),
            ("C", (x + w - rx + k * rx, y, x + w, y + ry - k * ry, x + w, y + ry)),
            ("L", (x + w, y + h - ry)),
            ("C", (x + w, y + h - ry + k * ry, x + w - rx + k * rx, y + h, x + w - rx, y + h)),
            ("L", (x + rx, y + h)),
            ("C", (x + rx - k * rx, y + h, x, y + h - ry + k * ry, x, y + h - ry)),
            ("L", (x, y + ry)),
            ("C", (x, y + ry - k * ry, x + rx - k * rx, y, x + rx, y)), ("Z", ())]


def shape_ops(attrib: dict[str, str], tag: str):
    """The outline of one SVG shape element, in its own units."""

    def num(name: str) -> float:
        raw = attrib.get(name)
        if raw is None or not raw.strip():
            return 0.0
        match = NUMBER.match(raw.strip())
        if not match:
            raise IconError(Message("icon.attribute", tag=tag, name=name, raw=Quoted(raw)))
        return finite(match.group(), name)

    if tag == "path":
        return parse_path(attrib.get("d", ""))
    if tag == "circle":
        r = num("r")
        return ellipse_ops(num("cx"), num("cy"), r, r)
    if tag == "ellipse":
        return ellipse_ops(num("cx"), num("cy"), num("rx"), num("ry"))
    if tag == "rect":
        return rect_ops(num("x"), num("y"), num("width"), num("height"), num("rx"), num("ry"))
    if tag == "line":
        return [("M", (num("x1"), num("y1"))), ("L", (num("x2"), num("y2")))]
    points = [finite(v, "points") for v in NUMBER.findall(attrib.get("points", ""))]
    pairs = list(zip(points[0::2], points[1::2], strict=False))
    if not pairs:
        return []
    ops = [("M", pairs[0])] + [("L", p) for p in pairs[1:]]
    return ops + [("Z", ())] if tag == "polygon" else ops


def transformed(ops, m: Matrix):
    if m == IDENTITY:
        return tuple((op, tuple(p)) for op, p in ops)
    a, b, c, d, e, f = m
    out = []
    for op, p in ops:
        pts: list[float] = []
        for j in range(0, len(p), 2):
            x, y = p[j], p[j + 1]
            pts += (a * x + c * y + e, b * x + d * y + f)
        out.append((op, tuple(pts)))
    return tuple(out)
