"""What Ctrl+Z takes back besides the session's recorded actions: a question just put to the phones,
and a step that recorded its actions one after the other (the phones' answers came in, then their
vote was recorded and shown).

Asking the phones records nothing in the session: their vote is not the room's until it closes. Yet
it is the facilitator's last action, and Ctrl+Z (or "previous") takes it back first: the phones wait
again, the answers given so far are said not kept; a further Ctrl+Z takes back the action before it.
"First" holds while nothing has been recorded since the question was asked (or all of it is undone
since). The question asked again after an abrupt stop (phones_resume.py) is asked then, so it is
the last action there too.

A step whose actions come one at a time (the phones answer through the network) is one step all
the same (``one_step``): one Ctrl+Z takes it back whole, as "next" did it, and ``undone`` then puts
back what the session does not hold (the phones' vote open again with their answers, the counts
typed in the boxes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from bataille.workshop import Session
    from bataille.workshop.events import Event

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class UndoSteps:
    """Mixed into SessionController (``session``, ``_last_step``, ``said``, ``_say``, signals)."""

    session: Session
    _last_step: tuple[int, int, str] | None

    def nothing_to_undo(self) -> str:
        """Why Ctrl+Z does nothing now: nothing done on the console yet, the set-up fixed by the start."""
        return (translate("SessionController", "Nothing to undo: the teams and the set-up chosen on the start "
                          "screen are fixed once the session has begun.") if self.state.started
                else translate("SessionController", "Nothing to undo."))

    def undo_label(self) -> str:
        """What Ctrl+Z would take back, as the console says it ("" when nothing)."""
        event = self.session.undo_event
        asked = self._asked_phones
        if asked is not None and asked[0] is event and asked[2]:  # the phones' question is stopped first
            return asked[2]
        if event is None:
            return ""
        step = self._last_step
        if step is not None and self._undo_count(step) > 1:
            return step[2]
        return self.said(event)

    def _undo_count(self, step: tuple[int, int, str] | None) -> int:
        """How many actions an undo takes back: the whole last step of "next" while nothing was
        recorded since, else one."""
        return step[1] - step[0] if step is not None and self.session.event_count == step[1] else 1

    def init_undo_steps(self) -> None:
        # Ctrl+Z stops the phones' question while it is the last action.
        # (the action the phones were asked after, how to stop them, what the Undo item calls it)
        self._asked_phones: tuple[Event | None, Callable[[], str], str] | None = None
        # (the event count at the end of the last step, what its undo puts back besides the session)
        self._undone_then: tuple[int, Callable[[], object]] | None = None

    def asked_phones(self, stop: Callable[[], str], what: str = "") -> None:
        """The phones were just asked (a vote, the feedback): Ctrl+Z calls ``stop`` first, while nothing
        has been recorded since; ``stop()`` stops them and says how ("" when there is nothing left to stop).
        ``what``: the question, as the Undo item names it meanwhile (it named the action before)."""
        self._asked_phones = (self.session.undo_event, stop, what)
        self.nothing_to_redo_now()  # type: ignore[attr-defined]  # a new action: what was undone stays so
        self.stepChanged.emit()  # type: ignore[attr-defined]

    def stop_asking(self) -> bool:
        """Ctrl+Z: the phones' question is the last action: it is stopped, and said. True when it was,
        or when their vote is closing: refused then, and said (the question can no longer be taken
        back, and undoing the step before it would open the debate again without their answers, which
        arrive a moment later; once recorded, Ctrl+Z takes that vote back whole, answers kept)."""
        if self.closing_phones_vote():
            self._say("error", translate("SessionController", "Wait until the phones' vote has closed: its "
                                         "answers are being recorded. Ctrl+Z then takes that vote back."))
            return True
        asked = self._asked_phones
        if asked is None or asked[0] is not self.session.undo_event:
            return False
        self._asked_phones = None
        said = asked[1]()
        if not said:
            return False
        from bataille.ui.controller import VIEW, _undone

        self._say("info", _undone(said))
        self.question_stopped(asked[2] or said)  # type: ignore[attr-defined]  # Ctrl+Y does not ask them again
        self.changed.emit(frozenset({VIEW}))  # type: ignore[attr-defined]
        self.stepChanged.emit()  # type: ignore[attr-defined]
        return True

    def closing_phones_vote(self) -> bool:
        """"Next" closed the phones' vote and their answers are on their way (« Closing the phones' vote… »)."""
        taker = getattr(self, "vote_taker", None)
        return taker is not None and self.state.open_round is not None and any(
            taker.phones_closing(stage) for stage in ("before", "after"))

    @contextmanager
    def one_step(self, undone: Callable[[], object] | None = None) -> Iterator[None]:
        """The actions recorded inside are one step: one Ctrl+Z takes them all back, then calls
        ``undone`` (while nothing has been recorded since)."""
        before = self.session.event_count
        try:
            yield
        finally:
            after = self.session.event_count
            if after > before:
                if after - before > 1:  # said as "next" named it, when a step of "next" ran inside
                    inner = self._last_step
                    said = inner[2] if inner is not None and inner[1] == after and inner[0] >= before else \
                        " · ".join(self.said(e) for e in self.session.events[before:after])  # type: ignore[attr-defined]
                    self._last_step = (before, after, said)
                self._undone_then = (after, undone) if undone is not None else None

    def _typed_lost(self, count: int | None = None) -> bool:
        """An undo now (of ``count`` actions, else undo's own) would drop counts typed on the debate
        page and not recorded: it takes back the opening of the debate they were typed for (the page
        starts that debate's votes from nothing)."""
        taker, rnd = getattr(self, "vote_taker", None), self.state.open_round
        typed = taker.typed_not_recorded() if taker is not None and rnd is not None else []
        if not typed:
            return False
        back_to = self.session.state_before_undo(count or self._undo_count(self._last_step))
        was = back_to.open_round if back_to is not None else None
        return was is None or was.number != rnd.number or ("after" in typed and was.before is None)

    def _then_after_undo(self, step: tuple[int, int, str] | None) -> Callable[[], object] | None:
        """What the undo about to run puts back besides the session: the last step's ``undone``, when it
        takes that step back whole."""
        then, self._undone_then = self._undone_then, None
        end = self.session.event_count
        if then is None or then[0] != end or (step is not None and step[1] != end):
            return None
        return then[1]
