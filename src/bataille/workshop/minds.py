"""Who changed their mind: from the phones' answers before and after a debate, voter by voter.

Only the people who voted both times count: the 3×3 table (from agree / disagree / undecided to
agree / disagree / undecided), the share who changed, and the shift over them alone. A shift
under 5 points is a dead heat: too small to call.
"""

from __future__ import annotations

from bataille.deck.frozen import Frozen, record

from .rules import opinion_shift
from .state import CHOICES, Counts, DebateRound, Shift

DEAD_HEAT_POINTS = 5.0


@record
class MindChanges(Frozen):
    """The phones' before → after answers of one debate."""

    table: tuple[tuple[int, int, int], ...]  # row: the answer before; column: after (CHOICES order)
    voters: int  # phones that answered both times
    changed: int  # of them, how many gave another answer after
    shift: Shift  # percentage points, over those voters only
    dead_heat: bool  # no choice moved by 5 points or more

    @property
    def changed_share(self) -> float:
        return 100.0 * self.changed / self.voters if self.voters else 0.0


def mind_changes(rnd: DebateRound) -> MindChanges | None:
    """The table of a round, or None when no phone answered both votes."""
    before, after = dict(rnd.phones_before), dict(rnd.phones_after)
    both = [token for token in before if token in after]
    if not both:
        return None
    index = {choice: i for i, choice in enumerate(CHOICES)}
    table = [[0, 0, 0] for _ in CHOICES]
    for token in both:
        table[index[before[token]]][index[after[token]]] += 1
    counts_before = Counts(*(sum(row) for row in table))
    counts_after = Counts(*(sum(table[r][c] for r in range(3)) for c in range(3)))
    shift = opinion_shift(counts_before, counts_after)
    changed = sum(table[r][c] for r in range(3) for c in range(3) if r != c)
    dead_heat = max(abs(shift.agree), abs(shift.disagree), abs(shift.undecided)) < DEAD_HEAT_POINTS
    return MindChanges(tuple(tuple(row) for row in table), len(both), changed, shift, dead_heat)


def team_tallies(rnd: DebateRound) -> tuple[tuple[str, str, Counts], ...]:
    """The phones' answers of each team that phones picked: (stage, team id, counts), before first."""
    teams = dict(rnd.phone_teams)
    result = []
    for stage in ("before", "after"):
        by_team: dict[str, list[int]] = {}
        for token, choice in rnd.phone_votes(stage):
            if token in teams:
                by_team.setdefault(teams[token], [0, 0, 0])[CHOICES.index(choice)] += 1
        result += [(stage, team, Counts(*counts)) for team, counts in sorted(by_team.items())]
    return tuple(result)
