"""Which picture the stage shows for the state: welcome, timeline, debate, scenario, debrief, between phases.

Each phase's picture is imported when it is first shown: a session opens on its welcome.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF

from bataille.words import for_the_font
from bataille.workshop.flow import phase_title

from .parts import MARGIN, StageContext, header, message, scores, themes_grid, translate
from .scene import (
    ALERT_FRAME,
    BACKGROUND,
    CENTRE,
    INK,
    MUTED,
    PANEL,
    RIGHT,
    TOP_LEFT,
    Scene,
    larger_steps,
)

# The text size each recent picture held, for the same content at the same size: a vote revealed
# bar by bar is laid out at the size its whole picture holds, once per frame (the stage's and the
# console's copy of it each keep theirs).
_HELD: list[tuple[tuple[object, ...], float]] = []
_HELD_MOST = 6


def build_scene(ctx: StageContext, width: float, height: float, font: QFont, text_scale: float = 1.0) -> Scene:
    """The whole stage picture for a window of ``width`` × ``height`` pixels, its text ``text_scale``
    times its size (Preferences → Stage text size). A larger size that this picture cannot hold (a
    word cut, a text over another, or a text smaller than at 100 %, its box given to larger ones)
    is honoured less here, in two steps, down to 100 %: the room reads every word at its usual size.
    A vote's bars growing keep the size of their whole picture: the text does not change size as
    they grow, nor when they are done."""
    if text_scale <= 1:
        return _laid_out(ctx, width, height, font, text_scale)
    whole = replace(ctx, growing=None)
    key = (whole, width, height, font.key(), text_scale)
    for held, step in _HELD:
        if held == key:
            return _laid_out(ctx, width, height, font, step)
    scene, step = _held_step(whole, width, height, font, text_scale)
    _HELD.insert(0, (key, step))
    del _HELD[_HELD_MOST:]
    return scene if ctx.growing is None else _laid_out(ctx, width, height, font, step)


def _held_step(ctx: StageContext, width: float, height: float, font: QFont, text_scale: float) -> tuple[Scene, float]:
    """The picture at the largest step of ``text_scale`` it holds (see build_scene), and that step."""
    usual = _laid_out(ctx, width, height, font, 1.0)
    for step in larger_steps(text_scale):
        scene = _laid_out(ctx, width, height, font, step)
        if not _worse(scene, usual):
            return scene, step
    return usual, 1.0


def _faults(scene: Scene) -> int:
    """How many texts are cut, off the screen, or over another."""
    screen = QRectF(0, 0, scene.width, scene.height).adjusted(-0.5, -0.5, 0.5, 0.5)
    texts = [t for t in scene.text_items() if t.text.strip()]
    count = sum(1 for t in texts if t.cut or not screen.contains(t.used))
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            inter = a.used.intersected(b.used)
            count += inter.width() > 2 and inter.height() > 2
    return count


def _least(scene: Scene) -> dict[str, float]:
    """Each role's smallest text."""
    least: dict[str, float] = {}
    for t in scene.text_items():
        if t.text.strip():
            least[t.role] = min(least.get(t.role, t.px), t.px)
    return least


def _worse(scene: Scene, usual: Scene) -> bool:
    """Whether ``scene`` (a larger text size) reads worse than ``usual`` (100 %): more texts cut or
    over another, or a kind of text smaller."""
    before = _least(usual)
    return _faults(scene) > _faults(usual) or any(px < before.get(role, 0) - 0.5 for role, px in _least(scene).items())


def _laid_out(ctx: StageContext, width: float, height: float, font: QFont, text_scale: float) -> Scene:
    scene = Scene(width, height, font, text_scale)
    scene.team_names = [team.name for team in ctx.state.teams]
    u = scene.u
    scene.box(QRectF(0, 0, width, height), BACKGROUND)
    top = header(scene, ctx)
    phase = ctx.state.agenda.current
    kind = phase.kind if phase else None
    # The debrief ranks the teams, with their scores, itself; the strip would say it twice.
    sides = None
    if kind == "debate":
        from .debate_view import sides_in_the_scores

        sides = sides_in_the_scores(scene, ctx)
    if kind is None:  # the end's recap ranks them too
        from .over_view import ranks_the_teams

        bottom = None if ranks_the_teams(ctx) else scores(scene, ctx, sides)
    else:
        bottom = None if kind == "debrief" else scores(scene, ctx, sides)
    body = QRectF(MARGIN * u, top.bottom() + 30 * u, width - 2 * MARGIN * u,
                  (bottom.top() if bottom else height) - top.bottom() - 60 * u)
    if kind == "timeline":
        from .timeline_view import paint_timeline

        paint_timeline(scene, body, ctx)
    elif kind == "debate":
        from .debate_view import paint_debate

        paint_debate(scene, body, ctx, sides_below=sides is not None)
    elif kind == "scenario":
        from .scenario_view import paint_scenario

        paint_scenario(scene, body, ctx)
    elif kind == "debrief":
        from .debrief_view import paint_debrief

        paint_debrief(scene, body, ctx)
    elif kind is not None:
        paint_welcome(scene, body, ctx)
    else:
        paint_between(scene, body, ctx)
    if ctx.time_up:
        scene.box(QRectF(4 * u, 4 * u, width - 8 * u, height - 8 * u), "", outline=ALERT_FRAME, width=12 * u)
    return scene


def paint_welcome(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """The deck's themes, each with its colour, icon and name; below them, the workshop's agenda."""
    u = scene.u
    scene.text(QRectF(body.left(), body.top(), body.width(), 90 * u), ctx.deck.title.get(ctx.lang), 60,
               bold=True, role="deck-title", flags=CENTRE)
    phases = ctx.state.agenda.phases
    agenda_h = (70 + 56 * min(len(phases), 6)) * u if len(phases) > 1 else 0
    side = 80 * u if scene.width / u >= 1920 - 0.5 else 0.0  # narrower than 16:9: the bands and rules take it
    themes_grid(scene, QRectF(body.left() + side, body.top() + 120 * u, body.width() - 2 * side,
                              body.height() - 140 * u - agenda_h), ctx)
    if agenda_h:
        half = (body.width() - 2 * side - 30 * u) / 2
        _agenda(scene, QRectF(body.left() + side, body.bottom() - agenda_h, half, agenda_h), ctx)
        _rules(scene, QRectF(body.left() + side + half + 30 * u, body.bottom() - agenda_h, half, agenda_h), ctx)


def _rules(scene: Scene, area: QRectF, ctx: StageContext) -> None:
    """The rules of the game in three lines, for the phases this workshop plays."""
    u = scene.u
    kinds = {p.kind for p in ctx.state.agenda.phases}
    points = ctx.state.rules.timeline_points_correct
    lines = [text for kind, text in (
        ("timeline", translate("Stage", "Timeline: place your cards in time; 1 point for each one in the right "
                                        "place") if points == 1 else
                     translate("Stage", "Timeline: place your cards in time; %1 points for each one in the right "
                                        "place").replace("%1", str(points))),
        ("debate", translate("Stage", "Debates: the room votes before and after; the side that moves "
                                      "the room wins")),
        ("scenario", translate("Stage", "2035: each team makes its choices and sees where they lead")),
    ) if kind in kinds]
    scene.box(area, PANEL, radius=10 * u)
    inner = area.adjusted(28 * u, 12 * u, -28 * u, -12 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 50 * u), translate("Stage", "How we play"), 34,
               bold=True, role="rules-title", wrap=False)
    row_h = (inner.height() - 56 * u) / max(1, len(lines))
    for i, line in enumerate(lines):
        scene.text(QRectF(inner.left(), inner.top() + 56 * u + i * row_h, inner.width(), row_h - 4 * u),
                   "• " + line, 28, colour=INK, role="rule", flags=TOP_LEFT)


def _agenda(scene: Scene, area: QRectF, ctx: StageContext) -> None:
    """The workshop's steps and their minutes, the current one first in bold."""
    u = scene.u
    scene.box(area, PANEL, radius=10 * u)
    inner = area.adjusted(28 * u, 12 * u, -28 * u, -12 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 50 * u), translate("Stage", "The workshop"), 34,
               bold=True, role="agenda-title", wrap=False)
    current = ctx.state.agenda.current
    phases = ctx.state.agenda.phases[:6]
    minutes = [translate("Stage", "%1 min").replace("%1", str(p.minutes + p.extra_minutes)) for p in phases]
    # the minutes' column as wide as its widest (bold) figure: the steps' names keep the rest (a 4:3 screen)
    bold = QFontMetricsF(scene.font(32 * u * scene.text_scale, True))
    min_w = max(bold.horizontalAdvance(for_the_font(m)) for m in minutes) + 24 * u if minutes else 0
    for i, phase in enumerate(phases):
        row = QRectF(inner.left(), inner.top() + 54 * u + i * 56 * u, inner.width(), 52 * u)
        now = current is not None and phase.id == current.id
        text = f"{i + 1}. {phase_title(ctx.deck, phase.id, ctx.lang, ctx.state)}"
        scene.text(QRectF(row.left(), row.top(), row.width() - min_w, row.height()), text, 32, bold=now,
                   colour=INK if now else MUTED, role="agenda-phase", wrap=False)
        scene.text(QRectF(row.right() - min_w, row.top(), min_w, row.height()),
                   translate("Stage", "%1 min").replace("%1", str(phase.minutes + phase.extra_minutes)), 32,
                   bold=now, colour=INK if now else MUTED, flags=RIGHT, role="agenda-minutes", wrap=False)


def paint_between(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """Before the first phase, between phases, and at the end."""
    state = ctx.state
    upcoming = state.agenda.next_pending
    if upcoming is None and state.started and any(p.status == "done" for p in state.agenda.phases):
        from .over_view import paint_over

        paint_over(scene, body, ctx)
        return
    lines = [translate("Stage", "Coming up: %1").replace("%1", phase_title(ctx.deck, upcoming.id, ctx.lang, ctx.state))] if upcoming else []
    message(scene, QRectF(body.left(), body.top(), body.width(), 320 * scene.u), ctx.deck.title.get(ctx.lang), lines)
    themes_grid(scene, QRectF(body.left() + 80 * scene.u, body.top() + 330 * scene.u,
                              body.width() - 160 * scene.u, body.height() - 330 * scene.u), ctx)
