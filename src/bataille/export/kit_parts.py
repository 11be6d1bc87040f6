"""What the kit's pages share: the margin, dashed lines to cut or fold along, text set to fit, and
each choice's symbol (the voting cards' and the score sheet's, so that the counts read against the
cards raised)."""

from __future__ import annotations

from reportlab.lib.units import mm

from bataille.workshop.state import CHOICE_COLOURS

from .card_drawing import _hex
from .card_frame import INK, WHITE
from .cards_text import draw_line as draw_line  # kit_takeaway's lines, drawn as the cards' are
from .cards_text import draw_text, text_width
from .fonts import BOLD, REGULAR, clean_text

CHOICES = ("agree", "disagree", "undecided")  # each in CHOICE_COLOURS: the stage's bars' and the phones'
MARGIN = 10 * mm
SAFE_EDGE = 8 * mm  # nearer the paper's edge, many office printers print nothing (about 5 mm)
CUT_DASH = (4 * mm, 2.5 * mm)
NOTE_PT = 8.0


def cut_line(canvas, x1: float, y1: float, x2: float, y2: float) -> None:
    """A dashed line to cut or fold along."""
    canvas.saveState()
    canvas.setStrokeColor(_hex(INK))
    canvas.setLineWidth(0.5)
    canvas.setDash(*CUT_DASH)
    canvas.line(x1, y1, x2, y2)
    canvas.restoreState()


def largest_size(text: str, font: str, width: float, biggest: float) -> float:
    """The largest size up to ``biggest`` at which ``text`` takes at most ``width`` on one line."""
    return min(biggest, biggest * width / max(1.0, text_width(text, font, biggest)))


def note(canvas, text: str, x: float, y: float, width: float, align: str = "left") -> None:
    """A line of instructions in the page's margin, shrunk to fit."""
    text = clean_text(text)
    size = largest_size(text, REGULAR, width, NOTE_PT)
    canvas.setFillColor(_hex(INK))
    canvas.setFont(REGULAR, size)
    draw_text(canvas, text, REGULAR, size, x + (width / 2 if align == "centre" else 0), y, align)


def choice_symbol(canvas, choice: str, cx: float, cy: float, r: float) -> None:
    """The choice's symbol, white on a disc of its colour: a tick, a cross, a question mark."""
    canvas.saveState()
    canvas.setFillColor(_hex(CHOICE_COLOURS[choice]))
    canvas.circle(cx, cy, r, stroke=0, fill=1)
    canvas.setStrokeColor(_hex(WHITE))
    canvas.setFillColor(_hex(WHITE))
    canvas.setLineWidth(r * 0.2)
    canvas.setLineCap(1)
    canvas.setLineJoin(1)
    if choice == "agree":
        path = canvas.beginPath()
        path.moveTo(cx - 0.5 * r, cy + 0.02 * r)
        path.lineTo(cx - 0.15 * r, cy - 0.35 * r)
        path.lineTo(cx + 0.52 * r, cy + 0.38 * r)
        canvas.drawPath(path, stroke=1, fill=0)
    elif choice == "disagree":
        d = 0.4 * r
        canvas.line(cx - d, cy - d, cx + d, cy + d)
        canvas.line(cx - d, cy + d, cx + d, cy - d)
    else:
        size = 1.45 * r
        canvas.setFont(BOLD, size)
        draw_text(canvas, "?", BOLD, size, cx, cy - 0.36 * size, "centre")
    canvas.restoreState()
