"""The double-sided calibration sheet: how far the printer shifts backs against fronts."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .cards_text import wrap
from .errors import ExportError
from .fonts import BOLD, REGULAR
from .imposition import apply, plan_layout
from .pdf_canvas import new_canvas
from .wording import word

if TYPE_CHECKING:
    from .cards_sheets import PrintOptions

# -- calibration -----------------------------------------------------------------------------

RULER_MM = 5  # the rulers read from -5 to +5 mm
MARGIN = 12 * mm
# The numbered corners that catch the wrong flip edge. On the front, each number stands in the
# left part of its box; behind it, the back's number stands at the box's centre. A wrong edge turns
# the back half a turn against the front: each corner then gets the opposite corner's number, still
# at the centre, so the two numbers stand side by side and never on top of each other.
BOX_WIDTH, BOX_HEIGHT = 36 * mm, 20 * mm
_FRONT_NUMBER_X = 9 * mm  # from the box's left edge, on the front
_NUMBER_PT = 26
_DIGIT_HEIGHT = 0.7 * _NUMBER_PT  # a digit's height in the bold face: the numbers stand at mid-box
_BOX_LABEL_PT = 7
_TEXT_PT = 9


def corner_boxes(page_width: float, page_height: float) -> list[tuple[int, float, float]]:
    """The front's four numbered boxes: (number, x, y of the bottom-left corner), 1 and 2 at the top,
    3 and 4 at the bottom, in reading order."""
    left, right = MARGIN, page_width - MARGIN - BOX_WIDTH
    top, bottom = page_height - MARGIN - BOX_HEIGHT, MARGIN
    return [(1, left, top), (2, right, top), (3, left, bottom), (4, right, bottom)]


def render_calibration_pdf(options: PrintOptions) -> bytes:
    """A double-sided sheet that measures how far the printer shifts backs against fronts, and
    shows whether it turns the sheet on the edge the options say.

    Front: a vertical and a horizontal line through the page centre, and a numbered box in each
    corner. Back: rulers, graduated in back-page millimetres, that those lines cross. The
    graduation a line crosses is the value to pass as --back-offset X,Y (the offset is added to
    every back). Behind each front box, after the flip the options name, the back has a box with
    the same number: a printer that turns the sheet on the other edge puts each corner's number
    behind the opposite corner (the rulers, being symmetric, would not show it).
    """
    if options.duplex == "none":
        raise ExportError("the calibration page is double-sided: use --duplex long or --duplex short")
    layout = plan_layout(options.paper, options.size, 0.0, False)
    pw, ph = layout.page_width, layout.page_height
    lang = options.lang
    other = "short" if options.duplex == "long" else "long"
    edge = {"duplex": word(options.duplex, lang), "other": word(other, lang), "other_key": other}
    text_width = pw / 2 - MARGIN - 8 * mm
    text_top = ph - MARGIN - BOX_HEIGHT - 6 * mm
    buf = io.BytesIO()
    subject = word("doc.calibration_subject", lang).format(paper=options.paper.upper(),
                                                          edge=word(options.duplex, lang))
    canvas = new_canvas(buf, (pw, ph), word("doc.calibration", lang), subject)
    # Front.
    y = _calibration_text(canvas, word("calibration", lang),
                          word("calibration_front", lang).format(duplex=word(options.duplex, lang)),
                          MARGIN, text_top, text_width)
    _paragraph(canvas, word("calibration_edge_front", lang).format(**edge), MARGIN, y - 6, text_width)
    canvas.setLineWidth(0.3)
    canvas.line(pw / 2, MARGIN, pw / 2, ph - MARGIN)
    canvas.line(MARGIN, ph / 2, pw - MARGIN, ph / 2)
    label = word("calibration_front_box", lang)
    for number, x, y in corner_boxes(pw, ph):
        _numbered_box(canvas, (x, y, x + BOX_WIDTH, y + BOX_HEIGHT), x + _FRONT_NUMBER_X, number, label)
    canvas.showPage()
    # Back: the offset the user reads is applied to this page by --back-offset; print it as given
    # so that a second calibration run with the offset shows the lines on zero.
    canvas.saveState()
    dx, dy = options.back_offset_mm
    canvas.translate(dx * mm, dy * mm)
    _ruler(canvas, pw / 2, ph / 2 + 40 * mm, horizontal=True)
    _ruler(canvas, pw / 2 + 40 * mm, ph / 2, horizontal=False)
    _ruler(canvas, pw / 2, ph / 2 - 40 * mm, horizontal=True)
    _ruler(canvas, pw / 2 - 40 * mm, ph / 2, horizontal=False)
    flip = layout.flip(options.duplex)
    label = word("calibration_back_box", lang)
    for number, x, y in corner_boxes(pw, ph):
        (x0, y0), (x1, y1) = apply(flip, x, y), apply(flip, x + BOX_WIDTH, y + BOX_HEIGHT)
        box = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
        _numbered_box(canvas, box, (box[0] + box[2]) / 2, number, label)
    canvas.restoreState()
    y = _calibration_text(canvas, word("calibration", lang), word("calibration_back", lang),
                          MARGIN, text_top, text_width)
    _paragraph(canvas, word("calibration_edge_back", lang).format(**edge), MARGIN, y - 6, text_width)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _numbered_box(canvas: Canvas, box: tuple[float, float, float, float], number_x: float, number: int,
                  label: str) -> None:
    """A framed box with a large number centred on ``number_x`` and its side's name under it."""
    x0, y0, x1, y1 = box
    canvas.setLineWidth(0.6)
    canvas.rect(x0, y0, x1 - x0, y1 - y0)
    canvas.setFont(BOLD, _NUMBER_PT)
    # Centred on the box's height, so that the front's number and the back's, seen side by side
    # against the light, stand level whichever edge the sheet turns on.
    canvas.drawCentredString(number_x, (y0 + y1 - _DIGIT_HEIGHT) / 2, str(number))
    canvas.setFont(REGULAR, _BOX_LABEL_PT)
    canvas.drawCentredString(number_x, y0 + 2.5 * mm, label)


def _ruler(canvas: Canvas, cx: float, cy: float, horizontal: bool) -> None:
    """Ticks every 0.5 mm from -RULER_MM to +RULER_MM around (cx, cy), numbered every 2 mm; the
    numbers take turns at two distances from the ticks, so that no two run together ("+2+4")."""
    canvas.setLineWidth(0.25)
    canvas.setFont(REGULAR, 6)
    letter = "X" if horizontal else "Y"
    for half in range(-2 * RULER_MM, 2 * RULER_MM + 1):
        v = half / 2
        length = (4 if half % 2 == 0 else 2) * mm * (1.5 if half == 0 else 1)
        far = half % 8 == 4  # every other number, further out
        if horizontal:
            x = cx + v * mm
            canvas.line(x, cy - length / 2, x, cy + length / 2)
            if half % 4 == 0:
                canvas.drawCentredString(x, cy + (6.5 if far else 3.6) * mm, f"{v:+g}" if v else "0")
        else:
            y = cy + v * mm
            canvas.line(cx - length / 2, y, cx + length / 2, y)
            if half % 4 == 0:
                canvas.drawString(cx + (7.5 if far else 3.6) * mm, y - 2, f"{v:+g}" if v else "0")
    canvas.setFont(BOLD, 7)
    if horizontal:
        canvas.drawCentredString(cx, cy - 6 * mm, letter)
    else:
        canvas.drawString(cx - 8 * mm, cy - 2.5, letter)


def _calibration_text(canvas: Canvas, title: str, body: str, x: float, top: float, width: float) -> float:
    """A title and a paragraph under it; returns the baseline of the paragraph's last line."""
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(BOLD, 12)
    canvas.drawString(x, top - 12, title)
    return _paragraph(canvas, body, x, top - 16, width)


def _paragraph(canvas: Canvas, body: str, x: float, top: float, width: float) -> float:
    """``body`` wrapped to ``width`` from ``top`` down; returns the baseline of its last line."""
    canvas.setFont(REGULAR, _TEXT_PT)
    y = top - 12
    for line in wrap(body, REGULAR, _TEXT_PT, width) or [body]:
        canvas.drawString(x, y, line)
        y -= 11.5
    return y + 11.5
