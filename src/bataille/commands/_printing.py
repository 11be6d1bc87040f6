"""What a command wrote to be printed, said the one way every command says it: the sheets and pages
of the PDF it wrote, then how to print them (« cartes.pdf : 18 feuilles (36 pages) — imprimer à
100 %, recto verso, retournement bord long »)."""

from __future__ import annotations

import re

from ._words import Line, counted

# A page object of the PDF (not the /Pages tree above them): the pages really written, counted in
# the file rather than foreseen by the exporter.
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")

# How a PDF is printed: double-sided flipped on the long or the short edge, one side, one side then
# folded, or handed to a print shop.
HOWS = ("long", "short", "single", "fold", "shop")


def pdf_pages(pdf: bytes) -> int:
    """The number of pages of the PDF ``pdf``."""
    return len(_PAGE.findall(pdf))


def how_of_cards(layout: str, duplex: str) -> str:
    """How card sheets of ``layout`` (grid, fold, shop) and ``duplex`` (long, short, none) are printed."""
    if layout in ("fold", "shop"):
        return layout
    return "single" if duplex == "none" else duplex


def printed(path: str, pdf: bytes, how: str, what: Line | None = None, then: str | None = None) -> Line:
    """What was written at ``path`` and how to print it: its sheets and pages, the scale, the sides,
    the edge the printer turns the sheet on. ``what`` names the document (the kit…); ``then`` is the
    key of what to do after printing, said after the settings (``how.calibration``)."""
    if how not in HOWS:
        raise ValueError(f"unknown way of printing {how!r}")
    pages = pdf_pages(pdf)
    if how == "shop":
        return Line("printed.shop", path=path, pages=counted("pages", pages))
    sheets = -(-pages // 2) if how in ("long", "short") else pages
    said = Line(f"how.{how}")
    if then is not None:
        said = Line(then, how=said)
    fields = dict(path=path, sheets=counted("sheets", sheets), pages=counted("pages", pages), how=said)
    return Line("printed", **fields) if what is None else Line("printed.named", what=what, **fields)


def document(path: str, pdf: bytes, what: Line) -> Line:
    """A document to read rather than to cut out (the guide, the summary): its name and pages."""
    return Line("printed.document", path=path, what=what, pages=counted("pages", pdf_pages(pdf)))
