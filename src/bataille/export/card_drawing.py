"""Drawing a laid-out card face on a PDF canvas: its colour, its kind's pattern, the white panel,
the icon, the badges, the lines and the QR code (encoded once per URL)."""

from __future__ import annotations

from functools import cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from .card_frame import FRAME, INK, PAD, WHITE, Face
from .cards_text import draw_line
from .imposition import CardSize
from .svg import draw_icon

QR_MASK = 2  # columns pattern: j % 3 == 0
# Saving ink: the theme's colour mixed with this much white where it was solid (a back, a front's
# band and frame). On a black-and-white printer it prints as a light grey under dark text.
INK_SAVING_TINT = 0.86
INK_SAVING_ICON_TINT = 0.4  # a back's large icon: a mid grey, no solid dark patch


@cache
def _hex(colour: str) -> HexColor:
    return HexColor(colour)


def tint(colour: str, amount: float) -> str:
    """The colour mixed with white (amount 0..1), for quiet patterns on backs."""
    c = _hex(colour)
    r, g, b = (round(255 * (v + (1 - v) * amount)) for v in (c.red, c.green, c.blue))
    return f"#{r:02x}{g:02x}{b:02x}"



@cache
def qr_modules(url: str) -> tuple[tuple[bool, ...], ...]:
    """The QR code of ``url``, rows of dark (True) and light modules from the top (encoded once per URL)."""
    widget = QrCodeWidget(url, barLevel="M")
    qr = widget.qr
    # A fixed mask instead of the best of eight: any mask is valid and phones read them all,
    # and trying eight costs 30 ms a code, most of the time of a 500-card print run.
    qr.version = qr.calculate_version()
    qr.makeImpl(False, QR_MASK)
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


@cache
def _qr_literal(url: str) -> tuple[int, str]:
    """The QR code of ``url`` as PDF fill operations in module units."""
    modules = qr_modules(url)
    n = len(modules)
    parts = []
    for r, row in enumerate(modules):
        y = n - 1 - r
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                parts.append(f"{start} {y} {c - start} 1 re")
            else:
                c += 1
    return n, "\n".join(parts) + "\nf"


def draw_qr(canvas, url: str, x: float, y: float, size: float) -> None:
    """A QR code for ``url`` in the square (x, y, size), black on whatever is below."""
    n, ops = _qr_literal(url)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / n, size / n)
    canvas.setFillColor(_hex("#000000"))
    canvas.addLiteral(ops)
    canvas.restoreState()


def _decor(canvas, face: Face, w: float, h: float, ink_saving: bool) -> None:
    """The kind's pattern on a back: a fact's inset frame, a debate's two corners, the timeline's ticks
    (saving ink: the frame in the theme's colour, the corners a shade darker than the light ground)."""
    if face.decor == "fact":
        inset = 3.5 * mm
        canvas.setStrokeColor(_hex(face.colour if ink_saving else WHITE))
        canvas.setLineWidth(0.9)
        canvas.roundRect(inset, inset, w - 2 * inset, h - 2 * inset, 2.5 * mm, stroke=1, fill=0)
    elif face.decor == "debate":
        # Two facing corners: the two sides of a debate.
        canvas.setFillColor(_hex(tint(face.colour, 0.68 if ink_saving else 0.22)))
        r = 0.45 * w
        canvas.wedge(-r, h - r, r, h + r, 270, 90, stroke=0, fill=1)
        canvas.wedge(w - r, -r, w + r, r, 90, 90, stroke=0, fill=1)
    elif face.decor == "event":
        canvas.setStrokeColor(_hex(tint(face.colour, 0.3)))
        canvas.setLineWidth(1.2)
        y = h - FRAME - PAD - 6.5 - 3.5 * mm  # under the "timeline" label, clear of the year
        canvas.line(0, y, w, y)
        for i in range(1, 8):
            x = w * i / 8
            canvas.line(x, y - 1.5 * mm, x, y + 1.5 * mm)


def draw_face(canvas, face: Face, size: CardSize, bleed: float, ink_saving: bool = False) -> None:
    """Draw a laid-out face in card coordinates (the caller has set the matrix and the clip).

    ``ink_saving``: the theme's colour only as a light tint and outlines, the icon in the theme's
    colour, and every word (and badge) in near-black ink, the words written white on the colour,
    the key figure and the small id alike: nothing solid-dark on the page, nothing grey to read.
    """
    w, h = size.width, size.height
    canvas.setFillColor(_hex(tint(face.colour, INK_SAVING_TINT) if ink_saving else face.colour))
    canvas.rect(-bleed, -bleed, w + 2 * bleed, h + 2 * bleed, stroke=0, fill=1)
    _decor(canvas, face, w, h, ink_saving)
    if face.panel:
        canvas.setFillColor(_hex(WHITE))
        canvas.setStrokeColor(_hex(face.colour))
        canvas.setLineWidth(0.8)
        canvas.roundRect(*face.panel, radius=1.8 * mm, stroke=int(ink_saving), fill=1)
    if face.icon:
        icon, x, y, s = face.icon
        # Saving ink, the band's small icon in the theme's colour, a back's large one a mid tint of it.
        shade = face.colour if face.panel else tint(face.colour, INK_SAVING_ICON_TINT)
        draw_icon(canvas, icon, x, y, s, shade if ink_saving else None)

    def ink(colour: str) -> str:  # saving ink, every word in near-black: the figure, the id, the claim
        return INK if ink_saving else colour

    for x, y, bw, bh, colour in face.badges:
        canvas.setStrokeColor(_hex(ink(colour)))
        canvas.setLineWidth(0.8)
        canvas.roundRect(x, y, bw, bh, min(bh / 2, 1.5 * mm), stroke=1, fill=0)
    font = colour = None
    for line in face.lines:
        if (line.font, line.size) != font:
            font = (line.font, line.size)
            canvas.setFont(line.font, line.size)
        if ink(line.colour) != colour:
            colour = ink(line.colour)
            canvas.setFillColor(_hex(colour))
        draw_line(canvas, line.text, line.font, line.size, line.x, line.y, line.align)
    if face.qr:
        url, x, y, s = face.qr
        if face.qr_backing:
            margin = 1.2 * mm
            canvas.setFillColor(_hex(WHITE))
            canvas.roundRect(x - margin, y - margin, s + 2 * margin, s + 2 * margin, 1 * mm, stroke=0, fill=1)
        draw_qr(canvas, url, x, y, s)
