"""A copy of a deck is a deck of its own: its id, from the name of the folder it was saved in.

A session file names its deck by id, and the app finds that deck's folder again by the id: a copy
that kept the original's id would be taken for it (the sessions of one reopening with the other, a
card reprinted from the copy marked as the original's). The copy's manifest gets its own id, with
the smallest change of text: the rest of the file, its comments and its lines, stay as they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...words import without_accents
from ..fields import ID_RE
from . import edits
from .nodes import EditError

LONGEST = 64  # the deck's id rule (fields.ID_RE): a letter or digit, then letters, digits, '-', '_'
# The root mapping's id, as a line of a file YAML cannot read as a whole: at column 0, a plain or
# quoted word, perhaps a comment after it (a theme's id is indented, under its "- ").
_ID_LINE = re.compile(r"^(id:[ \t]*)([\"']?)[A-Za-z0-9_-]*\2(?=[ \t]*(?:#.*)?\r?$)", re.MULTILINE)


def own_id(folder_name: str, taken: Iterable[str] = ()) -> str:
    """The id of a deck saved in a folder named ``folder_name``: its letters (accents taken off,
    in lower case), digits, '-' and '_', other characters made '-', as the id rule allows; with
    ``-2``, ``-3``… when it is one of ``taken`` (in any case: settings keys are not always
    case-sensitive). "Mon jeu à moi" gives "mon-jeu-a-moi"."""
    plain = without_accents(folder_name).lower()
    word = re.sub(r"[^a-z0-9_-]+", "-", plain).strip("-_")[:LONGEST].rstrip("-_") or "deck"
    used = {name.lower() for name in taken}
    found, n = word, 2
    while found in used:
        suffix = f"-{n}"
        found, n = word[:LONGEST - len(suffix)].rstrip("-_") + suffix, n + 1
    assert ID_RE.match(found), found
    return found


def with_id(manifest: str, deck_id: str) -> str:
    """The text of a deck's manifest (``cards/deck.yaml``) with ``deck_id`` as its id: only the
    characters of the id change (its quotes kept), or an ``id:`` line is added when there was none.
    A manifest YAML cannot read has its root ``id:`` line changed, when it has one; else it is
    given back as it was."""
    try:
        return edits.set_value(manifest, ("id",), deck_id)
    except EditError:
        match = _ID_LINE.search(manifest)
        if match is None:
            return manifest
        quote = match.group(2)
        return f"{manifest[:match.start()]}{match.group(1)}{quote}{deck_id}{quote}{manifest[match.end():]}"
