"""Pieces every stage picture shares: the header with the timer, the scores, theme bands, vote bars."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetricsF

from bataille.deck.models import Deck, Theme
from bataille.ui.card_face import readable_on
from bataille.ui.phase_clock import format_clock
from bataille.words import for_the_font
from bataille.workshop import Counts, SessionState, Team
from bataille.workshop.flow import phase_title
from bataille.workshop.state import CHOICE_COLOURS

if TYPE_CHECKING:
    from bataille.ui.phones import Phones

from .room_words import translate  # the room's language (stage/room_words.py)
from .scene import BACKGROUND, CENTRE, INK, MIN_PX, MUTED, PANEL, RIGHT, Scene, unit

ALERT = "#C62828"
HEADER_H, SCORES_H, MARGIN = 150, 96, 40


def choice_label(choice: str) -> str:
    return {"agree": translate("Stage", "Agree"), "disagree": translate("Stage", "Disagree"), "undecided": translate("Stage", "Undecided")}[choice]


def percent(share: int) -> str:
    """"46%" in English, "46 %" in French (a no-break space: the figure and its sign stay together)."""
    return translate("Stage", "%1%").replace("%1", str(share))


def side_label(side: str) -> str:
    return {"for": translate("Stage", "For"), "against": translate("Stage", "Against")}.get(side, side)


WARNING = QColor("#8A5300")  # amber behind white text (contrast 6:1): the last minute


@dataclass(frozen=True)
class StageContext:
    """Everything a stage picture is drawn from: revealed state only reaches the painters."""

    state: SessionState
    deck: Deck
    lang: str
    remaining: float | None
    time_up: bool = False
    placing: tuple[str, str] | None = None
    scenario_team: str | None = None
    quick: bool = False
    last_minute: bool = False  # less than a minute left: the timer turns amber
    phones: tuple[str, int, int] | None = None  # a phone vote open: (stage, how many answered, phones connected)
    growing: tuple[str, float] | None = None  # a vote being revealed: (stage, 0..1 of its bars drawn)
    consequence_of: str | None = None  # the team whose last choice's consequence the stage shows
    # A picture too long for one (the whole timeline, the debrief's lists): the page shown (turned by the stage)
    timeline_page: int = 0
    # Phones on: (address, room code, the address's QR code), for a latecomer (the join screen gone);
    # the address "" and no code to scan while this computer has lost it (see join_offer)
    join: tuple[str, str, list[list[bool]]] | None = None
    phones_left: int | None = None  # the seconds the phones' vote's countdown leaves (None: closed by hand)
    feedback_asked: bool = False  # the phones show the debrief's feedback form: the room is invited to it
    phones_held: bool = False  # the phones' vote's countdown stands still: the session's timer is paused


def join_offer(phones: Phones | None) -> tuple[str, str, list[list[bool]]] | None:
    """Where a latecomer joins, for StageContext.join: None with the phones off; while this computer
    has lost the address they open, no address and no QR code (a phone would scan a dead one), until
    it has it again or the phones move."""
    if phones is None or not phones.on:
        return None
    if phones.address_lost:
        return "", phones.code, []
    return phones.url.removeprefix("http://").rstrip("/"), phones.code, phones.qr


def clock_strip(width: float, height: float) -> float:
    """How high the header, the phase's clock in it, is on a stage of ``width`` × ``height`` pixels, as
    ``header`` lays it out: what is repainted each second the clock turns. (Worked out for 1920 pixels
    wide, it left the bottom of a 4:3 projector's clock as it was: « restantes » under a clock of the
    last minute, half its box amber.)"""
    return HEADER_H * unit(width, height)


def header(scene: Scene, ctx: StageContext) -> QRectF:
    """Phase title and timer across the top; returns the header's rectangle."""
    u = scene.u
    rect = QRectF(0, 0, scene.width, HEADER_H * u)
    scene.box(rect, PANEL)
    phase = ctx.state.agenda.current
    timer_w = 400 * u
    # One debate on its own keeps its name to its end: not "Debates in five themes, phase 1 of 1",
    # nor the deck's title once it is over.
    if ctx.quick and ctx.state.agenda.phases:
        title, step = phase_title(ctx.deck, ctx.state.agenda.phases[0].id, ctx.lang, ctx.state), ""
    elif phase is not None:
        title = phase_title(ctx.deck, phase.id, ctx.lang)
        index = [p.id for p in ctx.state.agenda.phases].index(phase.id) + 1
        step = translate("Stage", "Phase %1 of %2").replace("%1", str(index)).replace("%2", str(len(ctx.state.agenda.phases)))
    else:
        title, step = ctx.deck.title.get(ctx.lang), ""
    left = MARGIN * u
    width = scene.width - timer_w - 2 * left
    scene.text(QRectF(left, 14 * u, width, 84 * u), title, 56, bold=True, role="title", wrap=False)
    if step:
        scene.text(QRectF(left, 96 * u, width, 44 * u), step, 30, colour=MUTED, role="phase-step", wrap=False)
    if phase is not None:
        box = QRectF(scene.width - timer_w - 20 * u, 12 * u, timer_w, (HEADER_H - 24) * u)
        scene.box(box, ALERT if ctx.time_up else WARNING if ctx.last_minute else BACKGROUND, radius=12 * u)
        scene.text(QRectF(box.left(), box.top(), box.width(), 84 * u), format_clock(ctx.remaining), 76,
                   bold=True, flags=CENTRE, role="timer", wrap=False)
        if phase.status == "paused":  # over time too: the clock stopped is what the room needs to know
            note = translate("Stage", "Paused")
        elif ctx.time_up:
            note = translate("Stage", "Time's up")
        elif ctx.last_minute:
            note = translate("Stage", "Last minute")
        else:
            note = translate("Stage", "remaining")
        scene.text(QRectF(box.left(), box.top() + 86 * u, box.width(), 38 * u), note, 28,
                   bold=ctx.time_up, flags=CENTRE, role="timer-note", wrap=False)
    return rect


def scores_height(rows: int, lines: int = 1) -> float:
    """Height of the scores strip at 1080p with ``rows`` rows of teams (one up to four teams, two
    beyond); each row a line higher for names on two ``lines``."""
    return SCORES_H + (rows - 1) * (SCORES_H - 24) + rows * NAME_LINE * (lines - 1)


NAME_LINE = 20  # 1080p pixels: what a chip grows by for a second line of a name at the smallest size


def _strip_rows(teams: list, sides: list[tuple[str, list]] | None) -> tuple[int, list[tuple[str, list]]]:
    """The teams a row, and the rows: (label, teams) — one row up to four teams, two beyond; by
    ``sides``, each side's teams on rows of their own after its label."""
    if not sides:
        per_row = len(teams) if len(teams) <= 4 else -(-len(teams) // 2)
        return per_row, [("", teams[i:i + per_row]) for i in range(0, len(teams), per_row)]
    per_row = min(4, max(len(group) for _label, group in sides))
    return per_row, [(label if i == 0 else "", group[i:i + per_row])
                     for label, group in sides for i in range(0, len(group), per_row)]


def scores(scene: Scene, ctx: StageContext, sides: list[tuple[str, list]] | None = None) -> QRectF | None:
    """The teams and their scores along the bottom (none in a quick debate); by ``sides`` (a
    debate's « Pour : », « Contre : » and their teams) when the debate leaves them to the strip."""
    teams = ctx.state.teams
    if ctx.quick or not teams:
        return None
    from .team_names import lines_needed

    u = scene.u
    per_row, rows = _strip_rows(list(teams), sides)
    bold = QFontMetricsF(scene.font(30 * u * scene.text_scale, True))
    label_w = max(bold.horizontalAdvance(label) + 24 * u if label else 0.0 for label, _group in rows)
    width = (scene.width - 2 * MARGIN * u - label_w) / per_row
    px = 34 if per_row <= 4 else 30
    value_w = (max(len(str(t.score)) for t in teams) * 0.62 * px + 16) * u
    lines = lines_needed(scene, [t.name for t in teams], width - (20 + 32 + 44 + 12) * u - value_w, px, most=2)
    height = scores_height(len(rows), lines) * u
    rect = QRectF(0, scene.height - height, scene.width, height)
    scene.box(rect, PANEL)
    row_h = (SCORES_H - 24 + NAME_LINE * (lines - 1)) * u
    for fitting in (True, False):  # every name in the size the longest fits: one strip, one size
        drawn = len(scene.items)
        for r, (_label, group) in enumerate(rows):
            for c, team in enumerate(group):
                x = MARGIN * u + label_w + c * width
                cell = QRectF(x + 10 * u, rect.top() + 12 * u + r * row_h, width - 20 * u, row_h - 8 * u)
                scene.box(cell, BACKGROUND, radius=10 * u)
                chip = cell.adjusted(14 * u, 4 * u, -18 * u, -4 * u)
                team_chip(scene, chip, team.name, team.colour, f"{team.score}", role="score", px=px)
        if fitting:
            fitted = [item.px for item in scene.items[drawn:] if getattr(item, "role", "") == "score-name"]
            px = min(px, (min(fitted) - 0.5) / (u * scene.text_scale))  # drawn sizes are rounded
            del scene.items[drawn:]
    for r, (label, _group) in enumerate(rows):
        if label:
            scene.text(QRectF(MARGIN * u + 10 * u, rect.top() + 12 * u + r * row_h, label_w, row_h - 8 * u), label,
                       30, bold=True, role="side-label", wrap=False)
    return rect


def team_chip(scene: Scene, rect: QRectF, name: str, colour: str, value: str = "",
              role: str = "team", px: float = 34, swatch_size: float = 44, prefix: str = "") -> None:
    """A team's colour swatch, its name (after ``prefix``: the podium's « 1. »), and optionally a value
    on the right."""
    u = scene.u
    swatch = min(rect.height(), swatch_size * u)
    scene.box(QRectF(rect.left(), rect.center().y() - swatch / 2, swatch, swatch), colour,
              outline=INK, width=2 * u, radius=6 * u)
    value_w = (len(value) * 0.62 * px + 16) * u if value else 0
    gap = 12 * u if swatch_size >= 40 else 8 * u
    name_rect = QRectF(rect.left() + swatch + gap, rect.top(), rect.width() - swatch - gap - value_w,
                       rect.height())
    from .team_names import team_name  # whole, on two lines, else a short form

    team_name(scene, name_rect, name, px, role=f"{role}-name", prefix=prefix)
    if value:
        scene.text(QRectF(rect.right() - value_w, rect.top(), value_w, rect.height()), value, px,
                   bold=True, flags=RIGHT, role=f"{role}-value", wrap=False)



def teams_chip(scene: Scene, rect: QRectF, ctx: StageContext, teams: list[Team], title: str = "") -> None:
    """Several teams' colours side by side, then "Every team", their names, or "3 teams", and
    ``title`` (the scenario's) after them."""
    u = scene.u
    swatch, gap = min(rect.height(), 44 * u), 8 * u
    for i, team in enumerate(teams):
        scene.box(QRectF(rect.left() + i * (swatch + gap), rect.center().y() - swatch / 2, swatch, swatch),
                  team.colour, outline=INK, width=2 * u, radius=6 * u)
    left = rect.left() + len(teams) * (swatch + gap) + 4 * u
    after = f" — {title}" if title else ""
    words = ", ".join(team.name for team in teams)  # their names when they fit, else how many
    if len(teams) == len(ctx.state.teams):
        words = translate("Stage", "Every team")
    elif QFontMetricsF(scene.font(34 * u * scene.text_scale)).horizontalAdvance(for_the_font(words + after)) \
            > rect.right() - left:
        words = translate("Stage", "%1 teams").replace("%1", str(len(teams)))  # two at least
    words += after
    scene.text(QRectF(left, rect.top(), rect.right() - left, rect.height()), words, 34,
               role="scenario-team-name", wrap=False)

def theme_band(scene: Scene, rect: QRectF, deck: Deck, theme: Theme | None, lang: str, px: float = 36,
               after: str = "") -> None:
    """The theme's colour with its icon and its name in words (never the colour alone); ``after``
    (« Débat 1 ») at its right end, when the name still reads whole beside it."""
    u = scene.u
    colour = theme.colour if theme else "#37474F"
    scene.box(rect, colour, radius=10 * u)
    pad = 16 * u
    icon = min(rect.height() - 2 * pad / 2, 72 * u)
    x = rect.left() + pad
    if theme is not None:
        scene.icon(QRectF(x, rect.center().y() - icon / 2, icon, icon), deck.icon_path(theme))
        x += icon + pad
    name = theme.name.get(lang) if theme else translate("Stage", "Debate")
    ink = readable_on(QColor(colour)).name()
    right = rect.right() - pad
    if after:
        after_w = QFontMetricsF(scene.font(30 * u * scene.text_scale)).horizontalAdvance(for_the_font(after)) + 2 * u
        drawn = len(scene.items)
        said = scene.text(QRectF(x, rect.top(), right - x - after_w - pad, rect.height()), name, px, bold=True,
                          colour=ink, role="theme", wrap=rect.height() >= 2.4 * MIN_PX * u)
        if not said.cut:
            scene.text(QRectF(right - after_w, rect.top(), after_w, rect.height()), after, 30, colour=ink,
                       flags=RIGHT, role="round", wrap=False)
            return
        del scene.items[drawn:]  # the name first: the number goes
    # on two lines where one would cut it (a narrow 4:3 column), when the band is high enough
    scene.text(QRectF(x, rect.top(), right - x, rect.height()), name, px, bold=True,
               colour=ink, role="theme", wrap=rect.height() >= 2.4 * MIN_PX * u)


def bars_in_columns(scene: Scene, rect: QRectF) -> bool:
    """Are ``vote_bars`` in ``rect`` side by side: a row each would be lower than a line, or its bar
    too short to compare (4:3 and 5:4 screens, eight teams)?"""
    line = QFontMetricsF(scene.font(MIN_PX * scene.u * scene.text_scale)).lineSpacing()
    return rect.height() / 3 < line - 0.5 or rect.width() - 380 * scene.u < 160 * scene.u


def vote_bars(scene: Scene, rect: QRectF, counts: Counts, role: str, grown: float = 1.0,
              columns: bool | None = None) -> None:
    """Three labelled bars with their percentage: agree, disagree, undecided (``grown``: how far the
    bars have grown, from 0 to 1, while a reveal is animated); ``columns``: side by side, each its
    label over its bar (None: where ``bars_in_columns`` says)."""
    u = scene.u
    row_h = rect.height() / 3
    label_w = 250 * u
    pct_w = 130 * u
    if bars_in_columns(scene, rect) if columns is None else columns:
        _vote_columns(scene, rect, counts, role, grown)
        return
    for i, choice in enumerate(("agree", "disagree", "undecided")):
        y = rect.top() + i * row_h
        share = counts.whole_share(choice)  # the figure shown, which the shift below is the difference of
        scene.text(QRectF(rect.left(), y, label_w, row_h), choice_label(choice), 32, role=f"{role}-label", wrap=False)
        track = QRectF(rect.left() + label_w, y + row_h * 0.18, rect.width() - label_w - pct_w, row_h * 0.64)
        scene.box(track, BACKGROUND, radius=6 * u)
        if share > 0:
            scene.box(QRectF(track.left(), track.top(), track.width() * share / 100 * grown, track.height()),
                      CHOICE_COLOURS[choice], radius=6 * u)
        scene.text(QRectF(track.right(), y, pct_w, row_h), percent(share), 32, bold=True, flags=RIGHT,
                   role=f"{role}-share", wrap=False)


def _vote_columns(scene: Scene, rect: QRectF, counts: Counts, role: str, grown: float) -> None:
    """``vote_bars`` in two lines: the three choices side by side, each its label over its bar and
    its percentage."""
    u = scene.u
    line = rect.height() / 2
    col_w = rect.width() / 3
    pct_w = 96 * u
    for i, choice in enumerate(("agree", "disagree", "undecided")):
        x = rect.left() + i * col_w
        share = counts.whole_share(choice)
        scene.text(QRectF(x, rect.top(), col_w - 12 * u, line), choice_label(choice), 32, role=f"{role}-label",
                   wrap=False)
        track = QRectF(x, rect.top() + line * 1.2, col_w - 20 * u - pct_w, line * 0.6)
        scene.box(track, BACKGROUND, radius=6 * u)
        if share > 0:
            scene.box(QRectF(track.left(), track.top(), track.width() * share / 100 * grown, track.height()),
                      CHOICE_COLOURS[choice], radius=6 * u)
        scene.text(QRectF(track.right(), rect.top() + line, pct_w, line), percent(share), 32, bold=True,
                   flags=RIGHT, role=f"{role}-share", wrap=False)


def message(scene: Scene, body: QRectF, title: str, lines: list[str]) -> None:
    """A centred title and a few lines (between phases, before a deal…)."""
    u = scene.u
    scene.text(QRectF(body.left(), body.top() + 40 * u, body.width(), 140 * u), title, 64, bold=True,
               flags=CENTRE, role="message")
    y = body.top() + 200 * u
    for line in lines:
        scene.text(QRectF(body.left(), y, body.width(), 90 * u), line, 40, flags=CENTRE, role="message-line")
        y += 100 * u


def themes_grid(scene: Scene, area: QRectF, ctx: StageContext) -> None:
    """The deck's themes, each a band with its icon and name."""
    themes = ctx.deck.themes
    if not themes:
        return
    u = scene.u
    cols = 2 if len(themes) > 3 else 1
    rows = -(-len(themes) // cols)
    gap = 20 * u
    h = min(110 * u, (area.height() - gap * (rows - 1)) / rows)
    w = (area.width() - gap * (cols - 1)) / cols
    for i, theme in enumerate(themes):
        r, c = divmod(i, cols)
        theme_band(scene, QRectF(area.left() + c * (w + gap), area.top() + r * (h + gap), w, h),
                   ctx.deck, theme, ctx.lang)


def more_line(hidden: int, page: int, pages: int) -> str:
    """The line under a list shown in turns: how many of its lines are not on this page, and which
    page this is ("+ 3 more · page 1/2": the others are on another page, not below)."""
    more = translate("Stage", "+ 1 more") if hidden == 1 else translate("Stage", "+ %1 more").replace("%1", str(hidden))
    return translate("Stage", "%1 · page %2/%3").replace("%1", more).replace("%2", str(page % pages + 1)) \
        .replace("%3", str(pages))
