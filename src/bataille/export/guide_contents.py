"""The guide's table of contents: each section (its heading of style "h1") and the page it starts
on, in two columns under the guide's title, for a guide longer than a dozen pages.

The pages are known once the guide is laid out: it is laid out with the contents' rows and no page
numbers, then again with the numbers found; the rows take the same room both times, so the second
layout puts every section on the page the first found."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, TableStyle

from .guide_parts import p, table

LONG = 12  # a guide of more pages than this gets its contents


class _Recording(SimpleDocTemplate):
    """A document that notes each section's heading and the page it is drawn on."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.sections: list[tuple[str, int]] = []

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab's name)
        if isinstance(flowable, Paragraph) and flowable.style.name == "h1":
            self.sections.append((flowable.getPlainText(), self.page))


def _contents(sections: list[tuple[str, int | None]], heading: str, st) -> list:
    """The heading and the two-column table of ``sections`` (a page of None: left blank)."""
    half = (len(sections) + 1) // 2
    cells = [[p(name, st["cell"]), p(str(page) if page else "", st["cell"])] for name, page in sections]
    left, right = cells[:half], cells[half:] + [["", ""]] * (2 * half - len(sections))
    rows = [[*one, *other] for one, other in zip(left, right, strict=True)]
    ruled = table(rows, [70 * mm, 12 * mm, 70 * mm, 12 * mm], header=False)
    ruled.setStyle(TableStyle([("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [p(heading, st["h2"]), ruled]


def build(doc_args: dict, story: Callable[[list], list], heading: str, st, **build_args) -> bytes:
    """The PDF of ``story(contents)`` (a fresh list of flowables, ``contents`` put in where the
    contents go) in a document of ``doc_args``: with its contents, under ``heading``, when it is longer than ``LONG``
    pages, else without."""

    def lay_out(contents: list) -> tuple[bytes, list[tuple[str, int]], int]:
        buf = io.BytesIO()
        doc = _Recording(buf, **doc_args)
        doc.build(story(contents), **build_args)
        return buf.getvalue(), doc.sections, doc.page

    pdf, sections, pages = lay_out([])
    if pages <= LONG:
        return pdf
    found: list = [(name, None) for name, _ in sections]
    for _ in range(3):  # the rows take the same room whatever their numbers: the second layout holds
        pdf, sections, _pages = lay_out(_contents(found, heading, st))
        if sections == found:
            break
        found = sections
    return pdf
