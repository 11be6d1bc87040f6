"""Scenarios on the stage: one team's situation and options, and every team's indicators."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.deck.models import Decision, Scenario
from bataille.words import for_the_font, minus_sign
from bataille.workshop import ScenarioPath, Team
from bataille.workshop.flow import followed_path

from .endings_view import paint_endings, several_endings
from .indicators_table import (
    DOWN,
    UP,
    _scenario,
    indicators_height,
    indicators_least,
    paint_indicators,
)
from .parts import StageContext, message, team_chip, teams_chip, translate
from .scene import BACKGROUND, INK, MIN_PX, MUTED, PANEL, TOP_LEFT, WRAP, Scene

INTRO_PX = 36  # a scenario's introduction: the paragraph the room reads before its first choice
FIRST_DECISION_H = 300  # 1080p pixels: the first decision's panel under the introduction (title, situation, options)
DECISION_H = 380  # 1080p pixels: a team's line, a decision's title, its situation in two lines, its options


def focus_path(ctx: StageContext) -> ScenarioPath | None:
    """The path the stage shows: the one the room follows (the console's notes give the same)."""
    return followed_path(ctx.state, ctx.consequence_of, ctx.scenario_team)


def paint_scenario(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    path = focus_path(ctx)
    if path is None:
        titles = [s.title.get(ctx.lang) for s in ctx.deck.scenarios]
        room = max(1, int((body.height() - 200 * scene.u) // (100 * scene.u)))  # message(): a line each 100 px
        if len(titles) > room:  # a deck of many scenarios: as many as the picture holds, and how many more
            titles = [*titles[:room - 1], translate("Stage", "+ %1 more").replace("%1", str(len(titles) - room + 1))]
        message(scene, body, translate("Stage", "Scenarios for 2035"), titles)
        return
    if _introduction_of(ctx, path):  # the room first reads the situation its choices play out in
        _decision(scene, body, ctx, path)
        return
    u = scene.u
    # The decision keeps the room it reads in; with many teams (the scores on two rows below) the
    # table's rows close up to give it (down to the debrief's own, still a line of 28 px each).
    # Laid out narrower than 16:9 (a 4:3 or 5:4 screen at its height), the decision wraps in more
    # lines: the table's rows close up to the debrief's own from the start.
    narrow = scene.width < 1920 * u - 0.5
    table_h = min(indicators_height(scene, ctx, body.width(), row=46 if narrow else 60),
                  body.height() - DECISION_H * u - 24 * u)
    endings = several_endings(ctx)
    decision = None if endings or not narrow else _next_decision(_scenario(ctx, path.scenario_id), path)
    need = 64 * u + _decision_least(scene, body.width() - 56 * u, decision, ctx.lang) if decision else 0.0
    gap = 24 * u
    # A long situation over five or six teams' table (a 5:4 screen at its height): the table's rows
    # at their closest, and the decision's lines close up (its heading, its panel's margins).
    close = need > body.height() - table_h - gap
    if close:
        table_h, gap = min(table_h, indicators_height(scene, ctx, body.width(), row=44)), 12 * u
    # Rows lower than a line of their figures ran over each other (five teams on a 5:4 screen): the
    # table keeps a line a row, the decision above reads smaller.
    table_h = max(table_h, indicators_least(scene, ctx, body.width()))
    top = QRectF(body.left(), body.top(), body.width(), body.height() - table_h - gap)
    if endings:
        paint_endings(scene, top, ctx, endings)
    else:
        _decision(scene, top, ctx, path, close)
    paint_indicators(scene, QRectF(body.left(), top.bottom() + gap, body.width(), table_h), ctx)


def _introduction_of(ctx: StageContext, path: ScenarioPath) -> str:
    """The scenario's introduction while its team has taken none of its decisions, else ""."""
    scenario = _scenario(ctx, path.scenario_id)
    return scenario.intro.get(ctx.lang).strip() if scenario is not None and not path.choices else ""


def _decision(scene: Scene, area: QRectF, ctx: StageContext, path: ScenarioPath, close: bool = False) -> None:
    """The team's decision (its introduction above the first), its consequence, or its epilogue in
    ``area``; ``close``: the team's line, the panel's margins and the decision's heading closer."""
    u = scene.u
    chip_h, pad, head = (44 * u, 12 * u, 52 * u) if close else (52 * u, 18 * u, 64 * u)
    scenario = _scenario(ctx, path.scenario_id)
    team = ctx.state.team(path.team_id) if ctx.state.has_team(path.team_id) else None
    title = scenario.title.get(ctx.lang) if scenario else path.scenario_id
    intro = _introduction_of(ctx, path)
    consequence = ctx.consequence_of == path.team_id and scenario is not None and bool(path.choices)
    sharing = [] if consequence else _at_the_same_decision(ctx, path)
    top, bottom = area.top() + chip_h + 12 * u, area.bottom()
    decision = _next_decision(scenario, path)
    least = _decision_least(scene, area.width() - 56 * u, decision, ctx.lang) if intro and decision else 0.0
    # too low for the introduction whole under its title (a 5:4 screen at its height, six teams'
    # scores below): the title goes up beside the team's name
    beside = bool(intro) and not _titled_fits(scene, area.width() - 56 * u, intro,
                                              bottom - top - 24 * u - max(FIRST_DECISION_H * u, least))
    if len(sharing) > 1:  # one scenario started for several teams: the decision is theirs, not one team's
        teams_chip(scene, QRectF(area.left(), area.top(), area.width(), chip_h), ctx, sharing,
                    "" if intro else title)
    elif team is not None:  # the scenario's title heads its introduction, while that is shown
        team_chip(scene, QRectF(area.left(), area.top(), area.width(), chip_h),
                  team.name if intro else f"{team.name} — {title}", team.colour, role="scenario-team", px=34)
    if beside:
        _title_beside(scene, QRectF(area.left(), area.top(), area.width(), chip_h), title)
    if intro:
        top = _introduction(scene, QRectF(area.left(), top, area.width(), area.bottom() - top), "" if beside else title,
                            intro, least)
        top += 24 * u
        if decision is not None:  # the first decision as high as it reads: no gulf between its situation and options
            situation = _text_height(scene, area.width() - 56 * u, decision.situation.get(ctx.lang), 32)
            options = max(170 * u, _options_least(scene, area.width() - 56 * u, decision, ctx.lang))
            bottom = min(bottom, top + (36 + 64 + 16) * u + situation + options)
    panel = QRectF(area.left(), top, area.width(), bottom - top)
    scene.box(panel, PANEL, radius=10 * u)
    inner = panel.adjusted(28 * u, pad, -28 * u, -pad)
    if consequence:
        _consequence(scene, inner, ctx, scenario, path)
        return
    if decision is None:
        text = scenario.epilogue.get(ctx.lang) if scenario and scenario.epilogue else translate("Stage", "Every decision is made.")
        scene.text(QRectF(inner.left(), inner.top(), inner.width(), 56 * u), translate("Stage", "Where this future leads"),
                   40, bold=True, role="decision-title", wrap=False)
        # Right under its title, as large as the introduction it answers (it stood centred in the
        # tall panel, far below its title); smaller where it is long, down to the least size.
        scene.text(QRectF(inner.left(), inner.top() + 64 * u, inner.width(), inner.height() - 64 * u),
                   text, INTRO_PX, role="epilogue", flags=TOP_LEFT, grow=True)
        return
    _choices(scene, inner, ctx, path, decision, head)


def _choices(scene: Scene, inner: QRectF, ctx: StageContext, path: ScenarioPath, decision: Decision,
             head: float) -> None:
    """The decision's heading, its situation ``head`` below its top, and its options along the bottom."""
    u = scene.u
    step = translate("Stage", "Decision %1 of %2").replace("%1", str(len(path.choices) + 1)).replace("%2", str(len(path.decisions)))
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), head - 8 * u), f"{step} — {decision.title.get(ctx.lang)}",
               40, bold=True, role="decision-title", wrap=False)
    options_h = min(170 * u, max(inner.height() * 0.4, inner.height() - head - 96 * u))
    options_h = _options_room(scene, inner, decision, ctx.lang, options_h, head)
    situation = QRectF(inner.left(), inner.top() + head, inner.width(), inner.height() - head - options_h - 16 * u)
    scene.text(situation, decision.situation.get(ctx.lang), 32, role="situation", grow=True)
    count = len(decision.options)
    width = (inner.width() - 16 * u * (count - 1)) / max(1, count)
    for i, option in enumerate(decision.options):
        box = QRectF(inner.left() + i * (width + 16 * u), inner.bottom() - options_h, width, options_h)
        scene.box(box, BACKGROUND, outline=INK, width=2 * u, radius=8 * u)
        scene.text(box.adjusted(16 * u, 8 * u, -16 * u, -8 * u),
                   f"{option.id.upper()}. {option.label.get(ctx.lang)}", 30, role="option")


def _options_room(scene: Scene, inner: QRectF, decision: Decision, lang: str, options_h: float,
                  head: float) -> float:
    """The options' height: ``options_h``, or more where an option would be cut there at its smallest
    (a screen laid out at its height, narrower than 16:9, wraps each in more lines): the situation
    above gives them its room down to what it needs at its own smallest; or less, down to what they
    need, where the situation would be cut."""
    u = scene.u
    need = _options_least(scene, inner.width(), decision, lang)
    situation = _text_height(scene, inner.width(), decision.situation.get(lang), _smallest(scene))
    if need <= options_h:  # the situation keeps what it needs at its smallest (the first decision kept low)
        return max(need, min(options_h, inner.height() - head - 16 * u - situation))
    return max(options_h, min(need, inner.height() - head - 16 * u - situation))


def _smallest(scene: Scene) -> float:
    """The size (1080p pixels, before the room's preference) scene.text shrinks a text to at most."""
    return MIN_PX * min(1.0, scene.text_scale) / scene.text_scale


def _options_least(scene: Scene, width: float, decision: Decision, lang: str) -> float:
    """The options' row's height (window pixels) ``width`` wide, each option whole at its smallest."""
    u, count = scene.u, max(1, len(decision.options))
    text_w = (width - 16 * u * (count - 1)) / count - 32 * u
    return max((_text_height(scene, text_w, f"{o.id.upper()}. {o.label.get(lang)}", _smallest(scene))
                for o in decision.options), default=0.0) + 16 * u + 2


def _decision_least(scene: Scene, width: float, decision: Decision, lang: str) -> float:
    """A decision's panel (window pixels), its text ``width`` wide: its title, situation and options
    whole at their smallest."""
    u = scene.u
    situation = _text_height(scene, width, decision.situation.get(lang), _smallest(scene))
    return (36 + 64 + 16) * u + situation + _options_least(scene, width, decision, lang)


def _titled_fits(scene: Scene, width: float, text: str, room: float) -> bool:
    """Whether the introduction ``text`` reads whole at its smallest under its title in ``room``."""
    return (36 + 64 + 4) * scene.u + _text_height(scene, width, text, _smallest(scene)) <= room


def _title_beside(scene: Scene, row: QRectF, title: str) -> None:
    """The scenario's ``title`` on the team's line ``row``, after the team's name and a rule."""
    u = scene.u
    names = [t for t in scene.text_items() if t.role == "scenario-team-name"]
    x = max((t.used.right() for t in names), default=row.left()) + 24 * u
    scene.box(QRectF(x, row.center().y() - 18 * u, 4 * u, 36 * u), MUTED)
    scene.text(QRectF(x + 28 * u, row.top(), max(1.0, row.right() - x - 28 * u), row.height()), title, 34,
               bold=True, role="scenario-title", wrap=False)


def _at_the_same_decision(ctx: StageContext, path: ScenarioPath) -> list[Team]:
    """The teams on ``path``'s scenario as far in it as ``path`` (none of its decisions taken: its
    introduction; then each decision, and its epilogue): they read the same page. (One scenario
    started for every team headed its decisions with the name of the last team that chose.)"""
    return [ctx.state.team(p.team_id) for p in ctx.state.scenarios
            if p.scenario_id == path.scenario_id and len(p.choices) == len(path.choices)
            and ctx.state.has_team(p.team_id)]


def _next_decision(scenario: Scenario | None, path: ScenarioPath) -> Decision | None:
    if scenario is None or path.next_decision is None:
        return None
    return next((d for d in scenario.decisions if d.id == path.next_decision), None)


def _text_height(scene: Scene, width: float, text: str, px: float) -> float:
    """How high ``text`` reads at ``px`` (1080p pixels), wrapped in ``width``."""
    metrics = QFontMetricsF(scene.font(px * scene.u * scene.text_scale))
    bounds = QRectF(0, 0, max(1.0, width), 1e6)
    return metrics.boundingRect(bounds, int(TOP_LEFT | WRAP), for_the_font(text)).height() + 1


def _introduction(scene: Scene, area: QRectF, title: str, text: str, least: float = 0.0) -> float:
    """The scenario's title (none: it is beside the team's name) and introduction at the top of ``area``, as
    high as they read, leaving
    the first decision below its room (``least``, window pixels, where it needs more than
    ``FIRST_DECISION_H`` whole: a screen laid out at its height wraps it in more lines; the
    introduction then reads smaller); returns the bottom of their panel."""
    u = scene.u
    needed = _text_height(scene, area.width() - 56 * u, text, INTRO_PX)
    below, head = max(FIRST_DECISION_H * u, least), 64 * u if title else 0.0  # no title: it is on the team's line
    panel = QRectF(area.left(), area.top(), area.width(),
                   min(36 * u + head + needed + 4 * u, area.height() - below - 24 * u))
    box = scene.box(panel, PANEL, radius=10 * u)
    inner = panel.adjusted(28 * u, 18 * u, -28 * u, -18 * u)
    if title:
        scene.text(QRectF(inner.left(), inner.top(), inner.width(), 56 * u), title, 40, bold=True,
                   role="scenario-title", wrap=False)
    said = scene.text(QRectF(inner.left(), inner.top() + head, inner.width(), inner.height() - head), text,
                      INTRO_PX, role="scenario-intro", flags=TOP_LEFT)
    if said.px < INTRO_PX * u * scene.text_scale - 0.5:  # read smaller: the panel closes up on it, the decision below
        box.rect.setBottom(min(panel.bottom(), said.used.bottom() + 22 * u))
        said.rect.setBottom(box.rect.bottom() - 18 * u)
    return box.rect.bottom()


def _consequence(scene: Scene, inner: QRectF, ctx: StageContext, scenario: Scenario, path: ScenarioPath) -> None:
    """What the team's last choice led to: the option, its consequence, the indicators it moved."""
    u = scene.u
    decision_id, option_id = path.choices[-1]
    decision = next((d for d in scenario.decisions if d.id == decision_id), None)
    option = next((o for o in decision.options if o.id == option_id), None) if decision else None
    if option is None:
        return
    # The decision it answers, as the room heard it asked: "Decision 2 of 4 — A giant campus?"
    step = translate("Stage", "Decision %1 of %2").replace("%1", str(len(path.choices))).replace("%2", str(len(path.decisions)))
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 40 * u), f"{step} — {decision.title.get(ctx.lang)}",
               28, colour=MUTED, role="consequence-decision", wrap=False)
    scene.text(QRectF(inner.left(), inner.top() + 40 * u, inner.width(), 56 * u),
               translate("Stage", "Choice: %1").replace("%1", option.label.get(ctx.lang)),
               40, bold=True, role="consequence-title", wrap=False)
    effects_h = 56 * u if option.effects else 0
    # Right under the choice, its effects right under it (in a tall panel, two teams' table below, it
    # stood centred, some 80 px from its title and as far from its effects at the panel's foot).
    said = scene.text(QRectF(inner.left(), inner.top() + 106 * u, inner.width(), inner.height() - 106 * u - effects_h),
                      option.consequence.get(ctx.lang), 34, role="consequence", grow=True, flags=TOP_LEFT)
    if option.effects:
        top = min(inner.bottom() - effects_h, said.used.bottom() + 16 * u)
        _effects(scene, QRectF(inner.left(), top, inner.width(), effects_h), scenario, option.effects, ctx.lang)


def _effects(scene: Scene, rect: QRectF, scenario: Scenario, effects, lang: str) -> None:
    """The indicators a choice moved, on one line, as the table says them: in the stage's ink, each
    with its mark in colour, ▲ green up, ▼ red down (green and red words fell to 2:1 on a washed-out
    projector, and a red–green deficiency reads them alike); in one grey line when they do not fit
    side by side."""
    names = {i.id: i.name.get(lang) for i in scenario.indicators}
    said = [(f"{names.get(k, k)} {minus_sign(f'{v:+d}')}", UP if v > 0 else DOWN if v < 0 else MUTED, v)
            for k, v in effects]
    first, size = len(scene.items), None
    x, gap, room = rect.left(), 36 * scene.u, 32 * scene.u * 0.82 * 1.3  # room: a mark before the text
    for text, colour, value in said:
        x += room if value else 0
        item = scene.text(QRectF(x, rect.top(), max(1.0, rect.right() - x), rect.height()), text, 32, bold=True,
                          colour=INK if value else MUTED, role="consequence-effects", wrap=False)
        size = item.px if size is None else size
        if item.cut or item.px < size - 0.5:  # cut, or made smaller than the first to fit
            break
        if value:  # drawn: the app's font has no ▲ ▼ (bataille.ui.marks)
            scene.mark_beside(item, "up" if value > 0 else "down", "left", colour=colour)
        x = item.used.right() + gap
    else:
        return
    del scene.items[first:]  # too many to stand apart: one line, as it was
    scene.text(rect, "   ".join(text for text, _c, _v in said), 32, bold=True, colour=MUTED, role="consequence-effects",
               wrap=False)


__all__ = ["focus_path", "indicators_height", "paint_indicators", "paint_scenario"]
