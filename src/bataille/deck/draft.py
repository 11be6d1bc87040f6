"""The deck editor's model (kept at this name; it lives in ``bataille.deck.editing``)."""

from .editing import ChangedOnDisk, Draft, DraftProblem, EditError, Saved, Where, typeset_typing

__all__ = ["ChangedOnDisk", "Draft", "DraftProblem", "EditError", "Saved", "Where", "typeset_typing"]
