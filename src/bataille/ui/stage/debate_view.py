"""The debate on the stage: the card large in its theme, sides, evidence, and beside them the votes
(stage/vote_boxes.py)."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from bataille.deck.models import DebateCard, FactCard, Theme
from bataille.words import for_the_font, quoted
from bataille.workshop import DebateRound
from bataille.workshop.flow import debate_award

from .parts import (
    MARGIN,
    StageContext,
    message,
    side_label,
    team_chip,
    theme_band,
    themes_grid,
    translate,
)
from .scene import CENTRE, INK, MIN_PX, MUTED, PANEL, TOP_LEFT, WRAP, Scene
from .vote_boxes import paint_votes


def _theme(ctx: StageContext, theme_id: str) -> Theme | None:
    try:
        return ctx.deck.theme(theme_id)
    except KeyError:
        return None


def _shown_round(ctx: StageContext) -> DebateRound | None:
    return ctx.state.open_round or (ctx.state.rounds[-1] if ctx.state.rounds else None)


def sides_in_the_scores(scene: Scene, ctx: StageContext) -> list[tuple[str, list]] | None:
    """The sides (label, teams) for the scores strip to show, when the debate's own would need
    names on two lines (long names, five teams or more): under the card they would leave the
    claim a line; the strip names every team whole already. None: the sides stay under the card."""
    rnd = _shown_round(ctx)
    if rnd is None or not rnd.sides or ctx.quick:
        return None
    width = (scene.width - 2 * MARGIN * scene.u) * card_share(scene)
    state = ctx.state
    sided = {tid for tid, _side in rnd.sides}
    groups = [(_side_label(ctx, side), [state.team(tid) for tid, s in rnd.sides if s == side and state.has_team(tid)])
              for side in ("for", "against")]
    groups.append(("", [team for team in state.teams if team.id not in sided]))  # on no side: named still
    groups = [(label, teams) for label, teams in groups if teams]
    if _sides_layout(scene, width, ctx, rnd)[2] == 1 and not _crowded(scene, width, ctx, rnd, groups):
        return None
    return groups


def _crowded(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound, groups: list[tuple[str, list]]) -> bool:
    """Whether the card ``width`` wide with its sides and the facts played under it (their titles
    whole) would leave its claim too low to read whole, where the scores strip shows the sides in as
    many rows as it has (five or six teams: « Pour : » and « Contre : » a row each)."""
    from .parts import HEADER_H, _strip_rows, scores_height

    u = scene.u
    if not rnd.evidence:
        return False
    rows = len(_strip_rows(list(ctx.state.teams), None)[1])
    if len(_strip_rows(list(ctx.state.teams), groups)[1]) != rows:
        return False
    body = scene.height - (HEADER_H + 60) * u - scores_height(rows) * u
    need = (band_height(rnd) + 12) * u + sides_height(scene, width, ctx, rnd) + 14 * u + evidence_height(len(rnd.evidence)) * u \
        + 14 * u + _claim_least(scene, width, ctx, rnd)
    return max(need, need - evidence_height(len(rnd.evidence)) * u + _evidence_need(scene, width, ctx, rnd)[1]) > body


def _claim_least(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> float:
    """The card's panel ``width`` wide as low as its claim reads whole at its smallest (window pixels), 0
    without a claim."""
    try:
        card = ctx.deck.card(rnd.card_id)
    except KeyError:
        return 0.0
    claim = card.claim.get(ctx.lang) if isinstance(card, DebateCard) else ""
    return 40 * scene.u + _least_height(scene, width - 60 * scene.u, quoted(claim, ctx.lang)) if claim else 0.0


def band_height(rnd: DebateRound) -> float:
    """The theme's band's height (1080p pixels): a line lower from the fourth fact played on, for
    the facts' titles to read whole."""
    return 100 if len(rnd.evidence) <= EVIDENCE_ROOM else 64


def card_share(scene: Scene) -> float:
    """The card's share of the stage's width: 56 %, half on a screen narrower than 16:10 (4:3, 5:4),
    where the votes' column would be too narrow for their headings, counts and verdict."""
    return 0.56 if scene.width / scene.u >= 1700 else 0.5


def paint_debate(scene: Scene, body: QRectF, ctx: StageContext, sides_below: bool = False) -> None:
    """The open round, else the last one, else the themes to come; ``sides_below``: the scores
    strip shows the sides (``sides_in_the_scores``)."""
    state = ctx.state
    rnd = _shown_round(ctx)
    if rnd is None:
        message(scene, QRectF(body.left(), body.top(), body.width(), 200 * scene.u),
                translate("Stage", "Debates"), [])
        themes_grid(scene, QRectF(body.left() + 100 * scene.u, body.top() + 220 * scene.u,
                                  body.width() - 200 * scene.u, body.height() - 240 * scene.u), ctx)
        return
    u = scene.u
    gap = 40 * u
    left = QRectF(body.left(), body.top(), body.width() * card_share(scene), body.height())
    right = QRectF(left.right() + gap, body.top(), body.right() - left.right() - gap, body.height())
    _card(scene, left, ctx, rnd, sides_below)
    paint_votes(scene, right, rnd, ctx.phones if rnd is state.open_round else None, ctx.growing,
           ctx.join if rnd is state.open_round else None, debate_award(state, rnd),
           ctx.phones_left if rnd is state.open_round else None, ctx.phones_held)


def _card(scene: Scene, area: QRectF, ctx: StageContext, rnd: DebateRound, sides_below: bool = False) -> None:
    u = scene.u
    try:
        card = ctx.deck.card(rnd.card_id)
    except KeyError:
        card = None
    # A quick debate's camps are its sides ("For: For" says nothing); the strip may show them.
    sides = bool(rnd.sides and not ctx.quick and not sides_below)
    sides_h, evidence_h = _under_the_card(scene, area, ctx, rnd, sides)
    claim_least = _claim_least(scene, area.width(), ctx, rnd)
    extras_h = (sides_h + 14 * u if sides else 0) + (evidence_h + 14 * u if rnd.evidence else 0)
    top = (band_height(rnd) + 12) * u  # the card's panel under the theme's band
    panel = QRectF(area.left(), area.top() + top, area.width(), area.height() - top - extras_h)
    inner = panel.adjusted(30 * u, 20 * u, -30 * u, -20 * u)
    # Many teams leave the card less room: the claim keeps it, the round number goes to the band
    # (a quick debate has one debate: no "Debate 1" for the class to wonder about).
    roomy = inner.height() >= 380 * u
    number = translate("Stage", "Debate %1").replace("%1", str(rnd.number))
    if rnd.closed:
        number += " · " + translate("Stage", "closed")
    theme_band(scene, QRectF(area.left(), area.top(), area.width(), band_height(rnd) * u), ctx.deck,
               _theme(ctx, rnd.theme_id), ctx.lang, px=38, after="" if roomy or ctx.quick else number)
    claim = card.claim.get(ctx.lang) if isinstance(card, DebateCard) else ""
    scene.box(panel, PANEL, radius=10 * u)
    top = inner.top()
    if roomy and not ctx.quick:
        scene.text(QRectF(inner.left(), top, inner.width(), 44 * u), number, 30, colour=MUTED,
                   role="round", wrap=False)
        top += 50 * u
    title = card.title.get(ctx.lang) if card else rnd.card_id
    title_h = 120 * u if roomy else 60 * u
    below = max(44 * u, claim_least - 40 * u)  # too low for both: the claim
    if roomy or not claim or inner.height() >= top - inner.top() + title_h + 12 * u + below:
        scene.text(QRectF(inner.left(), top, inner.width(), title_h), title, 46 if roomy else 38, bold=True,
                   role="card-title", wrap=roomy)
        top += title_h + 12 * u
    if claim:
        scene.text(QRectF(inner.left(), top, inner.width(), inner.bottom() - top),
                   quoted(claim, ctx.lang), 48, role="claim",
                   flags=CENTRE, grow=True)
    y = panel.bottom() + 14 * u
    if sides:
        _sides(scene, QRectF(area.left(), y, area.width(), sides_h), ctx, rnd)
        y += sides_h + 14 * u
    if rnd.evidence:
        _evidence(scene, QRectF(area.left(), y, area.width(), evidence_h), ctx, rnd)


def _under_the_card(scene: Scene, area: QRectF, ctx: StageContext, rnd: DebateRound,
                    sides: bool) -> tuple[float, float]:
    """The heights (window pixels) of the sides (when ``sides``) and of the facts' strip under the card in
    ``area``: the claim whole at its smallest first, the facts' figures whole, their titles in what is
    left. At a larger text size the card's panel keeps first the height it has at 100 % (its claim as
    large as there), before the titles, larger too, take their share: the titles given the claim's room
    left it smaller than at 100 %, and the whole debate fell back to 100 % on a 4:3 or 5:4 projector."""
    u = scene.u
    sides_h = sides_height(scene, area.width(), ctx, rnd) if sides else 0.0
    keep = _claim_least(scene, area.width(), ctx, rnd)
    if scene.text_scale > 1:
        scale, scene.text_scale = scene.text_scale, 1.0
        try:
            usual = _under_the_card(scene, area, ctx, rnd, sides)
        finally:
            scene.text_scale = scale
        keep = max(keep, area.height() - (band_height(rnd) + 12) * u - (usual[0] + 14 * u if sides else 0)
                   - (usual[1] + 14 * u if rnd.evidence else 0))
    figures, titled = _evidence_need(scene, area.width(), ctx, rnd)
    spare = area.height() - (band_height(rnd) + 12) * u - (sides_h + 14 * u if sides else 0) - 14 * u - keep
    return sides_h, max(evidence_height(len(rnd.evidence)) * u, figures, min(titled, spare))


def per_row(rnd: DebateRound) -> int:
    """Teams per row of a side: two, three for a side of three (their names keep room to stand
    whole), four when a side has more (the claim keeps its room)."""
    most = max((sum(1 for _, s in rnd.sides if s == side) for side in ("for", "against")), default=0)
    return 2 if most <= 2 else 3 if most == 3 else 4


def side_rows(rnd: DebateRound) -> int:
    """Rows the sides take: per side, one row for every ``per_row`` teams."""
    n = per_row(rnd)
    return sum(max(1, -(-sum(1 for _, s in rnd.sides if s == side) // n)) for side in ("for", "against"))


SIDE_ROW, SIDE_LINE = 55, 24  # 1080p pixels: a row of a side, and what a name on two lines adds to it


def _side_label(ctx: StageContext, side: str) -> str:
    return side_label(side) + ("\u00a0:" if ctx.lang == "fr" else ":")


def _sides_layout(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> tuple[float, int, int]:
    """The sides ``width`` wide: the labels' column (as wide as the longer label), the teams a row,
    and the lines the longest name takes in its chip (two when one is too short for it)."""
    from PySide6.QtGui import QFontMetricsF

    from .team_names import lines_needed

    u = scene.u
    bold = QFontMetricsF(scene.font(30 * u * scene.text_scale, True))
    label_w = max(bold.horizontalAdvance(_side_label(ctx, side)) for side in ("for", "against")) + 24 * u
    n = per_row(rnd)
    names = [ctx.state.team(tid).name for tid, _s in rnd.sides if ctx.state.has_team(tid)]
    chip = (width - label_w) / n - 8 * u - (56 if n == 2 else 34) * u
    return label_w, n, lines_needed(scene, names, chip, 30 if n == 2 else 28, most=2) if names else 1


def sides_height(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> float:
    """The sides' height (window pixels) ``width`` wide."""
    lines = _sides_layout(scene, width, ctx, rnd)[2]
    return side_rows(rnd) * (SIDE_ROW + SIDE_LINE * (lines - 1)) * scene.u


def _sides(scene: Scene, rect: QRectF, ctx: StageContext, rnd: DebateRound) -> None:
    """Each side's name, then its teams (colour swatch and name), two or three teams to a row."""
    u = scene.u
    label_w, n, lines = _sides_layout(scene, rect.width(), ctx, rnd)
    row_h = (SIDE_ROW + SIDE_LINE * (lines - 1)) * u
    y = rect.top()
    for side in ("for", "against"):
        teams = [ctx.state.team(tid) for tid, s in rnd.sides if s == side and ctx.state.has_team(tid)]
        scene.text(QRectF(rect.left(), y, label_w, SIDE_ROW * u), _side_label(ctx, side), 30, bold=True,
                   role="side-label", wrap=False)
        width = (rect.width() - label_w) / n
        for j, team in enumerate(teams):
            r, c = divmod(j, n)
            chip = QRectF(rect.left() + label_w + c * width, y + r * row_h + 4 * u, width - 8 * u, row_h - 8 * u)
            team_chip(scene, chip, team.name, team.colour, role="side", px=30 if n == 2 else 28,
                      swatch_size=44 if n == 2 else 26)
        y += max(1, -(-len(teams) // n)) * row_h


EVIDENCE_ROOM = 3  # cards side by side on one row; more, and they take two rows (or three)
EVIDENCE_MOST = 6  # on two rows of three: a card for each team of six


def evidence_height(played: int) -> float:
    """The evidence strip's height (1080p pixels): none, one row of cards with their titles, or
    two rows of them from the fourth card on (at least: as high as their titles need, _evidence_need)."""
    if not played:
        return 0
    return 44 + (186 if played <= EVIDENCE_ROOM else 2 * 128)


def _least_height(scene: Scene, width: float, text: str, bold: bool = False) -> float:
    """How high ``text`` reads ``width`` wide at the smallest scene.text shrinks it to (window pixels)."""
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(scene.font(MIN_PX * scene.u * min(1.0, scene.text_scale), bold))
    return metrics.boundingRect(QRectF(0, 0, max(1.0, width), 1e6), int(TOP_LEFT | WRAP), for_the_font(text)).height() + 1


def _figure_room(scene: Scene, width: float, figure: str) -> float:
    """The height a fact's figure may take ``width`` wide: two lines of its size, three where it
    needs them at its smallest (« opt-out / (directive / 2019) » in a narrow card)."""
    return max(80 * scene.u, _least_height(scene, width, figure, bold=True))


def _evidence_need(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> tuple[float, float]:
    """The heights (window pixels) the evidence strip ``width`` wide needs for its cards' figures to
    read whole, and their titles too (« Des centres de données deux fois plus gourmands » under a
    figure on two lines)."""
    columns, figures, titled, _cut = _evidence_rows(scene, width, ctx, rnd)
    if not columns:
        return 0.0, 0.0
    apart = 8 * scene.u * (len(figures) - 1)  # rows 8 apart
    return 44 * scene.u + sum(figures) + apart, 44 * scene.u + sum(titled) + apart


def _evidence_rows(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound,
                   room: float | None = None) -> tuple[int, list[float], list[float], int]:
    """The fact cards a row (0: none played), and each row's height (window pixels) for its figures
    whole, and for its titles too: two or three cards side by side, two rows of two for four, and
    for five or six two rows of three or three of two, whichever the titles need less height for
    (narrow cards put a title on four lines) — in a strip ``room`` high (its rows), whichever cuts
    fewer of them; and how many it cuts there."""
    shown = rnd.evidence[-EVIDENCE_MOST:]
    if not shown:
        return 0, [], [], 0
    choices = [max(2, len(shown))] if len(shown) <= EVIDENCE_ROOM else [2] if len(shown) == 4 else [3, 2]
    laid = []
    for columns in choices:
        heights = [_fact_need(scene, width / columns - 12 * scene.u - 20 * scene.u, ctx, e.card_id) for e in shown]
        rows = [heights[i:i + columns] for i in range(0, len(heights), columns)]
        figures, titled = [max(f for f, _t in row) for row in rows], [max(t for _f, t in row) for row in rows]
        given = _row_heights(figures, titled, room - 8 * scene.u * (len(rows) - 1)) if room is not None else titled
        cut = sum(1 for row, height in zip(rows, given, strict=True) for _f, t in row if t > height + 0.5)
        laid.append((cut, sum(titled) + 8 * scene.u * len(rows), columns, figures, titled))
    cut, _need, columns, figures, titled = min(laid)
    return columns, figures, titled, cut


def _fact_need(scene: Scene, inner_w: float, ctx: StageContext, card_id: str) -> tuple[float, float]:
    """The height (window pixels) a fact card ``inner_w`` wide inside needs for its team and its
    figure, and for its title under them."""
    from PySide6.QtGui import QFontMetricsF

    u = scene.u
    try:
        card = ctx.deck.card(card_id)
    except KeyError:
        return 46 * u, 46 * u
    bounds = QRectF(0, 0, max(1.0, inner_w), 1e6)
    plain = QFontMetricsF(scene.font(28 * u * scene.text_scale))
    bold = QFontMetricsF(scene.font(32 * u * scene.text_scale, bold=True))
    figure = card.figure.get(ctx.lang) if isinstance(card, FactCard) else ""
    said = min(_figure_room(scene, inner_w, figure),
               bold.boundingRect(bounds, int(TOP_LEFT | WRAP), for_the_font(figure)).height() + 1) \
        + 6 * u if figure else 0.0
    title = plain.boundingRect(bounds, int(TOP_LEFT | WRAP), for_the_font(card.title.get(ctx.lang))).height()
    return 10 * u + 36 * u + said, 10 * u + 36 * u + said + title + 1


def _row_heights(figures: list[float], titled: list[float], room: float) -> list[float]:
    """The rows' heights in ``room``: each its figures' first, then of the rest in proportion to
    what its titles need more."""
    more = sum(titled) - sum(figures)
    spare = room - sum(figures)
    if more <= 0 or spare >= more:
        return [t + (spare - more) / len(titled) for t in titled]
    return [f + (t - f) * max(0.0, spare) / more for f, t in zip(figures, titled, strict=True)]


def _evidence(scene: Scene, rect: QRectF, ctx: StageContext, rnd: DebateRound) -> None:
    """The fact cards played, the latest ones when they are many: each framed in its team's colour,
    its team's name above its figure (each on a line of its own: the figure is the evidence, never
    cut for the name), then its title when there is room."""
    u = scene.u
    played = len(rnd.evidence)
    shown = rnd.evidence[-EVIDENCE_MOST:]
    heading = translate("Stage", "Facts played (%1)").replace("%1", str(played))
    if played > len(shown):
        heading = translate("Stage", "Facts played (%1), the last %2").replace("%1", str(played)) \
            .replace("%2", str(len(shown)))
    scene.text(QRectF(rect.left(), rect.top(), rect.width(), 40 * u), heading, 28, colour=MUTED,
               role="evidence-heading", wrap=False)
    columns, figures, titled, _cut = _evidence_rows(scene, rect.width(), ctx, rnd, rect.height() - 44 * u)
    heights = _row_heights(figures, titled, rect.height() - 44 * u - 8 * u * (len(titled) - 1))
    width = rect.width() / columns
    for i, evidence in enumerate(shown):
        row, column = divmod(i, columns)
        box = QRectF(rect.left() + column * width, rect.top() + 44 * u + sum(heights[:row]) + 8 * u * row,
                     width - 12 * u, heights[row])
        team = ctx.state.team(evidence.team_id) if ctx.state.has_team(evidence.team_id) else None
        scene.box(box, PANEL, outline=team.colour if team else INK, width=4 * u, radius=8 * u)
        try:
            card = ctx.deck.card(evidence.card_id)
        except KeyError:
            card = None
        figure = card.figure.get(ctx.lang) if isinstance(card, FactCard) else ""
        title = card.title.get(ctx.lang) if card else evidence.card_id
        inner = box.adjusted(10 * u, 4 * u, -10 * u, -6 * u)  # a name of 22 characters stands whole
        # Who played it, by name: its frame's colour alone says it only to those who know the
        # teams' colours (a quick debate shows no teams' bar).
        if team is not None:
            scene.text(QRectF(inner.left(), inner.top(), inner.width(), 36 * u), team.name, 28, colour=MUTED,
                       role="evidence-team", wrap=False)
            inner.setTop(inner.top() + 36 * u)
        if figure:  # on two lines when it needs them (« plus de 180 / modérateurs »), the title below
            room = min(inner.height(), _figure_room(scene, inner.width(), figure))
            said = scene.text(QRectF(inner.left(), inner.top(), inner.width(), room), figure,
                              32, bold=True, role="evidence-figure", flags=TOP_LEFT)
            inner.setTop(said.used.bottom() + 6 * u)
        if inner.height() >= 30 * u:  # the strip as high as they need, the claim whole first
            said = scene.text(inner, title, 28, role="evidence")
            if said.cut and figure and len(heights) > 1:  # on two rows (or three), a title whole or none
                scene.items.remove(said)
