"""The rules of play as pure functions: timeline placement, opinion shift, scenario indicators."""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable, Sequence
from fractions import Fraction

from .state import Counts, ScenarioComparison, ScenarioPath, Shift

DateKey = tuple[int, int]


def place_on_timeline(
    timeline: Sequence[str], card_id: str, position: int, date_of: Callable[[str], DateKey]
) -> tuple[bool, int]:
    """Is gap ``position`` right for the card, and where does it end up (the right place if not)?

    The timeline is kept in date order, so a card is right when it is not earlier than its left
    neighbour and not later than its right one; equal dates are right on either side.
    """
    key = date_of(card_id)
    left_ok = position == 0 or date_of(timeline[position - 1]) <= key
    right_ok = position == len(timeline) or key <= date_of(timeline[position])
    if left_ok and right_ok:
        return True, position
    keys = [date_of(c) for c in timeline]
    return False, bisect.bisect_right(keys, key)


def deal(
    card_ids: Sequence[str], team_ids: Sequence[str], per_team: int, seed: int
) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """Shuffle with ``seed``; one card starts the timeline, then ``per_team`` cards to each team."""
    pile = list(card_ids)
    random.Random(seed).shuffle(pile)
    start, pile = pile[:1], pile[1:]
    hands = tuple(
        (team, tuple(pile[i * per_team : (i + 1) * per_team])) for i, team in enumerate(team_ids)
    )
    return tuple(start), hands


def random_sides(team_ids: Sequence[str], seed: int) -> tuple[tuple[str, str], ...]:
    """Balanced random sides: shuffle the teams, then alternate for / against."""
    order = list(team_ids)
    random.Random(seed).shuffle(order)
    side_of = {team: ("for", "against")[i % 2] for i, team in enumerate(order)}
    return tuple((team, side_of[team]) for team in team_ids)


def opinion_shift(before: Counts, after: Counts) -> Shift:
    """Percentage-point change of each choice; the side whose share grew most wins (Oxford style).

    Measured on the whole percentages the room is shown (``Counts.whole_shares``), so that the
    shift is the difference of the figures on the screen: 19 % then 8 % is −11, never −12, and a
    share that did not move shows 0. A side wins when it gained more both on the screen and in the
    exact shares: equal gains on the screen are a tie, and so is a point of rounding one camp's
    share took and the other's did not.
    """
    agree, disagree, undecided = (a - b for a, b in zip(after.whole_shares(), before.whole_shares(), strict=True))
    exact = _lead(after) - _lead(before)  # how much more the agree share grew than the disagree share
    winner = "for" if agree > disagree and exact > 0 else "against" if disagree > agree and exact < 0 else None
    return Shift(agree, disagree, undecided, winner)


def _lead(counts: Counts) -> Fraction:
    """The agree share less the disagree share, exactly (0 when nobody voted)."""
    return Fraction(counts.agree - counts.disagree, counts.total) if counts.total else Fraction(0)


def add_effects(
    indicators: tuple[tuple[str, int], ...], effects: tuple[tuple[str, int], ...]
) -> tuple[tuple[str, int], ...]:
    """Indicator values after a choice's effects (effects on unknown indicators are ignored)."""
    delta = dict(effects)
    return tuple((name, value + delta.get(name, 0)) for name, value in indicators)


def compare(paths: Sequence[ScenarioPath]) -> tuple[ScenarioComparison, ...]:
    """For each scenario walked, every team's indicator values side by side."""
    result = []
    for scenario_id in dict.fromkeys(p.scenario_id for p in paths):
        walked = [p for p in paths if p.scenario_id == scenario_id]
        ids = tuple(name for name, _ in walked[0].indicators)
        rows = tuple((p.team_id, tuple(dict(p.indicators)[i] for i in ids)) for p in walked)
        result.append(ScenarioComparison(scenario_id, ids, rows))
    return tuple(result)
