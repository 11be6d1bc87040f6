"""The summary's pictures: votes before/after, scores, scenario indicators (reportlab bar charts).

The same ``Drawing`` goes into the PDF and, as SVG (reportlab's renderSVG), beside the Markdown:
PNG would need reportlab's renderPM backend (rlPyCairo + pycairo), which the app does not ship.

The SVG embeds no font: a viewer draws it with Atkinson Hyperlegible when the computer has it,
else with a common sans-serif, wider by up to a fifth. So its texts are anchored where they end
or centre (not where reportlab measured their start), and names keep room for a wider face.
"""

from __future__ import annotations

import io

from reportlab.graphics import renderSVG
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.utils import simpleSplit

from .cards_text import cut_to_width, text_width
from .fonts import BOLD, REGULAR, clean_text, register_fonts
from .summary_rows import RoundRow, Summary
from .summary_words import percent, shorten, votes_title, whole, word

INK = HexColor("#222222")
GRID = HexColor("#DDDDDD")
BEFORE = HexColor("#9DB4CF")
AFTER = HexColor("#1F4E8C")
CHOICES = ("agree", "disagree", "undecided")
AXIS_SIZE, AXIS_LEADING = 8, 9.5  # an axis' labels: never smaller than 8 pt on paper
BAR_SIZE = 8  # the figure on a bar (a share, a score): no type of the summary is under 8 pt
LABEL = 40  # characters of a name beside a bar or in a legend: what the app lets a team name have
WIDER = 1.2  # how much wider than Atkinson a viewer's fallback face may draw a text
# The SVG's faces: the PDF's by its family name, then faces every system has; bold as a weight.
SVG_FAMILY = "'Atkinson Hyperlegible', Arial, Helvetica, sans-serif"
SVG_FONTS = {REGULAR: {"family": SVG_FAMILY}, BOLD: {"family": SVG_FAMILY, "weight": "bold"}}


def _axis_number(value: float) -> str:
    """An axis label: the whole number, short when it is huge."""
    return whole(round(value)) if abs(value) < 1e300 else ""


def _title(drawing: Drawing, text: str) -> None:
    drawing.add(String(0, drawing.height - 12, clean_text(text), fontName=BOLD, fontSize=10, fillColor=INK))


def _axes(chart, font_size: float = AXIS_SIZE) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = REGULAR
        axis.labels.fontSize = font_size
        axis.labels.fillColor = INK
        axis.labels.textAnchor = "boxauto"  # anchored by their end or middle, as their box is
        axis.strokeColor = INK
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.visibleGrid = True
    # Keep the numbers clear of the ticks: left of a vertical axis, below a horizontal one.
    if isinstance(chart, HorizontalBarChart):
        chart.valueAxis.tickDown = 0
        chart.valueAxis.labels.dy = -4
    else:
        chart.valueAxis.tickLeft = 0
        chart.valueAxis.labels.dx = -4
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = max(BAR_SIZE, font_size)  # in 7 pt, "33 %" was too small to read on paper
    chart.barLabels.fillColor = INK


def _legend(drawing: Drawing, x: float, y: float, pairs: list[tuple[Color, str]], columns: int = 1) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName = REGULAR
    legend.fontSize = 8
    legend.fillColor = INK
    legend.alignment = "right"
    legend.boxAnchor = "nw"
    legend.columnMaximum = max(1, -(-len(pairs) // columns))
    legend.dx = legend.dy = 7
    legend.deltay = 14  # a row every 14 points, what the charts leave for each (reportlab's: 20)
    legend.deltax = 110
    legend.strokeColor = None
    legend.colorNamePairs = [(colour, clean_text(label)) for colour, label in pairs]
    drawing.add(legend)


def votes_chart(rnd: RoundRow, lang: str, width: float = 270, height: float = 150) -> Drawing | None:
    """Agree / disagree / undecided before and after a round, in % of the room (None without votes)."""
    if rnd.before is None:
        return None
    register_fonts()
    drawing = Drawing(width, height, initialFontName=REGULAR)  # not the unembedded Helvetica
    _title(drawing, votes_title(rnd, lang))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 26, 16, width - 30, height - 52
    series = [[rnd.before.whole_share(c) for c in CHOICES]]
    colours = [BEFORE]
    labels = [word("before", lang)]
    if rnd.after is not None:
        series.append([rnd.after.whole_share(c) for c in CHOICES])
        colours.append(AFTER)
        labels.append(word("after", lang))
    chart.data = series
    chart.categoryAxis.categoryNames = [clean_text(word(c, lang)) for c in CHOICES]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.barLabelFormat = lambda value: clean_text(percent(value, lang))  # "52 %" in French
    chart.barLabels.nudge = 6
    chart.groupSpacing = 12
    chart.barSpacing = 2
    for i, colour in enumerate(colours):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    _axes(chart)
    drawing.add(chart)
    _legend(drawing, 26, height - 18, list(zip(colours, labels, strict=True)), columns=2)
    drawing.contents[-1].deltax = 70
    return drawing


def scores_height(teams: int, pitch: float = 22) -> float:
    """The scores chart's height for ``teams`` bars, ``pitch`` points apart (22 by default; a name
    in 9 pt beside its bar needs 14 at least)."""
    return 44 + 8 + pitch * teams  # the title and the axis' numbers take 44 points


def scores_chart(summary: Summary, width: float = 440, height: float | None = None) -> Drawing | None:
    """One bar per team, in the team's colour, best first (None without teams)."""
    if not summary.teams:
        return None
    register_fonts()
    teams = summary.teams
    height = height or scores_height(len(teams))
    drawing = Drawing(width, height, initialFontName=REGULAR)  # not the unembedded Helvetica
    _title(drawing, word("chart_scores", summary.lang))
    chart = HorizontalBarChart()
    # The names' column is as wide as the longest name needs in a face a fifth wider than
    # Atkinson (an SVG viewer's fallback), up to 40 % of the chart: a longer name is cut (with an
    # ellipsis) instead of running off the page's edge or into the axis.
    room = width * 0.4
    names = [cut_to_width(clean_text(shorten(t.name, LABEL)), REGULAR, 9, room / WIDER) for t in reversed(teams)]
    column = WIDER * max(text_width(name, REGULAR, 9) for name in names) + 8
    chart.x = max(40, column + 4)
    # The axis' 9-pt numbers hang 4 + 11 points below the axis: keep them inside the drawing
    # (below it, they met the next heading in the PDF and were cut off in the SVG).
    chart.y, chart.width, chart.height = 22, width - chart.x - 30, height - 44
    # Horizontal charts draw the first category at the bottom: reverse to read best first.
    chart.data = [[t.score for t in reversed(teams)]]
    chart.categoryAxis.categoryNames = names
    bottom, top = min(0, *(t.score for t in teams)), max(1, *(t.score for t in teams))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = bottom, top * 1.1
    # About five whole-point ticks over the whole range (never "0 0 0 1 1 1", never millions).
    chart.valueAxis.valueStep = max(1, -(-(top - bottom) // 5))
    chart.bars[0].strokeColor = INK
    chart.bars[0].strokeWidth = 0.3
    for i, team in enumerate(reversed(teams)):
        chart.bars[(0, i)].fillColor = HexColor(team.colour)
    chart.barLabelFormat = whole  # a huge score stays a short label (2.14e+09), as in the tables
    chart.valueAxis.labelTextFormat = _axis_number
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 4
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    _axes(chart, 9)
    drawing.add(chart)
    return drawing


def indicators_chart(summary: Summary, width: float = 440, height: float = 190) -> Drawing | None:
    """Each team's final indicators side by side, one colour per team (None without scenarios)."""
    walks = [w for w in summary.scenarios if w.indicators]
    if not walks:
        return None
    register_fonts()
    ids = [i.id for i in walks[0].indicators]
    names = [i.name for i in walks[0].indicators]
    # Teams on scenarios with other gauges than the first cannot share the chart's axes.
    walks = [w for w in walks if [i.id for i in w.indicators] == ids]
    several = len({w.scenario_id for w in walks}) > 1
    # Each team numbered in the legend and on its bars: told apart by colour alone, teams 1 and 2
    # (orange and sky blue) were ΔE00 0.6 apart printed in grey, and some are alike to a deuteranope.
    pairs = []
    for number, walk in enumerate(walks, start=1):
        label = shorten(summary.team_name(walk.team_id), LABEL)
        label = f"{label} ({shorten(walk.title, LABEL)})" if several else label
        pairs.append((HexColor(summary.team_colour(walk.team_id)), clean_text(f"{number} · {label}")))
    # The legend has up to 3 columns, as many as hold its names in a face a fifth wider (the
    # swatch and its gap take 17 points); a name too long for one column is cut.
    longest = max(text_width(label, REGULAR, 8) for _, label in pairs)
    columns = max(1, min(3, len(pairs), int((width - 40) // (WIDER * longest + 21))))
    column = (width - 40) / columns
    pairs = [(colour, cut_to_width(label, REGULAR, 8, (column - 17) / WIDER - 4)) for colour, label in pairs]
    rows = -(-len(pairs) // columns)
    # A long indicator name takes two lines (or more) rather than reach its neighbour in a wider
    # face; the chart stands higher by as many lines. In 8 pt, as the numbers of the other axis:
    # in 7 pt, « Confiance dans l'information » was too small to read on paper.
    labels = [clean_text(n) for n in names]
    room = (width - 36) / max(1, len(ids)) / WIDER - 4
    extra = AXIS_LEADING * (max(len(simpleSplit(n, REGULAR, AXIS_SIZE, room)) for n in labels) - 1)
    drawing = Drawing(width, height + 14 * rows + extra, initialFontName=REGULAR)
    _title(drawing, word("chart_indicators", summary.lang))
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 20 + extra
    chart.width = width - 36
    chart.data = [[dict((i.id, i.value) for i in w.indicators)[k] for k in ids] for w in walks]
    chart.categoryAxis.categoryNames = labels
    _indicator_axis(chart)
    chart.categoryAxis.labelAxisMode = "low"
    chart.categoryAxis.visibleTicks = False
    chart.groupSpacing = 10
    _numbered_bars(chart, [colour for colour, _label in pairs])
    chart.categoryAxis.labels.fontSize = AXIS_SIZE
    chart.categoryAxis.labels.leading = AXIS_LEADING
    chart.categoryAxis.labels.maxWidth = room
    drawing.add(chart)
    legend_top = drawing.height - 18
    chart_top = legend_top - 14 * rows
    chart.height = chart_top - chart.y - 6
    _legend(drawing, 30, legend_top, pairs, columns=columns)
    drawing.contents[-1].deltax = column
    return drawing


def _indicator_axis(chart: VerticalBarChart) -> None:
    """The value axis of the indicators' chart, from its data, with room above the highest bar and
    below the lowest for the bar's number (a unit, or an eighth of the span)."""
    values = [v for row in chart.data for v in row]
    low, high = min(0, *values), max(0, *values)
    span = high - low
    pad = max(1, -(-span // 8))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = low - pad, high + pad
    # Ten steps or so at most: a step of 2 over a span of 10**6 was still drawing after 30 s.
    chart.valueAxis.valueStep = 1 if span <= 10 else 2 if span <= 40 else -(-span // 10)
    chart.valueAxis.labelTextFormat = _axis_number


def _numbered_bars(chart: VerticalBarChart, colours: list[Color]) -> None:
    """Each team's bars in its colour, outlined, with its number from the legend on each (the table
    above the chart gives the values): above a bar that rises, below one that falls."""
    for i, colour in enumerate(colours):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = INK
        chart.bars[i].strokeWidth = 0.3
    _axes(chart)
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[str(number)] * len(row) for number, row in enumerate(chart.data, start=1)]
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.nudge = 2


class _Canvas(renderSVG.SVGCanvas):
    """reportlab's SVG canvas, but a text anchored at its end or middle says so (``text-anchor``)
    instead of starting where Atkinson's widths put its start: a wider face then grows away
    from the axis or around the middle, not into the bars."""

    def drawString(self, s, x, y, angle=0, link_info=None, text_anchor="left", textRenderMode=0,
                   **attributes):
        if text_anchor in ("end", "middle"):
            attributes["text-anchor"] = text_anchor
            text_anchor = "start"
        super().drawString(s, x, y, angle, link_info, text_anchor, textRenderMode, **attributes)


def svg_bytes(drawing: Drawing, title: str = "") -> bytes:
    """The drawing as a self-contained SVG file on a white ground (no external font, image or DTD),
    titled ``title`` (what a screen reader says and a browser's tab shows)."""
    canvas = _Canvas((drawing.width, drawing.height), fontHacks={k: dict(v) for k, v in SVG_FONTS.items()})
    renderSVG.draw(blank(drawing), canvas, 0, 0, showBoundary=False)
    # reportlab writes <title>...</title> and <desc>...</desc>: the real title, and no placeholder.
    canvas.svg.getElementsByTagName("title")[0].firstChild.data = clean_text(title or _drawing_title(drawing))
    for desc in canvas.svg.getElementsByTagName("desc"):
        canvas.svg.removeChild(desc)
    out = io.StringIO()
    canvas.save(out)
    text = out.getvalue()
    # The DOCTYPE names a DTD on w3.org: drop it, so that no viewer is tempted to fetch it.
    start = text.find("<!DOCTYPE")
    if start != -1:
        text = text[:start] + text[text.index(">", text.index("svg10.dtd")) + 1:].lstrip()
    return text.encode("utf-8")


def _drawing_title(drawing: Drawing) -> str:
    """The title a chart draws at its top (the first String of the drawing)."""
    return next((item.text for item in drawing.contents if isinstance(item, String)), "")


def blank(drawing: Drawing) -> Drawing:
    """A white background behind a drawing (SVG viewers with a dark theme keep it legible)."""

    back = Drawing(drawing.width, drawing.height, initialFontName=REGULAR)
    back.add(Rect(0, 0, drawing.width, drawing.height, fillColor=white, strokeColor=None))
    for item in drawing.contents:
        back.add(item)
    return back
