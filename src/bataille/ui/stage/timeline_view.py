"""The shared timeline on the stage: placed cards with their dates, and the card being placed (no date)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.deck.models import EventCard
from bataille.words import for_the_font, quoted

from .parts import StageContext, message, team_chip, translate
from .scene import CENTRE, INK, LEFT, MUTED, PANEL, RIGHT, WRAP, Scene
from .team_names import line_height, team_name

START_COLOUR = "#78909C"
DATE_H, TITLE_PX, TITLE_LINES = 52, 28, 3  # a tile: its date, then up to three lines of title (1080p px)
TEAM_PX = 28  # then the name of the team that placed it (the stripe's colour alone told teams apart)
# (titles, grid size, gap, u, font) -> (columns, every title whole): the stage is laid out again at
# each second of the timer, and the whole timeline's pages try many stretches.
_FITTED: dict[tuple, tuple[int, bool]] = {}


def _date(card: EventCard, lang: str, short: bool = False) -> str:
    if card.month:
        form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return f"{QLocale(lang).standaloneMonthName(card.month, form)} {card.year}"
    return str(card.year)


def paint_timeline(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """Cards in date order, read left to right, top to bottom."""
    timeline = ctx.state.timeline
    if not timeline.dealt:
        message(scene, body, translate("Stage", "The AI timeline"),
                [translate("Stage", "Put the events in order, from 1950 to today."), translate("Stage", "The cards are about to be dealt.")])
        return
    if not timeline.placements and ctx.placing is None:
        _before_the_first_card(scene, body, ctx)
        return
    u = scene.u
    area = QRectF(body)
    if ctx.placing is not None:
        side = QRectF(body.right() - 520 * u, body.top(), 520 * u, body.height())
        _placing(scene, side, ctx)
        area.setRight(side.left() - 30 * u)
    last = timeline.placements[-1] if timeline.placements else None
    if last is not None:
        strip = QRectF(area.left(), area.bottom() - 64 * u, area.width(), 64 * u)
        above = QRectF(area.left(), area.top(), area.width(), strip.top() - 16 * u - area.top())
        if not _whole_timeline_needs(scene, above, area, ctx):
            area = above
            _last_placement(scene, strip, ctx, last)
    _tiles(scene, area, ctx, last.card_id if last else None)


def _before_the_first_card(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """Dealt, nothing placed yet: the starting card, a card's size (not a banner across the stage),
    and how a turn goes, for the room to read while the first team chooses."""
    u, timeline = scene.u, ctx.state.timeline
    count, gap = len(timeline.cards), 16 * u
    width = min(body.width(), count * 460 * u + (count - 1) * gap)
    tiles = QRectF(body.left() + (body.width() - width) / 2, body.top() + 20 * u, width, 220 * u)
    _tiles(scene, tiles, ctx, None)
    held = max((len(cards) for _team, cards in timeline.hands), default=0)
    points = ctx.state.rules.timeline_points_correct
    hand = (translate("Stage", "Each team holds one card.") if held == 1
            else translate("Stage", "Each team holds %1 cards.").replace("%1", str(held)))
    scored = (translate("Stage", "Its date is revealed once it is placed.") if points <= 0
              else translate("Stage", "Its date is revealed once it is placed: in the right place, one point.") if points == 1
              else translate("Stage", "Its date is revealed once it is placed: in the right place, %1 points.")
              .replace("%1", str(points)))
    lines = [hand, translate("Stage", "Taking turns, each team puts one card on the timeline: before, after or between the cards already there."),
             scored]
    y = tiles.bottom() + 70 * u
    for line in lines:
        scene.text(QRectF(body.left() + 60 * u, y, body.width() - 120 * u, 110 * u), line, 40, flags=CENTRE,
                   role="timeline-howto")
        y += 110 * u


def _whole_timeline_needs(scene: Scene, above: QRectF, area: QRectF, ctx: StageContext) -> bool:
    """Whether the last placement's line must give way for the room to see the whole timeline: once
    every card is placed, when all of them show in ``area`` but not in the part ``above`` the line
    (the last card placed stays framed among them)."""
    timeline = ctx.state.timeline
    if timeline.in_hand:
        return False
    count, gap = len(timeline.cards), 16 * scene.u

    def shows_all(room: QRectF) -> bool:
        start, end, _grid, _cols = _stretch(scene, room, ctx, count // 2, gap)
        return end - start == count

    return not shows_all(above) and shows_all(area)


def _owner(ctx: StageContext, card_id: str) -> str:
    for placement in ctx.state.timeline.placements:
        if placement.card_id == card_id and ctx.state.has_team(placement.team_id):
            return ctx.state.team(placement.team_id).colour
    return START_COLOUR


def _placer(ctx: StageContext, card_id: str) -> str:
    """The name of the team that placed ``card_id``; "" for a starting card."""
    for placement in ctx.state.timeline.placements:
        if placement.card_id == card_id and ctx.state.has_team(placement.team_id):
            return ctx.state.team(placement.team_id).name
    return ""


def _columns(count: int, area: QRectF, gap: float, u: float,
             fits: Callable[[float, float], bool]) -> tuple[int, bool]:
    """The number of columns that gives the roomiest tiles (a title needs width and height), among
    those where every title fits whole (``fits(width, height)`` of a tile), and whether they do."""
    best, best_score, best_fits = 1, -1.0, False
    for cols in range(1, max(1, count) + 1):
        rows = math.ceil(count / cols)
        width = (area.width() - gap * (cols - 1)) / cols
        height = min(240 * u, (area.height() - gap * (rows - 1)) / rows)
        if width < 200 * u:
            break
        whole = fits(width, height)
        # Every title whole first; then enough height for a date and three lines, then width.
        score = min(width, 300 * u) + min(height, 190 * u) * 2
        if (whole, score) > (best_fits, best_score):
            best, best_score, best_fits = cols, score, whole
    return best, best_fits


def _least_tile_height(scene: Scene, metrics: QFontMetricsF) -> float:
    """The height a tile needs for its date and three lines of title (``metrics``: the title's font)."""
    return 16 * scene.u + DATE_H * scene.u + metrics.lineSpacing() * TITLE_LINES + 1  # margins, date, title


def _title(ctx: StageContext, card_id: str) -> str:
    try:
        return ctx.deck.card(card_id).title.get(ctx.lang)
    except KeyError:  # a card gone from the deck since the session: its tile stays empty
        return ""


def _titles_fit(u: float, metrics: QFontMetricsF, titles: list[str], width: float, height: float) -> bool:
    """Every title whole in a tile of ``width`` × ``height`` (below its date, within its margins): as
    high as the room under the date, and no word wider than the tile (such a word was cut with an
    ellipsis, « Le calcul des plus gros … » at 1280×720, though its lines fitted in height)."""
    room = QRectF(0, 0, width - 38 * u, 1e6)
    free = height - 16 * u - min(DATE_H * u, (height - 16 * u) * 0.42)

    def whole(title: str) -> bool:
        used = metrics.boundingRect(room, int(LEFT) | int(WRAP), for_the_font(title))
        return used.height() <= free + 0.5 and used.width() <= room.width() + 0.5

    return all(whole(title) for title in titles)


def visible_window(count: int, focus: int, capacity: int) -> tuple[int, int]:
    """The slice [start, end) of the timeline shown when it has more cards than fit, around ``focus``."""
    if count <= capacity:
        return 0, count
    start = min(max(0, focus - capacity // 2), count - capacity)
    return start, start + capacity


def _stretch(scene: Scene, area: QRectF, ctx: StageContext, focus: int, gap: float) -> tuple[int, int, QRectF, int]:
    """The cards shown (``start``, ``end``), the area of their tiles and its number of columns: all
    the cards if their titles fit whole, else the stretch around ``focus`` that does, under a line
    saying how many are earlier and later (every tile stays legible)."""
    count = len(ctx.state.timeline.cards)
    return _fitted(scene, area, ctx, gap, lambda capacity: visible_window(count, focus, capacity))


def _page(scene: Scene, area: QRectF, ctx: StageContext, gap: float) -> tuple[int, int, QRectF, int]:
    """Like :func:`_stretch`, for the whole timeline read page by page: the page ``ctx.timeline_page``
    (modulo their number, set on the scene) of the stretches that fit, from the earliest card."""
    count = len(ctx.state.timeline.cards)

    def paged(most: int) -> list[tuple[int, int, QRectF, int]]:  # at most ``most`` cards a page
        pages, start = [], 0
        while start < count:
            page = _fitted(scene, area, ctx, gap,
                           lambda capacity, first=start: (first, min(count, first + min(capacity, most))))
            pages.append(page)
            start = page[1]
        return pages

    pages = paged(count)
    even = paged(math.ceil(count / len(pages)))  # as many pages, as evenly filled, when they fit so
    if len(even) == len(pages):
        pages = even
    scene.pages = len(pages)
    return pages[ctx.timeline_page % len(pages)]


def _fitted(scene: Scene, area: QRectF, ctx: StageContext, gap: float,
            window: Callable[[int], tuple[int, int]]) -> tuple[int, int, QRectF, int]:
    """The ``window`` of at most so many cards (its argument) that shows every title whole: its
    (``start``, ``end``), grid and columns."""
    u = scene.u
    cards = ctx.state.timeline.cards
    font = scene.font(TITLE_PX * u * scene.text_scale)  # the titles' font, once a layout
    metrics = QFontMetricsF(font)
    tall = _least_tile_height(scene, metrics)
    paged = QRectF(area.left(), area.top() + 52 * u, area.width(), area.height() - 52 * u)

    def most(grid: QRectF) -> int:  # tiles of the least size the grid holds
        return max(1, math.floor((grid.height() + gap) / (tall + gap))) * \
            max(1, math.floor((grid.width() + gap) / (270 * u + gap)))

    capacity = len(cards) if most(area) >= len(cards) else most(paged)
    while True:
        start, end = window(capacity)
        grid = area if end - start >= len(cards) else paged  # a stretch leaves room for its line
        if end - start > most(grid):
            capacity = most(grid)
            continue
        titles = [_title(ctx, card_id) for card_id in cards[start:end]]
        key = (tuple(titles), grid.width(), grid.height(), gap, u, font.key())
        if key not in _FITTED:  # the same layout comes back at each tick of the timer: measured once
            if len(_FITTED) > 256:
                _FITTED.clear()
            _FITTED[key] = _columns(end - start, grid, gap, u, lambda w, h, t=titles: _titles_fit(u, metrics, t, w, h))
        cols, whole = _FITTED[key]
        if whole or capacity == 1:
            return start, end, grid, cols
        capacity -= 1


def _tiles(scene: Scene, area: QRectF, ctx: StageContext, last_id: str | None) -> None:
    u = scene.u
    cards = ctx.state.timeline.cards
    if not cards:
        return
    gap = 16 * u
    if ctx.state.timeline.in_hand and ctx.placing is None:  # a card just placed: around it
        focus = cards.index(last_id) if last_id in cards else len(cards) // 2
        start, end, grid, cols = _stretch(scene, area, ctx, focus, gap)
    else:  # a card held up, or every card placed: the whole timeline, page after page if it does not fit
        # (a team weighing where its card goes sees every card in turn, not only those around the
        # last one placed: the earliest were out of sight for the last turns of four teams)
        start, end, grid, cols = _page(scene, area, ctx, gap)
    if end - start < len(cards):
        note = QRectF(area.left(), area.top(), area.width(), 44 * u)
        before, after = start, len(cards) - end
        parts = []
        if before:
            parts.append(translate("Stage", "%1 earlier").replace("%1", str(before)))
        if after:
            parts.append(translate("Stage", "%1 later").replace("%1", str(after)))
        if scene.pages > 1:  # pages turn by themselves: which one this is, as under the debrief's lists
            parts.append(translate("Stage", "page %1/%2").replace("%1", str(ctx.timeline_page % scene.pages + 1))
                         .replace("%2", str(scene.pages)))
        more = scene.text(note, "   ·   ".join(parts), 30, colour=MUTED, flags=CENTRE, role="timeline-more", wrap=False)
        if before:  # drawn: the app's font has no ◀ ▶ (bataille.ui.marks)
            scene.mark_beside(more, "earlier", "left")
        if after:
            scene.mark_beside(more, "later", "right")
    area = grid
    shown = cards[start:end]
    rows = math.ceil(len(shown) / cols)
    width = (area.width() - gap * (cols - 1)) / cols
    height = min(240 * u, (area.height() - gap * (rows - 1)) / rows)
    # Who placed a card, in words (the stripe's colour alone did not tell a red–green deficiency nor a
    # washed-out projector which team it was): on a line of its own under the title when every title
    # shown still fits above it, else beside the date when it fits there whole (« Les… » names no team).
    metrics = QFontMetricsF(scene.font(TITLE_PX * u * scene.text_scale))
    own_line = _titles_fit(u, metrics, [_title(ctx, card_id) for card_id in shown], width,
                           height - line_height(scene, TEAM_PX))
    for i, card_id in enumerate(shown):
        r, c = divmod(i, cols)
        rect = QRectF(area.left() + c * (width + gap), area.top() + r * (height + gap), width, height)
        highlight = card_id == last_id
        scene.box(rect, PANEL, outline=INK if highlight else "", width=5 * u if highlight else 0, radius=8 * u)
        scene.box(QRectF(rect.left(), rect.top(), 12 * u, rect.height()), _owner(ctx, card_id), radius=4 * u)
        _tile(scene, rect, ctx, card_id, own_line)


def _tile(scene: Scene, rect: QRectF, ctx: StageContext, card_id: str, own_line: bool) -> None:
    """A card's date, title and the team that placed it (none for a starting card) in its tile."""
    u = scene.u
    try:
        card = ctx.deck.card(card_id)
    except KeyError:
        return
    inner = rect.adjusted(26 * u, 8 * u, -12 * u, -8 * u)
    date_h = min(DATE_H * u, inner.height() * 0.42)
    team_h = line_height(scene, TEAM_PX)
    placer = _placer(ctx, card_id)
    right = inner.left()
    if isinstance(card, EventCard):
        short = rect.width() < 330 * u or bool(placer and not own_line)  # the short month leaves the team room
        right = scene.text(QRectF(inner.left(), inner.top(), inner.width(), date_h), _date(card, ctx.lang, short),
                           38, bold=True, role="timeline-date", wrap=False).used.right()
    below = team_h if own_line else 0.0
    scene.text(QRectF(inner.left(), inner.top() + date_h, inner.width(), inner.height() - date_h - below),
               card.title.get(ctx.lang), TITLE_PX, role="timeline-title")
    if placer and own_line:
        team_name(scene, QRectF(inner.left(), inner.bottom() - team_h, inner.width(), team_h), placer, TEAM_PX,
                  colour=MUTED, role="timeline-team", most=1)
        return
    room = inner.right() - right - 16 * u
    wide = QFontMetricsF(scene.font(TEAM_PX * u * scene.text_scale)).horizontalAdvance(for_the_font(placer)) + 1
    if placer and wide <= room:
        scene.text(QRectF(right + 16 * u, inner.top(), room, date_h), placer, TEAM_PX, colour=MUTED, flags=RIGHT,
                   role="timeline-team", wrap=False)


def _placing(scene: Scene, rect: QRectF, ctx: StageContext) -> None:
    u = scene.u
    team_id, card_id = ctx.placing
    scene.box(rect, PANEL, outline=INK, width=3 * u, radius=12 * u)
    inner = rect.adjusted(24 * u, 20 * u, -24 * u, -20 * u)
    scene.text(QRectF(inner.left(), inner.top(), inner.width(), 44 * u), translate("Stage", "Being placed"), 32,
               colour=MUTED, role="placing-heading", wrap=False)
    if ctx.state.has_team(team_id):
        from .team_names import lines_needed

        team = ctx.state.team(team_id)
        lines = lines_needed(scene, [team.name], inner.width() - 56 * u, 34, most=2)
        team_chip(scene, QRectF(inner.left(), inner.top() + 52 * u, inner.width(), (52 + 36 * (lines - 1)) * u),
                  team.name, team.colour, role="placing-team")
        inner.setTop(inner.top() + 36 * (lines - 1) * u)  # a name on two lines: the card below it
    try:
        card = ctx.deck.card(card_id)
    except KeyError:
        return
    scene.text(QRectF(inner.left(), inner.top() + 120 * u, inner.width(), 70 * u), "?", 64, bold=True,
               flags=CENTRE, role="placing-date", wrap=False)
    scene.text(QRectF(inner.left(), inner.top() + 200 * u, inner.width(), 150 * u), card.title.get(ctx.lang),
               40, bold=True, role="placing-title")
    text = card.text.get(ctx.lang) if isinstance(card, EventCard) else ""
    if text:
        scene.text(QRectF(inner.left(), inner.top() + 360 * u, inner.width(), inner.bottom() - inner.top() - 360 * u),
                   text, 30, role="placing-text", grow=True)


def _last_placement(scene: Scene, rect: QRectF, ctx: StageContext, placement) -> None:
    try:
        title = ctx.deck.card(placement.card_id).title.get(ctx.lang)
    except KeyError:
        title = placement.card_id
    team = ctx.state.team(placement.team_id).name if ctx.state.has_team(placement.team_id) else ""
    if placement.correct:
        verdict = translate("Stage", "right, +%1").replace("%1", str(placement.points))
    else:
        verdict = translate("Stage", "moved to its right place")
    quote = quoted(title, ctx.lang)  # its own quotes, if any, turned to the inner kind
    room = 40 * scene.u * scene.text_scale  # the drawn ✓ or ✗ first: the app's font has neither
    colon = "\u00a0:" if ctx.lang == "fr" else ":"
    line = scene.text(rect.adjusted(room, 0, 0, 0), f"{team} — {quote}{colon} {verdict}",
                      34, bold=True, role="last-placement", wrap=False)
    words = title.split()
    while line.cut and len(words) > 1:  # a long title: its first words, so the room knows which card
        words.pop()               # (the framed card may be on another page of the timeline)
        scene.items.remove(line)
        quote = quoted(" ".join(words) + "…", ctx.lang)
        line = scene.text(rect.adjusted(room, 0, 0, 0), f"{team} — {quote}{colon} {verdict}",
                          34, bold=True, role="last-placement", wrap=False)
    if line.cut:  # not even a word of it: the line says who and how
        scene.items.remove(line)
        line = scene.text(rect.adjusted(room, 0, 0, 0), f"{team}{colon} {verdict}",
                          34, bold=True, role="last-placement", wrap=False)
    scene.mark_beside(line, "right" if placement.correct else "wrong", "left")
