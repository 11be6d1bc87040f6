"""Agenda and timers as data: rescaling durations, and the remaining time as a pure function of now."""

from __future__ import annotations

import math
from collections.abc import Sequence

from bataille.deck.frozen import Frozen, record
from bataille.deck.models import Agenda

PhasePlan = tuple[str, str, int]  # (phase id, kind, minutes)


@record
class PhaseProgress(Frozen):
    """A phase of the session: its plan, its status, and the timestamps its timer is made of."""

    id: str
    kind: str
    minutes: int
    status: str = "pending"  # pending | running | paused | done | skipped
    started_at: float | None = None
    ended_at: float | None = None
    paused_at: float | None = None
    paused_seconds: float = 0.0
    extra_minutes: int = 0

    @property
    def planned_seconds(self) -> float:
        """The planned duration, extensions included."""
        return 60.0 * (self.minutes + self.extra_minutes)

    def elapsed(self, now: float) -> float:
        """Seconds of play so far: pauses do not count; a finished phase stops at its end."""
        if self.started_at is None:
            return 0.0
        until = self.ended_at if self.ended_at is not None else self.paused_at
        if until is None:
            until = now
        return max(0.0, until - self.started_at - self.paused_seconds)

    def remaining(self, now: float) -> float:
        """Seconds left (negative when over time)."""
        return self.planned_seconds - self.elapsed(now)


def plan_of(agenda: Agenda | None) -> tuple[PhasePlan, ...]:
    """The deck's agenda as (id, kind, minutes) triples."""
    if agenda is None:
        return ()
    return tuple((p.id, p.kind, p.minutes) for p in agenda.phases)


def select(plan: Sequence[PhasePlan], phase_ids: Sequence[str]) -> tuple[PhasePlan, ...]:
    """The phases named in ``phase_ids``, kept in agenda order (KeyError for an unknown id)."""
    known = {p[0] for p in plan}
    for phase_id in phase_ids:
        if phase_id not in known:
            raise KeyError(phase_id)
    wanted = set(phase_ids)
    return tuple(p for p in plan if p[0] in wanted)


def rescale(plan: Sequence[PhasePlan], minutes: int) -> tuple[PhasePlan, ...]:
    """Scale durations so they add up to exactly ``minutes`` (largest remainder, 1 minute at least)."""
    if not plan:
        return ()
    if minutes < len(plan):
        raise ValueError(f"{minutes} minutes cannot hold {len(plan)} phases (1 minute each at least)")
    total = sum(p[2] for p in plan) or len(plan)
    weights = [p[2] if sum(q[2] for q in plan) else 1 for p in plan]
    exact = [w * minutes / total for w in weights]
    result = [max(1, math.floor(x)) for x in exact]
    # Hand out (or take back) the minutes rounding lost, biggest remainders first.
    order = sorted(range(len(plan)), key=lambda i: (exact[i] - math.floor(exact[i]), weights[i]), reverse=True)
    gap = minutes - sum(result)
    i = 0
    while gap > 0:
        result[order[i % len(order)]] += 1
        gap -= 1
        i += 1
    by_size = sorted(range(len(plan)), key=lambda i: result[i], reverse=True)
    i = 0
    while gap < 0:
        j = by_size[i % len(by_size)]
        if result[j] > 1:
            result[j] -= 1
            gap += 1
        i += 1
    return tuple((p[0], p[1], m) for p, m in zip(plan, result, strict=True))
