"""A team's name whole on the stage: on one line when it fits, else on two (or three), broken at a
space or after a hyphen (« Équipe Wagner- / Mozart 2 »), never inside a word: where no line-up of
its words fits at the stage's smallest size (``MIN_PX``), its short forms (short_names: without its
article, its initials, numbered when shared), as the timeline and the scenarios' table show them.

A session takes names of 22 characters (``MAX_NAME``); the narrow places that show them (a debate's
sides, a fact's team, the podium, the scenarios' table) ask here how many lines a name needs and
lay their rows out that high.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.words import for_the_font

from .scene import LEFT, MIN_PX, Scene, TextItem
from .short_names import name_forms


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


def forms(scene: Scene, name: str, prefix: str = "") -> list[str]:
    """``name``'s forms from the longest (a team's of the session: its short forms too), after ``prefix``
    (the podium's « 1. »)."""
    return [prefix + form for form in name_forms(scene.team_names).get(name) or [name]]


def lines_needed(scene: Scene, names: list[str], width: float, px: float, bold: bool = False,
                 most: int = 3, prefix: str = "", short: bool = True) -> int:
    """How many lines the longest of ``names`` takes ``width`` wide (window pixels) at ``px`` or
    smaller, down to ``MIN_PX``: 1, 2… up to ``most``. One line as long as it fits at the smallest
    size, as ``team_name`` draws it (a row two lines high for a name drawn on one left a gulf); a
    line more rather than a short form (« Équipe / Wagner- / Mozart 2 »), and a short form on one
    line rather than a word broken inside (« Extraordinairement » reads « E » in a narrow cell).
    ``short`` False: the names whole only, broken between words, else inside a word, as many lines as
    that takes (the scenarios' table sizes its heads so, and draws its own short forms in them)."""
    metrics = _metrics(scene, min(px, MIN_PX), bold)
    if not short:
        for inside_words in (False, True):
            for count in range(1, most + 1):
                if all(broken(metrics, prefix + name, width, count, inside_words) is not None for name in names):
                    return count
        return most

    def needed(name: str) -> int:
        for form in forms(scene, name, prefix):
            for count in range(1, most + 1):
                if broken(metrics, form, width, count, inside_words=False) is not None:
                    return count
        return 1

    return max((needed(name) for name in names), default=1)


def read_whole(scene: Scene, names: list[str], width: float, px: float, most: int = 2) -> bool:
    """Whether every one of ``names`` reads whole (no short form) in ``most`` lines ``width`` wide at
    ``px`` or smaller, down to ``MIN_PX``, broken between words only."""
    metrics = _metrics(scene, min(px, MIN_PX), False)
    return all(broken(metrics, name, width, most, inside_words=False) is not None for name in names)


def line_height(scene: Scene, px: float = MIN_PX, bold: bool = False) -> float:
    """A line's height (window pixels) at ``px`` (1080p pixels)."""
    return _metrics(scene, px, bold).lineSpacing()


def team_name(scene: Scene, rect: QRectF, name: str, px: float, *, bold: bool = False, colour: str | None = None,
              flags: int = int(LEFT), role: str = "team-name", most: int = 3, prefix: str = "") -> TextItem:
    """``prefix`` and ``name`` in ``rect``: on one line as large as fits down to ``MIN_PX``, else in as few
    lines (up to ``most``) as fit, as large as they fit, broken between words; where no line-up of its
    words fits, its short forms (:func:`forms`) the same way; never a word broken inside."""
    extra = {} if colour is None else {"colour": colour}
    # A larger text size (Preferences) gives way here before a short form: down to the stage's
    # smallest size at 100 %, where the room's lines do not hold the name larger.
    least = MIN_PX / max(1.0, scene.text_scale)
    shapes = forms(scene, name, prefix)
    for form in shapes:
        # As wide as it is at the smallest size: wider than ``most`` lines, the next form without a
        # search (a crafted name of 10,000 characters was measured at every size and every break).
        smallest = _metrics(scene, least, bold).horizontalAdvance(for_the_font(form))
        # Its glyphs a hair wider than its line measured (scene.text would cut it): again a little narrower.
        for room in (rect.width(), rect.width() * 0.95):
            first = 1 if smallest <= room + 0.5 else 2
            for count in range(first, most + 1 if smallest <= most * room else first):
                item = largest_lines(scene, rect, form, px, least, room, count, False, bold=bold, flags=flags,
                                     role=role, **extra)
                if item is not None:
                    return item
    return scene.text(rect, shapes[-1], px, bold=bold, flags=flags, role=role, wrap=False, **extra)  # cut, as before


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
