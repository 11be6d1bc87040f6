"""The debrief on the stage: the podium, how the room's opinion moved on each debate, the key
figures played, what the room takes away and commits to, and the teams' scenario gauges."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.words import figure_in_title, for_the_font, typeset

from .debrief_lists import MORE_PX, _least_height, _list, _list_height, _shares
from .parts import StageContext, more_line, translate
from .podium import paint_podium, podium_height, podium_need, podium_reads, rank_row
from .scene import CENTRE, INK, MUTED, PANEL, RIGHT, Scene, TextItem


def paint_debrief(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """Rankings and debates on the left; key figures, takeaways and commitments on the right; every
    team's scenario gauges across the bottom when teams played a scenario."""
    u = scene.u
    state = ctx.state
    gap = 24 * u
    body = _invite(scene, body) if ctx.feedback_asked else body  # the room asked for its feedback
    gauges = not ctx.quick and any(path.choices for path in state.scenarios)
    if gauges:  # the room compares its futures: the scenario phase's own table, its rows a little lower
        from .indicators_table import indicators_height, paint_indicators

        table_h = indicators_height(scene, ctx, body.width(), row=46, turn=True)
        paint_indicators(scene, QRectF(body.left(), body.bottom() - table_h, body.width(), table_h), ctx,
                         corner=translate("Stage", "Our indicators in 2035"), turn=True)
        body = QRectF(body.left(), body.top(), body.width(), body.height() - table_h - gap)
        if _scored(ctx) and scene.width / u < 1920 - 0.5 and not podium_reads(
                scene, QRectF(body.left(), body.top(), body.width() * _recap_share(scene, body.width(), ctx),
                              body.height()), ctx):
            _podium_apart(scene, body, ctx)  # eight long names on a 4:3 screen, « 1. 5e A … » beside the lists
            return
    _beside(scene, body, ctx, gauges)


def _podium_apart(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """The podium across the body above the gauges on a page of its own, the debates and the room's
    lists on the next (each turning its own lines every other page)."""
    from dataclasses import replace

    first, before, scene.pages = len(scene.items), scene.pages, 1
    _beside(scene, body, replace(ctx, timeline_page=ctx.timeline_page // 2), True, podium=False)
    if ctx.timeline_page % 2 == 0:
        del scene.items[first:]
        paint_podium(scene, body, ctx)
    scene.pages = max(before, 2 * scene.pages)


def _beside(scene: Scene, body: QRectF, ctx: StageContext, gauges: bool, podium: bool = True) -> None:
    """All but the gauges: the podium (unless ``podium`` is false) and the debates on the left, the
    key figures and the room's words on the right."""
    u, gap = scene.u, 24 * scene.u
    left_w = body.width() * _recap_share(scene, body.width(), ctx)  # wider on 4:3 for the podium's names
    if ctx.quick or not _scored(ctx) or not podium:  # no teams (one debate), or no points given: no podium
        _debates(scene, QRectF(body.left(), body.top(), left_w, body.height()), ctx)
    else:
        # half the column, more when names need two lines; the debates below keep their heading, a
        # row, and the line that says there are more
        voted = len(_voted_twice(ctx))
        row = 44 * _row_lines(scene, left_w - 48 * u, ctx)  # a debate's row: two lines on a narrow screen
        least = (76 + 12 + (row if voted else 50) + (44 if voted > 1 else 0)) * u + gap
        need = podium_need(scene, left_w, ctx)
        column = QRectF(body.left(), body.top(), left_w, body.height())
        if voted and need > body.height() - least:  # eight teams' names over two lines: the debates had a sliver
            scene.pages = max(scene.pages, 2)  # the podium and the debates take the column in turn
            (paint_podium if ctx.timeline_page % 2 == 0 else _debates)(scene, column, ctx)
        else:
            podium_h = min(max(body.height() * 0.5, min(need, body.height() - least)), podium_height(ctx, u))
            paint_podium(scene, QRectF(body.left(), body.top(), left_w, podium_h), ctx)
            _debates(scene, column.adjusted(0, podium_h + gap, 0, 0), ctx)
    right = QRectF(body.left() + left_w + 30 * u, body.top(), body.width() - left_w - 30 * u, body.height())
    lists = ((translate("Stage", "Key figures"), _key_figures(ctx), "key-figure"), *_room_words(ctx))
    page = ctx.timeline_page
    if not gauges:  # the three lists one above the other, each as high as its lines ask, as far as they share
        needs = [_list_height(scene, right.width(), lines, title) for title, lines, _role in lists]
        y = right.top()
        for (title, lines, role), h in zip(lists, _shares(needs, (1, 1, 1), right.height() - 2 * gap), strict=True):
            _list(scene, QRectF(right.left(), y, right.width(), h), title, lines, role, page)
            y += h + gap
        return
    # Lower, under the gauges: the key figures a line each, the room's own words side by side below
    # The figures as high as they read, up to their usual room (more when the room's words leave it).
    half = (right.width() - gap) / 2
    words_h = max(_list_height(scene, half, lines, title) for title, lines, _role in lists[1:])
    usual = min(right.height() * 0.4, 180 * u)
    usual = max(usual, _least_height(scene, right.width(), lists[0][1], lists[0][0]))  # its tallest line whole
    figures_h = min(_list_height(scene, right.width(), lists[0][1], lists[0][0]), max(usual, right.height() - gap - words_h))
    words_least = max(_least_height(scene, half, lines, title) for title, lines, _role in lists[1:])
    figures_h = min(figures_h, max(right.height() - gap - words_least, 0.0))  # the room's words keep a line too
    if _take_turns(scene, right, lists, figures_h, half):
        _in_turn(scene, right, lists, page)
        return
    _list(scene, QRectF(right.left(), right.top(), right.width(), figures_h), *lists[0], page)
    below = right.top() + figures_h + gap
    for i, (title, lines, role) in enumerate(lists[1:]):
        _list(scene, QRectF(right.left() + i * (half + gap), below, half, right.bottom() - below),
              title, lines, role, page)


def _invite(scene: Scene, body: QRectF) -> QRectF:
    """While the phones show the feedback form, one line above all invites the room to it; the body
    left under it."""
    u = scene.u
    invite = QRectF(body.left(), body.top(), body.width(), 56 * u)
    scene.text(invite, translate("Stage", "Give your feedback on your phone"), 40, bold=True,
               flags=CENTRE, role="feedback-invite", wrap=False)
    return body.adjusted(0, invite.height() + 24 * u, 0, 0)


def _take_turns(scene: Scene, right: QRectF, lists, figures_h: float, half: float) -> bool:
    """Whether the column under the gauges is too short or too narrow for the figures and the room's
    words at once (a screen laid out at its height, narrower than 16:9): the figures' tallest line
    would be cut, or a list of the room's words shown in turn, half the column wide, could not say
    « + 5 more · page 1/2 » whole."""
    u, gap = scene.u, 24 * scene.u
    title, figures, _role = lists[0]
    if figures_h < min(_least_height(scene, right.width(), figures, title),
                       _list_height(scene, right.width(), figures, title)) - 0.5:
        return True
    metrics = QFontMetricsF(scene.font(MORE_PX * u * scene.text_scale, bold=True))
    room = right.height() - figures_h - gap
    # every page's line, not page 1's alone: « page 2/5 » is wider than « page 1/5 » and was cut
    return any(len(lines) > 1 and _list_height(scene, half, lines, title) > room + 0.5
               and max(metrics.horizontalAdvance(for_the_font(more_line(len(lines) - 1, page, len(lines))))
                       for page in range(len(lines))) > half - 48 * u
               for title, lines, _role in lists[1:])


def _in_turn(scene: Scene, right: QRectF, lists, page: int) -> None:
    """The key figures with the whole column on one page, the room's words one above the other on
    the next; each list turns its own lines every other page."""
    gap, before, scene.pages = 24 * scene.u, scene.pages, 1
    words = lists[1:]
    needs = [_list_height(scene, right.width(), lines, title) for title, lines, _role in words]
    for side in (0, 1):
        first = len(scene.items)
        if side == 0:
            _list(scene, right, *lists[0], page // 2)
        else:
            y = right.top()
            for (title, lines, role), h in zip(words, _shares(needs, (1, 1), right.height() - gap), strict=True):
                _list(scene, QRectF(right.left(), y, right.width(), h), title, lines, role, page // 2)
                y += h + gap
        if side != page % 2:  # laid out for its count of pages only
            del scene.items[first:]
    scene.pages = max(before, 2 * scene.pages)


def _room_words(ctx: StageContext) -> tuple[tuple[str, list[str], str], ...]:
    """What the room wrote: (title, lines, role) of what it takes away, then of what it commits to."""
    state = ctx.state
    colon = "\u00a0: " if ctx.lang == "fr" else ": "  # French puts a no-break space before a colon
    said = [typeset(text, ctx.lang) for _tid, text in state.debrief.commitments]  # set as the deck's words are
    commitments = [f"{state.team(tid).name}{colon}{text}" if tid and state.has_team(tid) else text
                   for (tid, _typed), text in zip(state.debrief.commitments, said, strict=True)]
    return (
        (translate("Stage", "What we take away"), [typeset(t, ctx.lang) for t in state.debrief.takeaways], "takeaway"),
        (translate("Stage", "What we commit to"), commitments, "commitment"),
    )


def _voted_twice(ctx: StageContext) -> list:
    """The debates whose two votes the room has seen, in order."""
    return [r for r in ctx.state.rounds if r.before and r.after and r.revealed_after]


def _scored(ctx: StageContext) -> bool:
    """Did the teams score (a podium of teams all at 0 would rank nobody)?"""
    return not ctx.quick and any(team.score for team in ctx.state.teams)


def ranks_in_the_recap(ctx: StageContext) -> bool:
    """Does the end's recap (``paint_recap``) rank the teams with their scores?"""
    return _scored(ctx)


def has_recap(ctx: StageContext) -> bool:
    """Is there anything for the end's recap (``paint_recap``): the teams' scores, a debate voted
    twice, or the room's words?"""
    return _scored(ctx) or bool(_voted_twice(ctx)) or any(lines for _title, lines, _role in _room_words(ctx))


def recap_height(scene: Scene, width: float, ctx: StageContext) -> float:
    """How high the recap (``paint_recap``) ``width`` wide needs to be to show all it holds: a line
    or two in panels as high as the stage left them mostly empty."""
    u = scene.u
    voted = _voted_twice(ctx)
    lists = [(title, lines) for title, lines, _role in _room_words(ctx) if lines]
    share = _recap_share(scene, width, ctx)
    needs = [_list_height(scene, _recap_right_width(width, bool(voted) or _scored(ctx), u, share), lines, title)
             for title, lines in lists]
    rows = 56 if _row_lines(scene, width * share - 48 * u, ctx) == 1 else 96
    left = [(76 + 12 + rows * len(voted)) * u] if voted else []  # _debates: its heading, a row each, its margin
    left += [podium_height(ctx, u)] if _scored(ctx) else []
    return max(sum(left) + 24 * u * (len(left) - 1), sum(needs) + 24 * u * (len(needs) - 1), 200 * u)


def _recap_right_width(width: float, left: bool, u: float, share: float = 0.42) -> float:
    """The recap's column of the room's words: beside the podium and the debates (``share`` of
    ``width``) when there are any, else the whole width."""
    return width * (1 - share) - 30 * u if left else width


def _recap_share(scene: Scene, width: float, ctx: StageContext) -> float:
    """The recap's left column's share of ``width``: 0.42, wider on a screen narrower than 16:9
    (4:3, 5:4) as far as the podium's names then read whole on a line in its two columns."""
    u = scene.u
    if not _scored(ctx) or scene.width / u >= 1920 - 0.5:
        return 0.42
    for share in (0.42, 0.5, 0.58):
        if rank_row(scene, (width * share - 72 * u) / 2, ctx) == 44:
            return share
    return 0.42


def paint_recap(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """The end of a full workshop, under the thanks: the podium and how opinion moved on each
    debate (left), what the room takes away and commits to (right), each only when it has
    something to say."""
    u = scene.u
    gap = 24 * u
    lists = [entry for entry in _room_words(ctx) if entry[1]]
    debates, podium = bool(_voted_twice(ctx)), _scored(ctx)
    share = _recap_share(scene, body.width(), ctx)
    right_w = _recap_right_width(body.width(), debates or podium, u, share)
    if debates or podium:
        width = body.width() * share if lists else body.width() * 0.6  # alone: centred, its rows not stretched
        left = QRectF(body.left() if lists else body.center().x() - width / 2, body.top(), width, body.height())
        if podium:  # as high as its rows ask, the debates below keeping what theirs need (eight teams
            # on a 4:3 screen: the ranks were squeezed into half the column over an empty panel)
            rows = 56 if _row_lines(scene, width - 48 * u, ctx) == 1 else 96
            debates_h = (76 + 12 + rows * len(_voted_twice(ctx))) * u + gap if debates else 0.0
            podium_h = min(podium_height(ctx, u), max(body.height() * 0.5, body.height() - debates_h))
            paint_podium(scene, QRectF(left.left(), left.top(), width, podium_h), ctx)
            left.setTop(left.top() + podium_h + gap)
        if debates:
            _debates(scene, left, ctx)
    if not lists:
        return
    right = QRectF(body.left() + body.width() * share + 30 * u, body.top(), right_w, body.height()) \
        if debates or podium else body
    needs = [_list_height(scene, right.width(), lines, title) for title, lines, _role in lists]
    y = right.top()
    for (title, lines, role), h in zip(lists, _shares(needs, (1,) * len(lists), right.height() - gap * (len(lists) - 1)),
                                       strict=True):
        _list(scene, QRectF(right.left(), y, right.width(), h), title, lines, role, ctx.timeline_page)
        y += h + gap


def _debates(scene: Scene, panel: QRectF, ctx: StageContext) -> None:
    """For each debate voted twice: its theme, "agree" before → after, and the side that won."""
    u = scene.u
    scene.box(panel, PANEL, radius=10 * u)
    scene.text(QRectF(panel.left() + 24 * u, panel.top() + 12 * u, panel.width() - 48 * u, 56 * u),
               translate("Stage", "How opinion moved"), 40, bold=True, role="heading", wrap=False)
    voted = _voted_twice(ctx)
    inner = panel.adjusted(24 * u, 76 * u, -24 * u, -12 * u)
    if not voted:
        scene.text(QRectF(inner.left(), inner.top(), inner.width(), 50 * u),
                   translate("Stage", "No debate voted twice yet."), 30, colour=MUTED, role="debate-shift")
        return
    shown = voted
    lines = _row_lines(scene, inner.width(), ctx)  # the theme over its figures where both do not fit a line
    if len(voted) * 44 * u * lines > inner.height() + 0.5:  # not all read whole: the latest first, the others
        more_h = 44 * u  # in turn
        inner.setHeight(inner.height() - more_h)
        most = max(1, int((inner.height() + 0.5) // (44 * u * lines)))
        pages = [(max(0, end - most), end) for end in range(len(voted), 0, -most)]
        scene.pages = max(scene.pages, len(pages))
        start, end = pages[ctx.timeline_page % len(pages)]
        shown = voted[start:end]
        scene.text(QRectF(inner.left(), inner.bottom(), inner.width(), more_h),
                   more_line(len(voted) - len(shown), ctx.timeline_page, len(pages)),
                   MORE_PX, bold=True, colour=MUTED, role="debate-more", wrap=False)
    row_h = min((56 if lines == 1 else 96) * u, inner.height() / len(shown))
    for i, rnd in enumerate(shown):
        row = QRectF(inner.left(), inner.top() + i * row_h, inner.width(), row_h)
        theme = ctx.deck.theme_name(rnd.theme_id, ctx.lang)
        before, after = rnd.before.total.whole_share("agree"), rnd.after.total.whole_share("agree")
        arrow = "rise" if after > before else "fall" if after < before else "same"
        if lines == 2:  # a narrow column (4:3, 5:4): the theme's name on a line, its figures under it
            scene.text(QRectF(row.left(), row.top(), row.width(), row.height() / 2), theme, 30, colour=INK,
                       role="debate-theme", wrap=False)
            shift = scene.text(QRectF(row.left(), row.top() + row.height() / 2, row.width(), row.height() / 2),
                               _shift_words(rnd), 30, bold=True, colour=INK, flags=RIGHT, role="debate-shift",
                               wrap=False)
            _arrow_in_room(scene, shift, arrow)
            continue
        # The figures are never cut: the theme's name gives way first (cut with an ellipsis).
        scene.text(QRectF(row.left(), row.top(), row.width() * 0.5, row.height()), theme, 30, colour=INK,
                   role="debate-theme", wrap=False)
        shift = scene.text(QRectF(row.left() + row.width() * 0.5, row.top(), row.width() * 0.5, row.height()),
                           _shift_words(rnd), 30, bold=True, colour=INK, flags=RIGHT, role="debate-shift",
                           wrap=False, min_px=8)
        _arrow_in_room(scene, shift, arrow)


def _shift_words(rnd) -> str:
    """« d’accord 46 % ↘ 31 % »: the share that agreed before and after, room kept for the arrow."""
    before, after = rnd.before.total.whole_share("agree"), rnd.after.total.whole_share("agree")
    head, _, tail = translate("Stage", "agree %1% %2 %3%").partition("%2")
    return head.replace("%1", str(before)) + ARROW_ROOM + tail.replace("%3", str(after))


def _row_lines(scene: Scene, width: float, ctx: StageContext) -> int:
    """A debate's row in one line ``width`` wide (window pixels), its theme's name and its figures
    each in half of it, or in two where either does not fit there."""
    if scene.width / scene.u >= 1920 - 0.5:  # 16:9 or wider: a line, the theme's name giving way first
        return 1
    half = width * 0.5
    plain = QFontMetricsF(scene.font(30 * scene.u * scene.text_scale))  # at the size they are drawn
    bold = QFontMetricsF(scene.font(30 * scene.u * scene.text_scale, bold=True))
    for rnd in _voted_twice(ctx):
        theme = for_the_font(ctx.deck.theme_name(rnd.theme_id, ctx.lang))
        if plain.horizontalAdvance(theme) > half + 0.5 or bold.horizontalAdvance(for_the_font(_shift_words(rnd))) > half + 0.5:
            return 2
    return 1


def _key_figures(ctx: StageContext) -> list[str]:
    """The figures of the fact cards played as evidence, each once, in the order they were played."""
    seen: list[str] = []
    for rnd in ctx.state.rounds:
        for evidence in rnd.evidence:
            try:
                card = ctx.deck.card(evidence.card_id)
            except KeyError:
                continue
            figure = getattr(card, "figure", None)
            title = card.title.get(ctx.lang)
            said = figure.get(ctx.lang) if figure else ""
            line = f"{said} — {title}" if said and not figure_in_title(said, title) else title
            if line not in seen:
                seen.append(line)
    return seen


ARROW_ROOM = "\u00a0" * 3  # where the drawn ↗ ↘ → goes: the app's font has none of them


def _arrow_in_room(scene: Scene, text: TextItem, kind: str) -> None:
    """Draw the arrow ``kind`` in the room ARROW_ROOM keeps inside ``text``."""
    at = text.text.find(ARROW_ROOM)
    if at < 0:
        return
    metrics = QFontMetricsF(scene.font(text.px, text.bold))
    left = text.used.left() + metrics.horizontalAdvance(text.text[:at])
    room = metrics.horizontalAdvance(ARROW_ROOM)
    size = min(room * 0.9, text.px * 0.8)
    scene.mark(QRectF(left + (room - size) / 2, text.used.center().y() - size / 2, size, size), kind, text.colour)
