"""The workshop kit as one PDF: voting cards for a room without phones, a standing sign for each
team, the facilitator's score sheet (points and votes kept on paper when the projector or the laptop
fails), the take-home card and, when the phones are on, the poster that says how to join.

Every page is the paper's size (A4 or Letter) and single-sided. Voting cards carry a colour, a
symbol and a word each, so that nobody depends on the colour; they are read across a room.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from reportlab.lib.units import mm

from bataille.workshop.actions_setup import MAX_TEAMS, PALETTE
from bataille.workshop.state import CHOICE_COLOURS

from .card_drawing import _hex
from .card_frame import INK, WHITE
from .cards_text import cut_to_width, draw_text, text_width, wrap
from .errors import ExportError
from .fonts import BOLD, REGULAR, clean_text
from .imposition import PAPERS_MM, PRINTABLE_MARGIN_MM
from .kit_debates import PlannedDebate, bundled_debates
from .kit_parts import (
    CHOICES,
    MARGIN,
    NOTE_PT,
    SAFE_EDGE,
    choice_symbol,
    cut_line,
    largest_size,
    note,
)
from .kit_takeaway import JoinInfo, TakeHome, cards_a_sheet, draw_join_poster, draw_take_home_sheet
from .kit_tally import TallyPage, draw_tally_sheet, tally_plan
from .kit_words import kit_word
from .pdf_canvas import new_canvas
from .summary_rows import Summary

MAX_PUPILS = 60
WORD_PT = 80  # the voting cards' words at most


@dataclass(frozen=True)
class KitTeam:
    """A team's sign: its number, name and colour."""

    number: int
    name: str
    colour: str


@dataclass(frozen=True)
class KitOptions:
    """What the kit holds: the paper, the language, the teams, how many voting sheets, the phases that
    score (the score sheet's columns, as the agenda names them: None, the kit's own words), the
    debates the score sheet has rows for (None: as many as the bundled deck plans), the take-home
    card (from a session, or blank when None) and the join poster (only with the phones on). The debates
    are a number (rows left blank) or the debates planned (kit_debates: each row says its theme or its
    claim)."""

    paper: str = "a4"
    lang: str = "fr"
    teams: tuple[KitTeam, ...] = field(default_factory=lambda: default_teams(4, "fr"))
    pupils: int = 1
    take_home: TakeHome | None = None
    join: JoinInfo | None = None
    phases: tuple[str, ...] | None = None
    debates: int | tuple[PlannedDebate, ...] | None = None

    def planned(self) -> tuple[PlannedDebate, ...]:
        """The score sheet's rows of debates, in order: blank ones when only their number is known."""
        if isinstance(self.debates, tuple):
            return self.debates
        return (PlannedDebate(),) * (bundled_debates() if self.debates is None else self.debates)

    def tally(self) -> list[TallyPage]:
        """The score sheet's pages (kit_tally.tally_plan)."""
        pw, ph = (v * mm for v in PAPERS_MM[self.paper])
        return tally_plan(pw, ph, len(self.teams), self.phases, len(self.planned()), self.lang)


def default_teams(count: int, lang: str) -> tuple[KitTeam, ...]:
    """``count`` teams named by number, in the app's team colours."""
    if not 1 <= count <= MAX_TEAMS:
        raise ExportError(f"a kit has 1 to {MAX_TEAMS} teams, not {count}")
    return tuple(KitTeam(i + 1, kit_word("team", lang, number=i + 1), PALETTE[i % len(PALETTE)])
                 for i in range(count))


def kit_pages(options: KitOptions) -> tuple[str, ...]:
    """What each page of the kit is: "voting", "sign", "tally", "take_home", "join". Each participant
    has a sheet of voting cards and a take-home card (four a sheet): 30 participants, 30 sheets and 8;
    the facilitator's score sheet is printed once, after the team signs (a second page for the debates
    that do not fit on its first)."""
    take_home = -(-options.pupils // cards_a_sheet())
    tally = len(options.tally()) if options.paper in PAPERS_MM else 1
    return (("voting",) * options.pupils + ("sign",) * len(options.teams) + ("tally",) * tally
            + ("take_home",) * take_home + (("join",) if options.join else ()))


def render_kit_pdf(options: KitOptions, only_page: int | None = None) -> bytes:
    """The kit as PDF bytes (or one page of it, 0-based, for a preview)."""
    if options.paper not in PAPERS_MM:
        raise ExportError(f"unknown paper {options.paper!r}: use {' or '.join(PAPERS_MM)}")
    if not 1 <= options.pupils <= MAX_PUPILS:
        raise ExportError(f"a kit has 1 to {MAX_PUPILS} voting sheets, not {options.pupils}")
    pw, ph = (v * mm for v in PAPERS_MM[options.paper])
    pages = kit_pages(options)
    if only_page is not None and not 0 <= only_page < len(pages):
        raise IndexError(f"page {only_page} of a {len(pages)}-page kit")
    buf = io.BytesIO()
    canvas = new_canvas(buf, (pw, ph), kit_word("doc_title", options.lang),
                        kit_word("doc_subject", options.lang).format(paper=options.paper.upper()))
    teams = iter(options.teams)
    tally = iter(options.tally())
    for index, kind in enumerate(pages):
        team = next(teams) if kind == "sign" else None
        sheet = next(tally) if kind == "tally" else None
        if only_page is not None and index != only_page:
            continue
        if kind == "voting":
            _voting_sheet(canvas, pw, ph, options.lang)
        elif kind == "sign":
            _team_sign(canvas, pw, ph, team, options.lang)
        elif kind == "tally":
            draw_tally_sheet(canvas, pw, ph, options.teams, options.phases, sheet, options.lang, options.planned())
        elif kind == "take_home":
            draw_take_home_sheet(canvas, pw, ph, options.take_home, options.lang)
        else:
            draw_join_poster(canvas, pw, ph, options.join, options.lang)
        canvas.showPage()
    canvas.save()
    return buf.getvalue()


# -- voting cards -----------------------------------------------------------------------------


def _voting_sheet(canvas, pw: float, ph: float, lang: str) -> None:
    """Three cards a sheet, one a choice, each a third of the page: a big symbol and the word."""
    band = (ph - 2 * MARGIN) / 3
    words = [clean_text(kit_word(c, lang)) for c in CHOICES]
    r = min(band * 0.36, 38 * mm)
    text_x = MARGIN + 8 * mm + 2 * r + 8 * mm
    text_w = pw - MARGIN - 14 * mm - text_x
    # One size for the three words, the largest the longest allows: the cards look alike. A word of
    # two (Pas d'accord) may take two lines when that makes every word larger.
    size = min(max(largest_size(w, BOLD, text_w, WORD_PT),
                   min(largest_size(part, BOLD, text_w, WORD_PT) for part in w.split(" ", 1))) for w in words)
    for i, (choice, text) in enumerate(zip(CHOICES, words, strict=True)):
        y0 = ph - MARGIN - (i + 1) * band
        inset = 4 * mm
        canvas.setStrokeColor(_hex(CHOICE_COLOURS[choice]))
        canvas.setLineWidth(3 * mm)
        canvas.roundRect(MARGIN + inset, y0 + inset, pw - 2 * MARGIN - 2 * inset, band - 2 * inset, 6 * mm,
                         stroke=1, fill=0)
        cy = y0 + band / 2
        choice_symbol(canvas, choice, MARGIN + 8 * mm + r, cy, r)
        canvas.setFillColor(_hex(INK))
        canvas.setFont(BOLD, size)
        lines = [text] if largest_size(text, BOLD, text_w, size) >= size - 0.01 else text.split(" ", 1)
        top = cy + (len(lines) - 1) * size * 0.55
        for n, line in enumerate(lines):
            draw_text(canvas, line, BOLD, size, text_x, top - n * size * 1.1 - size * 0.35)
    for i in range(1, 3):
        y = ph - MARGIN - i * band
        cut_line(canvas, SAFE_EDGE, y, pw - SAFE_EDGE, y)  # where office printers print
    # At 6 mm from the edge at least (descenders included): many school lasers leave the outer 5 mm blank.
    note(canvas, kit_word("voting_cut", lang), MARGIN, MARGIN - 3 * mm, pw - 2 * MARGIN, "centre")


# -- team signs -------------------------------------------------------------------------------


def _two_lines(lines: list[str], size: float, width: float) -> list[str]:
    """At most two lines that fit ``width``; a name longer than that (a file from before names were
    limited to 22 characters, or a crafted one) is cut with an ellipsis rather than drawn off the page."""
    if len(lines) <= 2 and all(text_width(line, BOLD, size) <= width for line in lines):
        return lines
    kept = lines[:2]
    return [*kept[:-1], cut_to_width(kept[-1], BOLD, size, width, always=True)]


def _sign_face(canvas, width: float, height: float, team: KitTeam, lang: str) -> None:
    """One face of the tent, upright in (0, 0, width, height): the number in a disc, the name."""
    colour = _hex(team.colour)
    canvas.setFillColor(colour)
    canvas.rect(0, 0, width, 14 * mm, stroke=0, fill=1)  # the band along the table
    r = min(height * 0.3, 34 * mm)
    cx, cy = MARGIN + r, 14 * mm + (height - 14 * mm) / 2
    canvas.circle(cx, cy, r, stroke=0, fill=1)
    number = str(team.number)
    size = largest_size(number, BOLD, 1.3 * r, 1.5 * r)
    canvas.setFillColor(_hex(INK if _light(team.colour) else WHITE))
    canvas.setFont(BOLD, size)
    draw_text(canvas, number, BOLD, size, cx, cy - size * 0.35, "centre")
    x = cx + r + 8 * mm
    w = width - x - MARGIN
    name = clean_text(team.name)
    size = 64.0
    lines = wrap(name, BOLD, size, w)
    while (lines is None or len(lines) > 2) and size > 20:
        size -= 2
        lines = wrap(name, BOLD, size, w)
    lines = _two_lines(lines or [name], size, w)
    label = clean_text(kit_word("team", lang, number=team.number))
    canvas.setFillColor(_hex(INK))
    block = len(lines) * size * 1.1
    y = cy + block / 2 - size * 0.8
    if label != name:
        canvas.setFont(REGULAR, 16)
        draw_text(canvas, label, REGULAR, 16, x, cy + block / 2 + 4 * mm)
    canvas.setFont(BOLD, size)
    for line in lines[:2]:
        draw_text(canvas, line, BOLD, size, x, y)
        y -= size * 1.1


def _light(colour: str) -> bool:
    c = _hex(colour)
    return 0.2126 * c.red + 0.7152 * c.green + 0.0722 * c.blue > 0.6


def _team_sign(canvas, pw: float, ph: float, team: KitTeam, lang: str) -> None:
    """A tent card: folded across the middle it stands on the table, the sign on both faces
    (the top half is drawn upside down, so that it reads upright from the other side)."""
    half = ph / 2
    inset = PRINTABLE_MARGIN_MM * mm + 2 * mm
    canvas.saveState()
    canvas.translate(0, inset)
    _sign_face(canvas, pw, half - inset - 6 * mm, team, lang)
    canvas.restoreState()
    canvas.saveState()
    canvas.translate(pw, ph - inset)
    canvas.rotate(180)
    _sign_face(canvas, pw, half - inset - 6 * mm, team, lang)
    canvas.restoreState()
    cut_line(canvas, SAFE_EDGE, half, pw - SAFE_EDGE, half)  # 8 mm from the edges, as every page's lines
    text = clean_text(kit_word("sign_fold", lang))
    size = largest_size(text, REGULAR, pw - 2 * MARGIN, NOTE_PT)
    width = text_width(text, REGULAR, size) + 4 * mm
    canvas.setFillColor(_hex(WHITE))
    canvas.rect((pw - width) / 2, half - size * 0.6, width, size * 1.2, stroke=0, fill=1)
    note(canvas, text, 0, half - size * 0.33, pw, "centre")


def session_teams(summary: Summary, count: int | None) -> tuple[KitTeam, ...]:
    """The session's teams in the order they were added (names and colours), then numbered teams
    up to ``count`` when more are asked for."""
    def order(row) -> tuple[int, str]:
        tail = row.id.rsplit("-", 1)[-1]
        return (int(tail) if tail.isdigit() else 0, row.id)

    rows = sorted(summary.teams, key=order)
    teams = [KitTeam(i + 1, row.name, row.colour) for i, row in enumerate(rows)]
    extra = default_teams(max(count or 0, len(teams), 1), summary.lang)
    return tuple(teams) + extra[len(teams):]
