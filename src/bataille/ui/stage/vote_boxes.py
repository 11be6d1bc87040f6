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
               else 130 if _fits(scene, area.width() - 48 * u, SHIFT_HIDDEN(), 30) else 170) * u
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
            top += _time_left(scene, inner, said.used.right() + 24 * u, stage, left, held)
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
                _phones_answering(scene, bars, stage, answers_of_phones(phones[1], phones[2]), join=join)
            elif kept:  # the phones' vote closed, their answers kept, the vote not yet recorded
                _phones_answering(scene, bars, stage, answers_count(len(kept)),
                                  translate("Stage", "Phones' vote closed, not shown yet"))
            else:
                if join is not None and stage == coming and bars.height() >= JOIN_ROOM * u:  # room to spare
                    bars = _join_corner(scene, bars, stage, join)
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


def _fits(scene: Scene, width: float, text: str, px: float, bold: bool = False) -> bool:
    """Whether ``text`` at ``px`` (1080p pixels) stands on one line ``width`` (window pixels) wide."""
    metrics = QFontMetricsF(scene.font(px * scene.u * scene.text_scale, bold))
    return metrics.horizontalAdvance(for_the_font(text)) <= width + 0.5


def _verdict_lines(scene: Scene, width: float, shift: Shift | None) -> int:
    """One line for the verdict, two where the votes' column is too narrow for it (4:3, 5:4)."""
    return 1 if shift is None or _fits(scene, width - 48 * scene.u, verdict(shift), 36, bold=True) else 2


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
    if px >= alone * 0.8 and all(_fits(scene, cell_w, figure, px, bold=True) for figure in whole):
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


def time_left(seconds: int, held: bool = False) -> str:
    """"Closes in 0:18": what the phones' vote's countdown leaves, as the phones count it down;
    ``held`` (the timer paused), "Closes in 0:18 · paused": standing still beside « Paused », it said why."""
    from bataille.ui.phase_clock import format_clock

    said = translate("Stage", "Closes in %1 · paused") if held else translate("Stage", "Closes in %1")
    return said.replace("%1", format_clock(seconds))


def _time_left(scene: Scene, inner: QRectF, start: float, stage: str, left: int, held: bool = False) -> float:
    """The time the phones' countdown leaves, a little larger than the vote's heading: in its row, at
    its right (where its voters are counted once it is shown), so that the count of answers keeps its
    whole room under it; when it does not fit there at 40 px (a larger text size, longer words), on a
    row of its own under the heading. The height it takes from the count's room."""
    from PySide6.QtGui import QFontMetricsF

    u, words, role = scene.u, time_left(left, held), f"vote-{stage}-phones-left"
    metrics = QFontMetricsF(scene.font(40 * u * scene.text_scale, bold=True))
    if metrics.horizontalAdvance(for_the_font(words)) <= inner.right() - start:
        scene.text(QRectF(start, inner.top() - 6 * u, inner.right() - start, 60 * u), words, 44, bold=True,
                   colour=INK, flags=RIGHT, role=role, wrap=False)
        return 0.0
    scene.text(QRectF(inner.left(), inner.top() + 50 * u, inner.width(), 56 * u), words, 44, bold=True,
               colour=INK, flags=CENTRE, role=role, wrap=False)
    return 56 * u


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


JOIN_ROOM = 150  # 1080p pixels: a vote's box shorter than this says "not voted yet" only, between votes


def _join_corner(scene: Scene, bars: QRectF, stage: str, join: tuple[str, str, list[list[bool]]]) -> QRectF:
    """Where a latecomer joins, in a vote's box (the join screen is gone once the room has joined):
    the address along the bottom, the join screen's QR code, smaller, at the left (while the address
    is lost, the join screen's sentence instead of both); returns the room left beside the code."""
    u = scene.u
    join_h = max(38 * u, min(44 * u, bars.height() * 0.22))  # a line at the smallest size, at least
    modules = len(join[2]) + 8 if join[2] else 0
    wrap = not join[0]
    if join[0]:
        words = translate("Stage", "To vote: %1 · room %2").replace("%1", join[0]).replace("%2", join[1])
        if not _fits(scene, bars.width() - 32 * u, words, 28):  # a 4:3 screen: the room's code on a line of its own
            words, join_h, wrap = words.replace(" · ", "\n"), join_h * 2, True
            if not _fits(scene, bars.width() - 32 * u, words.split("\n")[0], 28):  # beside the code: the
                # address, and the room's code as the join screen says it (the count says what they are for)
                words = join[0] + "\n" + translate("StagePhones", "Room %1").replace("%1", join[1])
    else:  # this computer lost the address: none offered, no code to scan (it comes back, or the phones move)
        from .phones_overlay import address_lost_words

        words, join_h = address_lost_words(), join_h * 2  # two lines: the code's room is free
    if modules and _qr_side(scene, bars.adjusted(0, 0, 0, -join_h - 6 * u), modules) < 3 * modules \
            and _qr_side(scene, bars, modules) >= 3 * modules:  # a 4:3 screen: the code its box's height, the words beside
        side = _qr_side(scene, bars, modules)
        scene.qr(QRectF(round(bars.left() + 6 * u), round(bars.center().y() - side / 2), side, side), join[2])
        return _join_corner(scene, bars.adjusted(side + 12 * u, 0, 0, 0), stage, (*join[:2], []))
    scene.text(QRectF(bars.left() + 16 * u, bars.bottom() - join_h - 6 * u, bars.width() - 32 * u, join_h),
               words, 28, colour=MUTED, flags=CENTRE, role=f"vote-{stage}-phones-join", wrap=wrap)
    bars = bars.adjusted(0, 0, 0, -join_h - 6 * u)
    side = _qr_side(scene, bars, modules)
    if side >= 3 * modules > 0:  # whole pixels a module, three at least, or a camera misreads it
        scene.qr(QRectF(round(bars.left() + 6 * u), round(bars.center().y() - side / 2), side, side), join[2])
        bars = bars.adjusted(side + 12 * u, 0, 0, 0)
    return bars


def _qr_side(scene: Scene, room: QRectF, modules: int) -> int:
    """The QR code's side in ``room``: whole pixels a module (0 without a code)."""
    if not modules:
        return 0
    return int(min(room.height() - 12 * scene.u, room.width() * 0.4) / modules) * modules


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
    return [(line, role, colour, 1 if _fits(scene, width - 48 * scene.u, line, 28) else 2)
            for line, role, colour in below]
