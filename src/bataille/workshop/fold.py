"""From events to state: one pure handler per event type, and the replay that also knows undo."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from . import events as ev
from .agenda import PhaseProgress
from .fold_play import PLAY_HANDLERS, given_time
from .state import AgendaProgress, Rules, SessionState, Team, evolve

Handler = Callable[[SessionState, Any], SessionState]


def _phases(plan: tuple[tuple[str, str, int], ...]) -> AgendaProgress:
    return AgendaProgress(tuple(PhaseProgress(pid, kind, minutes) for pid, kind, minutes in plan))


def _created(state: SessionState, e: ev.SessionCreated) -> SessionState:
    return SessionState(
        deck_id=e.deck_id,
        deck_version=e.deck_version,
        deck_hash=e.deck_hash,
        lang=e.lang,
        created_at=e.at,
        rules=Rules.from_pairs(e.rules),
        agenda=_phases(e.phases),
    )


def _team_added(state: SessionState, e: ev.TeamAdded) -> SessionState:
    return evolve(
        state,
        teams=(*state.teams, Team(e.team_id, e.name, e.colour)),
        next_team_number=state.next_team_number + 1,
    )


def _team_changed(state: SessionState, e: ev.TeamChanged) -> SessionState:
    teams = tuple(
        evolve(t, name=e.name, colour=e.colour) if t.id == e.team_id else t for t in state.teams
    )
    return evolve(state, teams=teams)


def _team_removed(state: SessionState, e: ev.TeamRemoved) -> SessionState:
    return evolve(state, teams=tuple(t for t in state.teams if t.id != e.team_id))


def _update_phase(state: SessionState, phase_id: str, **changes: Any) -> SessionState:
    phases = tuple(evolve(p, **changes) if p.id == phase_id else p for p in state.agenda.phases)
    return evolve(state, agenda=AgendaProgress(phases))


def _finish(phase: PhaseProgress, at: float, status: str) -> PhaseProgress:
    # A phase ended while paused keeps its pause out of the elapsed time.
    paused = phase.paused_seconds + (at - phase.paused_at if phase.paused_at is not None else 0.0)
    return evolve(phase, status=status, ended_at=at, paused_at=None, paused_seconds=paused)


def _phase_started(state: SessionState, e: ev.PhaseStarted) -> SessionState:
    phases = []
    for p in state.agenda.phases:
        if p.status in ("running", "paused") and p.id != e.phase_id:
            p = _finish(p, e.at, "done")
        if p.id == e.phase_id:
            p = evolve(p, status="running", started_at=e.at, ended_at=None, paused_at=None,
                        paused_seconds=0.0, extra_minutes=0)
        phases.append(p)
    return evolve(state, agenda=AgendaProgress(tuple(phases)), last_phase_id=e.phase_id, consequence_shown=None)


def _paused(state: SessionState, e: ev.TimerPaused) -> SessionState:
    return _update_phase(state, e.phase_id, status="paused", paused_at=e.at)


def _resumed(state: SessionState, e: ev.TimerResumed) -> SessionState:
    phase = state.agenda.phase(e.phase_id)
    paused = phase.paused_seconds + (e.at - phase.paused_at if phase.paused_at is not None else 0.0)
    return _update_phase(state, e.phase_id, status="running", paused_at=None, paused_seconds=paused)


def _extended(state: SessionState, e: ev.TimerExtended) -> SessionState:
    phase = state.agenda.phase(e.phase_id)
    return given_time(_update_phase(state, e.phase_id, extra_minutes=phase.extra_minutes + e.minutes), e)


def _skipped(state: SessionState, e: ev.PhaseSkipped) -> SessionState:
    phase = state.agenda.phase(e.phase_id)
    if phase.started_at is not None:
        phases = tuple(_finish(p, e.at, "skipped") if p.id == e.phase_id else p for p in state.agenda.phases)
        return evolve(state, agenda=AgendaProgress(phases), consequence_shown=None)
    return _update_phase(state, e.phase_id, status="skipped")


def _ended(state: SessionState, e: ev.PhaseEnded) -> SessionState:
    phases = tuple(_finish(p, e.at, "done") if p.id == e.phase_id else p for p in state.agenda.phases)
    return evolve(state, agenda=AgendaProgress(phases), consequence_shown=None)


HANDLERS: dict[type[ev.Event], Handler] = {
    ev.SessionCreated: _created,
    ev.AgendaSet: lambda s, e: evolve(s, agenda=_phases(e.phases)),
    ev.RulesSet: lambda s, e: evolve(s, rules=Rules.from_pairs(e.rules)),
    ev.LanguageSet: lambda s, e: evolve(s, lang=e.lang),
    ev.TeamAdded: _team_added,
    ev.TeamChanged: _team_changed,
    ev.TeamRemoved: _team_removed,
    ev.SessionStarted: lambda s, e: evolve(s, started=True),
    ev.PhaseStarted: _phase_started,
    ev.TimerPaused: _paused,
    ev.TimerResumed: _resumed,
    ev.TimerExtended: _extended,
    ev.PhaseSkipped: _skipped,
    ev.PhaseEnded: _ended,
    **PLAY_HANDLERS,
}


def apply(state: SessionState, event: ev.Event) -> SessionState:
    """The state after one event (undo is handled by ``Replay``, which keeps the history)."""
    return HANDLERS[type(event)](state, event)


class Replay:
    """The fold, one event at a time, keeping the states undo returns to (O(1) per event)."""

    def __init__(self) -> None:
        self.state = SessionState()
        self.count = 0  # events folded so far: the next event's seq
        # (seq of an undoable event, state before it, the event); undo pops the last one.
        self._undoable: list[tuple[int, SessionState, ev.Event]] = []
        # The events undone since the last other action, the last undone last: what redo records again.
        self._redoable: list[ev.Event] = []
        self.redos: set[int] = set()  # the seqs of the events that were redos (the history says so)
        # How many of those the start of the workshop fixed: its set-up (teams, agenda, rules: the
        # start screen's), the start itself and, in a quick debate, its one debate opened with it.
        # Undo stops above them: nothing can add a team once the workshop has begun.
        self._fixed = 0

    @property
    def undo_target(self) -> int | None:
        """The seq of the event an undo would cancel, if any (never the set-up, once started)."""
        return self._undoable[-1][0] if len(self._undoable) > self._fixed else None

    @property
    def live(self) -> tuple[int, ...]:
        """The seqs of the events in effect (not undone), oldest first, the set-up event aside."""
        return tuple(seq for seq, _, _ in self._undoable)

    @property
    def redoable(self) -> tuple[ev.Event, ...]:
        """The events a redo would record again, the next one last (see ``feed``)."""
        return tuple(self._redoable)

    def state_before(self, count: int = 1) -> SessionState | None:
        """The state ``count`` undos would return to (None when fewer can be undone)."""
        return self._undoable[-count][1] if 0 < count <= len(self._undoable) - self._fixed else None

    def feed(self, event: ev.Event) -> SessionState:
        """Fold one more event in."""
        if isinstance(event, ev.Undone):
            if not self._undoable or self._undoable[-1][0] != event.target:
                raise ValueError(f"event {self.count} undoes {event.target}, which cannot be undone")
            _seq, self.state, undone = self._undoable.pop()
            self._redoable.append(undone)
            # A file written before undo stopped at the start: what it took back is open again.
            self._fixed = min(self._fixed, len(self._undoable)) if self.state.started else 0
        else:
            # A redo is the undone event recorded again, the same to its moment (``at``): it takes
            # the next one off; any other action means nothing undone can be done again.
            if self._redoable and self._redoable[-1] == event:
                self._redoable.pop()
                self.redos.add(self.count)
            else:
                self._redoable.clear()
            if self.count > 0:  # the set-up event is not undoable
                self._undoable.append((self.count, self.state, event))
            fixed = self._fixed == len(self._undoable) - 1 and _opens_the_quick_debate(self.state, event)
            self.state = apply(self.state, event)
            if isinstance(event, ev.SessionStarted) or fixed:
                self._fixed = len(self._undoable)
        self.count += 1
        return self.state


def _opens_the_quick_debate(state: SessionState, event: ev.Event) -> bool:
    """``event``, right after the start of a quick debate (one debate phase), is part of its set-up:
    the start screen starts its phase, opens its one debate on the card chosen there, gives the sides."""
    phases = state.agenda.phases
    return (state.started and len(phases) == 1 and phases[0].kind == "debate" and not state.rounds[1:]
            and isinstance(event, ev.PhaseStarted | ev.RoundOpened | ev.SidesAssigned)
            and not (isinstance(event, ev.SidesAssigned) and state.rounds and state.rounds[0].sides))


def fold(deck: object, events: Iterable[ev.Event]) -> SessionState:
    """The session state after ``events`` (``deck`` is not needed: events carry rule outcomes)."""
    replay = Replay()
    for event in events:
        replay.feed(event)
    return replay.state
