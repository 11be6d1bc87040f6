"""A team's name whole on the stage: on one line when it fits, else on two (or three), broken at a
space or after a hyphen (« Équipe Wagner- / Mozart 2 »), or inside a word too long for a line
(« MMMMMMMMMMM / MMMMMMMMMMM »), never cut while the lines fit at the stage's smallest size
(``MIN_PX``).

A session takes names of 22 characters (``MAX_NAME``); the narrow places that show them (a debate's
sides, a fact's team, the podium, the scenarios' table) ask here how many lines a name needs and
lay their rows out that high.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.words import for_the_font

from .scene import LEFT, MIN_PX, Scene, TextItem


def _metrics(scene: Scene, px: float, bold: bool) -> QFontMetricsF:
    return QFontMetricsF(scene.font(px * scene.u * scene.text_scale, bold))


def broken(metrics: QFontMetricsF, name: str, width: float, most: int = 2, inside_words: bool = True) -> str | None:
    """``name`` in at most ``most`` lines each ``width`` wide at ``metrics``, "\\n" between them:
    broken at the last space (or after the last hyphen) that lets a line fit, else inside the word
    (unless ``inside_words`` is false); None when it does not fit."""
    name = for_the_font(name)
    lines: list[str] = []
    rest = name
    while rest:
        if metrics.horizontalAdvance(rest) <= width + 0.5:
            lines.append(rest)
            break
        if len(lines) == most - 1:
            return None
        breaks = _breaks_that_fit(metrics, rest, width)
        if len(lines) == most - 2:  # the last break: the two lines as even as fit (« Les Loutres / de la 4e B »)
            even = [b for b in breaks if metrics.horizontalAdvance(rest[b[1]:]) <= width + 0.5]
            cut = min(even, key=lambda b: max(metrics.horizontalAdvance(rest[:b[0]]),
                                              metrics.horizontalAdvance(rest[b[1]:])), default=None)
        else:
            cut = breaks[-1] if breaks else None
        if cut:
            lines.append(rest[:cut[0]])
            rest = rest[cut[1]:]
            continue
        if not inside_words:
            return None
        end = _fitting_end(metrics, rest, -(-len(rest) // (most - len(lines))), width)  # a word too long:
        lines.append(rest[:end])  # in even parts, as far as they fit
        rest = rest[end:]
    return "\n".join(lines)


def _breaks_that_fit(metrics: QFontMetricsF, text: str, width: float) -> list[tuple[int, int]]:
    """Where ``text`` may break, as (end of this line, start of the next), for the lines before them
    that fit ``width``: at a space (dropped), after a hyphen inside a word (kept on the first line).
    Measured from the left, up to the first that does not fit (a crafted name of 10,000 characters is
    not measured at each of its spaces)."""
    breaks = []
    for i, ch in enumerate(text):
        if ch == " " and i:
            end, start = i, i + 1
        elif ch == "-" and 0 < i < len(text) - 1 and text[i - 1] != " " and text[i + 1] != " ":
            end, start = i + 1, i + 1
        else:
            continue
        if metrics.horizontalAdvance(text[:end]) > width + 0.5:
            break
        breaks.append((end, start))
    return breaks


def _fitting_end(metrics: QFontMetricsF, text: str, end: int, width: float) -> int:
    """The longest start of ``text``, ``end`` characters at most (1 at least), that fits ``width``:
    found by halving, a prefix being as wide as its characters are many, or wider."""
    if metrics.horizontalAdvance(text[:end]) <= width + 0.5:
        return end
    low, high = 1, end - 1
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(text[:middle]) <= width + 0.5:
            low = middle
        else:
            high = middle - 1
    return low


def lines_needed(scene: Scene, names: list[str], width: float, px: float, bold: bool = False,
                 most: int = 3) -> int:
    """How many lines the longest of ``names`` takes ``width`` wide (window pixels) at ``px`` or
    smaller, down to ``MIN_PX``: 1, 2… up to ``most``. One line as long as it fits at the smallest
    size, as ``team_name`` draws it (a row two lines high for a name drawn on one left a gulf); a
    line more rather than a break inside a word (« Équipe / Wagner- / Mozart 2 », not « Équipe
    Wagn / er-Mozart 2 »), as ``team_name`` prefers."""
    metrics = _metrics(scene, min(px, MIN_PX), bold)
    for inside_words in (False, True):
        for count in range(1, most + 1):
            if all(broken(metrics, name, width, count, inside_words) is not None for name in names):
                return count
    return most


def line_height(scene: Scene, px: float = MIN_PX, bold: bool = False) -> float:
    """A line's height (window pixels) at ``px`` (1080p pixels)."""
    return _metrics(scene, px, bold).lineSpacing()


def team_name(scene: Scene, rect: QRectF, name: str, px: float, *, bold: bool = False, colour: str | None = None,
              flags: int = int(LEFT), role: str = "team-name", most: int = 3) -> TextItem:
    """``name`` in ``rect``: on one line as large as fits down to ``MIN_PX``, else in as few lines
    (up to ``most``) as fit, as large as they fit: broken between words if it can be, in any of
    those lines, before it is broken inside a word."""
    extra = {} if colour is None else {"colour": colour}
    # A larger text size (Preferences) gives way here before a word is cut: down to the stage's
    # smallest size at 100 %, where the room's lines do not hold the name larger.
    least = MIN_PX / max(1.0, scene.text_scale)
    # As wide as it is at the smallest size: wider than ``most`` lines, it is cut without a search (a
    # crafted name of 10,000 characters was measured at every size and every break).
    smallest = _metrics(scene, least, bold).horizontalAdvance(for_the_font(name))
    # Its glyphs a hair wider than its line measured (scene.text would cut it): again a little narrower.
    for room in (rect.width(), rect.width() * 0.95):
        first = 1 if smallest <= room + 0.5 else 2
        counts = range(first, most + 1 if smallest <= most * room else first)
        for inside_words, count in [(False, c) for c in counts] + [(True, c) for c in counts]:
            item = largest_lines(scene, rect, name, px, least, room, count, inside_words, bold=bold, flags=flags,
                                 role=role, **extra)
            if item is not None:
                return item
    return scene.text(rect, name, px, bold=bold, flags=flags, role=role, wrap=False, **extra)  # cut, as before


def largest_lines(scene: Scene, rect: QRectF, name: str, px: float, least: float, room: float, count: int,
                  inside_words: bool, **how) -> TextItem | None:
    """``name`` in ``rect`` on ``count`` lines at most ``room`` wide, as large as they fit from ``px`` down
    to ``least`` (as Scene.text shrinks); None when they do not fit. ``how``: Scene.text's bold, flags,
    role, colour."""
    size = max(px, MIN_PX)
    while True:
        metrics = _metrics(scene, size, how.get("bold", False))
        text = broken(metrics, name, room, count, inside_words)
        if text is not None and metrics.lineSpacing() * (count - 1) + metrics.height() <= rect.height() + 0.5:
            item = scene.text(rect, text, size, wrap=False, **how)
            if not item.cut:
                return item
            scene.items.remove(item)
            return None
        if size <= least:
            return None
        size = max(least, size * 0.92)
