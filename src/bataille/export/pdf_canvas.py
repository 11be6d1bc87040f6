"""A reportlab canvas as every PDF of ours starts: our fonts, fixed dates, our name as creator."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from .fonts import REGULAR, register_fonts

CREATOR = "Bataille IA"


def new_canvas(buf: io.BytesIO, page_size: tuple[float, float], title: str, subject: str) -> Canvas:
    """A canvas writing into ``buf``, with the document's title and subject."""
    register_fonts()
    # invariant: fixed dates and document id, so the same input gives the same bytes.
    # initialFontName: reportlab otherwise opens every page in Helvetica, a font it does not embed.
    canvas = Canvas(buf, pagesize=page_size, invariant=1, pageCompression=1, initialFontName=REGULAR)
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator(CREATOR)
    canvas.setAuthor(CREATOR)
    return canvas
