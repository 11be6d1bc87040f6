"""The workshop's time as a whole: when its plan ends, when it will end at this pace, how far
behind (or ahead) it runs, and what each phase over really took.

The rules, from the agenda's own fields (no event of its own, so every session file reads them):

- The workshop starts when its first phase starts (the earliest start of a phase).
- The planned end is that start plus the agenda's planned minutes, every phase counted (a phase
  skipped is still in the plan: skipping it is how a late facilitator wins the time back).
- The expected end is now, plus what the current phase has left of its time (nothing once it is
  over time: it ends now at the earliest), plus the planned minutes of the phases to come. Once no
  phase is under way or to come, it is when the last phase ended.
- How late: the expected end minus the planned end. Time passes on the wall clock, so a phase run
  over, a pause (a fire drill), the minutes between two phases all make the workshop later; a phase
  ended early, or one skipped, makes it earlier. A minute added (+1, +5) is a decision to run
  longer: it counts as lateness against the original plan, the end moves with it.
- Within a minute either way, the workshop is on time.
"""

from __future__ import annotations

from bataille.deck.frozen import Frozen, record

from .agenda import PhaseProgress
from .state import AgendaProgress, SessionState

ON_TIME_SECONDS = 60.0  # closer than this to the plan: on time


@record
class Schedule(Frozen):
    """The workshop's times, in seconds since the epoch."""

    started_at: float
    planned_end: float
    expected_end: float

    @property
    def late_seconds(self) -> float:
        """How far behind the plan (negative: ahead)."""
        return self.expected_end - self.planned_end

    @property
    def late_minutes(self) -> int:
        """Whole minutes behind the plan (negative: ahead), 0 when on time (within a minute)."""
        late = self.late_seconds
        if abs(late) < ON_TIME_SECONDS:
            return 0
        minutes = int(abs(late) / 60.0 + 0.5)
        return minutes if late > 0 else -minutes


def schedule(agenda: AgendaProgress, now: float) -> Schedule | None:
    """The workshop's schedule at ``now``; None before its first phase starts (or without an agenda)."""
    starts = [p.started_at for p in agenda.phases if p.started_at is not None]
    if not starts:
        return None
    started_at = min(starts)
    planned_end = started_at + 60.0 * agenda.minutes
    current = agenda.current
    to_come = [p for p in agenda.phases if p.status == "pending"]
    if current is None and not to_come:
        ends = [p.ended_at for p in agenda.phases if p.ended_at is not None]
        expected_end = max(ends) if ends else now
    else:
        left = max(0.0, current.remaining(now)) if current is not None else 0.0
        expected_end = now + left + 60.0 * sum(p.minutes for p in to_come)
    return Schedule(started_at, planned_end, expected_end)


def played_minutes(phase: PhaseProgress) -> tuple[int, int] | None:
    """A phase over (done, or cut short and skipped): (its minutes of play, its minutes paused),
    rounded to the minute; None for a phase not played to an end."""
    if phase.started_at is None or phase.ended_at is None:
        return None
    return int(phase.elapsed(phase.ended_at) / 60.0 + 0.5), int(phase.paused_seconds / 60.0 + 0.5)


def read_status(state: SessionState, phase: PhaseProgress) -> str:
    """The status a phase reads as, in the console's agenda and the summary: its own, but "skipped"
    for a timeline phase ended with no card placed on the timeline (nothing of it was played, as a
    phase passed over). The session still records it ended, "done", as the summary's JSON and CSV keep it."""
    if phase.kind == "timeline" and phase.status == "done" and not state.timeline.placements:
        return "skipped"
    return phase.status
