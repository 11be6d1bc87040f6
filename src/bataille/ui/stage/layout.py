"""Which picture the stage shows for the state: welcome, timeline, debate, scenario, debrief, between phases."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from bataille.workshop.flow import phase_title

from .debate_view import paint_debate
from .parts import MARGIN, StageContext, header, message, scores, team_chip, themes_grid, translate
from .scenario_view import paint_scenario
from .scene import ALERT_FRAME, BACKGROUND, CENTRE, INK, MUTED, PANEL, RIGHT, TOP_LEFT, Scene
from .timeline_view import paint_timeline


def build_scene(ctx: StageContext, width: float, height: float, font: QFont, text_scale: float = 1.0) -> Scene:
    """The whole stage picture for a window of ``width`` × ``height`` pixels."""
    scene = Scene(width, height, font, text_scale)
    u = scene.u
    scene.box(QRectF(0, 0, width, height), BACKGROUND)
    top = header(scene, ctx)
    phase = ctx.state.agenda.current
    kind = phase.kind if phase else None
    # Beyond four teams the scenario table already names every team: it takes the scores' room.
    crowded_scenario = kind == "scenario" and len(ctx.state.teams) > 4 and bool(ctx.state.scenarios)
    # The debrief ranks the teams itself; the strip would say it twice.
    bottom = None if crowded_scenario or kind == "debrief" else scores(scene, ctx)
    body = QRectF(MARGIN * u, top.bottom() + 30 * u, width - 2 * MARGIN * u,
                  (bottom.top() if bottom else height) - top.bottom() - 60 * u)
    if kind == "timeline":
        paint_timeline(scene, body, ctx)
    elif kind == "debate":
        paint_debate(scene, body, ctx)
    elif kind == "scenario":
        paint_scenario(scene, body, ctx)
    elif kind == "debrief":
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
    themes_grid(scene, QRectF(body.left() + 80 * u, body.top() + 120 * u, body.width() - 160 * u,
                              body.height() - 140 * u - agenda_h), ctx)
    if agenda_h:
        _agenda(scene, QRectF(body.left() + 80 * u, body.bottom() - agenda_h, body.width() - 160 * u, agenda_h), ctx)


def _agenda(scene: Scene, area: QRectF, ctx: StageContext) -> None:
    """The workshop's steps and their minutes, the current one first in bold."""
    u = scene.u
    scene.box(area, PANEL, radius=10 * u)
    inner = area.adjusted(28 * u, 12 * u, -28 * u, -12 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 50 * u), translate("Stage", "The workshop"), 34,
               bold=True, role="agenda-title", wrap=False)
    current = ctx.state.agenda.current
    for i, phase in enumerate(ctx.state.agenda.phases[:6]):
        row = QRectF(inner.left(), inner.top() + 54 * u + i * 56 * u, inner.width(), 52 * u)
        now = current is not None and phase.id == current.id
        text = f"{i + 1}. {phase_title(ctx.deck, phase.id, ctx.lang)}"
        scene.text(QRectF(row.left(), row.top(), row.width() - 200 * u, row.height()), text, 32, bold=now,
                   colour=INK if now else MUTED, role="agenda-phase", wrap=False)
        scene.text(QRectF(row.right() - 200 * u, row.top(), 200 * u, row.height()),
                   translate("Stage", "%1 min").replace("%1", str(phase.minutes + phase.extra_minutes)), 32,
                   bold=now, colour=INK if now else MUTED, flags=RIGHT, role="agenda-minutes", wrap=False)


def paint_between(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """Before the first phase, between phases, and at the end."""
    state = ctx.state
    upcoming = state.agenda.next_pending
    if upcoming is None and state.started and any(p.status == "done" for p in state.agenda.phases):
        message(scene, body, translate("Stage", "Thank you!"), [translate("Stage", "The workshop is over.")])
        return
    lines = [translate("Stage", "Coming up: %1").replace("%1", phase_title(ctx.deck, upcoming.id, ctx.lang))] if upcoming else []
    message(scene, QRectF(body.left(), body.top(), body.width(), 320 * scene.u), ctx.deck.title.get(ctx.lang), lines)
    themes_grid(scene, QRectF(body.left() + 80 * scene.u, body.top() + 330 * scene.u,
                              body.width() - 160 * scene.u, body.height() - 330 * scene.u), ctx)


def paint_debrief(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """Scores in order, what the room takes away, and its commitments."""
    u = scene.u
    state = ctx.state
    left_w = 0 if ctx.quick else body.width() * 0.36
    if left_w:
        ranked = sorted(state.teams, key=lambda team: -team.score)
        panel = QRectF(body.left(), body.top(), left_w, body.height())
        scene.box(panel, PANEL, radius=10 * u)
        scene.text(QRectF(panel.left() + 24 * u, panel.top() + 16 * u, panel.width() - 48 * u, 56 * u),
                   translate("Stage", "Scores"), 40, bold=True, role="heading", wrap=False)
        row_h = min(80 * u, (panel.height() - 100 * u) / max(1, len(ranked)))
        for i, team in enumerate(ranked):
            rank = 1 + sum(1 for other in ranked if other.score > team.score)  # ties share a rank
            rect = QRectF(panel.left() + 24 * u, panel.top() + 90 * u + i * row_h, panel.width() - 48 * u, row_h)
            team_chip(scene, rect, f"{rank}. {team.name}", team.colour, str(team.score), role="rank", px=36)
    right = QRectF(body.left() + left_w + (30 * u if left_w else 0), body.top(),
                   body.width() - left_w - (30 * u if left_w else 0), body.height())
    half = (right.height() - 20 * u) / 2
    _list(scene, QRectF(right.left(), right.top(), right.width(), half), translate("Stage", "What we take away"),
          list(state.debrief.takeaways), "takeaway")
    colon = "\u00a0: " if ctx.lang == "fr" else ": "  # French puts a no-break space before a colon
    commitments = [f"{state.team(tid).name}{colon}{text}" if tid and state.has_team(tid) else text
                   for tid, text in state.debrief.commitments]
    _list(scene, QRectF(right.left(), right.top() + half + 20 * u, right.width(), half), translate("Stage", "What we commit to"),
          commitments, "commitment")


def _list(scene: Scene, rect: QRectF, title: str, lines: list[str], role: str) -> None:
    u = scene.u
    scene.box(rect, PANEL, radius=10 * u)
    inner = rect.adjusted(24 * u, 16 * u, -24 * u, -16 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 56 * u), title, 40, bold=True,
               role="heading", wrap=False)
    if not lines:
        scene.text(QRectF(inner.left(), inner.top() + 70 * u, inner.width(), 60 * u), "…", 36,
                   colour=MUTED, role=role)
        return
    shown = lines[-4:]
    row_h = min(130 * u, (inner.height() - 70 * u) / len(shown))
    for i, line in enumerate(shown):
        scene.text(QRectF(inner.left(), inner.top() + 70 * u + i * row_h, inner.width(), row_h - 6 * u),
                   "• " + line, 32, colour=INK, role=role, flags=TOP_LEFT)
