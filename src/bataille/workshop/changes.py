"""What an action changed, so that the UI redraws only that (after Anki's OpChanges)."""

from __future__ import annotations

from bataille.deck.frozen import Frozen, record

from .events import Event, Part

PARTS = tuple(Part)


@record
class Changes(Frozen):
    """The parts of the state an action touched, the event it appended, and for an undo what it undid."""

    parts: frozenset[Part]
    event: Event
    undone: Event | None = None

    @classmethod
    def of(cls, event: Event, undone: Event | None = None) -> Changes:
        return cls(frozenset((undone or event).touches), event, undone)

    def __getattr__(self, name: str) -> bool:
        # changes.teams, changes.timeline…: one boolean per part of the state.
        if name in PARTS:
            return name in self.parts
        raise AttributeError(name)
