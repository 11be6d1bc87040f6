"""What the presenter remote's "next" does now: the one obvious step of the current phase.

A step never needs typed input (votes, placements are entered on the console); when the
phase waits for such input, the step is a hint instead, so a stray click never skips ahead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from bataille.deck.models import Deck
from bataille.workshop import Session, SessionState

# Events that "back" may undo: moves of the presentation, never entered data.
NAVIGATION_EVENTS = frozenset({
    "phase_started", "phase_ended", "phase_skipped", "votes_revealed", "round_opened",
    "round_closed", "timeline_dealt", "sides_assigned",
})


translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


@dataclass(frozen=True)
class Step:
    """The next step: a label for the console, and the action (None when it only waits)."""

    label: str
    run: Callable[[Session], object] | None = None


def phase_title(deck: Deck, phase_id: str, lang: str) -> str:
    """The deck's title of a phase of the agenda (its id when the deck has none)."""
    if deck.agenda:
        for phase in deck.agenda.phases:
            if phase.id == phase_id:
                return phase.title.get(lang)
    return phase_id


def _next_phase(state: SessionState, deck: Deck) -> Step:
    upcoming = state.agenda.next_pending
    if upcoming is None:
        if state.agenda.current is not None:
            return Step(translate("Steps", "End the workshop"), lambda s: s.end_phase())
        return Step(translate("Steps", "The workshop is over"))
    title = phase_title(deck, upcoming.id, state.lang)
    return Step(translate("Steps", "Next phase: %1").replace("%1", title), lambda s: s.start_phase())


def _themes_left(state: SessionState, deck: Deck) -> bool:
    played = {r.theme_id for r in state.rounds}
    return any(t.id not in played and deck.cards_of("debate", t.id) for t in deck.themes)


def _debate_step(state: SessionState, deck: Deck) -> Step:
    rnd = state.open_round
    if rnd is None:
        quick = len(state.agenda.phases) == 1
        if state.rounds and quick:
            return _next_phase(state, deck)
        if _themes_left(state, deck) and not quick:
            return Step(translate("Steps", "Open the next debate"), lambda s: s.open_round())
        return _next_phase(state, deck)
    if rnd.before is None:
        return Step(translate("Steps", "Waiting for the vote before (enter it on the console)"))
    if not rnd.revealed_before:
        return Step(translate("Steps", "Show the vote before"), lambda s: s.reveal_votes("before"))
    if rnd.after is None:
        return Step(translate("Steps", "Debate, then enter the vote after"))
    if not rnd.revealed_after:
        return Step(translate("Steps", "Show the vote after and the shift"), lambda s: s.reveal_votes("after"))
    return Step(translate("Steps", "Close this debate"), lambda s: s.close_round())


def next_step(state: SessionState, deck: Deck) -> Step:
    """The step "next" would take in ``state``."""
    if not state.started:
        return Step(translate("Steps", "Start the workshop"), lambda s: s.start())
    phase = state.agenda.current
    if phase is None:
        return _next_phase(state, deck)
    if phase.kind == "timeline":
        if not state.timeline.dealt:
            return Step(translate("Steps", "Deal the timeline cards"), lambda s: s.deal_timeline())
        if any(cards for _, cards in state.timeline.hands):
            return Step(translate("Steps", "Waiting for the teams to place their cards"))
    if phase.kind == "debate":
        return _debate_step(state, deck)
    if phase.kind == "scenario" and state.teams:
        walking = [state.scenario_path(t.id) for t in state.teams]
        if any(p is not None and not p.finished for p in walking):
            return Step(translate("Steps", "Waiting for the teams' decisions"))
    return _next_phase(state, deck)
