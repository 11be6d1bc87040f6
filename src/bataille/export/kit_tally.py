"""The kit's score sheet (« Feuille de marque »): one page on which the facilitator keeps the teams'
points and the debates' votes when the projector or the laptop fails, or in a session run without
phones, to type them into the console once it is back (or to keep).

A row a team (its colour and name) with a box for each phase that scores, named as the console's
agenda names it, and the total; a row for each debate the agenda plans (one a theme that has a debate
card, as the console's "next" opens them; one in a quick debate), each with its claim (or its theme
and a line to write the claim on, while its card is still to be drawn: kit_debates), the counts
before and after (agree, disagree, undecided, with the voting cards' colours, symbols and
words, so that the counts read against the cards raised) and the shift. Its boxes are 9 mm high or
more, to write in by hand: the rows grow into the room the page leaves, shrink down to that, and
the debates that still do not fit go on to a second page of votes. Its words and lines keep 10 mm
from the paper's edge (many office printers print nothing in the outer 5 mm).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from .card_drawing import _hex
from .card_frame import INK, MUTED
from .cards_text import cut_to_width, draw_text, text_width, wrap
from .fonts import BOLD, REGULAR, clean_text
from .kit_debates import PlannedDebate
from .kit_debates import (
    debates_of_deck as debates_of_deck,  # the print window and the command read them here
)
from .kit_debates import debates_of_summary as debates_of_summary
from .kit_parts import CHOICES, MARGIN, choice_symbol, largest_size
from .kit_words import kit_word
from .summary_rows import Summary

# The phases whose play scores: a timeline card placed right (Rules.timeline_points_correct) and a
# debate's winning side (Rules.debate_points_won); the scenarios move indicators, not scores.
SCORING_KINDS = ("timeline", "debate")
TEAM_ROW = 11 * mm
CLAIM_ROW = 10 * mm
COUNT_ROW = 11 * mm
GRID = "#5f5f5f"
SHADE = "#ececec"  # the Total column, the claim's row
WRITE_LINE = "#9e9e9e"
TEAM_COLUMN = 0.32  # of the width: a name of 22 characters in bold 11 pt
TOTAL_COLUMN = 28 * mm
SHIFT_COLUMN = 34 * mm
FOOT_PT = 8.5
VOTES_HEAD = 20 * mm  # the votes table's two rows of heads
MOST_GROWTH = 1.35
LEAST_ROW = 9.1 * mm  # no row under 9 mm (a hair over it: the drawing rounds): a box to write in by hand
TOP = 16 * mm  # under the top margin: the title and what the sheet is for
SCORES_FIXED = 13 * mm  # the scores' heading, and the gap under their table
VOTES_FIXED = 3 * mm + VOTES_HEAD  # the votes' heading, their heads


def scoring_phases(phases: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The titles of the phases that score, in the agenda's order, from (kind, title) pairs."""
    return tuple(title for kind, title in phases if kind in SCORING_KINDS)


def phases_of_summary(summary: Summary) -> tuple[str, ...]:
    """The session's scoring phases as its agenda names them; none for a quick debate (no scores)."""
    return () if summary.quick else scoring_phases((p.kind, p.title) for p in summary.phases)


def phases_of_deck(deck, lang: str) -> tuple[str, ...] | None:
    """The deck's scoring phases as its agenda names them (None when the deck has no agenda)."""
    if deck.agenda is None:
        return None
    return scoring_phases((p.kind, p.title.get(lang)) for p in deck.agenda.phases)


@dataclass(frozen=True)
class TallyPage:
    """One page of the score sheet: the scores table or not, its debates (numbered from 1), how much
    its rows grow (under 1: they shrink, never under LEAST_ROW)."""

    scores: bool
    debates: range
    grow: float


def _row(base: float, grow: float) -> float:
    return max(LEAST_ROW, base * grow)


def _rows_height(teams: int, debates: int, grow: float) -> float:
    return teams * _row(TEAM_ROW, grow) + debates * (_row(CLAIM_ROW, grow) + _row(COUNT_ROW, grow))


def _grow(room: float, teams: int, debates: int) -> float | None:
    """The largest growth (up to MOST_GROWTH) at which the rows take at most ``room``; None when they do
    not fit even at LEAST_ROW."""
    grow = MOST_GROWTH
    while _rows_height(teams, debates, grow) > room:
        if grow <= LEAST_ROW / COUNT_ROW and grow <= LEAST_ROW / CLAIM_ROW:
            return None
        grow -= 0.01
    return grow


def tally_plan(pw: float, ph: float, teams: int, phases: Sequence[str] | None, debates: int, lang: str) -> list[TallyPage]:
    """The score sheet's pages: the first holds the scores (when something scores) and as many debates
    as fit; the others, the debates left, under their heads again."""
    phases = default_phases(phases, lang)
    left, right = MARGIN, pw - MARGIN
    room = ph - MARGIN - 7 * mm - TOP - (_foot_height(left, right, lang) + 6 * mm)
    first = room - VOTES_FIXED
    if phases:
        first -= SCORES_FIXED + _head_height(phases, _phase_width(left, right, len(phases)))[1]
    pages: list[TallyPage] = []
    start, counted, space = 1, teams if phases else 0, first
    while True:
        fit = debates - start + 1
        while fit > 1 and _grow(space, counted, fit) is None:
            fit -= 1
        grow = _grow(space, counted, fit) or LEAST_ROW / COUNT_ROW
        pages.append(TallyPage(not pages and bool(phases), range(start, start + fit), grow))
        start += fit
        if start > debates:
            return pages
        counted, space = 0, room - VOTES_FIXED


def _cell_lines(text: str, font: str, size: float, width: float, most: int) -> tuple[list[str], float]:
    """``text`` on at most ``most`` lines of ``width``, at ``size`` or smaller (7 pt at least, then cut)."""
    text = clean_text(text)
    while True:
        lines = wrap(text, font, size, width)
        if lines is not None and len(lines) <= most:
            return lines, size
        if size <= 7:
            lines = lines or [text]
            kept = lines[:most]
            return [*kept[:-1], cut_to_width(" ".join(lines[most - 1:]), font, size, width)], size
        size -= 0.5


def _centred(canvas, lines: list[str], font: str, size: float, cx: float, cy: float) -> None:
    """Lines centred on (cx, cy)."""
    canvas.setFont(font, size)
    top = cy + (len(lines) - 1) * size * 0.6 - size * 0.35
    for n, line in enumerate(lines):
        draw_text(canvas, line, font, size, cx, top - n * size * 1.2, "centre")


def _grid(canvas, xs: Sequence[float], top: float, bottom: float, rows: Sequence[float]) -> None:
    """The table's lines: a vertical at each x from ``top`` to ``bottom``, a horizontal at each row."""
    canvas.setStrokeColor(_hex(GRID))
    canvas.setLineWidth(0.6)
    for x in xs:
        canvas.line(x, top, x, bottom)
    for y in rows:
        canvas.line(xs[0], y, xs[-1], y)


def _heading(canvas, text: str, x: float, y: float) -> None:
    canvas.setFillColor(_hex(INK))
    canvas.setFont(BOLD, 13)
    draw_text(canvas, clean_text(text), BOLD, 13, x, y)


def _phase_width(left: float, right: float, phases: int) -> float:
    return (right - left - (right - left) * TEAM_COLUMN - TOTAL_COLUMN) / phases


def _head_height(phases: Sequence[str], phase_w: float) -> tuple[list[tuple[list[str], float]], float]:
    """The phases' names set in their heads, and the heads' height."""
    heads = [_cell_lines(p, BOLD, 9, phase_w - 3 * mm, 3) for p in phases]
    return heads, max(10 * mm, max((len(lines) * size * 1.2 + 4 * mm for lines, size in heads), default=0))


def _scores(canvas, left: float, right: float, top: float, teams, phases: Sequence[str], lang: str,
            grow: float) -> float:
    """The scores table from ``top`` down: a row a team, a column a phase, the total. Its bottom."""
    team_w = (right - left) * TEAM_COLUMN
    phase_w = _phase_width(left, right, len(phases))
    xs = [left, left + team_w, *(left + team_w + (i + 1) * phase_w for i in range(len(phases)))]
    xs.append(right)
    heads, head_h = _head_height(phases, phase_w)
    row = _row(TEAM_ROW, grow)
    bottom = top - head_h - len(teams) * row
    canvas.setFillColor(_hex(SHADE))
    canvas.rect(xs[-2], bottom, right - xs[-2], top - bottom, stroke=0, fill=1)
    canvas.setFillColor(_hex(INK))
    mid = top - head_h / 2
    _centred(canvas, [clean_text(kit_word("tally_team", lang))], BOLD, 9, (xs[0] + xs[1]) / 2, mid)
    for (lines, size), x in zip(heads, xs[1:-2], strict=True):
        _centred(canvas, lines, BOLD, size, x + phase_w / 2, mid)
    _centred(canvas, [clean_text(kit_word("tally_total", lang))], BOLD, 10, (xs[-2] + right) / 2, mid)
    for i, team in enumerate(teams):
        y = top - head_h - (i + 1) * row
        canvas.setFillColor(_hex(team.colour))
        canvas.rect(left + 2.5 * mm, y + row / 2 - 2.5 * mm, 5 * mm, 5 * mm, stroke=0, fill=1)
        name_w = team_w - 11 * mm
        name = clean_text(team.name)
        size = max(8.0, largest_size(name, BOLD, name_w, 11))
        canvas.setFillColor(_hex(INK))
        canvas.setFont(BOLD, size)
        draw_text(canvas, cut_to_width(name, BOLD, size, name_w), BOLD, size, left + 9.5 * mm,
                  y + row / 2 - size * 0.35)
    _grid(canvas, xs, top, bottom, [top, *(top - head_h - i * row for i in range(len(teams) + 1))])
    return bottom


def _votes_head(canvas, xs: Sequence[float], top: float, lang: str) -> float:
    """The votes table's two rows of heads: each vote over its three choices, the shift. Its bottom."""
    group_h, choice_h = 7 * mm, VOTES_HEAD - 7 * mm
    right = xs[-1]
    for n, key in enumerate(("tally_before", "tally_after")):
        x0, x1 = xs[3 * n], xs[3 * n + 3]
        lines, size = _cell_lines(kit_word(key, lang), BOLD, 9, x1 - x0 - 2 * mm, 1)
        canvas.setFillColor(_hex(INK))
        _centred(canvas, lines, BOLD, size, (x0 + x1) / 2, top - group_h / 2)
    for n in range(6):
        choice = CHOICES[n % 3]
        cx = (xs[n] + xs[n + 1]) / 2
        choice_symbol(canvas, choice, cx, top - group_h - 4.5 * mm, 2.8 * mm)
        lines, size = _cell_lines(kit_word(choice, lang), BOLD, 8.5, xs[n + 1] - xs[n] - 2 * mm, 1)
        canvas.setFillColor(_hex(INK))
        _centred(canvas, lines, BOLD, size, cx, top - group_h - 10 * mm)
    shift, size = _cell_lines(kit_word("tally_shift", lang), BOLD, 9, right - xs[6] - 3 * mm, 2)
    hint, hint_size = _cell_lines(kit_word("tally_shift_hint", lang), REGULAR, 7.5, right - xs[6] - 3 * mm, 2)
    cx, cy = (xs[6] + right) / 2, top - (group_h + choice_h) / 2
    canvas.setFillColor(_hex(INK))
    _centred(canvas, shift, BOLD, size, cx, cy + len(hint) * hint_size * 0.6 + 0.5 * mm)
    canvas.setFillColor(_hex(MUTED))
    _centred(canvas, hint, REGULAR, hint_size, cx, cy - len(shift) * size * 0.6 - 0.5 * mm)
    bottom = top - group_h - choice_h
    canvas.setStrokeColor(_hex(GRID))
    canvas.setLineWidth(0.6)
    canvas.line(xs[0], top - group_h, xs[6], top - group_h)
    for x in (xs[0], xs[3], xs[6], right):
        canvas.line(x, top, x, bottom)
    for x in (xs[1], xs[2], xs[4], xs[5]):
        canvas.line(x, top - group_h, x, bottom)
    canvas.line(xs[0], top, right, top)
    return bottom


def _claim_row(canvas, left: float, right: float, top: float, bottom: float, number: int, row: PlannedDebate,
               lang: str) -> None:
    """A debate's claim row: « Débat 1 : » and its claim on two lines at most, fitted to the row; or,
    the claim not known yet, its theme (when known) and a line to write the claim on."""
    theme, claim = (clean_text(t) for t in row.said(lang))
    label = clean_text(kit_word("tally_debate", lang, number=number))
    x = left + 2.5 * mm + text_width(label, BOLD, 10) + 2 * mm
    width = right - 2.5 * mm - x
    if claim:
        lines, size = _cell_lines(claim, REGULAR, 9.5, width, 2)
        baseline = (top + bottom) / 2 + (len(lines) - 1) * size * 0.575 - size * 0.35
    else:
        lines, size = ([cut_to_width(theme, REGULAR, 9.5, width * 0.55)] if theme else []), 9.5
        baseline = bottom + 3 * mm
    canvas.setFillColor(_hex(INK))
    canvas.setFont(BOLD, 10)
    draw_text(canvas, label, BOLD, 10, left + 2.5 * mm, baseline)
    canvas.setFillColor(_hex(INK if claim else MUTED))
    canvas.setFont(REGULAR, size)
    for n, line in enumerate(lines):
        draw_text(canvas, line, REGULAR, size, x, baseline - n * size * 1.15)
    if not claim:  # a line to write the claim on, after the theme
        start = x + (text_width(lines[0], REGULAR, size) + 2 * mm if lines else 0)
        canvas.setStrokeColor(_hex(WRITE_LINE))
        canvas.setLineWidth(0.5)
        canvas.line(start, baseline - 0.8 * mm, right - 2.5 * mm, baseline - 0.8 * mm)


def _votes(canvas, left: float, right: float, top: float, debates: range, rows: Sequence[PlannedDebate],
           lang: str, grow: float) -> float:
    """The votes table from ``top`` down: per debate, a row for its claim, then its counts. Its bottom."""
    count_w = (right - left - SHIFT_COLUMN) / 6
    xs = [left + i * count_w for i in range(7)] + [right]
    y = _votes_head(canvas, xs, top, lang)
    for number in debates:
        claim_top, counts_top = y, y - _row(CLAIM_ROW, grow)
        y = counts_top - _row(COUNT_ROW, grow)
        canvas.setFillColor(_hex(SHADE))
        canvas.rect(left, counts_top, right - left, claim_top - counts_top, stroke=0, fill=1)
        _claim_row(canvas, left, right, claim_top, counts_top, number,
                   rows[number - 1] if number <= len(rows) else PlannedDebate(), lang)
        canvas.setStrokeColor(_hex(GRID))
        canvas.setLineWidth(0.6)
        canvas.line(left, claim_top, right, claim_top)
        canvas.line(left, counts_top, right, counts_top)
        for x in xs:
            canvas.line(x, counts_top, x, y)
        canvas.line(left, claim_top, left, counts_top)
        canvas.line(right, claim_top, right, counts_top)
        canvas.setLineWidth(1.6)  # the vote before apart from the vote after, as in the heads
        canvas.line(xs[3], counts_top, xs[3], y)
    canvas.setStrokeColor(_hex(GRID))
    canvas.setLineWidth(0.6)
    canvas.line(left, y, right, y)
    return y


_QUOTED = re.compile(r"«[^»]*»|“[^”]*”")


def _held(text: str) -> str:
    """``text`` whose quoted control names (« Clore le débat », “Close the debate”) and last two words
    hold together across a line's end: a name read on one line, no word alone on the last."""
    text = _QUOTED.sub(lambda m: m.group(0).replace(" ", "\u00a0"), clean_text(text))
    head, _space, last = text.rpartition(" ")
    return f"{head}\u00a0{last}" if head and len(last) < 12 else text


def _foot_lines(left: float, right: float, lang: str) -> list[str]:
    lines: list[str] = []
    for key in ("tally_console", "tally_keep"):
        lines += _cell_lines(_held(kit_word(key, lang)), REGULAR, FOOT_PT, right - left, 3)[0]
    return lines


def _foot_height(left: float, right: float, lang: str) -> float:
    """From the paper's bottom edge to the foot's top."""
    return MARGIN + 1 * mm + (len(_foot_lines(left, right, lang)) - 1) * FOOT_PT * 1.3 + FOOT_PT


def _foot(canvas, left: float, right: float, lang: str) -> None:
    """How to use the sheet, at the foot of the page, its last baseline 1 mm over MARGIN."""
    lines = _foot_lines(left, right, lang)
    canvas.setFillColor(_hex(INK))
    canvas.setFont(REGULAR, FOOT_PT)
    y = MARGIN + 1 * mm + (len(lines) - 1) * FOOT_PT * 1.3
    for line in lines:
        draw_text(canvas, line, REGULAR, FOOT_PT, left, y)
        y -= FOOT_PT * 1.3


def default_phases(phases: Sequence[str] | None, lang: str) -> Sequence[str]:
    """``phases``, or (None) the timeline and the debates in the kit's words."""
    return (kit_word("tally_timeline", lang), kit_word("tally_debates", lang)) if phases is None else phases


def draw_tally_sheet(canvas, pw: float, ph: float, teams: Sequence, phases: Sequence[str] | None,
                     page: TallyPage, lang: str, rows: Sequence[PlannedDebate] = ()) -> None:
    """A page of the score sheet (``tally_plan``): the title and what it is for, the scores table (left
    out when nothing scores, as in a quick debate), the votes table and, at the foot, how to use it; on
    a page after the first, the debates left under the title of the votes. ``phases`` None: the
    timeline and the debates in the kit's words. ``rows``: what each debate's row says (kit_debates;
    blank rows for the debates it does not reach)."""
    phases = default_phases(phases, lang)
    left, right = MARGIN, pw - MARGIN
    y = ph - MARGIN - 7 * mm
    first = page.debates.start == 1
    title = clean_text(kit_word("tally_title" if first else "tally_votes_more", lang))
    canvas.setFillColor(_hex(INK))
    canvas.setFont(BOLD, 20)
    draw_text(canvas, title, BOLD, 20, left, y)
    intro = clean_text(kit_word("tally_for", lang))
    size = largest_size(intro, REGULAR, right - left, 9.5)
    canvas.setFillColor(_hex(MUTED))
    canvas.setFont(REGULAR, size)
    draw_text(canvas, intro, REGULAR, size, left, y - 6 * mm)
    y -= TOP
    _foot(canvas, left, right, lang)
    if page.scores:
        _heading(canvas, kit_word("tally_scores", lang), left, y)
        y = _scores(canvas, left, right, y - 3 * mm, teams, phases, lang, page.grow) - 10 * mm
    if first:
        _heading(canvas, kit_word("tally_votes", lang), left, y)
        y -= 3 * mm
    _votes(canvas, left, right, y, page.debates, rows, lang, page.grow)
