"""The phones' part of a debate's vote on the stage: how many answered of how many phones, the time
their countdown leaves, and where a latecomer joins (the address, the room's code, the QR code), each
whole in the vote's box or left out in a set order where the box is too low."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bataille.words import for_the_font

from .parts import translate
from .scene import CENTRE, INK, MUTED, RIGHT, Scene


def fits(scene: Scene, width: float, text: str, px: float, bold: bool = False) -> bool:
    """Whether ``text`` at ``px`` (1080p pixels) stands on one line ``width`` (window pixels) wide."""
    metrics = QFontMetricsF(scene.font(px * scene.u * scene.text_scale, bold))
    return metrics.horizontalAdvance(for_the_font(text)) <= width + 0.5


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


def paint_time_left(scene: Scene, inner: QRectF, start: float, stage: str, left: int, held: bool = False) -> float:
    """The time the phones' countdown leaves, a little larger than the vote's heading: in its row, at
    its right (where its voters are counted once it is shown), so that the count of answers keeps its
    whole room under it; when it does not fit there at 40 px (a larger text size, longer words), on a
    row of its own under the heading. The height it takes from the count's room."""

    u, words, role = scene.u, time_left(left, held), f"vote-{stage}-phones-left"
    metrics = QFontMetricsF(scene.font(40 * u * scene.text_scale, bold=True))
    if metrics.horizontalAdvance(for_the_font(words)) <= inner.right() - start:
        scene.text(QRectF(start, inner.top() - 6 * u, inner.right() - start, 60 * u), words, 44, bold=True,
                   colour=INK, flags=RIGHT, role=role, wrap=False)
        return 0.0
    scene.text(QRectF(inner.left(), inner.top() + 50 * u, inner.width(), 56 * u), words, 44, bold=True,
               colour=INK, flags=CENTRE, role=role, wrap=False)
    return 56 * u


def phones_answering(scene: Scene, bars: QRectF, stage: str, answers: str, label: str | None = None,
                      join: tuple[str, str, list[list[bool]]] | None = None) -> None:
    """While the phones vote, how many answered of how many phones, and where a latecomer joins
    (the join screen is gone by then); once their vote is closed, how many answers it keeps until
    the vote is shown (the phones say "closed" then: so does the stage). Large enough for the back
    of the room, and whole: where the box is too low for it beside the code or under its label (the
    vote after, the countdown on a row of its own, on a 5:4 projector), the code, then the label,
    then the address give it their room, in that order."""
    first = len(scene.items)
    for offer, labelled in [(join, True), (join, False)] + ([((*join[:2], []), False), (None, False)] if join else []):
        del scene.items[first:]
        if _count_laid(scene, bars, stage, answers, label, offer, labelled):
            return


def _count_laid(scene: Scene, bars: QRectF, stage: str, answers: str, label: str | None,
                join: tuple[str, str, list[list[bool]]] | None, labelled: bool) -> bool:
    """The count in ``bars``, under where to join (``join``) and its label (where ``labelled`` and
    no code says it is the phones' vote); whether it and its label read whole."""
    u = scene.u
    label_h = min(48 * u, bars.height() * 0.3) if labelled else 0.0
    if join is not None:
        inner = join_corner(scene, bars, stage, join)
        if inner.width() < bars.width():  # the code says it is the phones' vote: the count takes the room
            label_h = 0.0
        bars = inner
    said = []  # the label, the count
    if label_h:
        said.append(scene.text(QRectF(bars.left(), bars.top() + 8 * u, bars.width(), label_h),
                               label or translate("Stage", "Voting on phones"), 32, colour=MUTED, flags=CENTRE,
                               role=f"vote-{stage}-phones-label", wrap=False))
    top = 8 * u if labelled or join is None else 2 * u  # where the count is short of room, less margin
    said.append(scene.text(QRectF(bars.left() + 16 * u, bars.top() + top + label_h, bars.width() - 32 * u,
                                  bars.height() - 2 * top - label_h), answers, 52, bold=True,
                           colour=INK, flags=CENTRE, role=f"vote-{stage}-phones"))
    return not any(item.cut for item in said)


JOIN_ROOM = 150  # 1080p pixels: a vote's box shorter than this says "not voted yet" only, between votes


def join_corner(scene: Scene, bars: QRectF, stage: str, join: tuple[str, str, list[list[bool]]]) -> QRectF:
    """Where a latecomer joins, in a vote's box (the join screen is gone once the room has joined):
    the address along the bottom, the join screen's QR code, smaller, at the left (while the address
    is lost, the join screen's sentence instead of both); returns the room left beside the code."""
    u = scene.u
    join_h = max(38 * u, min(44 * u, bars.height() * 0.22))  # a line at the smallest size, at least
    modules = len(join[2]) + 8 if join[2] else 0
    wrap = not join[0]
    if join[0]:
        words = translate("Stage", "To vote: %1 · room %2").replace("%1", join[0]).replace("%2", join[1])
        if not fits(scene, bars.width() - 32 * u, words, 28):  # a 4:3 screen: the room's code on a line of its own
            words, join_h, wrap = words.replace(" · ", "\n"), join_h * 2, True
            if not fits(scene, bars.width() - 32 * u, words.split("\n")[0], 28):  # beside the code: the
                # address, and the room's code as the join screen says it (the count says what they are for)
                words = join[0] + "\n" + translate("StagePhones", "Room %1").replace("%1", join[1])
    else:  # this computer lost the address: none offered, no code to scan (it comes back, or the phones move)
        from .phones_overlay import address_lost_words

        words, join_h = address_lost_words(), join_h * 2  # two lines: the code's room is free
    if modules and _qr_side(scene, bars.adjusted(0, 0, 0, -join_h - 6 * u), modules) < 3 * modules \
            and _qr_side(scene, bars, modules) >= 3 * modules:  # a 4:3 screen: the code its box's height, the words beside
        side = _qr_side(scene, bars, modules)
        scene.qr(QRectF(round(bars.left() + 6 * u), round(bars.center().y() - side / 2), side, side), join[2])
        return join_corner(scene, bars.adjusted(side + 12 * u, 0, 0, 0), stage, (*join[:2], []))
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
