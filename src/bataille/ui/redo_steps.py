"""Ctrl+Y (and Ctrl+Shift+Z) on the console: the last press of Ctrl+Z taken back, whole.

A press of Ctrl+Z may take back several actions as one step (a debate closed with its points given
and the next opened): Ctrl+Y records them all again, in order, as the session's redo does (the same
actions, at the moments they were first done). Which actions each press took back is kept here, in
memory; the session knows what can be redone from its file alone, so a session opened again after
an abrupt stop offers its undone actions back one at a time. Any other action, the phones asked
among them, leaves nothing to redo.

The phones are left alone: a press that stopped their question, or took back their answers or their
feedback, is not redone (the phones' own state is theirs); Ctrl+Y says what to do instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication

from bataille.workshop import Changes, apply
from bataille.workshop import events as ev

if TYPE_CHECKING:
    from bataille.workshop import Session, SessionState

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class UndoPress(NamedTuple):
    """One press of Ctrl+Z, as Ctrl+Y takes it back."""

    count: int  # the actions it took back (0: it stopped the phones' question, recording nothing)
    label: str  # how the undo named them
    depth: int  # how many actions could be redone right after it: it is the last press while that holds
    refused: str = ""  # why Ctrl+Y does not take it back ("": it does)
    then: Callable[[], object] | None = None  # what undoing it puts back besides the session


def redone(what: str) -> str:
    # A dash, as "Undone — …": most lines have a colon of their own.
    return translate("SessionController", "Redone — %1").replace("%1", what)


def phones_refusal(events: tuple[ev.Event, ...]) -> str:
    """Why these undone actions are not redone ("" when they may be): the phones' answers are theirs."""
    if any(isinstance(event, ev.PhoneVotesRecorded) for event in events):
        return translate("SessionController", "Redo does not take the phones' vote back: close their vote "
                         "again with Next (PageDown), or type the counts and record them.")
    if any(isinstance(event, ev.PhoneFeedbackRecorded) for event in events):
        return translate("SessionController", "Redo does not take the phones' feedback back: ask the phones "
                         "for it again with Next (PageDown).")
    return ""


class RedoSteps:
    """Mixed into SessionController (``session``, ``said``, ``_say``, ``_perform``, ``vote_taker``…)."""

    session: Session
    state: SessionState
    _last_step: tuple[int, int, str] | None
    _undone_then: tuple[int, Callable[[], object]] | None
    last_redo: tuple[int, int] | None = None  # the status line says it again in another language

    def init_redo_steps(self) -> None:
        # The presses of Ctrl+Z Ctrl+Y can take back, the last one last. A session opened again has
        # its undone actions from the file, one press each (how they were pressed is not written).
        redoable = self.session.redo_events
        self._undo_presses: list[UndoPress] = [
            UndoPress(1, self.said(event), i + 1, phones_refusal((event,)))  # type: ignore[attr-defined]
            for i, event in enumerate(redoable)]

    def _redo_press(self) -> UndoPress | None:
        """The press Ctrl+Y would take back, if the last thing done was an undo."""
        presses, depth = self._undo_presses, len(self.session.redo_events)
        if presses and presses[-1].depth == depth:
            return presses[-1]
        if presses and presses[-1].depth > depth:
            presses.clear()  # an action came since: nothing of before it is redone
        return None  # (more to redo than the last press: an undo is being pressed, and kept at its end)

    def redo_label(self) -> str:
        """What Ctrl+Y would take back, as the console says it ("" when nothing)."""
        press = self._redo_press()
        return "" if press is None else press.label

    def undo_pressed(self, count: int, label: str, undone: tuple[ev.Event, ...],
                     then: Callable[[], object] | None = None) -> None:
        """Ctrl+Z just took back ``count`` actions (``undone``, the last first), named ``label``."""
        depth = len(self.session.redo_events)
        self._undo_presses = [p for p in self._undo_presses if p.depth <= depth - count]
        self._undo_presses.append(UndoPress(count, label, depth, phones_refusal(undone), then))
        self.stepChanged.emit()  # type: ignore[attr-defined]

    def question_stopped(self, label: str) -> None:
        """Ctrl+Z stopped the question put to the phones: Ctrl+Y does not ask them again, it says how."""
        self._undo_presses = [UndoPress(0, label, len(self.session.redo_events), translate(
            "SessionController", "Redo does not ask the phones again: ask them with Next (PageDown)."))]

    def nothing_to_redo_now(self) -> None:
        """A new action that records nothing (the phones asked): what was undone stays undone."""
        self._undo_presses = []

    def redo(self) -> Changes | None:
        """Take back the last press of Ctrl+Z: what it undid, recorded again, said, and undone again by
        the next Ctrl+Z as it was (a step whole, the counts it puts back in their boxes)."""
        press = self._redo_press()
        if press is None:
            self._say("info", translate("SessionController", "Nothing to redo."))  # type: ignore[attr-defined]
            return None
        if press.refused:
            self._say("error", press.refused)  # type: ignore[attr-defined]
            return None
        count = min(press.count, len(self.session.redo_events))
        if self._typed_lost_by_redo(self.session.redo_events[-count:]):
            self._say("error", translate("SessionController", "The counts typed for the vote are not "  # type: ignore[attr-defined]
                                         "recorded: redoing would lose them. Record them (PageDown), "
                                         "or set them back to 0 to redo."))
            return None
        if not self.may_change():  # type: ignore[attr-defined]
            return None
        before = self.session.event_count
        self._undo_presses.pop()  # before the redraw, which asks what is left to redo

        def again(session: Session) -> Changes:
            # Every part the press's actions touch is redrawn, as "next" redraws its step's: the last
            # action's alone left the console's panels of the others as the undo had left them.
            done = [session.redo() for _ in range(count)]
            return Changes(frozenset().union(*(c.parts for c in done)), done[-1].event)

        changes = self._perform(lambda: self.session.together(again))  # type: ignore[attr-defined]
        after = self.session.event_count
        if after == before:  # refused (a finished workshop kept as it is): the press stays to redo
            self._undo_presses.append(press)
            return None
        self._last_step = (before, after, press.label) if after - before > 1 else None
        self._undone_then = (after, press.then) if press.then is not None else None
        self.last_redo = (after, count)  # (the event count after it, the actions it recorded again)
        self._say("info", redone(press.label))  # type: ignore[attr-defined]
        self.stepChanged.emit()  # type: ignore[attr-defined]
        return changes

    def _typed_lost_by_redo(self, events: tuple[ev.Event, ...]) -> bool:
        """Counts typed on the debate page and not recorded would be lost by recording ``events`` (the
        next to redo last) again: their debate closes without them, or their vote is recorded with
        other counts. Recorded as typed (the vote the undo took back), they are kept."""
        taker, rnd = getattr(self, "vote_taker", None), self.state.open_round
        typed = taker.typed_counts() if taker is not None and rnd is not None else {}
        if not typed:
            return False
        state = self.state
        for event in reversed(events):
            state = apply(state, event)
        after = next((r for r in state.rounds if r.number == rnd.number), None)
        if after is None:
            return True
        for stage, counts in typed.items():
            vote = after.vote(stage)
            if vote is None and after.closed:
                return True
            if vote is not None and (vote.total.agree, vote.total.disagree, vote.total.undecided) != counts:
                return True
        return False
