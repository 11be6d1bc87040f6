"""The kit's take-home card (four a sheet, 2 × 2: the session's debates and key figures, a line for one
commitment; a blank template without a session) and the poster that says how to join with a phone.

The card says each debate and each key figure the same way: the claim or the fact's title, then
its figures in bold (« 27 % → 50 % », « 28 % des dépôts »). Its words, its lines and its cut lines
keep 8 mm from the paper's edge, and its arrows, drawn, read as arrows in text copied from it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.units import mm

from .card_drawing import _hex, draw_qr
from .card_frame import INK, MUTED
from .cards_text import Block, cut_to_width, fit, text_width
from .fonts import BOLD, REGULAR, clean_text
from .kit_parts import MARGIN, SAFE_EDGE, cut_line, draw_line, largest_size, note
from .kit_words import kit_word
from .summary_rows import Summary
from .summary_words import percent
from .wording import day_text, figure_with_mark

MAX_SHIFTS = 5
MAX_FIGURES = 3
WRITING_LINE = 7.5 * mm
RULE_GREY = "#9e9e9e"
PROMPT_LINES = (5, 4, 3)  # lines to write on under each prompt of the blank card: as many as the card has room for
COLUMNS, ROWS = 2, 2  # the take-home cards on a sheet, each a quarter of it
INSET = SAFE_EDGE + 1 * mm  # a card's words from its edges: the paper's, or a cut line's
NOTE_BASELINE = SAFE_EDGE + 1 * mm  # the sheet's instruction line, under the cards
FOOT = NOTE_BASELINE + 6 * mm  # the cards' bottom edge, above that line


@dataclass(frozen=True)
class TakeHome:
    """What a session gives the take-home card: the deck's title, the day, each debate's claim with
    the room's share of "agree" before and after, and the figures the teams played as evidence."""

    title: str
    date: str
    shifts: tuple[tuple[str, float, float], ...] = ()
    figures: tuple[tuple[str, str, bool], ...] = ()  # (figure as the card writes it, title, contested)


@dataclass(frozen=True)
class JoinInfo:
    """How a phone joins: the page's address, the room's code, and the room's Wi-Fi when it is named."""

    url: str
    code: str
    wifi: str = ""


def take_home_from_summary(summary: Summary) -> TakeHome:
    """The take-home card's content from a session's summary (in the summary's language)."""
    day = datetime.fromtimestamp(summary.held_at)  # the day the workshop ran, as the summary is dated
    lang = summary.lang
    date = day_text(day.day, day.month, day.year, lang)
    shifts = tuple((r.claim, r.before.whole_share("agree"), r.after.whole_share("agree")) for r in summary.rounds
                   if r.before is not None and r.after is not None and r.before.total.total and r.after.total.total)
    figures: dict[str, tuple[str, str, bool]] = {}
    for r in summary.rounds:
        for e in r.evidence:
            if e.figure:
                figures.setdefault(e.card_id, (e.figure, e.title, e.contested))
    return TakeHome(summary.deck_title, date, shifts[:MAX_SHIFTS], tuple(figures.values())[:MAX_FIGURES])


def key_figure(figure: str, title: str, contested: bool, lang: str) -> tuple[str, str]:
    """A played fact as the card says each one: its title, then its figure as the card writes it,
    with the printed card's « chiffre contesté » when it says so (``≈ 552 t CO₂e, chiffre
    contesté``), even when the title gives the number too: every key figure read the same way."""
    return title, figure_with_mark(figure, contested, lang)


def _prompts(take_home: TakeHome | None) -> bool:
    """Whether the card asks its reader to write: no session, or no debate and no figure from it."""
    return take_home is None or not (take_home.shifts or take_home.figures)


def _blocks(take_home: TakeHome | None, lang: str, shifts: int, figures: int, prompt_lines: int = 3,
            spacing: float = WRITING_LINE) -> list[Block]:
    """The card's middle: the debates and figures of the session, or the prompts of the template (a
    blank card, or a session with nothing to say yet)."""
    if _prompts(take_home):
        out = []
        least = 7 if prompt_lines <= PROMPT_LINES[-1] else 10  # more lines only at full size
        for key in ("blank_debate", "blank_figure"):
            out.append(Block("", kit_word(key, lang), BOLD, 10, least, INK, space_before=8 if out else 0))
            # Room for the lines to write on, drawn under the prompt ``spacing`` apart, and a gap after them.
            out.append(Block("", "\n" * (prompt_lines - 1), REGULAR, 10, least, INK, leading=spacing / 10))
        return out
    out = []
    if take_home.shifts[:shifts]:
        out.append(Block("", kit_word("debates", lang), BOLD, 10, 6.5, INK))
        for claim, before, after in take_home.shifts[:shifts]:
            out.append(Block("", claim, REGULAR, 9, 6, INK, bullet="•", space_before=3, max_lines=3))
            out.append(Block("", f"{percent(before, lang)} \u2192 {percent(after, lang)}", BOLD, 9, 6, INK,
                             leading=1.25))
    if take_home.figures[:figures]:
        out.append(Block("", kit_word("figures", lang), BOLD, 10, 6.5, INK, space_before=6))
        for figure, title, contested in take_home.figures[:figures]:  # as a debate: its words, its figure
            words, number = key_figure(figure, title, contested, lang)
            out.append(Block("", words, REGULAR, 9, 6, INK, bullet="•", space_before=3, max_lines=3))
            out.append(Block("", number, BOLD, 9, 6, INK, leading=1.25, max_lines=2))
    return out


def _writing_lines(canvas, x: float, y: float, width: float, count: int, spacing: float = WRITING_LINE) -> None:
    """``count`` grey lines to write on, ``spacing`` apart, the first at ``y``."""
    canvas.setStrokeColor(_hex(RULE_GREY))
    canvas.setLineWidth(0.4)
    for i in range(count):
        canvas.line(x, y - i * spacing, x + width, y - i * spacing)


def _subtitle(canvas, take_home: TakeHome | None, left: float, right: float, y: float, lang: str) -> float:
    """Under the heading, at baseline ``y``: the workshop's title and day, as a session gives them; what
    is not known (a blank card: both), a label and a line to write it on. The room it takes."""
    title = clean_text(take_home.title) if take_home else ""
    date = clean_text(take_home.date) if take_home else ""
    canvas.setFillColor(_hex(MUTED))
    if title and date:
        canvas.setFont(REGULAR, 8)
        draw_line(canvas, f"{title} · {date}", REGULAR, 8, left, y)
        return 4 * mm
    y -= 2 * mm  # a line to write on wants more room than a line of print
    size, x, split = 9.0, left, left + (right - left) * 0.62
    canvas.setFont(REGULAR, size)
    if title:
        draw_line(canvas, cut_to_width(title, REGULAR, size, split - left - 3 * mm), REGULAR, size, x, y)
    for key, end in (() if title else (("take_home_workshop", split - 3 * mm),)) + (("take_home_date", right),):
        x = split if key == "take_home_date" else left
        label = clean_text(kit_word(key, lang))
        draw_line(canvas, label, REGULAR, size, x, y)
        _writing_lines(canvas, x + text_width(label, REGULAR, size) + 1.5 * mm, y - 0.8 * mm,
                       end - x - text_width(label, REGULAR, size) - 1.5 * mm, 1)
    return 7 * mm


def _take_home_card(canvas, x: float, y: float, w: float, h: float, take_home: TakeHome | None,
                    lang: str) -> None:
    """One card in the box (x, y, w, h): heading, the middle, and "my commitment" with lines."""
    left, right, top = x + INSET, x + w - INSET, y + h - INSET
    width = right - left
    canvas.setFillColor(_hex(INK))
    heading = clean_text(kit_word("take_home", lang))
    size = largest_size(heading, BOLD, width, 15)
    canvas.setFont(BOLD, size)
    draw_line(canvas, heading, BOLD, size, left, top - size)
    top -= size + 4 * mm
    top -= _subtitle(canvas, take_home, left, right, top, lang)
    footer = 12 * mm + 3 * WRITING_LINE
    height = top - (y + footer)
    shifts, figures = MAX_SHIFTS, MAX_FIGURES
    for prompt_lines in PROMPT_LINES if _prompts(take_home) else PROMPT_LINES[-1:]:
        placed = fit(_blocks(take_home, lang, shifts, figures, prompt_lines), left, top, width, height)
        if not placed.overflow:
            break
    spacing = WRITING_LINE
    if _prompts(take_home) and not placed.overflow:  # the room left shared among the lines, not left blank
        spacing += min(WRITING_LINE / 4, (placed.bottom - (top - height)) / (2 * prompt_lines))
        placed = fit(_blocks(take_home, lang, shifts, figures, prompt_lines, spacing), left, top, width, height)
    while placed.overflow and (shifts > 1 or figures > 0):
        shifts, figures = (shifts, figures - 1) if figures > shifts - 1 else (shifts - 1, figures)
        placed = fit(_blocks(take_home, lang, shifts, figures), left, top, width, height)
    if not placed.overflow:
        for line in placed.lines:
            canvas.setFillColor(_hex(line.colour))
            canvas.setFont(line.font, line.size)
            draw_line(canvas, line.text, line.font, line.size, line.x, line.y, line.align)
    if _prompts(take_home):  # the template's prompts: lines to write on under each
        for line in placed.lines:
            if line.font == BOLD:
                _writing_lines(canvas, left, line.y - spacing, width, prompt_lines, spacing)
    label_y = y + footer - 6 * mm
    canvas.setFillColor(_hex(INK))
    canvas.setFont(BOLD, 10)
    draw_line(canvas, clean_text(kit_word("commitment", lang)), BOLD, 10, left, label_y)
    _writing_lines(canvas, left, label_y - WRITING_LINE, width, 3)


def cards_a_sheet() -> int:
    """How many take-home cards a sheet holds, as the guide counts the sheets to print."""
    return COLUMNS * ROWS


def draw_take_home_sheet(canvas, pw: float, ph: float, take_home: TakeHome | None, lang: str) -> None:
    """The take-home cards on the sheet, COLUMNS × ROWS, with the lines to cut along (8 mm from the
    paper's edges at least, as every word), the instruction line under them."""
    edge = SAFE_EDGE
    w, h = pw / COLUMNS, (ph - FOOT) / ROWS
    for row in reversed(range(ROWS)):  # card after card, top left first: the order text is read in
        for col in range(COLUMNS):
            _take_home_card(canvas, col * w, FOOT + row * h, w, h, take_home, lang)
    for col in range(1, COLUMNS):
        cut_line(canvas, col * w, FOOT, col * w, ph - edge)
    for row in range(ROWS):
        cut_line(canvas, edge, FOOT + row * h, pw - edge, FOOT + row * h)
    note(canvas, kit_word("take_home_cut", lang), MARGIN, NOTE_BASELINE, pw - 2 * MARGIN, "centre")


def draw_join_poster(canvas, pw: float, ph: float, join: JoinInfo, lang: str) -> None:
    """A4 or Letter poster: how to join, the QR code, the address and the room code, large."""
    centre = pw / 2
    width = pw - 2 * MARGIN - 10 * mm
    y = ph - 2 * MARGIN
    address = join.url.removeprefix("http://").removeprefix("https://").rstrip("/")
    qr = min(110 * mm, ph * 0.4)
    items = [
        (kit_word("join_title", lang), BOLD, 40, INK),
        (kit_word("join_wifi_named", lang, wifi=join.wifi) if join.wifi else kit_word("join_wifi", lang),
         REGULAR, 22, INK),
        (kit_word("join_scan", lang), REGULAR, 22, INK),
        ("qr", "", 0, ""),
        (address, BOLD, 30, INK),
        (kit_word("join_room", lang, code=join.code), BOLD, 44, INK),
        (kit_word("join_note", lang), REGULAR, 12, MUTED),
    ]
    sizes = [largest_size(clean_text(text), font, width, biggest) if text != "qr" else 0.0
             for text, font, biggest, _ in items]
    total = sum(10 * mm + qr if text == "qr" else size * 1.5 for (text, *_), size in zip(items, sizes, strict=True))
    y = min(y, ph - (ph - total) / 2)  # the whole poster centred on the page
    for text, font, biggest, colour in items:
        if text == "qr":
            y -= 4 * mm + qr
            draw_qr(canvas, join.url, centre - qr / 2, y, qr)
            y -= 6 * mm
            continue
        text = clean_text(text)
        size = largest_size(text, font, width, biggest)
        y -= size * 1.15
        canvas.setFillColor(_hex(colour))
        canvas.setFont(font, size)
        draw_line(canvas, text, font, size, centre, y, "centre")
        y -= size * 0.35
