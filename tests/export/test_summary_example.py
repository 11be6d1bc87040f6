"""The example session: played through the engine's actions, complete, and the same for the same seed."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.workshop import MemoryStore, fold
from bataille.workshop import events as ev
from bataille.workshop.example import ExampleOptions, play_example


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def test_same_seed_same_events_other_seed_other_play(deck):
    one, again = play_example(deck, seed=7), play_example(deck, seed=7)
    assert [e.to_dict() for e in one.events] == [e.to_dict() for e in again.events]
    other = play_example(deck, seed=8)
    assert [e.to_dict() for e in other.events] != [e.to_dict() for e in one.events]


def test_every_phase_is_played_with_votes_arguments_scenarios_and_debrief(deck):
    session = play_example(deck, seed=0)
    state = session.state
    assert len(state.teams) == 4 and state.started
    assert [p.status for p in state.agenda.phases] == ["done"] * len(deck.agenda.phases)
    assert len(state.timeline.placements) == 4 * state.rules.timeline_cards_per_team
    assert {p.correct for p in state.timeline.placements} == {True, False}
    assert len(state.rounds) == 3 and all(r.closed for r in state.rounds)
    for rnd in state.rounds:
        assert rnd.revealed_before and rnd.revealed_after and rnd.before.per_team and rnd.shift is not None
        assert rnd.arguments and {side for _, side in rnd.sides} == {"for", "against"}
    assert any(r.evidence for r in state.rounds)
    assert len(state.scenarios) == 4 and all(p.finished for p in state.scenarios)
    assert len(state.comparison) == 2  # two scenarios, two teams each
    assert len(state.debrief.takeaways) == 3 and len(state.debrief.commitments) == 3
    # A realistic facilitator corrects mistakes: one undo, one vote recorded twice.
    types = [e.type for e in session.events]
    assert "undone" in types and "timer_paused" in types and "timer_extended" in types
    # The whole session is the fold of its events: nothing outside the engine.
    assert fold(None, session.events) == state


def test_plays_on_any_store_in_english_with_other_sizes(deck):
    store = MemoryStore()
    session = play_example(deck, store, seed=3, lang="en", options=ExampleOptions(teams=2, rounds=5, scenarios=1))
    assert store.events() == list(session.events)
    state = session.state
    assert state.lang == "en" and [t.name for t in state.teams] == ["The Owls", "The Otters"]
    assert len(state.rounds) == 5 and len({r.theme_id for r in state.rounds}) == 5
    assert len({p.scenario_id for p in state.scenarios}) == 1
    assert all(isinstance(e, ev.Event) for e in store.events())
    with pytest.raises(ValueError, match="2 to 8 teams"):
        play_example(deck, options=ExampleOptions(teams=9))
