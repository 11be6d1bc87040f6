"""The stage once the workshop is over: the thanks, and under them what the room was looking at.

Ending the workshop used to replace the last picture (a quick debate's shift, the debrief) with
the thanks alone, and the room lost the result it was reading. Now the thanks head a recap: a quick
debate's claim, its votes and their shift; a full workshop's debates (how opinion moved) and what
the room wrote (what it takes away, what it commits to).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF

from .parts import StageContext, message, translate
from .scene import CENTRE, Scene

THANKS_H = 100  # 1080p pixels: the thanks, one line above the recap


def paint_over(scene: Scene, body: QRectF, ctx: StageContext) -> None:
    """The thanks; under them the recap, when there is one (else the thanks alone, as before)."""
    u = scene.u
    rest = QRectF(body.left(), body.top() + (THANKS_H + 10) * u, body.width(), body.height() - (THANKS_H + 10) * u)
    if ctx.quick and ctx.state.rounds:
        from .debate_view import paint_debate

        _thanks(scene, body, quick=True)
        paint_debate(scene, rest, ctx)  # the last round: its claim, its votes and their shift
        return
    if not ctx.quick:
        from .debrief_view import has_recap, paint_recap, recap_height

        if has_recap(ctx):  # the thanks and the recap as high as it needs, together in the middle
            height = min(rest.height(), recap_height(scene, rest.width(), ctx))
            top = body.top() + (rest.height() - height) / 2
            _thanks(scene, QRectF(body.left(), top, body.width(), body.height()))
            paint_recap(scene, QRectF(rest.left(), top + (THANKS_H + 10) * u, rest.width(), height), ctx)
            return
    message(scene, body, translate("Stage", "Thank you!"), [translate("Stage", "The workshop is over.")])


def ranks_the_teams(ctx: StageContext) -> bool:
    """Does the end's picture rank the teams with their scores (the recap's podium)? The strip of
    scores under it would then say the same figures twice."""
    state = ctx.state
    if ctx.quick or state.agenda.next_pending is not None or not state.started \
            or not any(p.status == "done" for p in state.agenda.phases):
        return False
    from .debrief_view import ranks_in_the_recap

    return ranks_in_the_recap(ctx)


def _thanks(scene: Scene, body: QRectF, quick: bool = False) -> None:
    # A quick debate is a debate, not a workshop, for the class that had it.
    over = translate("Stage", "The debate is over.") if quick else translate("Stage", "The workshop is over.")
    said = translate("Stage", "Thank you!") + " " + over
    scene.text(QRectF(body.left(), body.top(), body.width(), THANKS_H * scene.u), said, 56, bold=True,
               flags=CENTRE, role="message", wrap=False)
