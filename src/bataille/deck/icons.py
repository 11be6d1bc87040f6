"""Theme icons: the one reader used by `validate`, the screen and print.

An icon is a small SVG file. Supported: <svg viewBox>, <g>, <a>, <path d> (M L H V C S Q T A Z,
absolute and relative), <circle>, <ellipse>, <rect> (rx/ry), <line>, <polyline>, <polygon>;
fill, stroke, stroke-width, stroke-linecap, stroke-linejoin, fill-rule, opacity (a number or a
percentage), display and visibility, as attributes or in style=""; "inherit" and currentColor;
transform (matrix, translate, scale, rotate, skewX, skewY). Elements of editors' own namespaces
(Inkscape, Sodipodi, RDF) and <title>, <desc>, <metadata>, <defs>, <style> draw nothing and are
skipped. Anything else that draws (<text>, <image>, <use>, gradients, clip paths) is refused
with a sentence that says what to do, so an icon never loses a part silently.

The file is read only when it is a regular file of at most MAX_ICON_BYTES; PNG, JPEG and other
pictures are recognised by their first bytes and refused by name. ``IconError`` is the only
exception that leaves ``load_icon`` and ``read_icon``.
"""

from __future__ import annotations

import stat
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from .frozen import Frozen, record
from .icon_paths import (
    IDENTITY,
    NUMBER,
    IconError,
    Matrix,
    finite,
    multiply,
    shape_ops,
    transform,
    transformed,
)
from .messages import Message, Num, Quoted

MAX_ICON_BYTES = 1024 * 1024  # the bundled icons are under 2 KiB
MAX_DEPTH = 64
MAX_POINTS = 200_000  # path points in one icon: far past any mark printed 2 cm wide
SVG_NS = "http://www.w3.org/2000/svg"

_SKIPPED = {"title", "desc", "metadata", "defs", "style", "script", "symbol", "marker", "pattern",
            "clipPath", "mask", "linearGradient", "radialGradient", "filter", "namedview"}
_SHAPES = {"path", "circle", "ellipse", "rect", "line", "polyline", "polygon"}
_GROUPS = {"g", "a"}
_STYLE_KEYS = ("fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "fill-rule", "opacity",
               "fill-opacity", "stroke-opacity", "display", "visibility", "clip-path", "mask", "filter")
_NOT_INHERITED = ("opacity", "display", "clip-path", "mask", "filter")
_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2, "miter-clip": 0, "arcs": 1}
_NAMED = {"black": "#000000", "white": "#ffffff", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
          "yellow": "#ffff00", "gray": "#808080", "grey": "#808080", "silver": "#c0c0c0", "maroon": "#800000",
          "purple": "#800080", "fuchsia": "#ff00ff", "magenta": "#ff00ff", "lime": "#00ff00",
          "olive": "#808000", "navy": "#000080", "teal": "#008080", "aqua": "#00ffff", "cyan": "#00ffff",
          "orange": "#ffa500"}
# First bytes of pictures a teacher may give instead of an SVG.
_PICTURES = ((b"\x89PNG", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF8", "GIF"), (b"RIFF", "WebP"),
             (b"%PDF", "PDF"), (b"BM", "BMP"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"),
             (b"\x00\x00\x01\x00", "ICO"))


@record
class Shape(Frozen):
    """One filled and/or stroked outline: subpaths of ('M'|'L'|'C'|'Z', points) in icon units."""

    ops: tuple[tuple[str, tuple[float, ...]], ...]
    fill: str | None  # "#rrggbb", "current" (the colour it is drawn in) or None
    stroke: str | None
    stroke_width: float
    even_odd: bool
    cap: int  # 0 butt, 1 round, 2 square (PDF's numbers)
    join: int  # 0 miter, 1 round, 2 bevel


@dataclass(frozen=True, eq=False)
class Icon:
    """An icon read from SVG: its viewBox (positive width and height) and its shapes, y down."""

    view_box: tuple[float, float, float, float]
    shapes: tuple[Shape, ...]


def read_icon_file(path: Path) -> bytes:
    """The bytes of an icon file: a regular file of at most MAX_ICON_BYTES, checked before reading."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block, a device never end
            raise IconError(Message("icon.not_regular"))
        if info.st_size > MAX_ICON_BYTES:
            raise _too_big(info.st_size)
        with path.open("rb") as handle:
            raw = handle.read(MAX_ICON_BYTES + 1)  # it may have grown since stat()
    except OSError as exc:
        raise IconError(Message("icon.unreadable", reason=exc.strerror or str(exc))) from exc
    if len(raw) > MAX_ICON_BYTES:
        raise _too_big(len(raw))
    return raw


def _too_big(size: int) -> IconError:
    return IconError(Message("icon.too_big", size=Num(size / 1024, grouped=True),
                             limit=Num(MAX_ICON_BYTES / 1024, grouped=True)))


_CACHE: dict[Path, tuple[tuple[int, int], Icon | IconError]] = {}


def load_icon(path: Path) -> Icon:
    """The icon at ``path``, read once while the file keeps its size and time; raise IconError."""
    try:
        info = path.stat()
        key = (info.st_mtime_ns, info.st_size)
    except OSError:
        key = (-1, -1)
    known = _CACHE.get(path)
    if known is not None and known[0] == key:
        result = known[1]
    else:
        try:
            result = read_icon(read_icon_file(path))
        except IconError as exc:
            result = exc
        _CACHE[path] = (key, result)
    if isinstance(result, IconError):
        raise result
    return result


def clear_icons() -> None:
    """Forget every icon read (tests; the cache already notices a changed file)."""
    _CACHE.clear()


def read_icon(source: bytes | str) -> Icon:
    """Parse SVG (bytes as found in a file, or text) into an Icon; raise IconError."""
    raw = source.encode("utf-8") if isinstance(source, str) else source
    for magic, name in _PICTURES:
        if raw.startswith(magic):
            raise IconError(Message("icon.picture", format=name))
    if b"<!ENTITY" in raw:
        raise IconError(Message("icon.entities"))
    root = _parse_xml(raw)
    if root.tag.rsplit("}", 1)[-1] != "svg":
        raise IconError(Message("icon.root"))
    if any(el.tag in ("style", f"{{{SVG_NS}}}style") and (el.text or "").strip() for el in root.iter()):
        raise IconError(Message("icon.stylesheet"))  # its colours, wherever it is, would be lost in silence
    view_box = _view_box(root.attrib)
    base = transform(root.attrib["transform"]) if "transform" in root.attrib else IDENTITY
    shapes: list[Shape] = []
    _walk(root, base, _style(root.attrib, {}), shapes, 0)
    if sum(len(s.ops) for s in shapes) > MAX_POINTS:
        raise IconError(Message("icon.too_detailed", limit=Num(MAX_POINTS)))
    return Icon(view_box, tuple(shapes))


def _parse_xml(raw: bytes) -> ET.Element:
    try:
        return ET.fromstring(raw)
    except ET.ParseError as exc:
        line, col = exc.position
        if not raw.lstrip().startswith(b"<?xml") and _not_utf8(raw):
            try:  # no declaration and not UTF-8: an editor's Latin-1; only <title> text can differ
                return ET.fromstring(raw.decode("latin-1"))
            except ET.ParseError:
                pass
        raise IconError(Message("icon.not_svg", line=line, col=col + 1, reason=str(exc).split(":")[0])) from exc


def _not_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _view_box(attrib: dict[str, str]) -> tuple[float, float, float, float]:
    if "viewBox" in attrib:
        parts = NUMBER.findall(attrib["viewBox"])
        if len(parts) != 4:
            raise IconError(Message("icon.view_box", value=Quoted(attrib["viewBox"])))
        x, y, w, h = (finite(p, "viewBox") for p in parts)
        if w <= 0 or h <= 0:
            raise IconError(Message("icon.view_box", value=Quoted(attrib["viewBox"])))
        return (x, y, w, h)
    size = []
    for name in ("width", "height"):
        text = attrib.get(name, "64").strip()
        match = NUMBER.match(text)
        value = finite(match.group(), name) if match and not text.endswith("%") else 64.0
        if value <= 0:
            raise IconError(Message("icon.size", name=name, value=Quoted(text)))
        size.append(value)
    return (0.0, 0.0, size[0], size[1])


def _style(attrib: dict[str, str], inherited: dict[str, str]) -> dict[str, str]:
    style = {k: v for k, v in inherited.items() if k not in _NOT_INHERITED}
    declared = {key: attrib[key] for key in _STYLE_KEYS if key in attrib}
    for part in attrib.get("style", "").split(";"):
        if ":" in part:
            key, value = part.split(":", 1)
            declared[key.strip()] = value.replace("!important", "")
    for key, value in declared.items():
        value = value.strip()
        if value.lower() == "inherit":
            if key in inherited:
                style[key] = inherited[key]
        elif value:
            style[key] = value
    return style


def _opacity(value: str | None) -> float:
    if value is None:
        return 1.0
    text = value.strip()
    match = NUMBER.fullmatch(text[:-1] if text.endswith("%") else text)
    if not match:
        raise IconError(Message("icon.opacity", value=Quoted(value)))
    number = finite(match.group(), "opacity")
    return number / 100 if text.endswith("%") else number


def _channel(text: str) -> int:
    text = text.strip()
    number = finite(text[:-1], "rgb") * 2.55 if text.endswith("%") else finite(text, "rgb")
    return max(0, min(255, round(number)))


def colour(value: str | None) -> str | None:
    """An SVG paint as "#rrggbb", "current" or None (no paint); IconError for what we do not draw."""
    if value is None:
        return None
    text = value.strip().lower()
    text = _NAMED.get(text, text)
    if text in ("none", "transparent"):
        return None
    if text == "currentcolor":
        return "current"
    if len(text) == 4 and text.startswith("#") and all(c in "0123456789abcdef" for c in text[1:]):
        return "#" + "".join(ch * 2 for ch in text[1:])
    if len(text) == 7 and text.startswith("#") and all(c in "0123456789abcdef" for c in text[1:]):
        return text
    if text.startswith("rgb(") and text.endswith(")"):
        parts = text[4:-1].split(",")
        if len(parts) == 3:
            return "#" + "".join(f"{_channel(p):02x}" for p in parts)
    if text.startswith("url("):
        raise IconError(Message("icon.gradient", value=Quoted(value.strip())))
    raise IconError(Message("icon.colour", value=Quoted(value.strip())))


def _walk(el: ET.Element, m: Matrix, style: dict[str, str], out: list[Shape], depth: int) -> None:
    if depth >= MAX_DEPTH:
        raise IconError(Message("icon.depth", limit=MAX_DEPTH))
    for child in el:
        if not isinstance(child.tag, str):
            continue  # comments and processing instructions
        namespace, _, tag = child.tag[1:].partition("}") if child.tag.startswith("{") else (SVG_NS, "", child.tag)
        if namespace != SVG_NS or tag in _SKIPPED:
            continue  # an editor's own data (Inkscape layers' settings, metadata): draws nothing
        st = _style(child.attrib, style)
        if st.get("display", "").strip() == "none":
            continue
        for key in ("clip-path", "mask", "filter"):
            if st.get(key, "none").strip() != "none":
                raise IconError(Message("icon.effect", name=key))
        cm = multiply(m, transform(child.attrib["transform"])) if "transform" in child.attrib else m
        if tag in _GROUPS:
            if _opacity(st.get("opacity")) > 0:
                _walk(child, cm, st, out, depth + 1)
            continue
        if tag not in _SHAPES:
            hint = Message("icon.hint_text") if tag in ("text", "tspan", "textPath") else Message("icon.hint_shapes")
            raise IconError(Message("icon.element", tag=tag, hint=hint))
        _shape(child, tag, cm, st, out)


def _shape(el: ET.Element, tag: str, m: Matrix, st: dict[str, str], out: list[Shape]) -> None:
    if st.get("visibility", "").strip() in ("hidden", "collapse") or _opacity(st.get("opacity")) <= 0:
        return
    fill = colour(st.get("fill", "#000000")) if tag not in ("line", "polyline") else None
    stroke = colour(st.get("stroke"))
    if _opacity(st.get("fill-opacity")) <= 0:
        fill = None
    if _opacity(st.get("stroke-opacity")) <= 0:
        stroke = None
    raw_width = st.get("stroke-width", "1").strip()
    match = NUMBER.match(raw_width)
    if not match:
        raise IconError(Message("icon.attribute", tag=tag, name="stroke-width", raw=Quoted(raw_width)))
    scale = abs(m[0] * m[3] - m[1] * m[2]) ** 0.5
    width = finite(match.group(), "stroke-width") * scale
    if width <= 0:
        stroke = None
    ops = transformed(shape_ops(el.attrib, tag), m)
    if ops and (fill or stroke):
        out.append(Shape(ops, fill, stroke, width, st.get("fill-rule", "").strip() == "evenodd",
                         _CAPS.get(st.get("stroke-linecap", "butt").strip(), 0),
                         _JOINS.get(st.get("stroke-linejoin", "miter").strip(), 0)))


__all__ = ["Icon", "IconError", "MAX_ICON_BYTES", "Shape", "clear_icons", "colour", "load_icon", "read_icon",
           "read_icon_file"]
