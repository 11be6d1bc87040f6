"""Timeline: dealing from a seed, placement checked against the years, wrong cards moved, points."""

from __future__ import annotations

import pytest

from bataille.workshop import MemoryStore, Rules, Session, TimelineError
from bataille.workshop.rules import place_on_timeline

YEARS = {"a": (1950, 0), "b": (1956, 8), "c": (1997, 5), "d": (2017, 6), "e": (2017, 6), "f": (2022, 11)}


@pytest.mark.parametrize(
    "timeline, card, position, expected",
    [
        (["b", "d"], "c", 1, (True, 1)),    # between its neighbours
        (["b", "d"], "c", 0, (False, 1)),   # too early: moved after 1956
        (["b", "d"], "c", 2, (False, 1)),   # too late: moved before 2017
        (["b", "d"], "a", 0, (True, 0)),    # first
        (["b", "d"], "f", 2, (True, 2)),    # last
        (["b", "d"], "e", 2, (True, 2)),    # equal dates: right on either side
        (["b", "d"], "e", 1, (True, 1)),
        (["b", "d", "f"], "a", 3, (False, 0)),
        ([], "a", 0, (True, 0)),
    ],
)
def test_place_on_timeline(timeline, card, position, expected):
    assert place_on_timeline(timeline, card, position, YEARS.__getitem__) == expected


def test_deal_is_deterministic_from_the_seed(started):
    started.deal_timeline(cards_per_team=3, seed=7)
    first = started.state.timeline
    started.undo()
    started.deal_timeline(cards_per_team=3, seed=7)
    assert started.state.timeline == first
    assert len(first.cards) == 1 and first.seed == 7
    hands = [hand for _, hand in first.hands]
    assert [len(h) for h in hands] == [3, 3, 3]
    dealt = [c for h in hands for c in h] + list(first.cards)
    assert len(set(dealt)) == 10


def _year(deck, card_id):
    return deck.card(card_id).date_key


def test_right_and_wrong_placements_score_and_keep_the_timeline_sorted(started, deck):
    started.deal_timeline(cards_per_team=4, seed=3)
    for _ in range(4):
        for team in started.state.teams:
            card = started.state.timeline.hand(team.id)[0]
            cards = started.state.timeline.cards
            keys = [_year(deck, c) for c in cards]
            right = sum(1 for k in keys if k <= _year(deck, card))
            # Alternate a right gap and a surely wrong one (when there is one).
            wrong = 0 if right > 0 and keys[0] < _year(deck, card) else len(cards)
            position = right if team.id != "team-2" else wrong
            changes = started.place_card(team.id, card, position)
            assert changes.timeline and changes.scores
            placement = started.state.timeline.placements[-1]
            assert placement.card_id == card and placement.position == position
            assert started.state.timeline.cards[placement.final_position] == card
    state = started.state
    keys = [_year(deck, c) for c in state.timeline.cards]
    assert keys == sorted(keys)
    assert all(not hand for _, hand in state.timeline.hands)
    for team in state.teams:
        mine = [p for p in state.timeline.placements if p.team_id == team.id]
        assert team.score == sum(2 for p in mine if p.correct)
    assert state.team("team-1").score == 8


def test_points_are_configurable(deck, clock):
    session = Session.create(deck, MemoryStore(), clock,
                             rules=Rules(timeline_points_correct=5, timeline_points_wrong=-1))
    session.add_team("A")
    session.add_team("B")
    session.start()
    session.deal_timeline(cards_per_team=1, seed=1)
    first = _year(deck, session.state.timeline.cards[0])
    for team_id, right in (("team-1", True), ("team-2", False)):
        card = session.state.timeline.hand(team_id)[0]
        later = _year(deck, card) > first
        # With one card on the timeline: gap 1 is right for a later card, gap 0 for an earlier one.
        session.place_card(team_id, card, int(later) if right else int(not later))
    assert session.state.team("team-1").score == 5
    assert session.state.team("team-2").score == -1


def test_timeline_refusals(started):
    with pytest.raises(TimelineError, match="Deal the timeline cards first"):
        started.place_card("team-1", "ev-1950-turing", 0)
    with pytest.raises(TimelineError, match="deal 5 cards per team at most"):
        started.deal_timeline(cards_per_team=6)
    started.deal_timeline(cards_per_team=2, seed=1)
    other = started.state.timeline.hand("team-2")[0]
    with pytest.raises(TimelineError, match="Hiboux does not hold"):
        started.place_card("team-1", other, 0)
    mine = started.state.timeline.hand("team-1")[0]
    with pytest.raises(TimelineError, match="gap from 0 to 1"):
        started.place_card("team-1", mine, 5)
    started.place_card("team-1", mine, 0)
    with pytest.raises(TimelineError, match="undo the placements"):
        started.deal_timeline()
