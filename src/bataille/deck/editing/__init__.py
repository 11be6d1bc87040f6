"""Editing a deck: its files' texts changed field by field, checked as they change, saved without damage."""

from .draft import ChangedOnDisk, Draft, DraftProblem, Saved, Where
from .nodes import EditError
from .typeset import typeset_typing

__all__ = ["ChangedOnDisk", "Draft", "DraftProblem", "EditError", "Saved", "Where", "typeset_typing"]
