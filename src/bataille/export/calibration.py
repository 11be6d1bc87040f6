"""The double-sided calibration sheet: how far the printer shifts backs against fronts."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .cards_text import wrap
from .errors import ExportError
from .fonts import BOLD, REGULAR
from .imposition import plan_layout
from .pdf_canvas import new_canvas
from .wording import word

if TYPE_CHECKING:
    from .cards_sheets import PrintOptions

# -- calibration -----------------------------------------------------------------------------

RULER_MM = 5  # the rulers read from -5 to +5 mm


def render_calibration_pdf(options: PrintOptions) -> bytes:
    """A double-sided sheet that measures how far the printer shifts backs against fronts.

    Front: a vertical and a horizontal line through the page centre. Back: rulers, graduated in
    back-page millimetres, that those lines cross. The graduation a line crosses is the value
    to pass as --back-offset X,Y (the offset is added to every back).
    """
    if options.duplex == "none":
        raise ExportError("the calibration page is double-sided: use --duplex long or --duplex short")
    layout = plan_layout(options.paper, options.size, 0.0, False)
    pw, ph = layout.page_width, layout.page_height
    lang = options.lang
    buf = io.BytesIO()
    canvas = new_canvas(buf, (pw, ph), word("calibration", lang), f"calibration {options.paper} {options.duplex}")
    margin = 12 * mm
    # Front.
    _calibration_text(canvas, word("calibration", lang),
                      word("calibration_front", lang).format(duplex=word(options.duplex, lang)),
                      margin, ph - margin, pw / 2 - margin - 8 * mm)
    canvas.setLineWidth(0.3)
    canvas.line(pw / 2, margin, pw / 2, ph - margin)
    canvas.line(margin, ph / 2, pw - margin, ph / 2)
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
    canvas.restoreState()
    _calibration_text(canvas, word("calibration", lang), word("calibration_back", lang),
                      margin, 50 * mm, pw / 2 - margin - 8 * mm)
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


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


def _calibration_text(canvas: Canvas, title: str, body: str, x: float, top: float, width: float) -> None:
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(BOLD, 12)
    canvas.drawString(x, top - 12, title)
    canvas.setFont(REGULAR, 9)
    y = top - 28
    for line in wrap(body, REGULAR, 9, width) or [body]:
        canvas.drawString(x, y, line)
        y -= 11.5
