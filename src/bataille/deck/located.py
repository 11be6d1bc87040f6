"""Plain data read from YAML that remembers where each value was written, and the fault of a file.

``LocatedMap`` / ``LocatedList`` are a dict and a list that know the line and column of each
item, so the validator can point a teacher at ``file:line:col``; ``YamlProblem`` is a file that
cannot be read as YAML at all, at the place of the fault.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from .messages import Message

if TYPE_CHECKING:
    import yaml


class Position(NamedTuple):
    """A place in a file, 1-based like editors count."""

    line: int
    col: int


class _MarkTable(dict):
    """Raw parser marks, turned into 1-based positions only when someone asks (it is rare)."""

    def __getitem__(self, key: object) -> Position:
        mark = dict.__getitem__(self, key)
        return mark if isinstance(mark, Position) else Position(mark.line + 1, mark.column + 1)

    def get(self, key: object, default: Position | None = None) -> Position | None:
        return self[key] if key in self else default


class _MarkList(list):
    """The list counterpart of _MarkTable."""

    def __getitem__(self, index: int) -> Position:  # type: ignore[override]
        mark = list.__getitem__(self, index)
        return mark if isinstance(mark, Position) else Position(mark.line + 1, mark.column + 1)


_NOTHING_WRITTEN: Mapping[object, str] = MappingProxyType({})


class LocatedMap(dict):
    """A mapping read from YAML; ``key_pos[k]`` and ``value_pos[k]`` say where.

    ``as_written[k]`` is the text written for a plain value that YAML 1.1 turned into a number or
    a yes/no (``1.10``, ``0777``, ``1:30``, ``no``), so that a field that wants text reads what the
    author wrote. Keys are always kept as written: no deck key is a number.
    """

    as_written: Mapping[object, str] = _NOTHING_WRITTEN

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos or Position(1, 1)
        self.key_pos: dict[object, Position] = _MarkTable()
        self.value_pos: dict[object, Position] = _MarkTable()

    def where(self, key: object) -> Position:
        """Where the value of ``key`` is written (or the map itself when it is absent)."""
        return self.value_pos.get(key, self.pos)


class LocatedList(list):
    """A sequence read from YAML; ``item_pos[i]`` says where item ``i`` is (``as_written[i]``: see LocatedMap)."""

    as_written: Mapping[object, str] = _NOTHING_WRITTEN

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos or Position(1, 1)
        self.item_pos: list[Position] = _MarkList()


class YamlProblem(Exception):
    """The file cannot be read as YAML at all; carries the position of the fault.

    ``message`` is English; ``wording`` puts it into another language (see messages.py).
    """

    def __init__(self, message: Message | str, pos: Position | None = None) -> None:
        self.wording = message if isinstance(message, Message) else None
        self.message = message.render("en") if isinstance(message, Message) else message
        super().__init__(self.message)
        self.pos = pos or Position(1, 1)


def remember_written(container: LocatedMap | LocatedList, key: object, text: str) -> None:
    """Keep ``text``, the way a plain value was written, beside the number or yes/no YAML made of it."""
    table = container.__dict__.get("as_written")
    if table is None:
        table = container.as_written = {}
    table[key] = text


def as_written(container: LocatedMap | LocatedList, key: object) -> object:
    """The value at ``key`` as its author wrote it when it is a plain scalar YAML turned into a number."""
    value = container[key]
    if value.__class__ in (int, float, bool):
        return container.as_written.get(key, value)
    return value


def mark_position(mark: yaml.Mark | None) -> Position:
    """The 1-based position of a parser's mark (the start of the file when there is none)."""
    return Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
