"""The debate on the stage: the card large in its theme, sides, evidence, and beside them the votes
(stage/vote_boxes.py)."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from bataille.deck.models import DebateCard, Theme
from bataille.words import quoted
from bataille.workshop import DebateRound
from bataille.workshop.flow import debate_award

from .facts_played import EVIDENCE_ROOM, evidence, evidence_height, evidence_need, least_height
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
from .scene import CENTRE, MUTED, PANEL, Scene
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
    if _sides_layout(scene, width, ctx, rnd)[2] == 1 and _sides_whole(scene, width, ctx, rnd) \
            and not _crowded(scene, width, ctx, rnd, groups):
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
    return max(need, need - evidence_height(len(rnd.evidence)) * u + evidence_need(scene, width, ctx, rnd)[1]) > body


def _claim_least(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> float:
    """The card's panel ``width`` wide as low as its claim reads whole at its smallest (window pixels), 0
    without a claim."""
    try:
        card = ctx.deck.card(rnd.card_id)
    except KeyError:
        return 0.0
    claim = card.claim.get(ctx.lang) if isinstance(card, DebateCard) else ""
    return 40 * scene.u + least_height(scene, width - 60 * scene.u, quoted(claim, ctx.lang)) if claim else 0.0


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
        evidence(scene, QRectF(area.left(), y, area.width(), evidence_h), ctx, rnd)


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
    figures, titled = evidence_need(scene, area.width(), ctx, rnd)
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


def _sides_whole(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> bool:
    """Whether the sides' names read whole under the card ``width`` wide (no short form: the strip
    may name them whole, « Anticonstitutionnelles » read « A » under the card on a full HD screen)."""
    from .team_names import read_whole

    label_w, n, _lines = _sides_layout(scene, width, ctx, rnd)
    names = [ctx.state.team(tid).name for tid, _s in rnd.sides if ctx.state.has_team(tid)]
    chip = (width - label_w) / n - 8 * scene.u - (56 if n == 2 else 34) * scene.u
    return read_whole(scene, names, chip, 30 if n == 2 else 28)


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
