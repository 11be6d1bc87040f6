"""The debrief's lists (key figures, what the room takes away, what it commits to): panels of
lines as many as read whole, the rest in turn, and how high each needs to be."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.words import for_the_font

from .parts import more_line, translate
from .scene import INK, LEFT, MIN_PX, MUTED, PANEL, TOP_LEFT, WRAP, Scene


def _shares(needs: list[float], weights: tuple[float, ...], room: float) -> list[float]:
    """Heights for panels one above the other: each its ``weights`` share of ``room``, but a panel
    needing less gives the rest to those needing more; what all leave over is shared out again."""
    given: dict[int, float] = {}
    while True:
        left = room - sum(given.values())
        open_ = [i for i in range(len(needs)) if i not in given]
        total = sum(weights[i] for i in open_)
        settled = {i: needs[i] for i in open_ if needs[i] <= left * weights[i] / total}
        if not settled or len(settled) == len(open_):
            given.update(settled)
            break
        given.update(settled)
    left = room - sum(given.values())
    open_ = [i for i in range(len(needs)) if i not in given]
    if not open_:  # every panel has its need: the rest shared out, so the column stays filled
        spare = left / sum(weights)
        return [given[i] + spare * weights[i] for i in range(len(needs))]
    total = sum(weights[i] for i in open_)
    return [given.get(i, left * weights[i] / total) for i in range(len(needs))]

# 1080p pixels: a list's lines, the line saying how many more it holds, the room between two lines
LINE_PX, MORE_PX, LINE_GAP = 30, 28, 10


def _list(scene: Scene, rect: QRectF, title: str, lines: list[str], role: str, page: int) -> None:
    """A panel of lines, as many as read whole in it, in the order they were written; when they do
    not all fit, a line says how many more there are and the stage shows them in turn (page ``page``,
    turned by the window like the whole timeline's), from the page holding the latest line (the room
    sees what it just said), each page numbered in the order of the lines."""
    u = scene.u
    scene.box(rect, PANEL, radius=10 * u)
    inner = rect.adjusted(24 * u, 12 * u, -24 * u, -12 * u)
    two = _heading_extra(scene, inner.width(), title)  # « Ce à quoi l’on / s’engage » in a narrow panel
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 52 * u + two), title, 36, bold=True,
               role="heading", wrap=bool(two), flags=TOP_LEFT if two else LEFT)
    top = inner.top() + 60 * u + two
    if not lines:  # the room's words yet to come ("…"); no fact played says so, not a bare "…"
        said = translate("Stage", "No fact played in the debates") if role == "key-figure" else "…"
        scene.text(QRectF(inner.left(), top, inner.width(), 50 * u), said, 32, colour=MUTED, role=role)
        return
    area = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
    bullets = ["• " + line for line in lines]
    heights = _line_heights(scene, area.width(), bullets)
    gap, more_h = LINE_GAP * u, QFontMetricsF(scene.font(MORE_PX * u * scene.text_scale)).height() + 2 * u
    pages = _pages(heights, area.height(), area.height() - more_h - gap, gap)
    scene.pages = max(scene.pages, len(pages))
    page = (page - 1) % len(pages)  # the page of the latest lines first, then the others from the start
    start, end = pages[page]
    y = area.top()
    for i in range(start, end):  # an item taller than the whole room has it to itself, and shrinks to fit
        h = min(heights[i], area.bottom() - (more_h + gap if len(pages) > 1 else 0) - y)
        scene.text(QRectF(area.left(), y, area.width(), h), bullets[i], LINE_PX, colour=INK, role=role, flags=TOP_LEFT)
        y += h + gap
    if len(pages) > 1:
        scene.text(QRectF(area.left(), area.bottom() - more_h, area.width(), more_h), more_line(len(lines) - (end - start), page, len(pages)),
                   MORE_PX, bold=True, colour=MUTED, role=f"{role}-more", wrap=False)

def _line_heights(scene: Scene, width: float, bullets: list[str]) -> list[float]:
    """How high each line reads, wrapped in ``width`` at the lists' size."""
    metrics = QFontMetricsF(scene.font(LINE_PX * scene.u * scene.text_scale))
    bounds = QRectF(0, 0, max(1.0, width), 1e6)
    return [metrics.boundingRect(bounds, int(TOP_LEFT | WRAP), for_the_font(b)).height() + 1 for b in bullets]

def _heading_extra(scene: Scene, width: float, title: str) -> float:
    """The room (window pixels) a list's heading takes beyond its line: none where it fits a line
    ``width`` wide at the smallest size, else a second line's (a third where it needs one)."""
    metrics = QFontMetricsF(scene.font(MIN_PX * scene.u * scene.text_scale, bold=True))
    if metrics.horizontalAdvance(for_the_font(title)) <= width + 0.5:
        return 0.0
    # three lines where two are too narrow (« Ce à quoi / l’on / s’engage » in half a column of a stage
    # window narrower than 5:4)
    wrapped = metrics.boundingRect(QRectF(0, 0, max(1.0, width), 1e6), int(TOP_LEFT | WRAP), for_the_font(title))
    lines = max(2, round(wrapped.height() / metrics.lineSpacing()))
    return max(scene.u, metrics.lineSpacing() * lines + 4 * scene.u - 52 * scene.u)

def _list_height(scene: Scene, width: float, lines: list[str], title: str = "") -> float:
    """The height of a list's panel ``width`` wide showing every one of its lines (or its "…")."""
    u = scene.u
    two = _heading_extra(scene, width - 48 * u, title)
    if not lines:
        return (12 + 60 + 50 + 12) * u + two
    heights = _line_heights(scene, width - 48 * u, ["• " + line for line in lines])
    return (12 + 60 + 12) * u + two + sum(heights) + LINE_GAP * u * (len(heights) - 1)

def _least_height(scene: Scene, width: float, lines: list[str], title: str) -> float:
    """The lowest a list's panel ``width`` wide may be for its tallest line to read whole on a page
    of its own, with the line saying how many more there are."""
    u = scene.u
    if not lines:
        return 0.0
    heights = _line_heights(scene, width - 48 * u, ["• " + line for line in lines])
    more = QFontMetricsF(scene.font(MORE_PX * u * scene.text_scale)).height() + 2 * u + LINE_GAP * u
    return (12 + 60 + 12) * u + _heading_extra(scene, width - 48 * u, title) + max(heights) + (more if len(lines) > 1 else 0)

def _pages(heights: list[float], room: float, paged_room: float, gap: float) -> list[tuple[int, int]]:
    """The slices [start, end) of the lines of ``heights`` shown together: all of them when they fit
    ``room``; else pages of ``paged_room`` (the rest keeps the line saying how many more) in the
    order the lines were written, page 1 the earliest (the latest first put the first lines written
    on the last page: « page 1/2 » held the third to fifth commitments, the first two after them)."""
    if sum(heights) + gap * (len(heights) - 1) <= room + 0.5:  # (a panel made as high as its lines: they fit)
        return [(0, len(heights))]
    pages, start = [], 0
    while start < len(heights):
        end, used = start + 1, heights[start]  # at least one a page, however tall
        while end < len(heights) and used + gap + heights[end] <= paged_room + 0.5:
            used += gap + heights[end]
            end += 1
        pages.append((start, end))
        start = end
    return pages
