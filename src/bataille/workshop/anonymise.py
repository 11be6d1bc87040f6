"""Forget the phones: the same events with every phone's token replaced by a neutral number.

The tokens only link a phone's vote before to its vote after; replacing each one by the same
``phone-…`` number everywhere keeps that link (and the table of who changed their mind) while no
token any phone still holds remains. Used to write a copy of a session without them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from . import events as ev
from .events import Event


def forget_phones(events: Iterable[Event]) -> list[Event]:
    """``events`` with each phone token replaced by ``phone-000000000001``, ``…2``… (first seen first)."""
    numbers: dict[str, str] = {}

    def number(token: str) -> str:
        return numbers.setdefault(token, f"phone-{len(numbers) + 1:012d}")

    result = []
    for event in events:
        if isinstance(event, ev.PhoneVotesRecorded):
            event = replace(event, votes=tuple((number(t), choice) for t, choice in event.votes),
                            teams=tuple((number(t), team) for t, team in event.teams))
        elif isinstance(event, ev.PhoneFeedbackRecorded):
            event = replace(event, answers=tuple((number(t), *rest) for t, *rest in event.answers))
        result.append(event)
    return result
