"""Scenarios on the stage: one team's situation and options, and every team's indicators."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.deck.models import Decision, Scenario
from bataille.words import for_the_font, minus_sign
from bataille.workshop import ScenarioPath, Team
from bataille.workshop.flow import followed_path

from .endings_view import paint_endings, several_endings
from .parts import StageContext, message, team_chip, teams_chip, translate
from .scene import BACKGROUND, CENTRE, INK, MUTED, PANEL, TOP_LEFT, WRAP, Scene

UP, DOWN = "#66BB6A", "#EF5350"
INTRO_PX = 36  # a scenario's introduction: the paragraph the room reads before its first choice
FIRST_DECISION_H = 300  # 1080p pixels: the first decision's panel under the introduction (title, situation, options)
DECISION_H = 380  # 1080p pixels: a team's line, a decision's title, its situation in two lines, its options


def _scenario(ctx: StageContext, scenario_id: str) -> Scenario | None:
    try:
        return ctx.deck.scenario(scenario_id)
    except KeyError:
        return None


def focus_path(ctx: StageContext) -> ScenarioPath | None:
    """The path the stage shows: the one the room follows (the console's notes give the same)."""
    return followed_path(ctx.state, ctx.consequence_of, ctx.scenario_team)


def paint_scenario(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    path = focus_path(ctx)
    if path is None:
        message(scene, body, translate("Stage", "Scenarios for 2035"),
                [s.title.get(ctx.lang) for s in ctx.deck.scenarios[:4]])
        return
    if _introduction_of(ctx, path):  # the room first reads the situation its choices play out in
        _decision(scene, body, ctx, path)
        return
    u = scene.u
    # The decision keeps the room it reads in; with many teams (the scores on two rows below) the
    # table's rows close up to give it (down to the debrief's own, still a line of 28 px each).
    table_h = min(indicators_height(scene, ctx, body.width()), body.height() - DECISION_H * u - 24 * u)
    top = QRectF(body.left(), body.top(), body.width(), body.height() - table_h - 24 * u)
    endings = several_endings(ctx)
    if endings:
        paint_endings(scene, top, ctx, endings)
    else:
        _decision(scene, top, ctx, path)
    paint_indicators(scene, QRectF(body.left(), top.bottom() + 24 * u, body.width(), table_h), ctx)


def indicators_height(scene: Scene, ctx: StageContext, width: float, row: float = 60) -> float:
    """The room every team's indicators take ``width`` wide, ``row`` (1080p pixels) for each team:
    up to four teams, a row per team; beyond, a row per indicator, a little lower, and a line more
    for the teams' names that need three (« Équipe / Wagner- / Mozart 2 »)."""
    paths = ctx.state.scenarios
    if len(paths) <= 4:
        return (100 + row * len(paths)) * scene.u
    from .team_names import line_height

    _name_w, lines = _heads(scene, ctx, width - 40 * scene.u, [i for i, _ in paths[0].indicators])
    extra = line_height(scene, 28) if lines > 2 else 0.0
    return (130 + (row - 10) * len(paths[0].indicators)) * scene.u + extra


def _introduction_of(ctx: StageContext, path: ScenarioPath) -> str:
    """The scenario's introduction while its team has taken none of its decisions, else ""."""
    scenario = _scenario(ctx, path.scenario_id)
    return scenario.intro.get(ctx.lang).strip() if scenario is not None and not path.choices else ""


def _decision(scene: Scene, area: QRectF, ctx: StageContext, path: ScenarioPath) -> None:
    u = scene.u
    scenario = _scenario(ctx, path.scenario_id)
    team = ctx.state.team(path.team_id) if ctx.state.has_team(path.team_id) else None
    title = scenario.title.get(ctx.lang) if scenario else path.scenario_id
    intro = _introduction_of(ctx, path)
    consequence = ctx.consequence_of == path.team_id and scenario is not None and bool(path.choices)
    sharing = [] if consequence else _at_the_same_decision(ctx, path)
    if len(sharing) > 1:  # one scenario started for several teams: the decision is theirs, not one team's
        teams_chip(scene, QRectF(area.left(), area.top(), area.width(), 52 * u), ctx, sharing,
                    "" if intro else title)
    elif team is not None:  # the scenario's title heads its introduction, while that is shown
        team_chip(scene, QRectF(area.left(), area.top(), area.width(), 52 * u),
                  team.name if intro else f"{team.name} — {title}", team.colour, role="scenario-team", px=34)
    top, bottom = area.top() + 64 * u, area.bottom()
    decision = _next_decision(scenario, path)
    if intro:
        top = _introduction(scene, QRectF(area.left(), top, area.width(), area.bottom() - top), title, intro)
        top += 24 * u
        if decision is not None:  # the first decision as high as it reads: no gulf between its situation and options
            situation = _text_height(scene, area.width() - 56 * u, decision.situation.get(ctx.lang), 32)
            bottom = min(bottom, top + (36 + 64 + 16 + 170) * u + situation)
    panel = QRectF(area.left(), top, area.width(), bottom - top)
    scene.box(panel, PANEL, radius=10 * u)
    inner = panel.adjusted(28 * u, 18 * u, -28 * u, -18 * u)
    if consequence:
        _consequence(scene, inner, ctx, scenario, path)
        return
    if decision is None:
        text = scenario.epilogue.get(ctx.lang) if scenario and scenario.epilogue else translate("Stage", "Every decision is made.")
        scene.text(QRectF(inner.left(), inner.top(), inner.width(), 56 * u), translate("Stage", "Where this future leads"),
                   40, bold=True, role="decision-title", wrap=False)
        scene.text(QRectF(inner.left(), inner.top() + 70 * u, inner.width(), inner.height() - 70 * u),
                   text, 32, role="epilogue")
        return
    step = translate("Stage", "Decision %1 of %2").replace("%1", str(len(path.choices) + 1)).replace("%2", str(len(path.decisions)))
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 56 * u), f"{step} — {decision.title.get(ctx.lang)}",
               40, bold=True, role="decision-title", wrap=False)
    options_h = min(170 * u, max(inner.height() * 0.4, inner.height() - 64 * u - 96 * u))
    situation = QRectF(inner.left(), inner.top() + 64 * u, inner.width(), inner.height() - 64 * u - options_h - 16 * u)
    scene.text(situation, decision.situation.get(ctx.lang), 32, role="situation", grow=True)
    count = len(decision.options)
    width = (inner.width() - 16 * u * (count - 1)) / max(1, count)
    for i, option in enumerate(decision.options):
        box = QRectF(inner.left() + i * (width + 16 * u), inner.bottom() - options_h, width, options_h)
        scene.box(box, BACKGROUND, outline=INK, width=2 * u, radius=8 * u)
        scene.text(box.adjusted(16 * u, 8 * u, -16 * u, -8 * u),
                   f"{option.id.upper()}. {option.label.get(ctx.lang)}", 30, role="option")


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


def _introduction(scene: Scene, area: QRectF, title: str, text: str) -> float:
    """The scenario's title and introduction at the top of ``area``, as high as they read, leaving
    the first decision below its room; returns the bottom of their panel."""
    u = scene.u
    needed = _text_height(scene, area.width() - 56 * u, text, INTRO_PX)
    panel = QRectF(area.left(), area.top(), area.width(),
                   min(36 * u + 64 * u + needed + 4 * u, area.height() - FIRST_DECISION_H * u - 24 * u))
    scene.box(panel, PANEL, radius=10 * u)
    inner = panel.adjusted(28 * u, 18 * u, -28 * u, -18 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 56 * u), title, 40, bold=True,
               role="scenario-title", wrap=False)
    scene.text(QRectF(inner.left(), inner.top() + 64 * u, inner.width(), inner.height() - 64 * u), text, INTRO_PX,
               role="scenario-intro", flags=TOP_LEFT)
    return panel.bottom()


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
    scene.text(QRectF(inner.left(), inner.top() + 106 * u, inner.width(), inner.height() - 106 * u - effects_h),
               option.consequence.get(ctx.lang), 34, role="consequence", grow=True)
    if option.effects:
        _effects(scene, QRectF(inner.left(), inner.bottom() - effects_h, inner.width(), effects_h), scenario,
                 option.effects, ctx.lang)


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


def paint_indicators(scene: Scene, area: QRectF, ctx: StageContext, corner: str = "") -> None:
    """Every team's indicators in a table, ``corner`` (a title) in its empty top-left cell."""
    u = scene.u
    paths = ctx.state.scenarios
    first = _scenario(ctx, paths[0].scenario_id)
    ids = [i for i, _ in paths[0].indicators]
    names = {i.id: i.name.get(ctx.lang) for s in ctx.deck.scenarios for i in s.indicators}
    if first is not None:
        names.update({i.id: i.name.get(ctx.lang) for i in first.indicators})
    scene.box(area, PANEL, radius=10 * u)
    inner = area.adjusted(20 * u, 10 * u, -20 * u, -10 * u)
    if len(paths) > 4:
        name_w, head_h = _table_by_indicator(scene, inner, ctx, paths, ids, names)
    else:
        name_w, head_h = _table(scene, inner, ctx, paths, ids, names, rows=len(paths))
    if corner:
        scene.text(QRectF(inner.left(), inner.top(), name_w - 12 * u, head_h), corner, 34, bold=True,
                   role="indicator-title")


def _value(scene: Scene, cell: QRectF, value: int | None) -> None:
    """A change of an indicator: ▲ +1, ▼ −2, 0; None, a team that has chosen nothing yet: « – »
    (its 0s read as choices that changed nothing)."""
    if value is None:
        scene.text(cell, "–", 30, colour=MUTED, flags=CENTRE, role="indicator-value", wrap=False)
        return
    # The number in the stage's ink, the colour on its mark: green and red numbers fell to 2.0:1 and
    # 1.6:1 on a washed-out projector, and a red–green deficiency reads them alike.
    colour = UP if value > 0 else DOWN if value < 0 else INK
    text = minus_sign(f"{value:+d}") if value else "0"
    item = scene.text(cell, text, 30, bold=True, colour=INK, flags=CENTRE, role="indicator-value", wrap=False)
    if value:  # drawn: the app's font has no ▲ ▼ (bataille.ui.marks)
        scene.mark_beside(item, "up" if value > 0 else "down", "left", colour=colour)


def _table_by_indicator(scene: Scene, inner: QRectF, ctx: StageContext, paths, ids, names) -> tuple[float, float]:
    """Many teams: one column per team, one row per indicator (names stay whole); returns the
    width of the names' column and the height of the heads' row."""
    u = scene.u
    from .team_names import line_height, team_name

    teams = [ctx.state.team(p.team_id) if ctx.state.has_team(p.team_id) else None for p in paths]
    name_w, lines = _heads(scene, ctx, inner.width(), ids)
    col_w = (inner.width() - name_w) / len(paths)
    # The heads as high as their names (two even lines, « Les Hiboux / du CDI 2nde », three rather
    # than a break inside a word: indicators_height gave the table that line), the rest to the rows:
    # the table closes up when the decision above needs the room, and a third line left the rows
    # under the debrief's own (36 px: a line of 28) goes back to two.
    head_h = min((96 if lines <= 2 else 96 + 34) * u, lines * line_height(scene, 28) + 26 * u)
    if lines > 2 and (inner.height() - head_h) / max(1, len(ids)) < 36 * u - 0.5:
        lines, head_h = 2, min(96 * u, 2 * line_height(scene, 28) + 26 * u)
    row_h = (inner.height() - head_h) / max(1, len(ids))
    for c, team in enumerate(teams):
        if team is not None:
            x = inner.left() + name_w + c * col_w
            scene.box(QRectF(x, inner.top() + 4 * u, col_w - 10 * u, 12 * u), team.colour, radius=4 * u)
            team_name(scene, QRectF(x, inner.top() + 20 * u, col_w - 10 * u, head_h - 22 * u), team.name, 28,
                      flags=int(CENTRE), role="indicator-team-name", most=max(2, lines))
    for r, ind in enumerate(ids):
        y = inner.top() + head_h + r * row_h
        scene.text(QRectF(inner.left(), y, name_w - 12 * u, row_h), names.get(ind, ind), 28, bold=True,
                   role="indicator-name")  # in the stage's ink: grey fell to 2.3:1 on a washed-out projector
        for c, path in enumerate(paths):
            _value(scene, QRectF(inner.left() + name_w + c * col_w, y, col_w - 10 * u, row_h),
                   dict(path.indicators).get(ind, 0) if path.choices else None)
    return name_w, head_h


def _heads(scene: Scene, ctx: StageContext, width: float, ids: list[str]) -> tuple[float, int]:
    """Many teams, ``width`` the table's inside: the indicators' names' column width, and the lines
    the teams' names need above their columns (two, or three rather than a break inside a word)."""
    from .team_names import lines_needed

    u, paths = scene.u, ctx.state.scenarios
    first = _scenario(ctx, paths[0].scenario_id)
    names = {i.id: i.name.get(ctx.lang) for s in ctx.deck.scenarios for i in s.indicators}
    if first is not None:
        names.update({i.id: i.name.get(ctx.lang) for i in first.indicators})
    # The names' column as wide as its longest name needs (470 px of 1080p cut « Confiance dans
    # l’information » at 1280×720), up to two fifths of the table.
    bold = QFontMetricsF(scene.font(28 * u * scene.text_scale, bold=True))
    widest = max((bold.horizontalAdvance(for_the_font(names.get(i, i))) for i in ids), default=0.0)
    heads = [ctx.state.team(p.team_id).name for p in paths if ctx.state.has_team(p.team_id)]
    name_w = min(width * 0.4, max(470 * u, widest + 24 * u))
    if lines_needed(scene, heads, (width - name_w) / len(paths) - 10 * u, 28, most=3) > 2:
        name_w = min(name_w, widest + 24 * u)  # long names (eight of them): the teams' columns take the slack
    return name_w, lines_needed(scene, heads, (width - name_w) / len(paths) - 10 * u, 28, most=3)


def _table(scene: Scene, inner: QRectF, ctx: StageContext, paths, ids, names, rows: int) -> tuple[float, float]:
    """A few teams: one row per team, one column per indicator; returns as _table_by_indicator."""
    u = scene.u
    name_w = inner.width() * (0.28 if inner.width() > 1200 * u else 0.3)
    col_w = (inner.width() - name_w) / max(1, len(ids))
    head_h = 80 * u if col_w > 200 * u else 112 * u
    row_h = (inner.height() - head_h) / max(1, rows)
    for j, ind in enumerate(ids):
        scene.text(QRectF(inner.left() + name_w + j * col_w, inner.top(), col_w - 8 * u, head_h),
                   names.get(ind, ind), 28, bold=True, flags=CENTRE, role="indicator-name")  # ink, as above
    for r, path in enumerate(paths):
        y = inner.top() + head_h + r * row_h
        if ctx.state.has_team(path.team_id):
            team = ctx.state.team(path.team_id)
            team_chip(scene, QRectF(inner.left(), y + 2 * u, name_w - 12 * u, row_h - 4 * u), team.name,
                      team.colour, role="indicator-team", px=30)
        values = dict(path.indicators)
        for j, ind in enumerate(ids):
            value = values.get(ind, 0) if path.choices else None
            _value(scene, QRectF(inner.left() + name_w + j * col_w, y, col_w - 8 * u, row_h), value)
    return name_w, head_h


__all__ = ["focus_path", "indicators_height", "paint_indicators", "paint_scenario"]
