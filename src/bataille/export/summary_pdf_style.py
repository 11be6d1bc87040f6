"""The look of the PDF summary: the A4 page and its margins, the colours, the paragraph styles, the
ruled tables and the teams' colour swatches."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle
from reportlab.platypus.flowables import _listWrapOn

from .fonts import BOLD, ITALIC, REGULAR

INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#BBBBBB")
HEAD = colors.HexColor("#EEF2F7")
ACCENT = colors.HexColor("#1F4E8C")
MARGIN = 18 * mm
WIDTH = A4[0] - 2 * MARGIN


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles by name: body, small, table cells, claim, title, headings."""
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=3)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cellr": ParagraphStyle("cellr", parent=base, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0,
                                alignment=TA_RIGHT),
        "claim": ParagraphStyle("claim", parent=base, fontName=ITALIC, fontSize=10.5, leading=14,
                                leftIndent=8, borderPadding=(2, 0, 2, 6), spaceAfter=6),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=22, leading=27,
                                textColor=ACCENT, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=12, leading=16, textColor=MUTED,
                                   spaceAfter=10),
        # A heading never ends a page: it goes with what follows it (keepWithNext, made to hold
        # before a list or a KeepTogether too by hold_with_next).
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=15, leading=19, textColor=ACCENT,
                             spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=9,
                             spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=BOLD, fontSize=10, leading=13, spaceBefore=5,
                             spaceAfter=2, keepWithNext=1),
        "label": ParagraphStyle("label", parent=base, keepWithNext=1),  # "For", over its arguments
    }


def swatch(colour: str, size: float = 8) -> Drawing:
    """A small square of a team's colour, outlined, for a table cell."""
    drawing = Drawing(size, size, initialFontName=REGULAR)  # not the unembedded Helvetica
    drawing.add(Rect(0, 0, size, size, fillColor=colors.HexColor(colour), strokeColor=INK, strokeWidth=0.3))
    return drawing


def ruled_table(rows: list[list], widths: list[float], numeric_from: int = 99, header: bool = True) -> Table:
    """A table ruled under each row, its columns from ``numeric_from`` on aligned right, its first row
    a shaded head repeated on each page (``header``)."""
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), REGULAR, 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"),
    ]
    if header:
        style += [("FONT", (0, 0), (-1, 0), BOLD, 9), ("BACKGROUND", (0, 0), (-1, 0), HEAD)]
    table.setStyle(TableStyle(style))
    return table


def source_refs(numbers: tuple[int, ...]) -> str:
    """The numbers of the sources cited, as the list of sources numbers them: "2, 5"."""
    return ", ".join(str(n) for n in numbers)


class KeepStart(KeepTogether):
    """Headings kept with the table under them, or, when the table is longer than the room left on
    the page, with its head and first rows only: the rest goes on overleaf under its repeated head.
    (Kept whole, « Cartes posées » and its 20 rows went overleaf and left half a page empty.)"""

    ROWS = 3  # body rows that stay with their heading, and that go overleaf, at least
    SHORT = 6  # a table of this many body rows or fewer is never cut: overleaf whole, with its heading

    def split(self, aW, aH):
        *heads, table = self._content
        body = len(getattr(table, "_cellvalues", [])) - 1
        if body > max(self.SHORT, 2 * self.ROWS - 1) and _listWrapOn(self._content, aW, self.canv)[1] > aH:
            table.wrapOn(self.canv, aW, aH)
            # The frame puts the first heading's space above it and the last one's under it, which
            # _listWrapOn leaves out: counted, the last row reckoned here no longer goes alone overleaf
            # (« Cartes posées » left one row on a page of its own, its three last rows on the next).
            room = (aH - _listWrapOn(heads, aW, self.canv)[1] - heads[0].getSpaceBefore()
                    - heads[-1].getSpaceAfter() - 1)
            heights = table._rowHeights
            here = max((n for n in range(self.ROWS, body - self.ROWS + 1) if sum(heights[:1 + n]) <= room),
                       default=0)
            parts = table.split(aW, sum(heights[:1 + here]) + 0.01) if here else []
            if len(parts) == 2:  # the headings and the table's first rows here, the others overleaf
                return [*heads, parts[0], self.FrameBreak(), parts[1]]
        return super().split(aW, aH)


class Shrinking(Flowable):
    """A picture drawn as high as ``make`` makes it by default (``height``), or lower, down to
    ``least``, when that fits the room left on the page: the page is filled instead of the picture
    going overleaf and leaving a hole (eight teams' scores left half of page 1 empty)."""

    def __init__(self, make, height: float, least: float) -> None:
        super().__init__()
        self.make, self.height, self.least = make, height, least
        self.drawing = make(height)

    def wrap(self, aW, aH):
        height = self.height if aH >= self.height or aH < self.least else aH
        if height != self.drawing.height:
            self.drawing = self.make(height)
        self.width = self.drawing.width
        return self.width, height

    def split(self, aW, aH):
        return []  # a picture is not cut: overleaf, at its own height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)


class Lowering(Flowable):
    """What ``make`` makes around a picture ``height`` high (a table with a chart in a cell), made
    again around a lower one, down to ``least``, when the page asks it to give up room (``give``)."""

    def __init__(self, make, height: float, least: float) -> None:
        super().__init__()
        self.make, self.full, self.least = make, height, least
        self.content = make(height)

    def give(self, points: float) -> None:
        """Make the picture ``points`` lower (as low as ``least`` at most; 0: its own height)."""
        self.content = self.make(self.full - max(0, min(points, self.full - self.least)))

    def wrap(self, aW, aH):
        self.width, self.height = self.content.wrap(aW, aH)
        return self.width, self.height

    def split(self, aW, aH):
        return []  # a picture is not cut

    def draw(self) -> None:
        self.content.drawOn(self.canv, 0, 0)


class KeepLowering(KeepTogether):
    """Flowables kept on one page, one of them ``Lowering``: when they are too high for the room left
    by no more than its picture can give up, the picture is drawn lower and they stay on this page.
    (A debate's heading and claim kept with its votes and their chart went overleaf whole and left
    more than a third of the page empty.)"""

    def split(self, aW, aH):
        lowering = next((f for f in self._content if isinstance(f, Lowering)), None)
        over = _listWrapOn(self._content, aW, self.canv)[1] - aH
        if lowering is not None and over > 0:
            lowering.give(over + 1)
            if _listWrapOn(self._content, aW, self.canv)[1] <= aH:
                return list(self._content)
            lowering.give(0)
        return super().split(aW, aH)


def hold_with_next(story: list) -> list:
    """``story`` with each run of flowables that keep with the next one (headings, a round's last
    argument) put in one ``KeepTogether`` with the flowable that follows them.

    reportlab keeps a heading with what follows only when that is a plain flowable: a bulleted list
    (``ListFlowable``) or a ``KeepTogether`` after it was left to the next page while the heading
    ended this one ("The theme that taught most", its list overleaf). A ``KeepTogether`` that follows
    is opened, so that the heading joins its content (nested, it would never fit anywhere).
    """
    out: list = []
    run: list = []
    for flowable in story:
        pieces = list(flowable._content) if isinstance(flowable, KeepTogether) else [flowable]
        if not run and not pieces[-1].getKeepWithNext():
            out.append(flowable)
            continue
        run += pieces
        if pieces[-1].getKeepWithNext():
            continue  # the next flowable joins the run too
        keep = KeepStart if isinstance(run[-1], Table) else type(flowable) if isinstance(flowable, KeepLowering) \
            else KeepTogether
        out.append(keep(run))
        run = []
    return out + run
