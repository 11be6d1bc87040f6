"""The summary's clocks: when the session ran and how long, as its header says it (the times and
the length agree, both to the nearest minute: « 09:00 – 10:06 » beside « réelle 66 min »), and which
debates were closed once their phase's time had run out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from bataille.workshop import Event, SessionState
from bataille.workshop import events as ev
from bataille.workshop.fold import Replay

from .summary_words import date_text, minutes_text, to_minute, word


def held_text(summary) -> str:
    """When the workshop ran, from its first phase's start to its last phase's end, in local time:
    ``mardi 8 décembre 2026, 10:00 – 11:28``; the end's day too when it is another
    (``… 23:30 – mercredi 9 décembre 2026, 00:45``); the day the session was set up when it never
    started, or ended within its first minute. The dash is kept with the time before it.

    The start is rounded to the nearest minute, and the end is the start plus the length as the
    header rounds it: truncated, 09:00:00 – 10:05:40 read « 09:00 – 10:05 » beside « 66 min »."""
    lang = summary.lang
    start = date_text(summary.held_at, lang)
    if summary.started_at is None or summary.ended_at is None:
        return start
    first = to_minute(summary.started_at)
    last = first + timedelta(minutes=_minutes(summary.ended_at - summary.started_at))
    if last.date() != first.date():
        return f"{start}\u00a0– {date_text(last.timestamp(), lang)}"
    return start if last == first else f"{start}\u00a0– {last:%H:%M}"


def under_way_text(summary) -> str | None:
    """« Atelier en cours : bilan au 10:32 » when the summary was made before the workshop was over
    (a phase under way, or one still to come), in local time; None once it is over."""
    if summary.under_way_at is None:
        return None
    return word("under_way", summary.lang, time=f"{to_minute(summary.under_way_at):%H:%M}")


def _minutes(seconds: float) -> int:
    return int(round(seconds / 60))  # as ``minutes_text`` rounds a length


def header_length(summary) -> str:
    """The header's length: a quick debate's says what it was, as its one-row agenda did
    (« Débat express · prévue 20 min · réelle 14 min »)."""
    length = length_text(summary)
    return f"{summary.phases[0].title} · {length}" if summary.quick and summary.phases else length


def length_text(summary) -> str:
    """``prévue 1 h 30 · réelle 1 h 27``: the planned and the real length of a session (« la durée »)."""
    lang = summary.lang
    return (f"{word('length_planned', lang)} {minutes_text(summary.planned_minutes * 60, lang)} · "
            f"{word('length_actual', lang)} {minutes_text(summary.actual_seconds, lang)}")


def closed_at_time_up(events: Sequence[Event]) -> tuple[SessionState, frozenset[int]]:
    """The state after ``events`` (their fold, once), and the debates closed once their phase's time
    had run out, by number: the clock of the phase under way when each was closed (its planned minutes
    and the minutes added, pauses left out) read at that moment, as the console reads it to offer
    "Close without the vote after, then next phase". A close undone and made again is judged at its
    last moment."""
    replay, late = Replay(), set()
    for event in events:
        if isinstance(event, ev.RoundClosed):
            phase = replay.state.agenda.current
            (late.add if phase is not None and phase.remaining(event.at) <= 0 else late.discard)(event.number)
        replay.feed(event)
    return replay.state, frozenset(late)
