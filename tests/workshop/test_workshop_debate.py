"""Debate rounds: cards drawn or chosen, sides, hidden votes and reveal, shift, arguments, evidence."""

from __future__ import annotations

import itertools

import pytest

from bataille.workshop import ActionError, Counts, DebateError
from bataille.workshop.rules import opinion_shift
from bataille.workshop.state import CHOICES


def test_shift_and_winner_oxford_style():
    before, after = Counts(10, 10, 20), Counts(12, 20, 8)
    shift = opinion_shift(before, after)
    assert (shift.agree, shift.disagree, shift.undecided) == (5.0, 25.0, -30.0)
    assert shift.winner == "against"
    assert opinion_shift(Counts(5, 10, 5), Counts(9, 10, 1)).winner == "for"
    assert opinion_shift(Counts(1, 1, 2), Counts(2, 2, 0)).winner is None  # a tie
    # Shares, not raw counts: a bigger room after the debate does not favour anyone.
    assert opinion_shift(Counts(10, 10, 0), Counts(20, 20, 0)).winner is None


def test_the_verdict_says_how_the_winning_side_won():
    """Convinced (its share grew), held its ground (unmoved while the other fell), lost the least
    (both fell, the undecided gained), or a tie: one key for the stage and the summary."""
    from bataille.workshop import shift_verdict

    cases = {
        ((10, 10, 20), (12, 20, 8)): "against_convinced",
        ((5, 10, 5), (9, 10, 1)): "for_convinced",
        ((10, 10, 0), (10, 8, 2)): "for_held",  # 50 % for, then 50 %; against 50 → 40
        ((10, 10, 0), (8, 6, 6)): "for_least",  # for 50 → 40 %, against 50 → 30 %: for lost least
        ((10, 10, 0), (6, 8, 6)): "against_least",
        ((10, 10, 0), (8, 10, 2)): "against_held",
        ((1, 1, 2), (2, 2, 0)): "tie",  # both grew alike: the room moved, nobody won
    }
    for (before, after), expected in cases.items():
        assert shift_verdict(opinion_shift(Counts(*before), Counts(*after))) == expected, (before, after)


def test_the_shift_is_the_difference_of_the_percentages_the_room_is_shown():
    """The stage showed undecided 19 % then 8 % under a shift of −12 (−11.6 rounded): the shift is
    the difference of the whole percentages shown."""
    before, after = Counts(12, 13, 6), Counts(20, 39, 5)  # 38.7/41.9/19.4 %, then 31.3/60.9/7.8 %
    assert before.whole_shares() == (39, 42, 19) and after.whole_shares() == (31, 61, 8)
    shift = opinion_shift(before, after)  # undecided: 7.8 − 19.4 = −11.5, shown −12 under 19 % → 8 %
    assert (shift.agree, shift.disagree, shift.undecided, shift.winner) == (-8, 19, -11, "against")
    assert Counts(1, 3, 4).whole_shares() == (13, 38, 50)  # 12.5 and 37.5: halves up, as at school
    assert Counts().whole_shares() == (0, 0, 0)
    assert opinion_shift(Counts(10, 10, 10), Counts(12, 12, 6)).winner is None


def test_equal_counts_show_equal_shares_and_a_count_that_did_not_move_shows_no_shift():
    """Shares forced to add up to 100 showed thirds as 33, 33, 34 %: with 10, 10, 10 then 9, 11, 10
    (one pupil from agree to disagree), the undecided, ten of thirty both times, showed −1. Each
    share is now rounded on its own; the three may add up to 99 or 101."""
    assert Counts(1, 1, 1).whole_shares() == (33, 33, 33)
    assert Counts(2, 2, 3).whole_shares() == (29, 29, 43)
    shift = opinion_shift(Counts(10, 10, 10), Counts(9, 11, 10))
    assert (shift.agree, shift.disagree, shift.undecided) == (-3, 4, 0)
    every = [Counts(a, d, n) for a in range(13) for d in range(13) for n in range(13) if a + d + n]
    for counts in every:
        shares = counts.whole_shares()
        assert all(abs(w - counts.share(c)) <= 0.5 for w, c in zip(shares, CHOICES, strict=True)), counts
        assert 99 <= sum(shares) <= 101, counts
        numbers = (counts.agree, counts.disagree, counts.undecided)
        for (i, n), (j, m) in itertools.combinations(enumerate(numbers), 2):
            assert (n == m) <= (shares[i] == shares[j]), counts
        shift = opinion_shift(Counts(5, 4, 2), counts)
        assert (shift.agree, shift.disagree, shift.undecided) == tuple(
            a - b for a, b in zip(shares, Counts(5, 4, 2).whole_shares(), strict=True))
        if counts.total == 11:  # the same room: a count that did not move shows 0
            for i, choice in enumerate(CHOICES):
                if getattr(counts, choice) == (5, 4, 2)[i]:
                    assert getattr(shift, choice) == 0, counts


def test_a_point_of_rounding_never_makes_a_winner():
    """Equal gains in fact can differ by one on the screen (a point of rounding one share took):
    nobody wins then (a winning side gets the debate's points)."""
    shift = opinion_shift(Counts(0, 1, 5), Counts(1, 2, 3))  # 0/17/83 then 17/33/50: +16.7 each
    assert (shift.agree, shift.disagree, shift.undecided, shift.winner) == (17, 16, -33, None)
    assert opinion_shift(Counts(1, 2, 3), Counts(0, 1, 5)).winner is None
    assert opinion_shift(Counts(2, 2, 3), Counts(3, 1, 1)).winner == "for"
    assert opinion_shift(Counts(3, 1, 1), Counts(2, 2, 3)).winner == "against"


def test_round_on_a_chosen_card_and_drawn_cards(started, deck):
    started.open_round(card_id="work-debate-2")
    rnd = started.state.open_round
    assert (rnd.number, rnd.theme_id, rnd.card_id, rnd.seed) == (1, "work", "work-debate-2", None)
    with pytest.raises(DebateError, match="Debate 1 is still open"):
        started.open_round()
    started.close_round()
    started.open_round(seed=4)  # first theme without a round: environment
    assert started.state.open_round.theme_id == "environment" and started.state.open_round.seed == 4
    started.close_round()
    started.open_round(theme_id="work", seed=0)  # the other work card, not debated yet
    assert started.state.open_round.card_id == "work-debate-1"


@pytest.mark.parametrize(
    "kwargs, message",
    [({"card_id": "work-fact-1"}, "no debate card"), ({"theme_id": "space"}, "no theme"),
     ({"theme_id": "work", "card_id": "environment-debate-1"}, "belongs to the theme")],
)
def test_bad_rounds(started, kwargs, message):
    with pytest.raises(DebateError, match=message):
        started.open_round(**kwargs)


def test_votes_stay_hidden_until_revealed_then_shift(started):
    started.open_round(card_id="environment-debate-1")
    with pytest.raises(DebateError, match="vote before the debate first"):
        started.record_vote("after", {"agree": 1})
    started.record_vote("before", {"agree": 10, "disagree": 10, "undecided": 20})
    rnd = started.state.open_round
    assert rnd.vote("before").total == Counts(10, 10, 20) and not rnd.vote("before").per_team
    assert rnd.visible_vote("before") is None and rnd.shift is None
    started.reveal_votes("before")
    assert started.state.open_round.visible_vote("before").total.agree == 10
    with pytest.raises(DebateError, match="already shown"):
        started.reveal_votes("before")
    with pytest.raises(DebateError, match="No vote after"):
        started.reveal_votes("after")
    started.record_vote("after", {"agree": 12, "disagree": 20, "undecided": 8})
    rnd = started.state.open_round
    assert rnd.shift.winner == "against" and rnd.visible_shift() is None
    started.reveal_votes("after")
    assert started.state.open_round.visible_shift().disagree == 25.0


def test_per_team_votes_add_up(started):
    started.open_round(card_id="work-debate-1")
    started.record_vote("before", {"team-1": {"agree": 3, "disagree": 1},
                                   "team-2": Counts(0, 4, 1), "team-3": {"undecided": 5}})
    vote = started.state.open_round.before
    assert vote.per_team and vote.total == Counts(3, 5, 6)
    assert dict(vote.by)["team-2"] == Counts(0, 4, 1)


@pytest.mark.parametrize(
    "counts, message",
    [({"agree": -1}, "whole number"), ({"agree": 1.5}, "whole number"), ({}, "counts of the room"),
     ({"agree": 0}, "Nobody voted"), ({"team-9": {"agree": 1}}, "no team"),
     ({"team-1": {"maybe": 1}}, "agree, disagree and undecided")],
)
def test_bad_votes(started, counts, message):
    started.open_round(card_id="work-debate-1")
    with pytest.raises(ActionError, match=message):
        started.record_vote("before", counts)
    with pytest.raises(DebateError, match="'before' or 'after'"):
        started.record_vote("during", {"agree": 1})


def test_a_closed_round_refuses_votes_arguments_evidence(started):
    started.open_round(card_id="work-debate-1")
    started.record_vote("before", {"agree": 3})
    started.close_round()
    with pytest.raises(DebateError, match=r"Debate 1 \(work\) is closed: recording a vote is no longer possible"):
        started.record_vote("after", {"agree": 3})
    with pytest.raises(DebateError, match="closed"):
        started.add_argument("team-1", "Un argument", side="for")
    with pytest.raises(DebateError, match="closed"):
        started.play_evidence("team-1", "work-fact-1")
    started.reveal_votes("before")  # revealing after closing is still allowed
    started.award_points("team-1", 3, "Meilleur argument", round_no=1)
    assert started.state.team("team-1").score == 3


def test_sides_arguments_and_evidence(started):
    started.open_round(card_id="reliability-debate-1")
    started.assign_sides(seed=11)
    sides = dict(started.state.open_round.sides)
    assert set(sides) == {"team-1", "team-2", "team-3"}
    assert sorted(sides.values()).count("for") in (1, 2)  # balanced
    started.assign_sides({"team-1": "against"})
    assert started.state.open_round.side_of("team-1") == "against"
    assert dict(started.state.open_round.sides)["team-2"] == sides["team-2"]  # others kept
    started.add_argument("team-1", "  Les   données  ")
    arg = started.state.open_round.arguments[-1]
    assert (arg.team_id, arg.side, arg.text) == ("team-1", "against", "Les données")
    with pytest.raises(DebateError, match="keep it under 280"):
        started.add_argument("team-1", "x" * 281)
    with pytest.raises(DebateError, match="empty"):
        started.add_argument("team-1", "   ")
    with pytest.raises(DebateError, match="'for' or 'against'"):
        started.add_argument("team-1", "x", side="maybe")
    started.play_evidence("team-2", "environment-fact-1")
    with pytest.raises(DebateError, match="already been played"):
        started.play_evidence("team-3", "environment-fact-1")
    with pytest.raises(DebateError, match="no fact card"):
        started.play_evidence("team-3", "work-debate-1")
    assert started.state.open_round.evidence[0].card_id == "environment-fact-1"


def test_points_validation(started):
    with pytest.raises(DebateError, match="other than 0"):
        started.award_points("team-1", 0)
    started.award_points("team-2", -2)
    assert started.state.team("team-2").score == -2
