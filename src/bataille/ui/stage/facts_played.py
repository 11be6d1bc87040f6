"""The facts played in a debate, under its card on the stage: each fact card framed in its team's
colour, its team's name, its figure, its title (stage/debate_view.py lays the card out above them)."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from bataille.deck.models import FactCard
from bataille.words import for_the_font
from bataille.workshop import DebateRound

from .parts import StageContext, translate
from .scene import INK, MIN_PX, MUTED, PANEL, TOP_LEFT, WRAP, Scene

EVIDENCE_ROOM = 3  # cards side by side on one row; more, and they take two rows (or three)
EVIDENCE_MOST = 6  # on two rows of three: a card for each team of six


def evidence_height(played: int) -> float:
    """The evidence strip's height (1080p pixels): none, one row of cards with their titles, or
    two rows of them from the fourth card on (at least: as high as their titles need, _evidence_need)."""
    if not played:
        return 0
    return 44 + (186 if played <= EVIDENCE_ROOM else 2 * 128)


def least_height(scene: Scene, width: float, text: str, bold: bool = False) -> float:
    """How high ``text`` reads ``width`` wide at the smallest scene.text shrinks it to (window pixels)."""
    from PySide6.QtGui import QFontMetricsF

    metrics = QFontMetricsF(scene.font(MIN_PX * scene.u * min(1.0, scene.text_scale), bold))
    return metrics.boundingRect(QRectF(0, 0, max(1.0, width), 1e6), int(TOP_LEFT | WRAP), for_the_font(text)).height() + 1


def _figure_room(scene: Scene, width: float, figure: str) -> float:
    """The height a fact's figure may take ``width`` wide: two lines of its size, three where it
    needs them at its smallest (« opt-out / (directive / 2019) » in a narrow card)."""
    return max(80 * scene.u, least_height(scene, width, figure, bold=True))


def evidence_need(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> tuple[float, float]:
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
    whole, and for its titles too: two or three cards side by side (three as two and one where a word
    of a title is wider than a third), two rows of two for four, and
    for five or six two rows of three or three of two, whichever the titles need less height for
    (narrow cards put a title on four lines) — in a strip ``room`` high (its rows), whichever cuts
    fewer of them; and how many it cuts there."""
    shown = rnd.evidence[-EVIDENCE_MOST:]
    if not shown:
        return 0, [], [], 0
    choices = [2] if len(shown) <= 2 else [3, 2] if len(shown) == 3 or len(shown) > 4 else [2]
    laid = []
    for columns in choices:
        heights = [_fact_need(scene, width / columns - 12 * scene.u - 20 * scene.u, ctx, e.card_id) for e in shown]
        rows = [heights[i:i + columns] for i in range(0, len(heights), columns)]
        figures, titled = [max(f for f, _t, _w in row) for row in rows], [max(t for _f, t, _w in row) for row in rows]
        given = _row_heights(figures, titled, room - 8 * scene.u * (len(rows) - 1)) if room is not None else titled
        cut = sum((t > height + 0.5) + wide for row, height in zip(rows, given, strict=True) for _f, t, wide in row)
        laid.append((cut, sum(titled) + 8 * scene.u * len(rows), columns, figures, titled))
    cut, _need, columns, figures, titled = min(laid)
    return columns, figures, titled, cut


def _fact_need(scene: Scene, inner_w: float, ctx: StageContext, card_id: str) -> tuple[float, float, int]:
    """The height (window pixels) a fact card ``inner_w`` wide inside needs for its team and its
    figure, and for its title under them; and what a word too wide for the line at the smallest size
    costs: 1 in its title (« «\u00a0déshabillées\u00a0» », held together, read « Des images … » in three
    cards at 1024×768), 10 in its figure (« 5,85\u00a0milliards » cut in a third of a 5:4 screen)."""
    from PySide6.QtGui import QFontMetricsF

    u = scene.u
    try:
        card = ctx.deck.card(card_id)
    except KeyError:
        return 46 * u, 46 * u, 0
    bounds = QRectF(0, 0, max(1.0, inner_w), 1e6)
    plain = QFontMetricsF(scene.font(28 * u * scene.text_scale))
    bold = QFontMetricsF(scene.font(32 * u * scene.text_scale, bold=True))
    figure = card.figure.get(ctx.lang) if isinstance(card, FactCard) else ""
    said = min(_figure_room(scene, inner_w, figure),
               bold.boundingRect(bounds, int(TOP_LEFT | WRAP), for_the_font(figure)).height() + 1) \
        + 6 * u if figure else 0.0
    words = for_the_font(card.title.get(ctx.lang))
    title = plain.boundingRect(bounds, int(TOP_LEFT | WRAP), words).height()
    least = QFontMetricsF(scene.font(MIN_PX * u * min(1.0, scene.text_scale)))
    strong = QFontMetricsF(scene.font(MIN_PX * u * min(1.0, scene.text_scale), bold=True))
    wide = 10 * any(strong.horizontalAdvance(word) > inner_w + 0.5 for word in for_the_font(figure).split(" ")) \
        + any(least.horizontalAdvance(word) > inner_w + 0.5 for word in words.split(" "))
    return 10 * u + 36 * u + said, 10 * u + 36 * u + said + title + 1, wide


def _row_heights(figures: list[float], titled: list[float], room: float) -> list[float]:
    """The rows' heights in ``room``: each its figures' first; then, where the titles do not all fit,
    whole rows of titles, those needing the least more first, as many as fit, and what is left to the
    others in proportion to what they lack (five facts on a 4:3 screen, 20 px short, shared it out
    among all the rows, and every title went)."""
    more = sum(titled) - sum(figures)
    spare = room - sum(figures)
    if more <= 0 or spare >= more:
        return [t + (spare - more) / len(titled) for t in titled]
    heights = list(figures)
    for r in sorted(range(len(titled)), key=lambda r: titled[r] - figures[r]):
        if titled[r] - figures[r] <= spare:
            heights[r], spare = titled[r], spare - (titled[r] - figures[r])
    lack = sum(t - h for t, h in zip(titled, heights, strict=True))
    return [h + (t - h) * max(0.0, spare) / lack if lack > 0 else h for t, h in zip(titled, heights, strict=True)]


def evidence(scene: Scene, rect: QRectF, ctx: StageContext, rnd: DebateRound) -> None:
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
