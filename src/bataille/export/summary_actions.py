"""The session's actions as one tidy table: one row per recorded action still in force.

Columns: time, phase, team, kind, card, value. ``kind`` is the action's stable type name
(``card_placed``, ``vote_recorded``…); names, texts and the words of a value (``avant : 12/6/5``,
``contre : …``) are in the summary's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bataille.workshop import Event
from bataille.workshop import events as ev

from .summary_words import word

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


def _said(code: str, lang: str) -> str:
    """A vote's stage or a side (``before``, ``against``…) as the summary says it: ``avant``, ``contre``."""
    return word(code, lang).lower() if code in ("before", "after", "for", "against") else code


def _labelled(label: str, value: str, lang: str) -> str:
    """``avant : 12/6/5`` (no-break space before the colon) or ``before: 12/6/5``; the value, which
    may be what someone typed, is kept as it is."""
    return f"{label}: {value}" if lang == "en" else f"{label}\u00a0: {value}"


def _value(event: Event, lang: str) -> str:
    """The action's own figure or text (points, vote counts, argument…), '' when it has none."""
    if isinstance(event, ev.VoteRecorded):
        totals = [sum(counts[i] for _, counts in event.by) for i in range(3)]
        return _labelled(_said(event.stage, lang), "/".join(str(n) for n in totals), lang)
    if isinstance(event, ev.ArgumentAdded):
        return _labelled(_said(event.side, lang), event.text, lang)
    if isinstance(event, ev.PointsAwarded):
        return f"{event.points} ({event.reason})" if event.reason else str(event.points)
    if hasattr(event, "stage"):  # votes revealed, phones' votes
        return _said(event.stage, lang)
    for name in ("points", "minutes", "option_id", "text", "name", "lang"):
        if hasattr(event, name):
            return str(getattr(event, name))
    return ""


def action_rows(events: Iterable[Event], card_title: Callable[[str], str],
                scenario_title: Callable[[str], str], phase_title: Callable[[str], str],
                lang: str = "en") -> tuple[ActionRow, ...]:
    """The rows of ``events`` (undone ones already removed), each with the phase running at the time;
    the words of the values in ``lang``."""
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
        rows.append(ActionRow(event.at, phase, getattr(event, "team_id", None), event.type, card,
                              _value(event, lang)))
    return tuple(rows)
