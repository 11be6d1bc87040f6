"""What every event shares: the parts of the state it touches, its stable type string, its payload.

An event class is registered with ``@_event("its_type", Part.…)`` (``events.py`` holds them all);
the registry maps each type string to its class, for reading a session file back
(``event_reading.py``). Never rename a ``type`` string: files on disk use them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from enum import StrEnum
from typing import Any, ClassVar

from bataille.deck.frozen import Frozen, record

Pairs = tuple[tuple[str, int], ...]
VoteCounts = tuple[tuple[str, tuple[int, int, int]], ...]  # (who, (agree, disagree, undecided))

EVENT_TYPES: dict[str, type[Event]] = {}


class Part(StrEnum):
    """The parts of the session state an event touches: the UI redraws only those."""

    TEAMS = "teams"
    SCORES = "scores"
    AGENDA = "agenda"
    TIMER = "timer"
    TIMELINE = "timeline"
    DEBATE = "debate"
    SCENARIO = "scenario"
    DEBRIEF = "debrief"
    SETTINGS = "settings"


def _event(type_name: str, *touches: Part) -> Callable[[type[Event]], type[Event]]:
    """Register an event class under its stable type string, with the state parts it touches."""

    def register(cls: type[Event]) -> type[Event]:
        cls.type = type_name
        cls.touches = frozenset(touches)
        cls._payload_fields = tuple(f.name for f in fields(cls) if f.name != "at")
        EVENT_TYPES[type_name] = cls
        return cls

    return register


@record(kw_only=True)
class Event(Frozen):
    """Something that happened in the session, at ``at`` (seconds since the epoch)."""

    type: ClassVar[str] = ""
    touches: ClassVar[frozenset[str]] = frozenset()
    _payload_fields: ClassVar[tuple[str, ...]] = ()
    at: float

    def payload(self) -> dict[str, Any]:
        """The event's own data, JSON-serialisable (tuples become arrays)."""
        return {name: getattr(self, name) for name in self._payload_fields}

    def to_dict(self) -> dict[str, Any]:
        """The whole event as one JSON-serialisable mapping."""
        return {"type": self.type, "at": self.at, "data": self.payload()}
