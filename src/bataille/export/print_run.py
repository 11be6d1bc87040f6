"""A print run as the teacher prints it: the sheets and pages of a PDF written to be printed, and how
to print them (« 18 feuilles (36 pages) — imprimer à 100 %, recto verso, retournement bord long »).
The command line says it after the file's name (``commands/_printing``), the print dialog after
saving: the same words for both."""

from __future__ import annotations

import re

from bataille.words import Catalogue, Message

# A page object of the PDF (not the /Pages tree above them): the pages really written, counted in
# the file rather than foreseen by the exporter.
_PAGE = re.compile(rb"/Type\s*/Page(?![A-Za-z])")

# How a PDF is printed: double-sided flipped on the long or the short edge, one side, one side then
# folded, or handed to a print shop.
HOWS = ("long", "short", "single", "fold", "shop")

RUN_WORDS = Catalogue("print_run", {
    "run": ("{sheets} ({pages}) — {how}", "{sheets} ({pages}) — {how}"),
    "sheets.one": ("{count} feuille", "{count} sheet"),
    "sheets.many": ("{count} feuilles", "{count} sheets"),
    "pages.one": ("{count} page", "{count} page"),
    "pages.many": ("{count} pages", "{count} pages"),
    "how.long": ("imprimer à 100 %, recto verso, retournement bord long",
                 "print at 100%, double-sided, flip on long edge"),
    "how.short": ("imprimer à 100 %, recto verso, retournement bord court",
                  "print at 100%, double-sided, flip on short edge"),
    "how.single": ("imprimer à 100 %, recto seul", "print at 100%, single-sided"),
    "how.fold": ("imprimer à 100 %, recto seul, puis plier chaque feuille sur le pointillé, coller et découper",
                 "print at 100%, single-sided, then fold each sheet on the dashed line, glue and cut"),
})


class RunWords(Message):
    """Words of a print run not yet put into a language: a key of RUN_WORDS and its fields."""

    __slots__ = ()
    catalogue = RUN_WORDS


def pdf_pages(pdf: bytes) -> int:
    """The number of pages of the PDF ``pdf``."""
    return len(_PAGE.findall(pdf))


def how_of_cards(layout: str, duplex: str) -> str:
    """How card sheets of ``layout`` (grid, fold, shop) and ``duplex`` (long, short, none) are printed."""
    if layout in ("fold", "shop"):
        return layout
    return "single" if duplex == "none" else duplex


def pages_of(count: int) -> RunWords:
    """« 36 pages », « 1 page »."""
    return RunWords(f"pages.{'one' if count == 1 else 'many'}", count=count)


def print_run(pdf: bytes, how: str, then: Message | None = None) -> RunWords:
    """The sheets and pages of ``pdf`` and how to print it: the scale, the sides, the edge the
    printer turns the sheet on (``how`` one of HOWS but "shop", whose pages are not the school's);
    ``then``: words that take the way of printing as their field ``how`` (what to do after)."""
    if how not in HOWS or how == "shop":
        raise ValueError(f"no print run for the way of printing {how!r}")
    pages = pdf_pages(pdf)
    sheets = -(-pages // 2) if how in ("long", "short") else pages
    said: Message = RunWords(f"how.{how}")
    if then is not None:
        then.fields["how"] = said
        said = then
    return RunWords("run", sheets=RunWords(f"sheets.{'one' if sheets == 1 else 'many'}", count=sheets),
                    pages=pages_of(pages), how=said)
