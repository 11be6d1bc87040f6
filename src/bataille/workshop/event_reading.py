"""An event read back from the session file: its type string, time and payload made one frozen
event again, or refused as a type this version of the app does not know."""

from __future__ import annotations

from typing import Any

from bataille.workshop.event_registry import EVENT_TYPES, Event


def _freeze(value: Any) -> Any:
    # JSON gives lists back; events hold tuples so that they stay hashable and comparable.
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


class UnknownEventError(ValueError):
    """An event type this version of the app does not know (a file from a newer app)."""


def event_from_parts(type_name: str, at: float, payload: dict[str, Any]) -> Event:
    """Rebuild an event from its type string, timestamp and payload mapping."""
    cls = EVENT_TYPES.get(type_name)
    if cls is None:
        raise UnknownEventError(f"unknown event type {type_name!r}")
    try:
        return cls(at=at, **{k: _freeze(v) if type(v) is list else v for k, v in payload.items()})
    except TypeError as exc:
        raise UnknownEventError(f"event {type_name!r} has unexpected data: {exc}") from exc


def event_from_dict(data: dict[str, Any]) -> Event:
    """The inverse of ``Event.to_dict``."""
    return event_from_parts(data["type"], data["at"], data.get("data", {}))
