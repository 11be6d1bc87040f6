"""The shared timeline on the stage: placed cards with their dates, and the card being placed (no date)."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QLocale, QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.deck.models import EventCard
from bataille.words import for_the_font
from bataille.workshop.flow import timeline_turn

from .parts import StageContext, message, translate
from .scene import CENTRE, INK, LEFT, MUTED, PANEL, RIGHT, WRAP, Scene
from .team_names import line_height, team_name
from .timeline_parts import (
    TEAM_PX,
    beside_dates,
    last_placement,
    next_row,
    next_team,
    page_labels,
    placing,
    result_height,
)

START_COLOUR = "#78909C"
DATE_H, TITLE_PX, TITLE_LINES = 52, 28, 3  # a tile: its date, then up to three lines of title (1080p px)
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
    turn = timeline_turn(ctx.state)
    side = QRectF(body.right() - 520 * u, body.top(), 520 * u, body.height())
    if ctx.placing is not None:
        placing(scene, side, ctx)
        area.setRight(side.left() - 30 * u)
    elif turn is not None and ctx.state.has_team(turn):  # whose turn it is, where its card will show
        next_team(scene, QRectF(side.left(), side.top(), side.width(), min(side.height(), 200 * u)), ctx, turn)
        area.setRight(side.left() - 30 * u)
    # Every card placed: the last one's line gives way to the whole timeline (it stayed under the
    # finished timeline, a miss said as if the game went on), and no card is framed as the last.
    last = timeline.placements[-1] if timeline.placements and not timeline.all_placed else None
    if last is not None:
        high = result_height(scene, area.width(), ctx, last)
        strip = QRectF(area.left(), area.bottom() - high, area.width(), high)
        above = QRectF(area.left(), area.top(), area.width(), strip.top() - 16 * u - area.top())
        if _line_shown(scene, above, ctx):
            area = above
            last_placement(scene, strip, ctx, last)
    last_id = last.card_id if last is not None else None
    _tiles(scene, area, ctx, last_id)  # the last card placed framed, its line shown or not


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
    turn = timeline_turn(ctx.state)
    if turn is not None and ctx.state.has_team(turn):  # the team that starts, named before its card is held
        next_row(scene, QRectF(body.left() + 60 * u, y + 10 * u, body.width() - 120 * u,
                               min(64 * u, body.bottom() - y - 10 * u)), ctx, turn)


def _line_shown(scene: Scene, above: QRectF, ctx: StageContext) -> bool:
    """Whether the last placement's line shows under the cards in ``above``:
    it speaks only of a card the room sees, its title whole. Just placed, the cards around it show
    with it. A card held up, or every card placed: only when the whole timeline shows above it (it sat
    under page 1/2 while its card was on page 2), on as many lines as its title needs (it was cut to
    « « Des images… » »); else the whole timeline has the room."""
    timeline = ctx.state.timeline
    if timeline.in_hand and ctx.placing is None:
        return True
    count = len(timeline.cards)
    start, end, _grid, _cols = _stretch(scene, above, ctx, count // 2, 16 * scene.u)
    return end - start == count


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
             fits: Callable[[float, float], int | None], team_h: float = 0.0, least: float = 0.0) -> tuple[int, bool]:
    """The number of columns that gives the roomiest tiles (a title needs width and height), among
    those where every title fits whole (``fits(width, height)`` of a tile: None if not, else how well
    the teams are named there: whole names rather than initials, in tiles at least ``least`` high),
    and whether they do."""
    best, best_score, best_fits = 1, (-1, -1.0), False
    for cols in range(1, max(1, count) + 1):
        rows = math.ceil(count / cols)
        width = (area.width() - gap * (cols - 1)) / cols
        height = min(240 * u + team_h, (area.height() - gap * (rows - 1)) / rows)  # the team's line: its own
        if width < 200 * u:
            break
        named = fits(width, height)
        whole = named is not None
        # Every title whole first; then the teams' names rather than initials (« R », « G » on every
        # tile for one long name), in tiles high enough for a date and three lines; then that height,
        # then width.
        score = (min(named or 0, 1) if height >= least else 0, min(width, 300 * u) + min(height, 190 * u) * 2)
        if (whole, score) > (best_fits, best_score):
            best, best_score, best_fits = cols, score, whole
    return best, best_fits


def _team_line(scene: Scene, ctx: StageContext) -> float:
    """The room under a tile's title for the team that placed it, once a card is placed: a line at the
    size a team's name may come down to (the size it has at 100 %)."""
    if not ctx.state.timeline.placements:
        return 0.0
    return line_height(scene, TEAM_PX / max(1.0, scene.text_scale))


def _least_tile_height(scene: Scene, metrics: QFontMetricsF) -> float:
    """The height a tile needs for its date and three lines of title (``metrics``: the title's font)."""
    return 16 * scene.u + DATE_H * scene.u + metrics.lineSpacing() * TITLE_LINES + 1  # margins, date, title


def _title(ctx: StageContext, card_id: str) -> str:
    try:
        return ctx.deck.card(card_id).title.get(ctx.lang)
    except KeyError:  # a card gone from the deck since the session: its tile stays empty
        return ""


def _titles_fit(u: float, metrics: QFontMetricsF, titles: list[str], width: float, height: float,
                below: float = 0.0) -> bool:
    """Every title whole in a tile of ``width`` × ``height`` (below its date, within its margins): as
    high as the room under the date, and no word wider than the tile (such a word was cut with an
    ellipsis, « Le calcul des plus gros … » at 1280×720, though its lines fitted in height)."""
    room = QRectF(0, 0, width - 38 * u, 1e6)
    free = height - 16 * u - min(DATE_H * u, (height - 16 * u) * 0.42) - below  # ``below``: the team's line

    def whole(title: str) -> bool:
        used = metrics.boundingRect(room, int(LEFT) | int(WRAP), for_the_font(title))
        return used.height() <= free + 0.5 and used.width() <= room.width() + 0.5

    return all(whole(title) for title in titles)


# How a page names the teams: under the titles or beside the dates, the dates' size, each team's
# form, the step of shortening (0 whole, 1 without the article, 2 initials).
Naming = tuple[bool, float, dict[str, str], int]


def _naming(scene: Scene, ctx: StageContext, metrics: QFontMetricsF, cards: list[str], width: float,
            height: float, team_h: float) -> Naming | None:
    """How the tiles ``width`` × ``height`` of ``cards`` name the teams that placed them, every title
    whole, the same way on every tile (some named under the title, others beside a shortened date,
    read as two rules): on a line under each title, else beside each date; None when neither fits."""
    u = scene.u
    if min(DATE_H * u, (height - 16 * u) * 0.42) < QFontMetricsF(scene.font(28 * u * scene.text_scale, True)).height():
        return None  # too low a tile for its date even at the smallest size (« août 1955 » cut on 5:4)
    placers = {card_id: _placer(ctx, card_id) for card_id in cards}
    titles = [_title(ctx, card_id) for card_id in cards]
    named = [t for t, card_id in zip(titles, cards, strict=True) if placers[card_id]]
    starts = [t for t, card_id in zip(titles, cards, strict=True) if not placers[card_id]]
    if not _titles_fit(u, metrics, starts, width, height):
        return None
    if _titles_fit(u, metrics, named, width, height, team_h if named else 0.0):
        return True, 38.0, page_labels(scene, ctx, sorted(set(filter(None, placers.values()))), width - 38 * u), 0
    if not _titles_fit(u, metrics, named, width, height):
        return None
    tiles = []
    for card_id, placer in placers.items():
        try:
            card = ctx.deck.card(card_id)
        except KeyError:
            continue
        if placer and isinstance(card, EventCard):
            tiles.append((_date(card, ctx.lang, True), placer))
    beside = beside_dates(scene, ctx, tiles, width - 38 * u)
    return None if beside is None else (False, *beside)


def _cards_fit(scene: Scene, ctx: StageContext, metrics: QFontMetricsF, cards: list[str], width: float,
               height: float, team_h: float) -> int | None:
    """Every card's title whole in its tile, and its team named there (see :func:`_naming`): 1 in
    words, 0 some in initials, None if not."""
    naming = _naming(scene, ctx, metrics, cards, width, height, team_h)
    return None if naming is None else int(naming[0] or naming[3] < 2)


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
    team_h = _team_line(scene, ctx)  # a line under the titles for the team that placed each card
    tall = _least_tile_height(scene, metrics)  # the team beside the date, if need be
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
        shown = cards[start:end]
        key = (tuple((_title(ctx, c), _placer(ctx, c)) for c in shown), grid.width(), grid.height(), gap, u,
               font.key(), team_h, scene.text_scale)
        if key not in _FITTED:  # the same layout comes back at each tick of the timer: measured once
            if len(_FITTED) > 256:
                _FITTED.clear()
            _FITTED[key] = _columns(end - start, grid, gap, u,
                                    lambda w, h, c=shown: _cards_fit(scene, ctx, metrics, c, w, h, team_h), team_h, tall)
        cols, whole = _FITTED[key]
        if whole or capacity == 1:
            return start, end, grid, cols
        capacity -= 1


def _shown(scene: Scene, area: QRectF, ctx: StageContext, last_id: str | None) -> tuple[int, int, QRectF, int]:
    """The cards shown in ``area`` (``start``, ``end``), their grid and its columns."""
    cards, gap = ctx.state.timeline.cards, 16 * scene.u
    if ctx.state.timeline.in_hand and ctx.placing is None:  # a card just placed: around it
        focus = cards.index(last_id) if last_id in cards else len(cards) // 2
        return _stretch(scene, area, ctx, focus, gap)
    # A card held up, or every card placed: the whole timeline, page after page if it does not fit
    # (a team weighing where its card goes sees every card in turn, not only those around the last
    # one placed: the earliest were out of sight for the last turns of four teams).
    return _page(scene, area, ctx, gap)


def _tiles(scene: Scene, area: QRectF, ctx: StageContext, last_id: str | None) -> None:
    u = scene.u
    cards = ctx.state.timeline.cards
    if not cards:
        return
    gap = 16 * u
    start, end, grid, cols = _shown(scene, area, ctx, last_id)
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
    team_h = _team_line(scene, ctx)
    height = min(240 * u + team_h, (area.height() - gap * (rows - 1)) / rows)
    # Who placed a card, in words (the stripe's colour alone did not tell a red–green deficiency nor a
    # washed-out projector which team it was): on a line of its own under the title (the layout leaves
    # room for it), else beside the date; whole, or in a short form no other team shares.
    metrics = QFontMetricsF(scene.font(TITLE_PX * u * scene.text_scale))
    naming = _naming(scene, ctx, metrics, shown, width, height, team_h) or \
        (True, 38.0, page_labels(scene, ctx, [_placer(ctx, c) for c in shown if _placer(ctx, c)], width - 38 * u), 0)
    for i, card_id in enumerate(shown):
        r, c = divmod(i, cols)
        rect = QRectF(area.left() + c * (width + gap), area.top() + r * (height + gap), width, height)
        highlight = card_id == last_id
        scene.box(rect, PANEL, outline=INK if highlight else "", width=5 * u if highlight else 0, radius=8 * u)
        scene.box(QRectF(rect.left(), rect.top(), 12 * u, rect.height()), _owner(ctx, card_id), radius=4 * u)
        _tile(scene, rect, ctx, card_id, naming)


def _tile(scene: Scene, rect: QRectF, ctx: StageContext, card_id: str, naming: Naming) -> None:
    """A card's date, title and the team that placed it (none for a starting card) in its tile, named
    as the page's ``naming`` says."""
    u = scene.u
    try:
        card = ctx.deck.card(card_id)
    except KeyError:
        return
    inner = rect.adjusted(26 * u, 8 * u, -12 * u, -8 * u)
    date_h = min(DATE_H * u, inner.height() * 0.42)
    own_line, date_px, labels, _step = naming
    team_h = _team_line(scene, ctx) if own_line else line_height(scene, TEAM_PX)
    placer = _placer(ctx, card_id)
    label = labels.get(placer) or for_the_font(placer)
    right = inner.left()
    if isinstance(card, EventCard):
        short = rect.width() < 330 * u or not own_line  # the short month leaves the team room
        date = _date(card, ctx.lang, short)
        right = scene.text(QRectF(inner.left(), inner.top(), inner.width(), date_h), date,
                           date_px, bold=True, role="timeline-date", wrap=False).used.right()
    below = team_h if own_line and placer else 0.0
    scene.text(QRectF(inner.left(), inner.top() + date_h, inner.width(), inner.bottom() - inner.top() - date_h - below),
               card.title.get(ctx.lang), TITLE_PX, role="timeline-title")
    if placer and own_line:
        team_name(scene, QRectF(inner.left(), inner.bottom() - team_h, inner.width(), team_h),
                  label, TEAM_PX, colour=MUTED, role="timeline-team", most=1)
    elif placer:
        room = inner.right() - right - 16 * u
        scene.text(QRectF(right + 16 * u, inner.top(), room, date_h), label, TEAM_PX, colour=MUTED, flags=RIGHT,
                   role="timeline-team", wrap=False)
