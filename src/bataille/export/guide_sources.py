"""The guide's list of sources: every source the deck cites, once, by publisher, with the month it
was last checked, its note and the cards (and scenario decisions, "frugal/rebound") that cite it. A web address breaks only after one of
/ . - ? & (or not at all), never inside a word ("https://ww w.…"): the breaks are chosen here, where
reportlab would cut a long address anywhere, or only after its first slash."""

from __future__ import annotations

import re
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from bataille.deck.models import Deck, Source

from .deck_order import in_workshop_order
from .fonts import paragraph_text
from .wording import after_title, month_name

ID_SIZE = 8  # the cards' ids after each source, in points: small, still read on paper
ID_COLOUR = "#555555"


# The guide's text width on A4 (20 mm margins, less the frame's 6 pt paddings); Letter is wider.
WIDTH = 170 * mm - 12
BREAKS = re.compile(r"(?<=[/.\-?&])")  # an address may go to the next line after one of these
SLACK = 1.0  # points kept free at a line's end: never rely on reportlab measuring exactly as here


def source_style(small: ParagraphStyle) -> ParagraphStyle:
    """The list's paragraphs: ``small``, no word ever cut in the middle (an address is broken by
    ``_address``; one piece wider than a line stays whole)."""
    return ParagraphStyle("source", parent=small, splitLongWords=0)


def _address(before: str, url: str, style: ParagraphStyle, width: float) -> str:
    """``url`` as a link after the markup ``before``, with a line break after the last piece of it
    (up to one of / . - ? &) that each line holds: the first line is what ``before`` leaves free."""
    para = Paragraph(before, style)
    para.wrap(width, 1e6)
    last = para.blPara.lines[-1]
    free = max(0.0, (last[0] if isinstance(last, tuple) else last.extraSpace))
    free -= stringWidth(" ", style.fontName, style.fontSize) + SLACK
    lines, line = [], ""
    for piece in (part for part in BREAKS.split(url) if part):
        if line and stringWidth(line + piece, style.fontName, style.fontSize) > free:
            lines.append(line)
            line, free = "", width - SLACK
        elif not line and lines == [] and stringWidth(piece, style.fontName, style.fontSize) > free:
            lines.append("")  # not even its first piece fits after ``before``: it starts a line
            free = width - SLACK
        line += piece
    lines.append(line)
    href = escape(url, {'"': "&quot;"})
    return "<br/>".join(f'<link href="{href}">{escape(text)}</link>' if text else "" for text in lines)


def sources(deck: Deck, lang: str, style: ParagraphStyle, word: Callable[[str, str], str]) -> list:
    """The paragraphs of the list (its heading is the caller's); ``word`` gives the guide's words."""
    cited: dict[tuple, tuple[Source, list[str], list[str]]] = {}
    for card in in_workshop_order(deck):
        for source in getattr(card, "sources", ()):
            key = (source.url, source.title)
            entry = cited.setdefault(key, (source, [], []))
            entry[1].append(card.id)
            entry[2].append(source.checked)
    for scenario in deck.scenarios:  # what a situation or a consequence says of today: "frugal/rebound"
        for where, source in scenario.cited():
            entry = cited.setdefault((source.url, source.title), (source, [], []))
            entry[1].append(f"{scenario.id}/{where}")
            entry[2].append(source.checked)
    style = source_style(style)
    out = []
    for source, ids, months in sorted(cited.values(), key=lambda item: (item[0].publisher.get(lang).lower(), item[0].year)):
        text = (f"<b>{paragraph_text(source.publisher.get(lang))}</b> ({source.year}). "
                f"<i>{paragraph_text(source.title)}</i>{after_title(source.title, source.lang, lang)}")
        text += " " + _address(text, source.url, style, WIDTH)
        oldest = min(months)  # "" (never checked) wins: the guide never claims more than the deck says
        if oldest:
            year, month = (int(part) for part in oldest.split("-"))
            checked = word("checked", lang).format(month=f"{month_name(month, lang)} {year}")
            text += f" ({checked})"
        if source.note:
            text += f" — {paragraph_text(source.note.get(lang))}"
        text += f" <font size={ID_SIZE} color='{ID_COLOUR}'>[{escape(', '.join(ids))}]</font>"
        out.append(Paragraph(text, style))
    return out
