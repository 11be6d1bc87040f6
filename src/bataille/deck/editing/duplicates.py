"""Two cards with one id, said at the card being edited.

The deck reader says a repeated id once, at the second card in file order, naming both places. In
the editor the card a teacher is writing may be the first: the problem (its place, its mark at the id
field, where clicking it leads) then belongs at that card, the one she changed, not at the card left
as it was on disk, which she would otherwise rename.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace

from ..problems import Problem
from .files import decode
from .nodes import EditError, KeyPath, node_at, path_at, plain, tree

Where = tuple[str, KeyPath]


def _place(problem: Problem) -> tuple[str, int, int] | None:
    """(file in the deck folder, line, column) of the first card a repeated id names."""
    wording = problem.wording
    if wording is None or wording.key != "deck.duplicate_id":
        return None
    first = wording.fields.get("first")
    where = getattr(first, "fields", {}).get("where")
    if not isinstance(where, str) or where.count(":") < 2:
        return None
    file, line, col = where.rsplit(":", 2)
    try:
        return file, int(line), int(col)
    except ValueError:
        return None


def _as_on_disk(texts: Mapping[str, str], disk: Mapping[str, bytes | None], where: Where) -> bool:
    """True when the item at ``where`` is written now exactly as one item of its list on disk (a card
    the editing left alone)."""
    rel, path = where
    raw = disk.get(rel)
    if raw is None or not path or rel not in texts:
        return False
    try:
        node = node_at(tree(texts[rel]), path)
        saved = node_at(tree(decode(raw)[0]), path[:-1])
    except EditError:
        return False
    if node is None or saved is None or not isinstance(saved.value, list):
        return False
    item = plain(node)
    return any(plain(n) == item for n in saved.value)


def at_edited_card(problem: Problem, rel: str, where: Where | None, texts: Mapping[str, str],
                   disk: Mapping[str, bytes | None], where_at: Callable[[str, int, int], Where | None],
                   shown_path: Callable[[str], str]) -> tuple[Problem, str, Where | None]:
    """``problem`` (at ``rel``, ``where``) moved to the other card its repeated id names when that
    one was changed and this one is as on disk; else as it was."""
    first = _place(problem)
    if first is None or where is None:
        return problem, rel, where
    file, line, col = first
    other = where_at(file, line, col)
    if other is None or other == where:
        return problem, rel, where
    if not _as_on_disk(texts, disk, where) or _as_on_disk(texts, disk, other):
        return problem, rel, where
    return replace(problem, path=shown_path(file), line=line, col=col), file, other


def where_in(text: str | None, rel: str, line: int, col: int) -> Where | None:
    """The key path written at ``line``:``col`` of ``text`` (the file ``rel``)."""
    if text is None:
        return None
    try:
        path = path_at(tree(text), line, col)
    except EditError:
        return None
    return (rel, path) if path is not None else None
