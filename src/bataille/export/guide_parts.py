"""What the guide's pages share: the paragraph styles, a paragraph of the deck's or the guide's
words, a ruled table and a bulleted list."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import ListFlowable, ListItem, Paragraph, Table, TableStyle

from .fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, paragraph_text, register_fonts

INK = colors.HexColor("#1a1a1a")
RULE = colors.HexColor("#bbbbbb")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9, leading=11.5, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        "title": ParagraphStyle("title", parent=base, fontName=BOLD, fontSize=22, leading=27, spaceAfter=6),
        "h1": ParagraphStyle("h1", parent=base, fontName=BOLD, fontSize=16, leading=20, spaceBefore=6,
                             spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=base, fontName=BOLD, fontSize=12, leading=15, spaceBefore=8,
                             spaceAfter=4),
        "claim": ParagraphStyle("claim", parent=base, fontName=BOLD_ITALIC),
        "note": ParagraphStyle("note", parent=base, fontName=ITALIC, fontSize=9, leading=12),
        "cellnote": ParagraphStyle("cellnote", parent=base, fontName=ITALIC, fontSize=8, leading=10, spaceAfter=0),
    }


def p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(paragraph_text(text), style)


def lead(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose words up to its first colon are bold ("Imprimer : …", "Printing: …")."""
    head, colon, rest = text.partition(":")
    if not colon:
        return p(text, style)
    return Paragraph(f"<b>{paragraph_text(head + colon)}</b>{paragraph_text(rest)}", style)


def table(rows, widths, header: bool = True) -> Table:
    ruled = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # not the table's default, an unembedded Helvetica
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("LINEBELOW", (0, 0), (-1, 0), 1, INK))
    ruled.setStyle(TableStyle(commands))
    return ruled


def bullets(texts, style: ParagraphStyle, led: bool = False) -> ListFlowable:
    """``texts`` as a bulleted list, each a paragraph in ``style`` (``led``: its lead words bold)."""
    return ListFlowable([ListItem((lead if led else p)(text, style), leftIndent=16, value="•") for text in texts],
                        bulletType="bullet", start="•", leftIndent=16, bulletFontName=REGULAR,
                        bulletFontSize=style.fontSize)
