"""Theme icons on paper: the icons read by ``bataille.deck.icons`` (the one reader that `validate`
and the screen use too), drawn as PDF path operators."""

from __future__ import annotations

from functools import lru_cache

from bataille.deck.icons import Icon, IconError, load_icon, read_icon

SvgError = IconError  # the name print's callers knew

__all__ = ["Icon", "IconError", "SvgError", "draw_icon", "icon_operators", "load_icon", "read_icon"]


def _rgb(colour: str) -> str:
    return " ".join(f"{int(colour[i:i + 2], 16) / 255:.4g}" for i in (1, 3, 5))


def _number(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".") or "0"


@lru_cache(maxsize=64)
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
            nums = " ".join(_number(v) for v in p)
            out.append(f"{nums} {'m' if op == 'M' else 'l' if op == 'L' else 'c'}" if op != "Z" else "h")
        star = "*" if shape.even_odd else ""
        out.append(("B" + star) if fill and stroke else ("f" + star) if fill else "S")
    return "\n".join(out)


def draw_icon(canvas, icon: Icon, x: float, y: float, size: float, colour: str | None = None) -> None:
    """Draw ``icon`` in the square (x, y, size) of the canvas; ``colour`` replaces its own colours."""
    vx, vy, vw, vh = icon.view_box  # the reader guarantees vw, vh > 0
    scale = size / max(vw, vh)
    canvas.saveState()
    # SVG's y axis points down; centre the viewBox in the square.
    canvas.translate(x + (size - vw * scale) / 2, y + size - (size - vh * scale) / 2)
    canvas.scale(scale, -scale)
    canvas.translate(-vx, -vy)
    canvas.addLiteral(icon_operators(icon, colour))
    canvas.restoreState()
