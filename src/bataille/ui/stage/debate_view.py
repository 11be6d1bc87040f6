"""The debate on the stage: the card large in its theme, sides, evidence, and the votes once revealed."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from bataille.deck.models import DebateCard, FactCard, Theme
from bataille.words import for_the_font, quoted
from bataille.workshop import DebateRound, Shift, shift_verdict
from bataille.workshop.flow import debate_award
from bataille.workshop.minds import mind_changes

from .parts import (
    MARGIN,
    StageContext,
    choice_label,
    message,
    side_label,
    team_chip,
    theme_band,
    themes_grid,
    translate,
    vote_bars,
)
from .scene import BACKGROUND, CENTRE, INK, MIN_PX, MUTED, PANEL, RIGHT, TOP_LEFT, Scene


def _theme(ctx: StageContext, theme_id: str) -> Theme | None:
    try:
        return ctx.deck.theme(theme_id)
    except KeyError:
        return None


def _shown_round(ctx: StageContext) -> DebateRound | None:
    return ctx.state.open_round or (ctx.state.rounds[-1] if ctx.state.rounds else None)


def sides_in_the_scores(scene: Scene, ctx: StageContext) -> list[tuple[str, list]] | None:
    """The sides (label, teams) for the scores strip to show, when the debate's own would need
    names on two lines (long names, five teams or more): under the card they would leave the
    claim a line; the strip names every team whole already. None: the sides stay under the card."""
    rnd = _shown_round(ctx)
    if rnd is None or not rnd.sides or ctx.quick:
        return None
    if _sides_layout(scene, (scene.width - 2 * MARGIN * scene.u) * 0.56, ctx, rnd)[2] == 1:
        return None
    state = ctx.state
    sided = {tid for tid, _side in rnd.sides}
    groups = [(_side_label(ctx, side), [state.team(tid) for tid, s in rnd.sides if s == side and state.has_team(tid)])
              for side in ("for", "against")]
    groups.append(("", [team for team in state.teams if team.id not in sided]))  # on no side: named still
    return [(label, teams) for label, teams in groups if teams]


def paint_debate(scene: Scene, body: QRectF, ctx: StageContext, sides_below: bool = False) -> None:
    """The open round, else the last one, else the themes to come; ``sides_below``: the scores
    strip shows the sides (``sides_in_the_scores``)."""
    state = ctx.state
    rnd = _shown_round(ctx)
    if rnd is None:
        message(scene, QRectF(body.left(), body.top(), body.width(), 200 * scene.u),
                translate("Stage", "Debates"), [])
        themes_grid(scene, QRectF(body.left() + 100 * scene.u, body.top() + 220 * scene.u,
                                  body.width() - 200 * scene.u, body.height() - 240 * scene.u), ctx)
        return
    u = scene.u
    gap = 40 * u
    left = QRectF(body.left(), body.top(), body.width() * 0.56, body.height())
    right = QRectF(left.right() + gap, body.top(), body.right() - left.right() - gap, body.height())
    _card(scene, left, ctx, rnd, sides_below)
    _votes(scene, right, rnd, ctx.phones if rnd is state.open_round else None, ctx.growing,
           ctx.join if rnd is state.open_round else None, debate_award(state, rnd))


def _card(scene: Scene, area: QRectF, ctx: StageContext, rnd: DebateRound, sides_below: bool = False) -> None:
    u = scene.u
    try:
        card = ctx.deck.card(rnd.card_id)
    except KeyError:
        card = None
    theme_band(scene, QRectF(area.left(), area.top(), area.width(), 100 * u), ctx.deck,
               _theme(ctx, rnd.theme_id), ctx.lang, px=38)
    # A quick debate's camps are its sides ("For: For" says nothing); the strip may show them.
    sides = rnd.sides and not ctx.quick and not sides_below
    sides_h = sides_height(scene, area.width(), ctx, rnd) if sides else 0
    evidence_h = evidence_height(len(rnd.evidence)) * u
    extras_h = (sides_h + 14 * u if sides else 0) + (evidence_h + 14 * u if rnd.evidence else 0)
    panel = QRectF(area.left(), area.top() + 112 * u, area.width(), area.height() - 112 * u - extras_h)
    scene.box(panel, PANEL, radius=10 * u)
    inner = panel.adjusted(30 * u, 20 * u, -30 * u, -20 * u)
    # Many teams leave the card less room: the claim keeps it, the round number goes first.
    roomy = inner.height() >= 380 * u
    top = inner.top()
    if roomy and not ctx.quick:  # a quick debate has one debate: no "Debate 1" for the class to wonder about
        number = translate("Stage", "Debate %1").replace("%1", str(rnd.number))
        if rnd.closed:
            number += " · " + translate("Stage", "closed")
        scene.text(QRectF(inner.left(), top, inner.width(), 44 * u), number, 30, colour=MUTED,
                   role="round", wrap=False)
        top += 50 * u
    title = card.title.get(ctx.lang) if card else rnd.card_id
    title_h = 120 * u if roomy else 60 * u
    claim = card.claim.get(ctx.lang) if isinstance(card, DebateCard) else ""
    if roomy or not claim or inner.height() >= title_h + 12 * u + 44 * u:  # too low for both: the claim
        scene.text(QRectF(inner.left(), top, inner.width(), title_h), title, 46 if roomy else 38, bold=True,
                   role="card-title", wrap=roomy)
        top += title_h + 12 * u
    if claim:
        scene.text(QRectF(inner.left(), top, inner.width(), inner.bottom() - top),
                   quoted(claim, ctx.lang), 48, role="claim",
                   flags=CENTRE, grow=True)
    y = panel.bottom() + 14 * u
    if sides:
        _sides(scene, QRectF(area.left(), y, area.width(), sides_h), ctx, rnd)
        y += sides_h + 14 * u
    if rnd.evidence:
        _evidence(scene, QRectF(area.left(), y, area.width(), evidence_h), ctx, rnd)


def per_row(rnd: DebateRound) -> int:
    """Teams per row of a side: two, three for a side of three (their names keep room to stand
    whole), four when a side has more (the claim keeps its room)."""
    most = max((sum(1 for _, s in rnd.sides if s == side) for side in ("for", "against")), default=0)
    return 2 if most <= 2 else 3 if most == 3 else 4


def side_rows(rnd: DebateRound) -> int:
    """Rows the sides take: per side, one row for every ``per_row`` teams."""
    n = per_row(rnd)
    return sum(max(1, -(-sum(1 for _, s in rnd.sides if s == side) // n)) for side in ("for", "against"))


SIDE_ROW, SIDE_LINE = 55, 24  # 1080p pixels: a row of a side, and what a name on two lines adds to it


def _side_label(ctx: StageContext, side: str) -> str:
    return side_label(side) + ("\u00a0:" if ctx.lang == "fr" else ":")


def _sides_layout(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> tuple[float, int, int]:
    """The sides ``width`` wide: the labels' column (as wide as the longer label), the teams a row,
    and the lines the longest name takes in its chip (two when one is too short for it)."""
    from PySide6.QtGui import QFontMetricsF

    from .team_names import lines_needed

    u = scene.u
    bold = QFontMetricsF(scene.font(30 * u * scene.text_scale, True))
    label_w = max(bold.horizontalAdvance(_side_label(ctx, side)) for side in ("for", "against")) + 24 * u
    n = per_row(rnd)
    names = [ctx.state.team(tid).name for tid, _s in rnd.sides if ctx.state.has_team(tid)]
    chip = (width - label_w) / n - 8 * u - (56 if n == 2 else 34) * u
    return label_w, n, lines_needed(scene, names, chip, 30 if n == 2 else 28, most=2) if names else 1


def sides_height(scene: Scene, width: float, ctx: StageContext, rnd: DebateRound) -> float:
    """The sides' height (window pixels) ``width`` wide."""
    lines = _sides_layout(scene, width, ctx, rnd)[2]
    return side_rows(rnd) * (SIDE_ROW + SIDE_LINE * (lines - 1)) * scene.u


def _sides(scene: Scene, rect: QRectF, ctx: StageContext, rnd: DebateRound) -> None:
    """Each side's name, then its teams (colour swatch and name), two or three teams to a row."""
    u = scene.u
    label_w, n, lines = _sides_layout(scene, rect.width(), ctx, rnd)
    row_h = (SIDE_ROW + SIDE_LINE * (lines - 1)) * u
    y = rect.top()
    for side in ("for", "against"):
        teams = [ctx.state.team(tid) for tid, s in rnd.sides if s == side and ctx.state.has_team(tid)]
        scene.text(QRectF(rect.left(), y, label_w, SIDE_ROW * u), _side_label(ctx, side), 30, bold=True,
                   role="side-label", wrap=False)
        width = (rect.width() - label_w) / n
        for j, team in enumerate(teams):
            r, c = divmod(j, n)
            chip = QRectF(rect.left() + label_w + c * width, y + r * row_h + 4 * u, width - 8 * u, row_h - 8 * u)
            team_chip(scene, chip, team.name, team.colour, role="side", px=30 if n == 2 else 28,
                      swatch_size=44 if n == 2 else 26)
        y += max(1, -(-len(teams) // n)) * row_h


EVIDENCE_ROOM = 3  # cards side by side with their titles; more, and each shows its team and figure only
EVIDENCE_MOST = 6  # on two rows of three: a card for each team of six


def evidence_height(played: int) -> float:
    """The evidence strip's height (1080p pixels): none, one row of cards with their titles, or
    two rows of compact cards (team and figure) from the fourth card on."""
    if not played:
        return 0
    return 44 + (186 if played <= EVIDENCE_ROOM else 2 * 128)


def _evidence(scene: Scene, rect: QRectF, ctx: StageContext, rnd: DebateRound) -> None:
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
    compact = len(shown) > EVIDENCE_ROOM
    columns = EVIDENCE_ROOM if compact else max(2, len(shown))
    rows = 2 if compact else 1
    width = rect.width() / columns
    height = (rect.height() - 44 * u) / rows
    for i, evidence in enumerate(shown):
        row, column = divmod(i, columns)
        box = QRectF(rect.left() + column * width, rect.top() + 44 * u + row * height,
                     width - 12 * u, height - (8 * u if compact else 0))
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
            said = scene.text(QRectF(inner.left(), inner.top(), inner.width(), min(inner.height(), 80 * u)), figure,
                              32, bold=True, role="evidence-figure", flags=TOP_LEFT)
            inner.setTop(said.used.bottom() + 6 * u)
        if (not figure or not compact) and inner.height() >= 30 * u:  # compact: a figure, else its title
            scene.text(inner, title, 28, role="evidence")


def _votes(scene: Scene, area: QRectF, rnd: DebateRound, phones: tuple[str, int, int] | None = None,
           growing: tuple[str, float] | None = None, join: tuple[str, str, list[list[bool]]] | None = None,
           award: tuple[int, str] | None = None) -> None:
    u = scene.u
    lines = (award is not None) + (rnd.visible_shift() is not None and mind_changes(rnd) is not None)
    shift_h = (190 + 40 * lines) * u  # the verdict keeps its room above the lines under it
    block_h = (area.height() - shift_h - 20 * u) / 2
    # Phones on: where to join, in the box of the vote that comes next, for a latecomer
    coming = next((stage for stage in ("before", "after") if rnd.vote(stage) is None and not rnd.phone_votes(stage)),
                  None) if phones is None else None
    for i, stage in enumerate(("before", "after")):
        rect = QRectF(area.left(), area.top() + i * (block_h + 10 * u), area.width(), block_h)
        scene.box(rect, PANEL, radius=10 * u)
        inner = rect.adjusted(24 * u, 16 * u, -24 * u, -16 * u)
        heading = translate("Stage", "Vote before the debate") if stage == "before" else translate("Stage", "Vote after the debate")
        scene.text(QRectF(inner.left(), inner.top(), inner.width(), 48 * u), heading, 36, bold=True,
                   role="vote-heading", wrap=False)
        bars = QRectF(inner.left(), inner.top() + 58 * u, inner.width(), inner.height() - 58 * u)
        vote = rnd.visible_vote(stage)
        if vote is not None:
            scene.text(QRectF(inner.left(), inner.top(), inner.width(), 48 * u),
                       (translate("Stage", "1 voter") if vote.total.total == 1 else
                        translate("Stage", "%1 voters").replace("%1", str(vote.total.total))), 30, colour=INK,
                       flags=RIGHT, role="vote-total", wrap=False)
            grown = growing[1] if growing is not None and growing[0] == stage else 1.0
            vote_bars(scene, bars, vote.total, role=f"vote-{stage}", grown=grown)
        else:
            hidden = translate("Stage", "Recorded, not shown yet") if rnd.vote(stage) is not None else translate("Stage", "Not voted yet")
            scene.box(bars, BACKGROUND, radius=8 * u)
            kept = rnd.phone_votes(stage) if rnd.vote(stage) is None else ()
            if phones is not None and phones[0] == stage:  # how many, never what: hidden until revealed
                _phones_answering(scene, bars, stage, answers_of_phones(phones[1], phones[2]), join=join)
            elif kept:  # the phones' vote closed, their answers kept, the vote not yet recorded
                _phones_answering(scene, bars, stage, answers_count(len(kept)),
                                  translate("Stage", "Phones' vote closed, not shown yet"))
            else:
                if join is not None and stage == coming:
                    bars = _join_corner(scene, bars, stage, join)
                scene.text(bars, hidden, 34, colour=MUTED, flags=CENTRE, role=f"vote-{stage}-hidden")
    shift_rect = QRectF(area.left(), area.bottom() - shift_h, area.width(), shift_h)
    _shift(scene, shift_rect, rnd, award)


def answers_count(answered: int) -> str:
    """"12 answers", "1 answer". Three forms, not Qt's plurals (lupdate finds none in translate()):
    French says "0 réponse"."""
    return (translate("Stage", "0 answers") if answered == 0 else translate("Stage", "1 answer") if answered == 1
            else translate("Stage", "%1 answers").replace("%1", str(answered)))


def answers_of_phones(answered: int, connected: int) -> str:
    """"12 answers from 25 phones": the phones counted are those connected, or those that answered
    when more did (a phone that answered, then lost the Wi-Fi, still counts)."""
    phones = max(answered, connected)
    said = answers_count(answered)
    of = (translate("Stage", "0 phones") if phones == 0 else translate("Stage", "1 phone") if phones == 1
          else translate("Stage", "%1 phones").replace("%1", str(phones)))
    return translate("Stage", "%1 from %2", "12 answers from 25 phones").replace("%1", said).replace("%2", of)


def _phones_answering(scene: Scene, bars: QRectF, stage: str, answers: str, label: str | None = None,
                      join: tuple[str, str, list[list[bool]]] | None = None) -> None:
    """While the phones vote, how many answered of how many phones, and where a latecomer joins
    (the join screen is gone by then); once their vote is closed, how many answers it keeps until
    the vote is shown (the phones say "closed" then: so does the stage). Large enough for the back
    of the room."""
    u = scene.u
    label_h = min(48 * u, bars.height() * 0.3)
    if join is not None:
        inner = _join_corner(scene, bars, stage, join)
        if inner.width() < bars.width():  # the code says it is the phones' vote: the count takes the room
            label_h = 0.0
        bars = inner
    if label_h:
        scene.text(QRectF(bars.left(), bars.top() + 8 * u, bars.width(), label_h),
                   label or translate("Stage", "Voting on phones"), 32, colour=MUTED, flags=CENTRE,
                   role=f"vote-{stage}-phones-label", wrap=False)
    scene.text(QRectF(bars.left() + 16 * u, bars.top() + 8 * u + label_h, bars.width() - 32 * u,
                      bars.height() - 16 * u - label_h), answers, 52, bold=True,
               colour=INK, flags=CENTRE, role=f"vote-{stage}-phones")


def _join_corner(scene: Scene, bars: QRectF, stage: str, join: tuple[str, str, list[list[bool]]]) -> QRectF:
    """Where a latecomer joins, in a vote's box (the join screen is gone once the room has joined):
    the address along the bottom, the join screen's QR code, smaller, at the left; returns the room
    left beside the code."""
    u = scene.u
    join_h = min(44 * u, bars.height() * 0.22)
    words = translate("Stage", "To vote: %1 · room %2").replace("%1", join[0]).replace("%2", join[1])
    scene.text(QRectF(bars.left() + 16 * u, bars.bottom() - join_h - 6 * u, bars.width() - 32 * u, join_h),
               words, 28, colour=MUTED, flags=CENTRE, role=f"vote-{stage}-phones-join", wrap=False)
    bars = bars.adjusted(0, 0, 0, -join_h - 6 * u)
    modules = len(join[2]) + 8 if join[2] else 0
    side = int(min(bars.height() - 12 * u, bars.width() * 0.4) / modules) * modules if modules else 0
    if side >= 3 * modules > 0:  # whole pixels a module, three at least, or a camera misreads it
        scene.qr(QRectF(round(bars.left() + 6 * u), round(bars.center().y() - side / 2), side, side), join[2])
        bars = bars.adjusted(side + 12 * u, 0, 0, 0)
    return bars


def shift_points(value: float) -> str:
    """A choice's shift as the stage writes it: "+12 pp" (percentage points, as the summary writes
    them), "−5 pts de %" in French; never "pts" alone: the teams' scores are in points."""
    return translate("Stage", "%1 pp").replace("%1", f"{value:+.0f}".replace("-", "−"))


def _alike_px(scene: Scene, texts: list[str], width: float, px: float) -> float:
    """The size (1080p pixels, ``MIN_PX`` at least) at which each of ``texts``, bold, fits ``width``
    (window pixels): figures side by side drawn alike, not each as large as it alone fits."""
    from PySide6.QtGui import QFontMetricsF

    while px > MIN_PX:
        metrics = QFontMetricsF(scene.font(px * scene.u * scene.text_scale, bold=True))
        if max(metrics.horizontalAdvance(for_the_font(t)) for t in texts) <= width + 0.5:
            break
        px = max(MIN_PX, px * 0.92)
    return px


def verdict(shift: Shift) -> str:
    """Which side convinced the room, in one line. The side whose share grew most wins, even when
    it did not grow (the undecided gained): that side held its ground, or lost the least of it, and
    the line says so, as the summary does (``shift_verdict``)."""
    return {
        "for_convinced": translate("Stage", "The “for” side convinced the room"),
        "for_held": translate("Stage", "The “for” side held its ground"),
        "for_least": translate("Stage", "The “for” side lost the least ground"),
        "against_convinced": translate("Stage", "The “against” side convinced the room"),
        "against_held": translate("Stage", "The “against” side held its ground"),
        "against_least": translate("Stage", "The “against” side lost the least ground"),
    }.get(shift_verdict(shift), translate("Stage", "A tie: both sides moved alike"))


def award_line(award: tuple[int, str]) -> str:
    """"+3 points for each team on the “against” side": what the side that moved the room gets."""
    points, side = award
    if points == 1:
        said = (translate("Stage", "+1 point for each team on the “for” side") if side == "for"
                else translate("Stage", "+1 point for each team on the “against” side"))
    else:
        said = (translate("Stage", "+%1 points for each team on the “for” side") if side == "for"
                else translate("Stage", "+%1 points for each team on the “against” side"))
    return said.replace("%1", str(points))


def _shift(scene: Scene, rect: QRectF, rnd: DebateRound, award: tuple[int, str] | None = None) -> None:
    u = scene.u
    shift = rnd.visible_shift()
    scene.box(rect, PANEL, radius=10 * u)
    inner = rect.adjusted(24 * u, 12 * u, -24 * u, -12 * u)
    if shift is None:
        scene.text(inner, translate("Stage", "The shift appears once both votes are shown"), 30, colour=MUTED,
                   flags=CENTRE, role="shift-hidden")
        return

    cell_w = inner.width() / 3
    choices = ("agree", "disagree", "undecided")
    figures = [shift_points(getattr(shift, choice)) for choice in choices]
    px = _alike_px(scene, figures, cell_w - 12 * u, 38)  # « −100 pts de % » was cut beside « +33 pts de % »
    for i, (choice, figure) in enumerate(zip(choices, figures, strict=True)):
        x = inner.left() + i * cell_w
        scene.text(QRectF(x, inner.top(), cell_w - 8 * u, 40 * u), choice_label(choice),
                   28, colour=MUTED, role="shift-label", wrap=False)
        scene.text(QRectF(x, inner.top() + 40 * u, cell_w - 12 * u, 50 * u), figure, px,
                   bold=True, role="shift", wrap=False)
    minds = mind_changes(rnd)
    below = []  # the lines under the verdict: the points it gives, what the phones say of minds changed
    if award is not None:  # so the room knows what the verdict earns, before the scores change
        below.append((award_line(award), "shift-points", INK))
    if minds is not None:  # from the phones: only those who voted both times, and it says how many
        # (« 0 % ont changé d’avis · match nul » under a verdict naming a winner read as a
        # contradiction, when two phones of 28 had voted both times).
        line = translate("Stage", "Phones: %1 of %2 changed their mind") \
            .replace("%1", str(minds.changed)).replace("%2", str(minds.voters))
        below.append((line, "shift-minds", MUTED))
    verdict_h = inner.height() - 96 * u - 40 * u * len(below)
    scene.text(QRectF(inner.left(), inner.top() + 92 * u, inner.width(), verdict_h),
               verdict(shift), 36, bold=True, role="shift-winner", wrap=False)
    for i, (line, role, colour) in enumerate(below):
        top = inner.bottom() - 40 * u * (len(below) - i)
        scene.text(QRectF(inner.left(), top, inner.width(), 40 * u), line, 28, colour=colour, role=role, wrap=False)
