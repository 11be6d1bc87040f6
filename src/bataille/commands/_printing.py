"""What a command wrote to be printed, said the one way every command says it: the sheets and pages
of the PDF it wrote, then how to print them (« cartes.pdf : 18 feuilles (36 pages) — imprimer à
100 %, recto verso, retournement bord long »). The print run's words are the exporter's
(``export/print_run``): the print dialog says them too after saving."""

from __future__ import annotations

from ..export.print_run import HOWS, how_of_cards, pages_of, pdf_pages, print_run
from ._words import Line

__all__ = ["HOWS", "document", "how_of_cards", "pdf_pages", "printed"]


def printed(path: str, pdf: bytes, how: str, what: Line | None = None, then: str | None = None) -> Line:
    """What was written at ``path`` and how to print it: its sheets and pages, the scale, the sides,
    the edge the printer turns the sheet on. ``what`` names the document (the kit…); ``then`` is the
    key of what to do after printing, said after the settings (``how.calibration``)."""
    if how not in HOWS:
        raise ValueError(f"unknown way of printing {how!r}")
    if how == "shop":
        return Line("printed.shop", path=path, pages=pages_of(pdf_pages(pdf)))
    run = print_run(pdf, how, None if then is None else Line(then))
    return Line("printed", path=path, run=run) if what is None else Line("printed.named", what=what, path=path, run=run)


def document(path: str, pdf: bytes, what: Line) -> Line:
    """A document to read rather than to cut out (the guide, the summary): its name and pages."""
    return Line("printed.document", path=path, what=what, pages=pages_of(pdf_pages(pdf)))
