"""Where each future leads, once the room, split between scenarios, has taken every decision: each
scenario's epilogue under its teams, as many side by side as read whole, the others in turn."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.words import for_the_font
from bataille.workshop import Team

from .parts import StageContext, more_line, teams_chip, translate
from .scene import MUTED, PANEL, TOP_LEFT, WRAP, Scene, TextItem

EPILOGUE_PX, MORE_PX = 32, 28  # 1080p pixels
CHIP_H, HEADING_H = 52, 70  # the teams' line above a panel; the panel's heading
PAD_X, PAD_Y, GAP = 28, 18, 24


def several_endings(ctx: StageContext) -> list[tuple[str, list[Team]]]:
    """The room split between futures, every decision taken: each scenario with its teams (the
    stage showed the epilogue of the team it followed, and the other group's future was never read
    out); [] with one scenario."""
    endings = ctx.state.endings
    if len(endings) < 2:
        return []
    return [(scenario_id, [ctx.state.team(t) for t in teams if ctx.state.has_team(t)]) for scenario_id, teams in endings]


def _epilogue(ctx: StageContext, scenario_id: str) -> tuple[str, str]:
    """(title, epilogue) of a scenario, in the room's language."""
    try:
        scenario = ctx.deck.scenario(scenario_id)
    except KeyError:
        return scenario_id, translate("Stage", "Every decision is made.")
    return (scenario.title.get(ctx.lang),
            scenario.epilogue.get(ctx.lang) if scenario.epilogue else translate("Stage", "Every decision is made."))


def _reads_whole(scene: Scene, cell: QRectF, text: str) -> bool:
    u = scene.u
    metrics = QFontMetricsF(scene.font(EPILOGUE_PX * u * scene.text_scale))
    width = cell.width() - 2 * PAD_X * u
    room = cell.height() - (CHIP_H + 12 + 2 * PAD_Y + HEADING_H) * u
    return metrics.boundingRect(QRectF(0, 0, max(1.0, width), 1e6), int(TOP_LEFT | WRAP), for_the_font(text)).height() <= room


def _grid(scene: Scene, area: QRectF, texts: list[str], most: int = 3) -> tuple[int, int]:
    """(columns, rows) of one page: every ending at once in two columns when each reads whole there,
    else in three (three futures side by side: the third stood alone on a second page, the room never
    shown it unless the facilitator turned to it), else three or two side by side a page, else one a
    page (a 4:3 projector, a long epilogue); never more than ``most`` columns."""
    gap = GAP * scene.u
    count = len(texts)
    for columns, rows in ((2, (count + 1) // 2), (3, (count + 2) // 3), (3, 1), (2, 1), (1, 1)):
        if (rows > 1 and count <= columns) or columns > min(count, most):
            continue
        width = (area.width() - gap * (columns - 1)) / columns
        height = (area.height() - gap * (rows - 1)) / rows
        if all(_reads_whole(scene, QRectF(0, 0, width, height), t) for t in texts):
            return columns, rows
    return 1, 1


def paint_endings(scene: Scene, area: QRectF, ctx: StageContext, endings: list[tuple[str, list[Team]]]) -> None:
    """Each future under its teams and its title; when they do not all read whole at once, the
    stage shows them a page at a time (turned like the whole timeline's, held from the console),
    a line saying which page. Three columns only where each one's teams and title read whole too
    (a narrow screen cut them): else two."""
    first, pages = len(scene.items), scene.pages
    _paint_endings(scene, area, ctx, endings, 3)
    if any(isinstance(item, TextItem) and item.cut for item in scene.items[first:]):
        del scene.items[first:]
        scene.pages = pages
        _paint_endings(scene, area, ctx, endings, 2)


def _paint_endings(scene: Scene, area: QRectF, ctx: StageContext, endings: list[tuple[str, list[Team]]],
                   most: int) -> None:
    u, gap = scene.u, GAP * scene.u
    said = [_epilogue(ctx, scenario_id) for scenario_id, _teams in endings]
    more_h = QFontMetricsF(scene.font(MORE_PX * u * scene.text_scale)).height() + 2 * u
    columns, rows = _grid(scene, area, [text for _title, text in said], most)
    per_page = columns * rows
    if per_page < len(endings):
        area = QRectF(area.left(), area.top(), area.width(), area.height() - more_h - 8 * u)
        columns, rows = _grid(scene, area, [text for _title, text in said], most)
        per_page = min(per_page, columns * rows)
    pages = (len(endings) + per_page - 1) // per_page
    scene.pages = max(scene.pages, pages)
    page = ctx.timeline_page % pages
    width = (area.width() - gap * (columns - 1)) / columns
    height = (area.height() - gap * (rows - 1)) / rows
    first = page * per_page
    for i, ((_scenario_id, teams), (title, text)) in enumerate(zip(endings[first:first + per_page],
                                                                   said[first:first + per_page], strict=True)):
        cell = QRectF(area.left() + (i % columns) * (width + gap), area.top() + (i // columns) * (height + gap),
                      width, height)
        teams_chip(scene, QRectF(cell.left(), cell.top(), cell.width(), CHIP_H * u), ctx, teams, title)
        panel = QRectF(cell.left(), cell.top() + (CHIP_H + 12) * u, cell.width(), cell.height() - (CHIP_H + 12) * u)
        scene.box(panel, PANEL, radius=10 * u)
        inner = panel.adjusted(PAD_X * u, PAD_Y * u, -PAD_X * u, -PAD_Y * u)
        scene.text(QRectF(inner.left(), inner.top(), inner.width(), 56 * u), translate("Stage", "Where this future leads"),
                   40, bold=True, role="decision-title", wrap=False)
        scene.text(QRectF(inner.left(), inner.top() + HEADING_H * u, inner.width(), inner.height() - HEADING_H * u),
                   text, EPILOGUE_PX, role="epilogue", flags=TOP_LEFT)
    if pages > 1:
        shown = len(endings[first:first + per_page])
        scene.text(QRectF(area.left(), area.bottom() + 8 * u, area.width(), more_h),
                   more_line(len(endings) - shown, page, pages), MORE_PX, bold=True, colour=MUTED,
                   role="endings-more", wrap=False)
