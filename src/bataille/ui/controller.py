"""The one owner of a live session in the UI: actions in, redraw signals out.

Widgets never hold game state: they read ``controller.state`` and call ``controller.act``.
A refused action becomes a line on the console's status bar, never a dialog in front of
the room. The controller also keeps the few things that are presentation, not game:
the black screen, the card a team is about to place, the team whose scenario is shown. Its clock is
in ``phase_clock.py``, its saving when the disk fails in ``session_saving.py``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from bataille.deck.models import Deck
from bataille.ui.finished_lock import FinishedLock
from bataille.ui.i18n import interface_language
from bataille.ui.phase_clock import PhaseClock
from bataille.ui.redo_steps import RedoSteps
from bataille.ui.session_saving import SessionSaving
from bataille.ui.steps import (
    FeedbackAsker,
    Step,
    VoteTaker,
    asking_feedback,
    asking_phones,
    closing_phones,
    keeping_feedback,
    labelled,
    taking_vote,
    waiting_phones,
)
from bataille.ui.undo_steps import UndoSteps
from bataille.workshop import ActionError, Changes, Session, SessionState, describe, flow
from bataille.workshop import events as ev
from bataille.workshop.describe import describe_press, redone_line
from bataille.workshop.errors import NotSavedError
from bataille.workshop.events import Part
from bataille.workshop.refusals import refusal

VIEW = "view"  # what the stage shows changed, not the state (a card picked, a consequence left)
ALL_PARTS = frozenset({*Part, VIEW})


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def _undone(what: str) -> str:
    # A dash, not a colon: most lines have a colon of their own ("Undone: Started: Debates…").
    return translate("SessionController", "Undone — %1").replace("%1", what)


class SessionController(FinishedLock, UndoSteps, RedoSteps, PhaseClock, SessionSaving, QObject):
    """Owns the Session; turns its Changes into signals; maps presenter steps; keeps time."""

    changed = Signal(frozenset)  # the parts of the state to redraw (plus "view")
    tick = Signal()  # the timer's shown second changed (at most once a second)
    timeUp = Signal(bool)  # True when the current phase runs out of time, False when it has time again
    status = Signal(str, str)  # (kind: "error" | "info", message)
    saving = Signal(int, str)  # (actions kept in memory, why) when not saved; (0, "") once all is written
    stepChanged = Signal()  # what "next" would do changed without the state changing (counts typed)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.blackout = False
        self.beep_on_time_up = False
        self.placing: tuple[str, str] | None = None  # (team id, card id) the room should see
        self.scenario_team: str | None = None  # the team whose decision the stage shows
        self.last_message = ""
        self.save_error: NotSavedError | None = None  # the last write failure, while actions wait
        self.closing_note = ""  # what the start screen should say once the console is closed
        self.vote_taker: VoteTaker | None = None  # the console's debate page, once built
        self.feedback_asker: FeedbackAsker | None = None  # the console's debrief page, once built
        # The scenario the console's scenarios page has chosen (None: the deck's first), for "next".
        self.scenario_chosen: Callable[[], str | None] = lambda: None
        # The number of timeline cards a team the console's timeline page has chosen (None: the
        # rules'), for "next": the one deal, its number said on the button.
        self.deal_chosen: Callable[[], int | None] = lambda: None
        # The card held up and the place chosen for it on the console's timeline page, as a step of "next".
        self.card_placing: Callable[[], Step | None] = lambda: None
        self._shown_pending = 0  # the count last announced by ``saving`` (a failed retry repeats nothing)
        self.lose_pending_on_close = False  # the facilitator chose to quit without them
        self._time_up = False
        # The events the last step of "next" recorded, when several, and its words.
        self._last_step: tuple[int, int, str] | None = None
        self.init_finished_lock()  # a finished workshop opened again asks before it changes (finished_lock.py)
        self.init_undo_steps()  # the phones' question, a step recorded one action at a time (undo_steps.py)
        self.init_redo_steps()  # Ctrl+Y: the presses of Ctrl+Z it takes back (redo_steps.py)
        self._start_clock()
        self.timeUp.connect(lambda _up: self.stepChanged.emit())  # time up, "next" moves on: the button says so

    # -- reading ---------------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self.session.state

    @property
    def deck(self) -> Deck:
        return self.session.deck

    @property
    def lang(self) -> str:
        """The language of the session's deck texts."""
        return self.session.state.lang

    def next_step(self) -> Step:
        """What "next" does now. Where the flow waits for a vote, "next" takes it once the console
        has one to take (counts typed, or the phones' answers): records it and shows it; before
        that, with Phones on, it asks the phones. Time up, it asks and waits no more: the debate
        closes without that vote, and the session moves on (``flow._when_time_is_up``)."""
        step = flow.next_step(self.state, self.deck, self.session.now())  # time up: "next" moves on
        if step.kind == flow.StepKind.START_SCENARIOS and self.scenario_chosen() is not None:
            step = flow.start_scenarios_step(self.state, self.deck, self.scenario_chosen())
        if step.kind == flow.StepKind.DEAL_TIMELINE:
            per_team = self.deal_chosen() or self.state.rules.timeline_cards_per_team
            step = flow.Step(kind=step.kind, run=lambda session: session.deal_timeline(per_team), title=str(per_team))
        if step.kind == flow.StepKind.WAIT_PLACEMENTS and (placing := self.card_placing()) is not None:
            return placing  # the remote's PageDown puts the card held up in the place chosen for it
        stage, taker = step.vote, self.vote_taker
        if stage and taker is not None and taker.phones_closing(stage):
            return closing_phones()  # a second press would take nothing more
        if stage and taker is not None and taker.vote_ready(stage):
            return taking_vote(stage, taker.phones_answered(stage), lambda _session: taker.end_vote_and_show(),
                               taker.phones_seconds_left(stage))
        if stage and taker is not None and not step.time_up and taker.phones_can_ask(stage):
            return asking_phones(stage, lambda _session: taker.ask_phones(stage))
        if stage and taker is not None and not step.time_up and taker.phones_answered(stage) == 0:
            return waiting_phones(taker.phones_connected(), taker.phones_seconds_left(stage))  # asked, no answer yet
        phase, asker = self.state.agenda.current, self.feedback_asker
        if (step.kind in (flow.StepKind.END, flow.StepKind.NEXT_PHASE) and phase is not None
                and phase.kind == "debrief" and asker is not None and asker.feedback_askable()):
            return asking_feedback(lambda _session: asker.ask_feedback())  # before the phones go off
        return labelled(step, self.quick_debate)

    @property
    def consequence_of(self) -> str | None:
        """The team whose last choice's consequence the room is shown (until "next" moves on)."""
        return self.state.consequence_shown

    @property
    def quick_debate(self) -> bool:
        """A one-phase debate session (the teacher's 20 minutes): no teams, no scores shown."""
        return flow.is_quick_debate(self.state)

    # -- acting ----------------------------------------------------------------------------------

    def act(self, action: Callable[..., Changes], *args: object, **kwargs: object) -> Changes | None:
        """Run a session action, named by the session's own method so a reader (or an IDE) can follow
        it: ``controller.act(controller.session.record_vote, "before", counts)``. A refusal goes to
        the status line and returns None."""
        before = self.session.event_count
        def run(_session: Session) -> object:
            return action(*args, **kwargs)

        if action != self.session.undo:  # an undo back out of the debrief keeps nothing on its way
            run = keeping_feedback(self, run)
        changes = self._perform(lambda: self.session.together(run))
        self._several(before, changes)
        return changes

    def said(self, event: ev.Event, seq: int | None = None) -> str:
        """What ``event`` did in the interface's language, names in the session's (an undo: what it took
        back); given its ``seq``, a redo is said as one (« Rétabli — … », the history's line)."""
        undone = self.session.event(event.target) if isinstance(event, ev.Undone) else None
        line = describe(event, interface_language(), self.state, self.deck, names=self.lang, undone=undone)
        return redone_line(line, interface_language()) if seq is not None and self.session.was_redone(seq) else line

    def _several(self, before: int, done: Changes | None, label: str | None = None) -> None:
        """One press that recorded several actions (a debate closed with its points given, the next
        opened; a scenario started for every team): each said, in order, and one Ctrl+Z takes them
        all back while nothing has been recorded since (``label``: how the undo names them)."""
        after = self.session.event_count
        if after == before:  # refused, nothing recorded: the press before is still the one to undo
            return
        if after - before == 1:
            self._last_step = None
            return
        done_now = self.session.events[before:after]  # a debate closed and the next opened: said short
        said = describe_press(done_now, interface_language(), self.state, self.deck, self.lang) \
            or " · ".join(self.said(e) for e in done_now)
        self._last_step = (before, after, label or said)
        if done is not None:
            self._say("info", said)

    def _perform(self, call: Callable[[], object]) -> Changes | None:
        """The one way an action runs: redraw and say what it did, or why it was refused or not saved."""
        was_pending, before = self.session.pending, self.session.event_count
        if not self.may_change():  # a finished workshop opened again: asked first, once
            return None
        try:
            changes = call()
        except NotSavedError as error:
            # The action did happen (redraw, say what it did); it waits in memory to be written.
            if isinstance(error.changes, Changes):
                self._done(error.changes)
            self._not_saved(error)
            return error.changes if isinstance(error.changes, Changes) else None
        except ActionError as error:
            if self.session.event_count != before:  # a press refused half-way: what it did is redrawn
                self._after(Changes(frozenset(Part), self.session.events[-1]))
            self._say("error", refusal(str(error), interface_language()))  # why, in the interface's words
            failure = getattr(error, "not_saved", None)
            if failure is not None:  # and what it did waits in memory: the banner says so
                self._not_saved(failure)
            return None
        if not isinstance(changes, Changes):
            return None
        self._done(changes)
        if was_pending and not self.session.pending:
            self._saved()  # this action's write took the waiting ones with it
        return changes

    def _done(self, changes: Changes) -> None:
        self._after(changes)
        self._say("info", self.said(changes.event)
                  if changes.undone is None else self._undone_text(changes))

    def _undone_text(self, changes: Changes) -> str:
        return _undone(self.said(changes.undone))

    def undo(self) -> Changes | None:
        """Cancel the last action, and say which. A step of "next" that recorded several actions (the
        scenario started for every team; a debate closed, its points given, the next opened) is undone
        whole, as it was done, while nothing has been recorded since. Counts typed and not recorded
        are never lost by it: it refuses, saying why, as "previous" does. A question just put to the
        phones is taken back first (undo_steps.py)."""
        if self.stop_asking():
            return None
        if not self.session.can_undo:  # the start screen's set-up is fixed once the workshop began
            self._say("info", self.nothing_to_undo())
            return None
        if not self.may_change():  # asked before the last step is forgotten
            return None
        if self._typed_lost():
            self._say("error", translate("SessionController", "The counts typed for the vote are not "
                                         "recorded: undoing would lose them. Record them (PageDown), "
                                         "or set them back to 0 to undo."))
            return None
        step, self._last_step = self._last_step, None
        count = self._undo_count(step)
        then = self._then_after_undo(step if count > 1 else None)
        label = step[2] if count > 1 else self.said(self.session.undo_event)
        changes, undone = None, []
        for _ in range(count):
            changes = self.act(self.session.undo)
            if changes is None:
                return None
            undone.append(changes.undone)
        if count > 1:  # said as the step was: "Undone — Close this debate and open the next"
            self._say("info", _undone(step[2]))
        if then is not None:
            then()
        self.undo_pressed(count, label, tuple(undone), then)  # Ctrl+Y takes this press back whole
        return changes

    def advance(self) -> None:
        """The presenter's "next": take the obvious step, or say what the phase waits for."""
        step = self.next_step()
        if step.run is None:
            self._say("info", step.label)
            return
        self.run_step(step)

    def run_step(self, step: Step) -> None:
        if step.run is not None:
            before = self.session.event_count
            run = keeping_feedback(self, step.run)
            self._several(before, self._perform(lambda: self.session.together(run)), step.label)

    def back(self) -> None:
        """The presenter's "previous": undo the last move of the presentation, never entered data:
        « Record and show » goes back to the vote recorded, hidden from the room (``_moves_back``)."""
        event, moves = self.session.undo_event, self._moves_back()
        if self.stop_asking():  # "next" asked the phones last: "previous" takes the question back
            return
        if event is None:
            self._say("info", translate("SessionController", "Nothing to go back to."))
        elif type(event) in flow.NAVIGATION_EVENTS and self._typed_lost(moves):
            # Back never loses entered data: the hands counted stay typed, and "next" records them.
            self._say("error", translate("SessionController", "The counts typed for the vote are not "
                                         "recorded: going back would lose them. Record them (PageDown), "
                                         "or set them back to 0 to go back."))
        elif type(event) in flow.NAVIGATION_EVENTS and moves < self._undo_count(self._last_step):
            self._back_to_the_vote(moves)
        elif type(event) in flow.NAVIGATION_EVENTS:
            self.undo()
        else:
            what = self.said(event)
            self._say("info", translate("SessionController", "Back only undoes moves; press Ctrl+Z to undo: %1").replace("%1", what))

    def _moves_back(self) -> int:
        """How many actions "back" takes back: the whole last step of "next", as undo does, down to a
        vote that step recorded (``flow.ENTERED_EVENTS``): the hands counted stay recorded."""
        step = self._last_step
        count = self._undo_count(step)
        if step is None or count == 1:
            return 1
        done = self.session.events[step[1] - count:step[1]]
        entered = [i for i, event in enumerate(done) if type(event) in flow.ENTERED_EVENTS]
        return max(1, count - entered[-1] - 1) if entered else count

    def _back_to_the_vote(self, moves: int) -> None:
        """Take back the showing of a vote that the same press of "next" recorded: the room no longer
        sees it, the console keeps it (its counts, « hidden from the room »), and says so."""
        self._last_step = None  # what is left of that step is the vote, undone alone by Ctrl+Z
        undone = []
        for _ in range(moves):
            changes = self.act(self.session.undo)
            if changes is None:
                return
            undone.append(changes.undone)
        self.undo_pressed(moves, " · ".join(self.said(e) for e in reversed(undone)), tuple(undone))
        self._say("info", translate("SessionController", "%1. The vote stays recorded, hidden from the room "
                                    "(Ctrl+Z takes it back).").replace("%1", self.last_message))

    # -- presentation (not game state) ------------------------------------------------------------

    def set_blackout(self, on: bool) -> None:
        if on != self.blackout:
            self.blackout = on
            self.changed.emit(frozenset({VIEW}))

    def toggle_blackout(self) -> None:
        self.set_blackout(not self.blackout)

    def show_placing(self, team_id: str | None, card_id: str | None) -> None:
        """The card a team holds up, shown on the stage without its date."""
        value = (team_id, card_id) if team_id and card_id else None
        if value != self.placing:
            self.placing = value
            self.changed.emit(frozenset({VIEW, Part.TIMELINE}))

    def show_scenario_team(self, team_id: str | None) -> None:
        if team_id != self.scenario_team:
            self.scenario_team = team_id
            self.changed.emit(frozenset({VIEW, Part.SCENARIO}))

    # -- internals -------------------------------------------------------------------------------

    def _say(self, kind: str, message: str) -> None:
        self.last_message = message
        self.status.emit(kind, message)

    def _after(self, changes: Changes) -> None:
        parts = set(changes.parts)
        if changes.undone is not None or isinstance(changes.event, ev.Undone):
            parts = set(ALL_PARTS)  # an undo can touch anything the undone event did
        if self.placing and self.placing[1] not in self.state.timeline.hand(self.placing[0]):
            self.placing = None
        self._schedule()
        self._check_time_up()
        self.changed.emit(frozenset(parts))

    def close(self) -> None:
        """Stop the clock; write what is pending; release the file.

        NotSavedError if actions still cannot be written (the file stays open, to retry), unless
        the facilitator chose to lose them (``lose_pending_on_close``): then the file is closed as is.
        """
        self._timer.stop()
        from bataille.storage import close_session

        if self.lose_pending_on_close and self.session.pending:
            close = getattr(self.session.store, "close", None)
            if close is not None:
                close()
            return
        close_session(self.session)
