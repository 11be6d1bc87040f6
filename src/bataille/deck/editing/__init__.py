"""Editing a deck: its files' texts changed field by field, checked as they change, saved without damage."""

from .csvcards import ImportRefused, import_cards
from .draft import ChangedOnDisk, Draft, DraftProblem, Saved, Where
from .nodes import EditError
from .typeset import typeset_typing

__all__ = ["ChangedOnDisk", "Draft", "DraftProblem", "EditError", "ImportRefused", "Saved", "Where", "import_cards",
           "typeset_typing"]
