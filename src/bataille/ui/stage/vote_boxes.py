"""The debate's votes on the stage: the vote before and the vote after, each hidden until shown
(while the phones vote, how many answered, and where a latecomer joins), and the shift between
them with the side that convinced the room."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.words import for_the_font
from bataille.workshop import DebateRound, Shift, shift_verdict
from bataille.workshop.minds import mind_changes

from .parts import bars_in_columns, choice_label, translate, vote_bars
from .scene import (
    BACKGROUND,
    CENTRE,
    INK,
    MIN_PX,
    MUTED,
    PANEL,
    RIGHT,
    Scene,
    TextItem,
)
from .vote_phones import (
    JOIN_ROOM,
    answers_count,
    answers_of_phones,
    fits,
    join_corner,
    paint_time_left,
    phones_answering,
)


def paint_votes(scene: Scene, area: QRectF, rnd: DebateRound, phones: tuple[str, int, int] | None = None,
           growing: tuple[str, float] | None = None, join: tuple[str, str, list[list[bool]]] | None = None,
           award: tuple[int, str] | None = None, left: int | None = None, held: bool = False) -> None:
    """``left``: the seconds the phones' vote's countdown leaves, said above their count (None: none);
    ``held``: it stands still, the session's timer paused (and says so)."""
    u = scene.u
    shift = rnd.visible_shift()
    lines = sum(n for *_line, n in _below(scene, area.width(), rnd, award))
    # the verdict keeps its room above the lines under it (two lines where one is too narrow); the
    # sentence saying the shift comes later, one line where it fits
    shift_h = ((190 + 40 * lines + 44 * (_verdict_lines(scene, area.width(), shift) - 1)
                + 40 * (_figure_lines(scene, area.width(), shift) - 1)) if shift is not None
               else 130 if fits(scene, area.width() - 48 * u, SHIFT_HIDDEN(), 30) else 170) * u
    heights = _block_heights(scene, area.height() - shift_h - 20 * u, rnd, phones)
    # Both votes shown on a narrow screen: their bars side by side, the shift's figures under them
    # without their labels again, the room they leave to the bars
    columns = shift is not None and bars_in_columns(scene, QRectF(0, 0, area.width() - 48 * u, heights[0] - 90 * u))
    if columns:
        shift_h -= 40 * u
        heights = _block_heights(scene, area.height() - shift_h - 20 * u, rnd, phones)
    # Phones on: where to join, in the box of the vote that comes next, for a latecomer
    coming = next((stage for stage in ("before", "after") if rnd.vote(stage) is None and not rnd.phone_votes(stage)),
                  None) if phones is None else None
    for i, stage in enumerate(("before", "after")):
        block_h = heights[i]
        rect = QRectF(area.left(), area.top() + i * (heights[0] + 10 * u), area.width(), block_h)
        scene.box(rect, PANEL, radius=10 * u)
        inner = rect.adjusted(24 * u, 16 * u, -24 * u, -16 * u)
        vote = rnd.visible_vote(stage)
        voters = "" if vote is None else (translate("Stage", "1 voter") if vote.total.total == 1 else
                                          translate("Stage", "%1 voters").replace("%1", str(vote.total.total)))
        said, below = _heading(scene, inner, stage, voters)
        top = inner.top() + 58 * u + below
        if left is not None and phones is not None and phones[0] == stage:  # the phones' count just under it
            top += paint_time_left(scene, inner, said.used.right() + 24 * u, stage, left, held)
        bars = QRectF(inner.left(), top, inner.width(), inner.bottom() - top)
        if vote is not None:
            grown = growing[1] if growing is not None and growing[0] == stage else 1.0
            vote_bars(scene, bars, vote.total, role=f"vote-{stage}", grown=grown, columns=columns or None)
        else:
            hidden = translate("Stage", "Recorded, not shown yet") if rnd.vote(stage) is not None \
                else translate("Stage", "No vote") if rnd.closed else translate("Stage", "Not voted yet")
            scene.box(bars, BACKGROUND, radius=8 * u)
            kept = rnd.phone_votes(stage) if rnd.vote(stage) is None else ()
            if phones is not None and phones[0] == stage:  # how many, never what: hidden until revealed
                phones_answering(scene, bars, stage, answers_of_phones(phones[1], phones[2]), join=join)
            elif kept:  # the phones' vote closed, their answers kept, the vote not yet recorded
                phones_answering(scene, bars, stage, answers_count(len(kept)),
                                  translate("Stage", "Phones' vote closed, not shown yet"))
            else:
                if join is not None and stage == coming and bars.height() >= JOIN_ROOM * u:  # room to spare
                    bars = join_corner(scene, bars, stage, join)
                scene.text(bars, hidden, 34, colour=MUTED, flags=CENTRE, role=f"vote-{stage}-hidden")
    shift_rect = QRectF(area.left(), area.bottom() - shift_h, area.width(), shift_h)
    _shift(scene, shift_rect, rnd, award, labels=not columns)


def SHIFT_HIDDEN() -> str:  # noqa: N802 - a sentence, read where it is said
    return translate("Stage", "The shift appears once both votes are shown")


def _heading(scene: Scene, inner: QRectF, stage: str, voters: str) -> tuple[TextItem, float]:
    """A vote's heading on its box's first line and, once the vote is shown, its voters at the
    line's right: the heading short of the room they take at 100 %, smaller where it must (it took
    the whole line at 100 %, and a wider rendering of « Vote before the debate » ran into « 26
    voters »). Where the heading would be cut even at the smallest size, the voters go on a line of
    their own under it. Returns the heading and the height that line takes (0 without it)."""
    u = scene.u
    heading = translate("Stage", "Vote before the debate") if stage == "before" else translate("Stage", "Vote after the debate")
    line = QRectF(inner.left(), inner.top(), inner.width(), 48 * u)
    if not voters:
        return scene.text(line, heading, 36, bold=True, role="vote-heading", wrap=False), 0.0
    room = inner.width() - QFontMetricsF(scene.font(30 * u)).horizontalAdvance(for_the_font(voters)) - 24 * u
    least = QFontMetricsF(scene.font(MIN_PX * u, bold=True)).horizontalAdvance(for_the_font(heading))
    if least > room + 0.5:  # a line of its own for the voters, right under the heading
        said = scene.text(line, heading, 36, bold=True, role="vote-heading", wrap=False)
        scene.text(QRectF(inner.left(), inner.top() + 48 * u, inner.width(), 40 * u), voters, 30, colour=INK,
                   role="vote-total", wrap=False)
        return said, 40 * u
    said = scene.text(QRectF(inner.left(), inner.top(), room, 48 * u), heading, 36, bold=True,
                      role="vote-heading", wrap=False)
    after = said.used.right() + 24 * u  # the rest of the line
    scene.text(QRectF(after, inner.top(), inner.right() - after, 48 * u), voters, 30, colour=INK,
               flags=RIGHT, role="vote-total", wrap=False)
    return said, 0.0


def _verdict_lines(scene: Scene, width: float, shift: Shift | None) -> int:
    """One line for the verdict, two where the votes' column is too narrow for it (4:3, 5:4)."""
    return 1 if shift is None or fits(scene, width - 48 * scene.u, verdict(shift), 36, bold=True) else 2


def _figures(shift: Shift) -> list[str]:
    return [shift_points(getattr(shift, choice)) for choice in ("agree", "disagree", "undecided")]


def _shift_cells(scene: Scene, width: float, shift: Shift) -> tuple[list[str], str, float]:
    """The shift's figures in a column ``width`` wide (a third each): whole on a line (« −15 pp »)
    where they stand there about as large as their numbers alone; else the numbers alone as large
    as they fit, and the unit under them at the labels' size, as the summary's table has it (« −15 »
    over « pts de % »: at 1024×768 « −15 pts / de % » broke over two lines at the smallest size).
    Returns the figures, the unit under them ("" when in the figures) and their size (1080p pixels)."""
    cell_w = (width - 48 * scene.u) / 3 - 12 * scene.u
    whole = _figures(shift)
    numbers = [_signed(getattr(shift, choice)) for choice in ("agree", "disagree", "undecided")]
    px, alone = _alike_px(scene, whole, cell_w, 38), _alike_px(scene, numbers, cell_w, 38)
    if px >= alone * 0.8 and all(fits(scene, cell_w, figure, px, bold=True) for figure in whole):
        return whole, "", px
    unit = translate("Stage", "%1 pp").replace("%1", "").strip(" \u00a0\u202f")
    return numbers, unit, alone


def _figure_lines(scene: Scene, width: float, shift: Shift | None) -> int:
    """The shift's figures on a line, or two where their unit goes under them (« pts de % », a
    4:3 screen)."""
    return 1 if shift is None or not _shift_cells(scene, width, shift)[1] else 2


QUIET_H = 160  # 1080p pixels: a vote's box with nothing to show while the other one is the phones'


def _block_heights(scene: Scene, room: float, rnd: DebateRound,
                   phones: tuple[str, int, int] | None) -> tuple[float, float]:
    """The boxes of the vote before and after: alike, but while the phones vote, the other box, with
    nothing to show, gives its room to the count and the QR code of a latecomer."""
    u = scene.u
    half = room / 2
    if phones is None or phones[0] not in ("before", "after"):
        return half, half
    other = "after" if phones[0] == "before" else "before"
    if rnd.visible_vote(other) is not None or half <= QUIET_H * u:
        return half, half
    quiet = QUIET_H * u
    return (room - quiet, quiet) if phones[0] == "before" else (quiet, room - quiet)


def shift_points(value: float) -> str:
    """A choice's shift as the stage writes it: "+12 pp" (percentage points, as the summary writes
    them), "−5 pts de %" in French; never "pts" alone: the teams' scores are in points."""
    return translate("Stage", "%1 pp").replace("%1", _signed(value))


def _signed(value: float) -> str:
    """"+12", "−5" (a minus sign, not a hyphen), "+0"."""
    return f"{value:+.0f}".replace("-", "−")


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


def award_line(award: tuple[int, str], pending: bool = False) -> str:
    """"+3 points for each team on the “against” side": what the side that moved the room gets;
    ``pending``: given when the debate closes (the scores beside it do not have them yet)."""
    points, side = award
    if pending:
        if points == 1:
            said = (translate("Stage", "+1 point for each team on the “for” side when the debate closes")
                    if side == "for" else
                    translate("Stage", "+1 point for each team on the “against” side when the debate closes"))
        else:
            said = (translate("Stage", "+%1 points for each team on the “for” side when the debate closes")
                    if side == "for" else
                    translate("Stage", "+%1 points for each team on the “against” side when the debate closes"))
    elif points == 1:
        said = (translate("Stage", "+1 point for each team on the “for” side") if side == "for"
                else translate("Stage", "+1 point for each team on the “against” side"))
    else:
        said = (translate("Stage", "+%1 points for each team on the “for” side") if side == "for"
                else translate("Stage", "+%1 points for each team on the “against” side"))
    return said.replace("%1", str(points))


def _shift(scene: Scene, rect: QRectF, rnd: DebateRound, award: tuple[int, str] | None = None,
           labels: bool = True) -> None:
    """``labels``: the choices named over their figures (not under bars side by side that name them)."""
    u = scene.u
    shift = rnd.visible_shift()
    scene.box(rect, PANEL, radius=10 * u)
    inner = rect.adjusted(24 * u, 12 * u, -24 * u, -12 * u)
    if shift is None:  # closed without its vote after, no shift will come: the room is not promised one
        said = SHIFT_HIDDEN() if not rnd.closed else translate("Stage", "Debate closed without a vote after") \
            if rnd.visible_vote("before") is not None else translate("Stage", "Debate closed without a vote")
        scene.text(inner, said, 30, colour=MUTED, flags=CENTRE, role="shift-hidden")
        return

    cell_w = inner.width() / 3
    choices = ("agree", "disagree", "undecided")
    figures, unit, px = _shift_cells(scene, rect.width(), shift)
    two = 40 * u if unit else 0.0  # the unit's line under the figures
    if not labels:
        inner.setTop(inner.top() - 40 * u)
    for i, (choice, figure) in enumerate(zip(choices, figures, strict=True)):  # beside « +33 pts de % »
        x = inner.left() + i * cell_w
        if labels:
            scene.text(QRectF(x, inner.top(), cell_w - 8 * u, 40 * u), choice_label(choice),
                       28, colour=MUTED, role="shift-label", wrap=False)
        scene.text(QRectF(x, inner.top() + 40 * u, cell_w - 12 * u, 50 * u), figure, px,
                   bold=True, role="shift", wrap=False)
        if unit:
            scene.text(QRectF(x, inner.top() + 90 * u, cell_w - 12 * u, 40 * u), unit, 28, colour=MUTED,
                       role="shift-unit", wrap=False)
    below = _below(scene, rect.width(), rnd, award)
    verdict_h = inner.height() - 96 * u - two - 40 * u * sum(n for *_line, n in below)
    scene.text(QRectF(inner.left(), inner.top() + 92 * u + two, inner.width(), verdict_h),
               verdict(shift), 36, bold=True, role="shift-winner", wrap=_verdict_lines(scene, rect.width(), shift) > 1)
    top = inner.bottom() - 40 * u * sum(n for *_line, n in below)
    for line, role, colour, n in below:
        scene.text(QRectF(inner.left(), top, inner.width(), 40 * u * n), line, 28, colour=colour, role=role,
                   wrap=n > 1)
        top += 40 * u * n


def _below(scene: Scene, width: float, rnd: DebateRound,
           award: tuple[int, str] | None) -> list[tuple[str, str, str, int]]:
    """The lines under the verdict: the points it gives, what the phones say of minds changed; each
    with its colour and the lines it takes ``width`` wide (two on a 4:3 screen where one cuts it)."""
    minds = mind_changes(rnd) if rnd.visible_shift() is not None else None
    below = []
    if award is not None:  # so the room knows what the verdict earns, before the scores change
        below.append((award_line(award, pending=not rnd.closed), "shift-points", INK))
    if minds is not None:  # from the phones: only those who voted both times, and it says how many
        # (« 0 % ont changé d’avis · match nul » under a verdict naming a winner read as a
        # contradiction, when two phones of 28 had voted both times).
        line = translate("Stage", "Phones: %1 of %2 changed their mind") \
            .replace("%1", str(minds.changed)).replace("%2", str(minds.voters))
        below.append((line, "shift-minds", MUTED))
    return [(line, role, colour, 1 if fits(scene, width - 48 * scene.u, line, 28) else 2)
            for line, role, colour in below]
