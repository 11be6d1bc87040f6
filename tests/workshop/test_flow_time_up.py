"""Once the phase's time is up, "next" moves on: the end of the phase rather than another debate or
another deal; a debate under way plays on to its shift and closes with the move (one press)."""

from __future__ import annotations

from bataille.workshop import Counts
from bataille.workshop.flow import StepKind, next_step, open_debate, time_up


def _next(session):
    return next_step(session.state, session.deck, session.now())


def _over_time(session, clock) -> None:
    clock.advance(session.state.agenda.current.planned_seconds + 1)
    assert time_up(session.state, session.now())


def _at(session, phase_id: str) -> None:
    """``phase_id`` under way, the phases before it skipped (the next pending is the one after)."""
    for phase in session.state.agenda.phases:
        if phase.id == phase_id:
            break
        session.skip_phase(phase.id)
    session.start_phase(phase_id)


def _shift_shown(session) -> None:
    for stage, counts in (("before", Counts(3, 2, 1)), ("after", Counts(4, 2, 0))):
        session.record_vote(stage, counts)
        session.reveal_votes(stage)


def test_with_time_left_next_opens_the_next_debate(started, clock):
    s = started
    _at(s, "debate")
    open_debate(s)
    _shift_shown(s)
    clock.advance(60)
    assert not time_up(s.state, s.now())
    assert _next(s).kind == StepKind.CLOSE_AND_OPEN and not _next(s).time_up


def test_time_up_after_the_shift_closes_the_debate_and_starts_the_next_phase_in_one_press(started, clock):
    s = started
    _at(s, "debate")
    open_debate(s)
    _shift_shown(s)
    _over_time(s, clock)
    step = _next(s)
    assert (step.kind, step.title, step.time_up) == (StepKind.CLOSE_AND_NEXT_PHASE, "Pause", True)
    s.together(step.run)
    assert s.state.rounds[0].closed and len(s.state.rounds) == 1  # no new debate opened
    assert s.state.agenda.current.id == "break"
    assert s.state.rounds[0].awards and any(t.score for t in s.state.teams)  # the winning side's points given


def test_time_up_between_debates_offers_the_next_phase_not_another_debate(started, clock):
    s = started
    _at(s, "debate")
    open_debate(s)
    s.close_round()
    assert _next(s).kind == StepKind.OPEN_DEBATE  # time left: the next debate
    _over_time(s, clock)
    step = _next(s)
    assert (step.kind, step.title, step.time_up) == (StepKind.NEXT_PHASE, "Pause", True)
    s.together(step.run)
    assert s.state.open_round is None and len(s.state.rounds) == 1


def test_time_up_with_a_debate_under_way_lets_its_votes_be_taken_and_shown(started, clock):
    s = started
    _at(s, "debate")
    open_debate(s)
    _over_time(s, clock)
    # No vote yet: "next" closes the debate without it (counts typed on the console are taken first)
    assert (_next(s).kind, _next(s).vote) == (StepKind.CLOSE_AND_NEXT_PHASE, "before")
    s.record_vote("before", Counts(3, 2, 1))
    assert _next(s).kind == StepKind.REVEAL_BEFORE


def test_time_up_on_the_last_phase_closes_the_debate_and_ends(started, clock):
    s = started
    for phase in ("break", "scenario", "debrief"):
        s.skip_phase(phase)
    _at(s, "debate")
    open_debate(s)
    _shift_shown(s)
    _over_time(s, clock)
    step = _next(s)
    assert (step.kind, step.time_up) == (StepKind.CLOSE_AND_END, True)
    s.together(step.run)
    assert s.state.agenda.current is None and s.state.rounds[0].closed


def test_time_up_on_the_timeline_moves_on_with_cards_in_hand_or_none_dealt(started, clock):
    s = started
    _at(s, "timeline")
    _over_time(s, clock)
    assert (_next(s).kind, _next(s).title) == (StepKind.NEXT_PHASE, "Débats")  # not a deal now
    s.extend_timer(5)  # +5 min: the phase goes on, and "next" with it
    assert _next(s).kind == StepKind.DEAL_TIMELINE
    s.deal_timeline()
    assert _next(s).kind == StepKind.WAIT_PLACEMENTS and _next(s).run is None
    clock.advance(5 * 60)
    step = _next(s)
    assert (step.kind, step.time_up) == (StepKind.NEXT_PHASE, True) and step.run is not None
    s.together(step.run)
    assert s.state.agenda.current.id == "debate"


def test_time_up_in_the_scenarios_moves_on(started, clock, deck):
    s = started
    _at(s, "scenario")
    _over_time(s, clock)
    assert (_next(s).kind, _next(s).title) == (StepKind.NEXT_PHASE, "Bilan")
    s.start_scenario(s.state.teams[0].id, deck.scenarios[0].id)
    assert _next(s).kind == StepKind.NEXT_PHASE and _next(s).run is not None


def test_a_reveal_stays_a_reveal_when_time_is_up(started, clock):
    s = started
    _at(s, "debate")
    open_debate(s)
    s.record_vote("before", Counts(3, 2, 1))
    _over_time(s, clock)
    assert _next(s).kind == StepKind.REVEAL_BEFORE


def test_without_the_time_next_is_as_it_was(started, clock):
    s = started
    _at(s, "debate")
    _over_time(s, clock)
    assert next_step(s.state, s.deck).kind == StepKind.OPEN_DEBATE
