"""Every team's scenario indicators in a table: a row per team and a column per indicator for a
few teams, a column per team for many; on a screen narrower than 16:9, the way round (and the
names' lines) that keeps every name whole."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.deck.models import Scenario
from bataille.words import for_the_font, minus_sign

from .parts import StageContext, translate
from .scene import CENTRE, INK, MIN_PX, MUTED, PANEL, Scene

UP, DOWN = "#66BB6A", "#EF5350"


def _scenario(ctx: StageContext, scenario_id: str) -> Scenario | None:
    try:
        return ctx.deck.scenario(scenario_id)
    except KeyError:
        return None


def _by_team(scene: Scene, ctx: StageContext, width: float) -> bool:
    """Many teams on a screen narrower than 16:9 (4:3, 5:4) whose names would break inside a word
    in a column each (« Les Re / nards »): a row per team instead, its name whole beside its values."""
    paths = ctx.state.scenarios
    if len(paths) <= 4 or scene.width / scene.u >= 1920 - 0.5:
        return False
    name_w, _lines = _heads(scene, ctx, width, [i for i, _ in paths[0].indicators], turn=True)
    heads = [ctx.state.team(p.team_id).name for p in paths if ctx.state.has_team(p.team_id)]
    return not _whole_words(scene, heads, (width - name_w) / len(paths) - 10 * scene.u)


BY_TEAM_ROW = 40  # 1080p pixels: a team's row of the indicators when there is one for each of eight


def indicators_height(scene: Scene, ctx: StageContext, width: float, row: float = 60, turn: bool = False) -> float:
    """The room every team's indicators take ``width`` wide, ``row`` (1080p pixels) for each team:
    up to four teams, a row per team; beyond, a row per indicator, a little lower, and a line more
    for the teams' names that need three (« Équipe / Wagner- / Mozart 2 »)."""
    paths = ctx.state.scenarios
    if len(paths) <= 4 and not _turned(scene, ctx, width - 40 * scene.u):
        return (100 + row * len(paths)) * scene.u
    if turn and _by_team(scene, ctx, width - 40 * scene.u):  # ``turn``: a row per team where names need it
        inside = width - 40 * scene.u
        return (20 + BY_TEAM_ROW * sum(_team_spans(scene, ctx, inside))) * scene.u + _table_head(scene, ctx, inside)
    from .team_names import line_height

    ids = [i for i, _ in paths[0].indicators]
    name_w, lines = _heads(scene, ctx, width - 40 * scene.u, ids, turn)
    extra = line_height(scene, 28) if lines > 2 else 0.0
    rows = sum(_name_lines(scene, name_w, ids, _indicator_names(ctx)))  # a name on two lines: its row twice
    return (130 + (row - 10) * rows) * scene.u + extra


def paint_indicators(scene: Scene, area: QRectF, ctx: StageContext, corner: str = "", turn: bool = False) -> None:
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
    if (len(paths) > 4 and not (turn and _by_team(scene, ctx, inner.width()))) or _turned(scene, ctx, inner.width()):
        name_w, head_h = _table_by_indicator(scene, inner, ctx, paths, ids, names, turn)
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


def _table_by_indicator(scene: Scene, inner: QRectF, ctx: StageContext, paths, ids, names,
                        turn: bool = False) -> tuple[float, float]:
    """Many teams: one column per team, one row per indicator (names stay whole); returns the
    width of the names' column and the height of the heads' row."""
    u = scene.u
    from .indicator_team_names import indicator_team_name
    from .team_names import line_height

    teams = [ctx.state.team(p.team_id) if ctx.state.has_team(p.team_id) else None for p in paths]
    name_w, lines = _heads(scene, ctx, inner.width(), ids, turn)
    col_w = (inner.width() - name_w) / len(paths)
    # The heads as high as their names (two even lines, « Les Hiboux / du CDI 2nde », three rather
    # than a break inside a word: indicators_height gave the table that line), the rest to the rows:
    # the table closes up when the decision above needs the room, and a third line left the rows
    # under the debrief's own (36 px: a line of 28) goes back to two.
    head_h = min((96 if lines <= 2 else 96 + 34) * u, lines * line_height(scene, 28) + 26 * u)
    if lines > 2 and (inner.height() - head_h) / max(1, sum(_name_lines(scene, name_w, ids, names))) < 36 * u - 0.5:
        lines, head_h = 2, min(96 * u, 2 * line_height(scene, 28) + 26 * u)
    spans = _name_lines(scene, name_w, ids, names)
    if scene.text_scale > 1:  # a larger text size: each row keeps a line at 100 %'s smallest, the heads give way
        row_least = QFontMetricsF(scene.font(MIN_PX * u, bold=True)).height() + 1
        if (inner.height() - head_h) / max(1, sum(spans)) < row_least:
            spans = [1] * len(ids)  # the indicators' names on a line each, smaller
        head_h = min(head_h, max(inner.height() - sum(spans) * row_least, 2 * line_height(scene, MIN_PX) / scene.text_scale + 22 * u))
    row_least = _row_least(scene)
    if not turn and (inner.height() - head_h) / max(1, sum(spans)) < row_least:  # the scenario phase's rows
        spans = [1] * len(ids)  # lower than a line ran over each other: a line each, the heads give way
        head_h = max(min(head_h, inner.height() - len(ids) * row_least), line_height(scene, MIN_PX) + 22 * u)
    row_h = (inner.height() - head_h) / max(1, sum(spans))  # a line's row; a name on two lines, two
    for c, team in enumerate(teams):
        if team is not None:
            x = inner.left() + name_w + c * col_w
            scene.box(QRectF(x, inner.top() + 4 * u, col_w - 10 * u, 12 * u), team.colour, radius=4 * u)
            # between words only, else a shorter form: « Extraordina / ry Thinkers » read as two names
            indicator_team_name(scene, QRectF(x, inner.top() + 20 * u, col_w - 10 * u, head_h - 22 * u), ctx,
                                team.name, 28, most=max(2, lines), flags=int(CENTRE))
    for r, ind in enumerate(ids):
        y, h = inner.top() + head_h + sum(spans[:r]) * row_h, spans[r] * row_h
        scene.text(QRectF(inner.left(), y, name_w - 12 * u, h), names.get(ind, ind), 28, bold=True,
                   role="indicator-name")  # in the stage's ink: grey fell to 2.3:1 on a washed-out projector
        for c, path in enumerate(paths):
            _value(scene, QRectF(inner.left() + name_w + c * col_w, y, col_w - 10 * u, h),
                   dict(path.indicators).get(ind, 0) if path.choices else None)
    return name_w, head_h


def _row_least(scene: Scene) -> float:
    """A row of the table at its lowest (window pixels): a line of its figures, 30 px bold."""
    return QFontMetricsF(scene.font(30 * scene.u * scene.text_scale, bold=True)).height() + 1


def indicators_least(scene: Scene, ctx: StageContext, width: float) -> float:
    """The least room (window pixels) many teams' table takes ``width`` wide: its heads on two lines
    of the least size and a line of figures for each indicator; 0 for a few teams' table."""
    from .team_names import line_height

    paths = ctx.state.scenarios
    if len(paths) <= 4 or scene.width / scene.u >= 1920 - 0.5:
        return 0.0
    ids = [i for i, _ in paths[0].indicators]
    name_w, _lines = _heads(scene, ctx, width - 40 * scene.u, ids)
    rows = sum(_name_lines(scene, name_w, ids, _indicator_names(ctx)))  # a name on two lines: two rows
    return 2 * line_height(scene, MIN_PX) + 22 * scene.u + rows * _row_least(scene) + 20 * scene.u + 2


def _heads(scene: Scene, ctx: StageContext, width: float, ids: list[str], turn: bool = False) -> tuple[float, int]:
    """Many teams, ``width`` the table's inside: the indicators' names' column width, and the lines
    the teams' names need above their columns (two, or three rather than a break inside a word)."""
    from .team_names import lines_needed

    u, paths = scene.u, ctx.state.scenarios
    names = _indicator_names(ctx)
    # The names' column as wide as its longest name needs (470 px of 1080p cut « Confiance dans
    # l’information » at 1280×720), up to two fifths of the table.
    bold = QFontMetricsF(scene.font(28 * u * scene.text_scale, bold=True))
    widest = max((bold.horizontalAdvance(for_the_font(names.get(i, i))) for i in ids), default=0.0)
    heads = [ctx.state.team(p.team_id).name for p in paths if ctx.state.has_team(p.team_id)]
    name_w = min(width * 0.4, max(470 * u, widest + 24 * u))
    column = (width - name_w) / len(paths) - 10 * u
    if lines_needed(scene, heads, column, 28, most=3, short=False) > 2:
        name_w = min(name_w, widest + 24 * u)  # long names (eight of them): the teams' columns take the slack
    if not _whole_words(scene, heads, column):  # a word too long for its column (« Anticonstitutionnelles »):
        # the indicators' names as large as at 100 %, the title on two lines, the teams' columns the rest
        at_100 = QFontMetricsF(scene.font(28 * u, bold=True))
        widest = max((at_100.horizontalAdvance(for_the_font(names.get(i, i))) for i in ids), default=0.0)
        name_w = min(name_w, max(widest + 24 * u, _corner_width(scene)))
    if turn and scene.width / u < 1920 - 0.5 and not _whole_words(scene, heads, (width - name_w) / len(paths) - 10 * u):
        # narrower than 16:9: the indicators' names over two lines rather than « Les Re / nards »
        # as far as the teams' longest words need, no further: one name too long for a line, not all
        words = max((bold.horizontalAdvance(w) for i in ids for w in for_the_font(names.get(i, i)).split()),
                    default=0.0)
        plain = QFontMetricsF(scene.font(28 * u * scene.text_scale))
        longest = max((plain.horizontalAdvance(w) for name in heads for w in for_the_font(name).split()), default=0.0)
        corner = for_the_font(translate("Stage", "Our indicators in 2035")).split(" ")  # the debrief's title,
        title = min((max(bold.horizontalAdvance(" ".join(corner[:i])), bold.horizontalAdvance(" ".join(corner[i:])))
                     for i in range(1, len(corner))), default=bold.horizontalAdvance(corner[0]))  # in two lines
        name_w = min(name_w, max(max(words, title) + 24 * u, width - len(paths) * (longest + 12 * u)))
        return name_w, max(2, lines_needed(scene, heads, (width - name_w) / len(paths) - 10 * u, 28, most=3, short=False))
    least = 2 if turn and name_w < 470 * u - 0.5 else 1  # the debrief's title in a narrower column: two lines
    return name_w, max(least, lines_needed(scene, heads, (width - name_w) / len(paths) - 10 * u, 28, most=3, short=False))


def _indicator_names(ctx: StageContext) -> dict[str, str]:
    """The indicators' names by id, the first team's scenario's own first."""
    paths = ctx.state.scenarios
    first = _scenario(ctx, paths[0].scenario_id)
    names = {i.id: i.name.get(ctx.lang) for s in ctx.deck.scenarios for i in s.indicators}
    if first is not None:
        names.update({i.id: i.name.get(ctx.lang) for i in first.indicators})
    return names


def _whole_words(scene: Scene, heads: list[str], width: float) -> bool:
    """Do the teams' names ``heads`` all read in three lines ``width`` wide, no word broken?"""
    from .team_names import _metrics, broken

    metrics = _metrics(scene, MIN_PX / max(1.0, scene.text_scale), False)  # as small as team_name draws them
    return all(broken(metrics, name, width, 3, inside_words=False) is not None for name in heads)


def _name_lines(scene: Scene, name_w: float, ids: list[str], names: dict) -> list[int]:
    """The lines each indicator's name takes in its column ``name_w`` wide: one, or two."""
    if scene.width / scene.u >= 1920 - 0.5:  # 16:9: a row each, as the table always had
        return [1] * len(ids)
    bold = QFontMetricsF(scene.font(28 * scene.u * scene.text_scale, bold=True))
    return [1 if bold.horizontalAdvance(for_the_font(names.get(i, i))) <= name_w - 12 * scene.u + 0.5 else 2
            for i in ids]


def _team_column(scene: Scene, ctx: StageContext, width: float) -> float:
    """The teams' names' column of ``_table`` ``width`` wide: as wide as their names need (up to
    three tenths) for many teams' rows or on a screen narrower than 16:9."""
    u, paths = scene.u, ctx.state.scenarios
    name_w = width * (0.28 if width > 1200 * u else 0.3)
    if len(paths) > 4 or scene.width / u < 1920 - 0.5:
        metrics = QFontMetricsF(scene.font(30 * u * scene.text_scale))
        widest = max((metrics.horizontalAdvance(for_the_font(ctx.state.team(p.team_id).name))
                      for p in paths if ctx.state.has_team(p.team_id)), default=0.0)
        name_w = min(name_w, max(widest + 80 * u, 220 * u, _corner_width(scene) if scene.width / u < 1920 - 0.5 else 0))
        if scene.text_scale > 1 and scene.width / u < 1920 - 0.5:  # a larger text size: the indicators'
            # columns keep their longest word whole at 100 %'s smallest, the teams' names giving way first
            plain, bold = (QFontMetricsF(scene.font(MIN_PX * u, bold=b)) for b in (False, True))
            names = _indicator_names(ctx)
            ids = [i for i, _ in paths[0].indicators]
            word = max((bold.horizontalAdvance(w) for i in ids for w in for_the_font(names.get(i, i)).split()),
                       default=0.0)
            least = max((plain.horizontalAdvance(for_the_font(ctx.state.team(p.team_id).name))
                         for p in paths if ctx.state.has_team(p.team_id)), default=0.0) + 80 * u
            name_w = max(min(name_w, width - len(ids) * (word + 12 * u)), least, _corner_width(scene))
        ids = [i for i, _ in paths[0].indicators]
        needs = _column_needs(scene, ctx, ids)
        if len(paths) > 4 and sum(needs) > width - name_w + 0.5 and max(needs) > (width - name_w) / len(ids):
            # eight teams on a 4:3 screen: the teams' names give the indicators' names their room
            # (« Environne… » was cut), as far as the debrief's title keeps its own
            plain = QFontMetricsF(scene.font(MIN_PX * u))  # a team's longest word whole at the least size
            word = max((plain.horizontalAdvance(w) for p in paths if ctx.state.has_team(p.team_id)
                        for w in for_the_font(ctx.state.team(p.team_id).name).split()), default=0.0)
            name_w = max(width - sum(needs), _corner_width(scene), word + 72 * u)
        least = QFontMetricsF(scene.font(MIN_PX * u))  # a name a hair too long for a line at the least
        whole = max((least.horizontalAdvance(for_the_font(ctx.state.team(p.team_id).name)) for p in paths
                     if ctx.state.has_team(p.team_id)), default=0.0) + 72 * u  # size: the room the indicators spare
        if whole > name_w and len(paths) <= 4:
            name_w = max(name_w, min(whole, width - sum(_column_needs(scene, ctx, ids))))
    return name_w


def _team_spans(scene: Scene, ctx: StageContext, width: float) -> list[int]:
    """The lines each team's name takes in ``_table``'s teams' column (``width`` the table's inside):
    one, or two for a long name on a screen narrower than 16:9 (« Équipe Wagner-Mozart 2 » was cut)."""
    from .team_names import broken

    u, paths = scene.u, ctx.state.scenarios
    if len(paths) <= 4 or scene.width / u >= 1920 - 0.5:
        return [1] * len(paths)
    room = _team_column(scene, ctx, width) - 12 * u - 44 * u - 12 * u  # beside its swatch
    least = QFontMetricsF(scene.font(MIN_PX * u))  # as small as team_name draws a name

    def span(name: str) -> int:  # two lines where one cuts it and two break it between words
        name = for_the_font(name)
        return 1 if least.horizontalAdvance(name) <= room + 0.5 or broken(least, name, room, 2, False) is None else 2
    return [span(ctx.state.team(p.team_id).name) if ctx.state.has_team(p.team_id) else 1 for p in paths]


def _column_needs(scene: Scene, ctx: StageContext, ids: list[str]) -> list[float]:
    """Each indicator's column's least width (window pixels) on a screen narrower than 16:9: its
    name on two lines at most, broken between words only, or its values, and the columns' gap."""
    u = scene.u
    bold = QFontMetricsF(scene.font(28 * u * scene.text_scale, bold=True))
    value = QFontMetricsF(scene.font(30 * u * scene.text_scale, bold=True)).horizontalAdvance("−3") + 40 * u
    names = _indicator_names(ctx)
    needs = []
    for i in ids:
        words = for_the_font(names.get(i, i)).split(" ")
        two = min((max(bold.horizontalAdvance(" ".join(words[:k])), bold.horizontalAdvance(" ".join(words[k:])))
                   for k in range(1, len(words))), default=bold.horizontalAdvance(words[0]))
        needs.append(max(two + 4 * u, value) + 8 * u)
    return needs


def _columns(scene: Scene, ctx: StageContext, width: float, ids: list[str]) -> list[float]:
    """The indicators' columns of ``_table``, ``width`` (beside the teams' names) shared: alike, but
    for many teams on a screen narrower than 16:9 where a name would be cut in a column alike
    (« Environne… »): each its name's room, and the rest shared alike."""
    alike = width / max(1, len(ids))
    if len(ctx.state.scenarios) <= 4 or scene.width / scene.u >= 1920 - 0.5:
        return [alike] * len(ids)
    needs = _column_needs(scene, ctx, ids)
    if max(needs) <= alike + 0.5:
        return [alike] * len(ids)
    if sum(needs) > width + 0.5:  # no room for them all: alike, as they were
        return [alike] * len(ids)
    return [need + (width - sum(needs)) / len(ids) for need in needs]


def _corner_width(scene: Scene) -> float:
    """The width the debrief's corner title (« Our indicators in 2035 ») needs on two lines at its
    smallest, and its margin (a font wider than the app's broke « Our indicators » on a 4:3 screen)."""
    bold = QFontMetricsF(scene.font(MIN_PX * scene.u * min(1.0, scene.text_scale), bold=True))
    words = for_the_font(translate("Stage", "Our indicators in 2035")).split(" ")
    return min((max(bold.horizontalAdvance(" ".join(words[:i])), bold.horizontalAdvance(" ".join(words[i:])))
                for i in range(1, len(words))), default=bold.horizontalAdvance(words[0])) + 16 * scene.u


def _table_head(scene: Scene, ctx: StageContext, width: float) -> float:
    """The height of ``_table``'s heads (the indicators' names) ``width`` wide: on a screen narrower
    than 16:9, two lines as high as they are, else as it always was."""
    u, paths = scene.u, ctx.state.scenarios
    ids = [i for i, _ in paths[0].indicators]
    col_w = (width - _team_column(scene, ctx, width)) / max(1, len(ids))
    if scene.width / u >= 1920 - 0.5:
        return 80 * u if col_w > 200 * u else 112 * u
    bold = QFontMetricsF(scene.font(28 * u * scene.text_scale, bold=True))
    return 2 * bold.lineSpacing() + 8 * u  # two lines: a name of two words, the debrief's corner title


def _turned(scene: Scene, ctx: StageContext, width: float) -> bool:
    """A few teams on a screen narrower than 16:9 whose indicators' names do not read whole in a
    column each (« Environnem… »): a column per team instead, the indicators' names in rows."""
    from .team_names import broken

    paths = ctx.state.scenarios
    if len(paths) > 4 or scene.width / scene.u >= 1920 - 0.5:
        return False
    ids = [i for i, _ in paths[0].indicators]
    col_w = (width - _team_column(scene, ctx, width)) / max(1, len(ids)) - 8 * scene.u
    bold = QFontMetricsF(scene.font(28 * scene.u * scene.text_scale, bold=True))
    names = _indicator_names(ctx)
    return any(broken(bold, names.get(i, i), col_w, 2, inside_words=False) is None for i in ids)


def _table(scene: Scene, inner: QRectF, ctx: StageContext, paths, ids, names, rows: int) -> tuple[float, float]:
    """A few teams: one row per team, one column per indicator; returns as _table_by_indicator."""
    from .indicator_team_names import indicator_team_chip

    u = scene.u
    name_w = _team_column(scene, ctx, inner.width())
    widths = _columns(scene, ctx, inner.width() - name_w, ids)
    xs = [inner.left() + name_w + sum(widths[:j]) for j in range(len(ids))]
    head_h = _table_head(scene, ctx, inner.width())
    spans = _team_spans(scene, ctx, inner.width()) if rows > 4 else [1] * rows
    row_h = (inner.height() - head_h) / max(1, sum(spans))  # a team's name on two lines: its row twice
    for j, ind in enumerate(ids):
        scene.text(QRectF(xs[j], inner.top(), widths[j] - 8 * u, head_h),
                   names.get(ind, ind), 28, bold=True, flags=CENTRE, role="indicator-name")  # ink, as above
    for r, path in enumerate(paths):
        y = inner.top() + head_h + sum(spans[:r]) * row_h
        if ctx.state.has_team(path.team_id):
            team = ctx.state.team(path.team_id)
            indicator_team_chip(scene, QRectF(inner.left(), y + 2 * u, name_w - 12 * u, spans[r] * row_h - 4 * u),
                                ctx, team.name, team.colour, px=30)
        values = dict(path.indicators)
        for j, ind in enumerate(ids):
            value = values.get(ind, 0) if path.choices else None
            _value(scene, QRectF(xs[j], y, widths[j] - 8 * u, spans[r] * row_h), value)
    return name_w, head_h


__all__ = ["indicators_height", "indicators_least", "paint_indicators"]
