"""The workshop's flow: what "next" does at each moment, walked through a whole session; the quick debate."""

from __future__ import annotations

from bataille.workshop import Counts, ManualClock, MemoryStore, Session
from bataille.workshop import events as ev
from bataille.workshop.flow import (
    NAVIGATION_EVENTS,
    StepKind,
    Unfinished,
    first_debate_phase,
    is_quick_debate,
    next_step,
    phase_title,
    start_quick_debate,
    timeline_turn,
    unfinished,
)


def _next(session: Session):
    return next_step(session.state, session.deck)


def _press(session: Session, expected: StepKind, title: str = "") -> None:
    step = _next(session)
    assert (step.kind, step.title) == (expected, title)
    assert step.run is not None
    step.run(session)


def test_next_walks_a_whole_workshop_and_waits_for_typed_input(started, deck):
    s = started
    _press(s, StepKind.NEXT_PHASE, "Accueil")
    _press(s, StepKind.NEXT_PHASE, "Frise")
    _press(s, StepKind.DEAL_TIMELINE)
    assert _next(s).kind == StepKind.WAIT_PLACEMENTS and _next(s).run is None
    for team, cards in s.state.timeline.hands:
        for card in cards:
            s.place_card(team, card, 0)
    _press(s, StepKind.NEXT_PHASE, "Débats")
    _press(s, StepKind.OPEN_DEBATE)
    assert _next(s).kind == StepKind.WAIT_VOTE_BEFORE and _next(s).run is None
    s.record_vote("before", Counts(3, 2, 1))
    _press(s, StepKind.REVEAL_BEFORE)
    assert _next(s).kind == StepKind.WAIT_VOTE_AFTER and _next(s).run is None
    s.record_vote("after", Counts(4, 2, 0))
    _press(s, StepKind.REVEAL_AFTER)
    _press(s, StepKind.CLOSE_AND_OPEN)  # themes are left: one press closes this one and opens the next
    assert s.state.rounds[0].closed and s.state.open_round.number == 2
    s.skip_phase("debate")
    _press(s, StepKind.NEXT_PHASE, "Pause")
    _press(s, StepKind.NEXT_PHASE, "Scénarios")
    scenario = deck.scenarios[0].id
    s.start_scenario(s.state.teams[0].id, scenario)
    assert _next(s).kind == StepKind.WAIT_DECISIONS and _next(s).run is None
    s.choose_option(s.state.teams[0].id, "a")
    _press(s, StepKind.NEXT_DECISION)  # the consequence stayed in front of the room until "next"
    assert _next(s).kind == StepKind.WAIT_DECISIONS

    s.skip_phase("scenario")
    _press(s, StepKind.NEXT_PHASE, "Bilan")
    _press(s, StepKind.END)
    assert _next(s).kind == StepKind.OVER and _next(s).run is None


def test_navigation_events_are_moves_of_the_presentation_only():
    assert ev.PhaseStarted in NAVIGATION_EVENTS and ev.VotesRevealed in NAVIGATION_EVENTS
    assert not NAVIGATION_EVENTS & {ev.VoteRecorded, ev.CardPlaced, ev.ArgumentAdded, ev.TeamAdded}


def test_quick_debate_is_set_up_in_the_core(deck):
    phase = first_debate_phase(deck)
    assert phase == "debate" and phase_title(deck, phase, "en") == "Debates"
    assert phase_title(deck, "nowhere", "fr") == "nowhere"
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr", agenda_minutes=20, phase_ids=[phase])
    start_quick_debate(session, "work-debate-2", ("Pour", "Contre"))
    state = session.state
    assert is_quick_debate(state) and [t.name for t in state.teams] == ["Pour", "Contre"]
    assert state.open_round.card_id == "work-debate-2"
    assert dict(state.open_round.sides) == {state.teams[0].id: "for", state.teams[1].id: "against"}
    state_full = Session.create(deck, MemoryStore(), ManualClock(), "fr").state
    assert not is_quick_debate(state_full)


def test_the_turn_passes_to_the_next_team_that_holds_cards(started):
    assert timeline_turn(started.state) is None  # nothing dealt yet
    started.start_phase("timeline")
    started.deal_timeline(cards_per_team=1, seed=3)
    order = [t.id for t in started.state.teams]
    assert timeline_turn(started.state) == order[0]
    started.place_card(order[1], started.state.timeline.hand(order[1])[0], 0)  # out of turn
    assert timeline_turn(started.state) == order[2]
    started.place_card(order[2], started.state.timeline.hand(order[2])[0], 0)
    assert timeline_turn(started.state) == order[0]  # wraps round, skipping empty hands
    started.place_card(order[0], started.state.timeline.hand(order[0])[0], 0)
    assert timeline_turn(started.state) is None


def test_what_leaving_a_phase_would_leave_undone(started, deck):
    s = started
    assert unfinished(s.state, deck) == ()  # no phase under way
    s.start_phase("timeline")
    assert unfinished(s.state, deck) == ()  # nothing dealt: nothing lost
    s.deal_timeline(cards_per_team=1, seed=2)
    assert unfinished(s.state, deck) == (Unfinished.CARDS_IN_HAND,)
    s.start_phase("debate")
    s.open_round()
    assert unfinished(s.state, deck) == (Unfinished.DEBATE_OPEN, Unfinished.THEMES_LEFT)
    s.start_phase("scenario")
    assert unfinished(s.state, deck) == (Unfinished.NO_SCENARIO,)
    for team in s.state.teams:
        s.start_scenario(team.id, deck.scenarios[0].id)
    assert unfinished(s.state, deck) == (Unfinished.DECISIONS_LEFT,)
