"""The session's actions as one tidy table: one row per recorded action still in force.

Columns: time, phase, team, kind, card, value. ``kind`` is the action's stable type name
(``card_placed``, ``vote_recorded``…); names and texts are in the summary's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bataille.workshop import Event
from bataille.workshop import events as ev

ACTION_COLUMNS = ["time", "phase", "team", "kind", "card", "value"]


@dataclass(frozen=True)
class ActionRow:
    """One recorded action, as a spreadsheet reads it."""

    at: float
    phase: str
    team_id: str | None
    kind: str
    card: str
    value: str


def _value(event: Event) -> str:
    """The action's own figure or text (points, vote counts, argument…), '' when it has none."""
    if isinstance(event, ev.VoteRecorded):
        totals = [sum(counts[i] for _, counts in event.by) for i in range(3)]
        return f"{event.stage}: " + "/".join(str(n) for n in totals)
    if isinstance(event, ev.ArgumentAdded):
        return f"{event.side}: {event.text}"
    if isinstance(event, ev.PointsAwarded):
        return f"{event.points} ({event.reason})" if event.reason else str(event.points)
    for name in ("points", "minutes", "option_id", "stage", "text", "name", "lang"):
        if hasattr(event, name):
            return str(getattr(event, name))
    return ""


def action_rows(events: Iterable[Event], card_title: Callable[[str], str],
                scenario_title: Callable[[str], str], phase_title: Callable[[str], str]) -> tuple[ActionRow, ...]:
    """The rows of ``events`` (undone ones already removed), each with the phase running at the time."""
    rows = []
    phase = ""
    for event in events:
        if isinstance(event, ev.PhaseStarted):
            phase = phase_title(event.phase_id)
        card = ""
        if getattr(event, "card_id", None):
            card = card_title(event.card_id)
        elif getattr(event, "scenario_id", None):
            card = scenario_title(event.scenario_id)
        rows.append(ActionRow(event.at, phase, getattr(event, "team_id", None), event.type, card, _value(event)))
    return tuple(rows)
