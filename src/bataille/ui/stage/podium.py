"""The debrief's podium: the teams by score, ties sharing a rank, the first three larger; in one
column or two as the room leaves, every name whole (on a line, or two broken between words)."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from .parts import StageContext, team_chip, translate
from .scene import MIN_PX, PANEL, Scene


def podium_height(ctx: StageContext, u: float) -> float:
    return (110 + 64 * len(ctx.state.teams)) * u  # its heading, a row per team, its margins


def rank_row(scene: Scene, col_w: float, ctx: StageContext) -> float:
    """A podium row's height (1080p pixels) for names in a column ``col_w`` wide: higher when a
    name needs two lines."""
    from .team_names import line_height, lines_needed

    u = scene.u
    names = [team.name for team in ctx.state.teams]
    value_w = (max(len(str(t.score)) for t in ctx.state.teams) * 0.62 * 36 + 16) * u
    lines = lines_needed(scene, names, col_w - 56 * u - value_w, 30, most=2, prefix=f"{len(names)}. ",
                         short=False)  # the rows' height and columns: for the names whole
    return 44 if lines == 1 else 8 + 2 * line_height(scene) / u


def podium_need(scene: Scene, width: float, ctx: StageContext) -> float:
    """The podium's height (window pixels) ``width`` wide in two columns with names whole."""
    u = scene.u
    col_w = (width - 48 * u - 24 * u) / 2
    return (84 + 12 + rank_row(scene, col_w, ctx) * -(-len(ctx.state.teams) // 2)) * u


def paint_podium(scene: Scene, panel: QRectF, ctx: StageContext) -> None:
    """The teams by score, ties sharing a rank; the first three larger."""
    u = scene.u
    ranked = sorted(ctx.state.teams, key=lambda team: -team.score)
    scene.box(panel, PANEL, radius=10 * u)
    scene.text(QRectF(panel.left() + 24 * u, panel.top() + 12 * u, panel.width() - 48 * u, 56 * u),
               translate("Stage", "Rankings"), 40, bold=True, role="heading", wrap=False)
    room = panel.height() - 84 * u
    columns = 1 if room / max(1, len(ranked)) >= 44 * u or _one_column(scene, panel, ctx, room) else 2
    per_column = -(-len(ranked) // columns)
    col_w = (panel.width() - 48 * u - (columns - 1) * 24 * u) / columns
    row_h = min(max(64, rank_row(scene, col_w, ctx)) * u, room / max(1, per_column))
    swatch = swatch_side(row_h / u, columns)
    for i, team in enumerate(ranked):
        rank = 1 + sum(1 for other in ranked if other.score > team.score)  # ties share a rank
        column, line = divmod(i, per_column)
        rect = QRectF(panel.left() + 24 * u + column * (col_w + 24 * u), panel.top() + 76 * u + line * row_h,
                      col_w, row_h)
        team_chip(scene, rect, team.name, team.colour, str(team.score), role="rank",
                  px=36 if rank <= 3 else 30, swatch_size=swatch, prefix=f"{rank}. ")


SWATCH_GAP = 20  # 1080p pixels between two teams' swatches one above the other: 64 px rows, 44 px swatches


def swatch_side(row: float, columns: int) -> float:
    """A team's swatch (1080p pixels) in rows ``row`` high. Two columns of rows at their usual height
    leave ``SWATCH_GAP`` between swatches; one column, its rows lower (eight teams on a 4:3
    projector), left them 5 px apart, nearly touching: the swatches keep that space, smaller, down
    to half the row (then as far apart as they are high)."""
    if columns > 1:
        return min(44.0, 0.82 * row)
    return min(44.0, max(row - SWATCH_GAP, row / 2))


def _one_column(scene: Scene, panel: QRectF, ctx: StageContext, room: float) -> bool:
    """Low on room (under the gauges), the podium goes in two columns; but where names in two columns
    would be cut or broken inside a word (« 5e A M / arie-Curie », eight long names on a 4:3 screen)
    and each reads whole on a line of one column as high as the room leaves, one column."""
    from .team_names import line_height, lines_needed

    u, teams = scene.u, ctx.state.teams
    if scene.width / u >= 1920 - 0.5 or room / max(1, len(teams)) < line_height(scene) + 2 * u:
        return False
    half = (panel.width() - 72 * u) / 2
    if rank_row(scene, half, ctx) * u <= room / -(-len(teams) // 2) + 0.5 and _whole(scene, half, ctx):
        return False  # two columns read whole
    value_w = (max(len(str(t.score)) for t in teams) * 0.62 * 36 + 16) * u
    names = [f"{len(teams)}. {team.name}" for team in teams]
    return lines_needed(scene, names, panel.width() - 48 * u - 56 * u - value_w, 30, most=1, short=False) == 1 and \
        _whole(scene, panel.width() - 48 * u, ctx, 1)


def _whole(scene: Scene, col_w: float, ctx: StageContext, most: int = 2) -> bool:
    """Do the podium's names read in ``most`` lines ``col_w`` wide, broken between words only?"""
    from .team_names import _metrics, broken

    u, teams = scene.u, ctx.state.teams
    value_w = (max(len(str(t.score)) for t in teams) * 0.62 * 36 + 16) * u
    metrics = _metrics(scene, MIN_PX / max(1.0, scene.text_scale), False)
    return all(broken(metrics, f"{len(teams)}. {t.name}", col_w - 56 * u - value_w, most, inside_words=False)
               is not None for t in teams)


def podium_reads(scene: Scene, panel: QRectF, ctx: StageContext) -> bool:
    """Does the podium read whole in ``panel``: every name on a line of one column, or in two
    columns on the lines their rows hold, broken between words only?"""
    from .team_names import line_height

    u, teams = scene.u, ctx.state.teams
    room = panel.height() - 84 * u
    if room / max(1, len(teams)) >= line_height(scene) + 2 * u and _whole(scene, panel.width() - 48 * u, ctx, 1):
        return True
    half = (panel.width() - 72 * u) / 2
    return rank_row(scene, half, ctx) * u <= room / -(-len(teams) // 2) + 0.5 and _whole(scene, half, ctx)
