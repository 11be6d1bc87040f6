"""Read one YAML file safely into plain data that remembers where each value was written.

Only PyYAML's safe composer is used (the C one when available). Values come back as
``LocatedMap`` / ``LocatedList`` (dict and list that know the line and column of each
item), so the validator can point a teacher at ``file:line:col``.
"""

from __future__ import annotations

import gc
import stat
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

import yaml

from .messages import Message, Num, Quoted

# The one choice of loader: the C one is several times faster (when PyYAML was built with it);
# both are safe loaders, and marks count characters in both. The editor uses it too.
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
# Aliases may repeat a node, but not blow a file up: the expanded tree may hold at most
# this many times the nodes actually written, plus some slack for small files.
MAX_ALIAS_EXPANSION = 10
ALIAS_SLACK_NODES = 1000
# A number in a deck is a year, a count of minutes or an effect: anything longer is refused
# before Python turns it into an int (long sexagesimal numbers cost quadratic time, and ints
# over 4300 digits cannot even be printed in an error message).
MAX_NUMBER_CHARS = 100
_NUMBER_CHARS = frozenset("0123456789_:.+-xXoObBaAcCdDeEfF")
# Building located data costs a few microseconds per value: this many values read in well
# under a second, and is about 850 real cards (the default deck has 134 in ~8,000 values).
MAX_NODES = 50_000

_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"


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


def _pos_of(mark_or_pos: object) -> Position:
    return mark_or_pos if isinstance(mark_or_pos, Position) else _pos(mark_or_pos)  # type: ignore[arg-type]


def _pos(mark: yaml.Mark | None) -> Position:
    return Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)


def read_yaml(path: Path, max_bytes: int = MAX_FILE_BYTES) -> object:
    """Read ``path`` as one YAML document of plain, located data; raise ``YamlProblem``."""
    return parse_yaml(read_file_bytes(path, max_bytes))


def read_file_bytes(path: Path, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a deck file, at most ``max_bytes``; raise ``YamlProblem`` otherwise."""
    try:
        info = path.stat()
    except OSError as exc:
        raise YamlProblem(Message("file.unreadable", reason=exc.strerror or str(exc))) from exc
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block, /dev/zero would never end
        raise YamlProblem(Message("file.not_regular"))
    if info.st_size > max_bytes:
        raise _too_big(info.st_size, max_bytes)
    try:
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise YamlProblem(Message("file.unreadable", reason=exc.strerror or str(exc))) from exc
    if len(raw) > max_bytes:
        raise _too_big(len(raw), max_bytes)
    return raw


def check_size(raw: bytes, max_bytes: int = MAX_FILE_BYTES) -> bytes:
    """``raw`` when it is at most ``max_bytes`` long (the limit a file on disk has); else ``YamlProblem``."""
    if len(raw) > max_bytes:
        raise _too_big(len(raw), max_bytes)
    return raw


def _too_big(size: int, max_bytes: int) -> YamlProblem:
    return YamlProblem(Message("file.too_big", size=Num(max(size, max_bytes + 1) / 1048576, 1, grouped=False),
                               limit=Num(max_bytes / 1048576, grouped=False)))


def parse_yaml(raw: bytes) -> object:
    """Parse YAML bytes (UTF-8) into located plain data; raise ``YamlProblem``."""
    text = _decode(raw)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise YamlProblem(Message("file.nul"), Position(line, 1))
    loader = LOADER(text)
    # The builder makes tens of thousands of containers and no reference cycles: pausing the
    # cycle collector keeps a big process (Qt, the session) from scanning its whole heap over
    # and over while a file is read (it doubled the time of a full-size file).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _EventBuilder(loader.get_event).build()
    except yaml.MarkedYAMLError as exc:
        pos = _pos(exc.problem_mark or exc.context_mark)
        if exc.context == "while scanning a simple key" and exc.context_mark is not None:
            pos = _pos(exc.context_mark)  # the key without its ':', not the line after it
        from .yamlhints import (  # only when a file is broken
            colon_missing_above,
            explain,
            flow_fault,
            open_quote,
            quote_not_opened,
        )

        hint = open_quote(exc, text, LOADER) or flow_fault(exc, text, LOADER) or quote_not_opened(exc, text)
        if hint is not None:
            raise YamlProblem(*hint) from exc
        above = colon_missing_above(exc, text, pos)
        if above is not None:
            raise YamlProblem(Message("yaml.colon_above", line=pos.line), above) from exc
        raise YamlProblem(explain(exc, text, pos), pos) from exc
    except yaml.YAMLError as exc:
        raise YamlProblem(Message("yaml.libyaml", detail=str(exc))) from exc
    finally:
        if collecting:
            gc.enable()
        loader.dispose()


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlProblem(Message("file.not_utf8", byte=f"{raw[exc.start]:02x}"), Position(line, col)) from exc


_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_EXPLICIT = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
             "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "!"}
_MERGE = "tag:yaml.org,2002:merge"




def _plain_value(value: str, mark: yaml.Mark) -> object:
    """Resolve a plain (unquoted) scalar as YAML 1.1 does: null, bool, int, float or text."""
    if value[:1] not in _RESOLVERS:
        return value
    if len(value) > MAX_NUMBER_CHARS:
        # Long text is text; a long run of digits is refused before the resolver's regexes
        # (their backtracking stack grows with each ':59' of a sexagesimal number).
        if _NUMBER_CHARS.issuperset(value) and any(c.isdigit() for c in value[:3]):
            raise _number_too_long(value, mark)
        return value
    if value.isdigit() and (value[0] != "0" or len(value) == 1) and value.isascii():
        return int(value)  # the common case (years, counts); a leading 0 is octal in YAML 1.1
    for tag, regexp in _RESOLVERS.get(value[:1], ()):
        if regexp.match(value):
            if tag == "tag:yaml.org,2002:timestamp":
                return value  # dates stay text; the validator says what it wants
            if tag == _MERGE:
                return _MergeKey
            constructor = _CONSTRUCTOR.yaml_constructors.get(tag)
            if constructor is None:  # e.g. YAML 1.1's '=' (the "value" key): plain text for us
                return value
            node = yaml.ScalarNode(tag, value, mark, mark)
            try:
                return constructor(_CONSTRUCTOR, node)
            except (ValueError, OverflowError, yaml.YAMLError) as exc:
                raise YamlProblem(Message("yaml.value_unreadable", value=Quoted(value), reason=str(exc)),
                                  _pos(mark)) from exc
    return value


def _too_many_values(mark: yaml.Mark) -> YamlProblem:
    return YamlProblem(Message("file.too_many_values", count=Num(MAX_NODES, grouped=True)), _pos(mark))


def _number_too_long(value: str, mark: yaml.Mark) -> YamlProblem:
    return YamlProblem(Message("yaml.number_too_long", value=Quoted(value), length=len(value),
                               limit=MAX_NUMBER_CHARS), _pos(mark))


def shorten(value: object) -> str:
    """``repr(value)`` cut to about 60 characters, in English (messages use ``Quoted``)."""
    return Quoted(value).render("en")


class _MergeKey:
    """The '<<' key of a YAML merge."""


class _Frame:
    """An open mapping or sequence while events stream in."""

    __slots__ = ("container", "is_map", "key", "key_pos", "anchor", "size", "merges")

    def __init__(self, container: LocatedMap | LocatedList, is_map: bool, anchor: str | None) -> None:
        self.container = container
        self.is_map = is_map
        self.key: object = _NoKey
        self.key_pos: Position | None = None
        self.anchor = anchor
        self.size = 1
        self.merges: list[tuple[object, Position]] = []  # applied when the mapping ends


class _NoKey:
    """No key read yet in the open mapping."""


class _EventBuilder:
    """Build located data straight from the parser's events (C parser when available).

    Working from events rather than a composed node tree skips PyYAML's per-scalar Python
    resolver, which dominated load time, and lets us count alias expansion as we go.
    """

    def __init__(self, next_event) -> None:
        self.next_event = next_event
        self.anchors: dict[str, tuple[object, int, str | None]] = {}
        self.written = 0
        self.expanded = 0

    def build(self) -> object:
        # The hot loop of deck loading: one pass per parser event, so the common cases
        # (plain scalars, values of open mappings) are handled inline, without calls.
        stack: list[_Frame] = []
        root: object = None
        documents = 0
        scalar_t, alias_t = yaml.ScalarEvent, yaml.AliasEvent
        map_t, seq_t = yaml.MappingStartEvent, yaml.SequenceStartEvent
        map_end_t, seq_end_t = yaml.MappingEndEvent, yaml.SequenceEndEvent
        next_event = self.next_event
        plain = _plain_value
        nokey, mergekey = _NoKey, _MergeKey
        frame: _Frame | None = None
        stays_text: set[str] = set()  # plain scalars already found to be text (never a number, a yes/no…)
        while True:
            event = next_event()
            kind = type(event)
            text = None  # what was written, for a plain scalar YAML 1.1 made a number or a yes/no
            if kind is scalar_t:
                pos = mark = event.start_mark
                if event.tag is None:
                    value = event.value
                    if event.implicit[0] and value:
                        if value not in stays_text:
                            value = plain(value, mark)
                            if value.__class__ is not str and value is not mergekey:
                                text = event.value
                            elif value is event.value and len(value) <= 32 and len(stays_text) < 4096:
                                stays_text.add(value)  # keys and short words: resolved once per file
                    elif event.implicit[0]:
                        value = None
                else:
                    value = self._scalar(event, mark)
                size = 1
                self.written += 1
                if self.written > MAX_NODES:
                    raise _too_many_values(mark)
                if event.anchor:
                    self.anchors[event.anchor] = (value, 1, text)
                if frame is not None and frame.is_map and value is not mergekey:
                    if frame.key is nokey:
                        frame.key, frame.key_pos = value if text is None else text, mark
                        frame.size += 1
                        continue
                    key = frame.key
                    if key is not mergekey and key not in frame.container:
                        frame.key = nokey
                        frame.size += 1
                        container = frame.container
                        container[key] = value
                        dict.__setitem__(container.key_pos, key, frame.key_pos)
                        dict.__setitem__(container.value_pos, key, mark)
                        if text is not None:
                            remember_written(container, key, text)
                        continue
            elif kind is map_t or kind is seq_t:
                self._check_tag(event, _MAP if kind is map_t else _SEQ)
                mark = event.start_mark
                pos = Position(mark.line + 1, mark.column + 1)
                container = LocatedMap(pos) if kind is map_t else LocatedList(pos)
                frame = _Frame(container, kind is map_t, event.anchor)
                stack.append(frame)
                if len(stack) > MAX_DEPTH:
                    raise YamlProblem(Message("yaml.depth", limit=MAX_DEPTH), pos)
                self.written += 1
                if self.written > MAX_NODES:
                    raise _too_many_values(mark)
                continue
            elif kind is map_end_t or kind is seq_end_t:
                done = stack.pop()
                frame = stack[-1] if stack else None
                value = done.container
                pos = value.pos
                size = done.size
                if done.merges:
                    self._merge(done)
                if done.anchor:
                    self.anchors[done.anchor] = (value, size, None)
            elif kind is alias_t:
                pos = event.start_mark
                mark = pos
                if event.anchor not in self.anchors:
                    raise YamlProblem(Message("yaml.alias_unknown", alias=Quoted("*" + event.anchor)), _pos(mark))
                value, size, text = self.anchors[event.anchor]
                self.expanded += size
                if self.expanded > self.written * MAX_ALIAS_EXPANSION + ALIAS_SLACK_NODES:
                    raise YamlProblem(Message("yaml.alias_bomb"), _pos(mark))
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    mark = event.start_mark
                    raise YamlProblem(Message("yaml.documents"), Position(mark.line + 1, mark.column + 1))
                continue
            elif kind is yaml.StreamEndEvent:
                return root
            else:
                continue
            if frame is None:
                root = "<<" if value is mergekey else value
                continue
            self._add(frame, value, pos, size, text)

    def _scalar(self, event: yaml.ScalarEvent, mark: yaml.Mark) -> object:
        tag = event.tag
        if tag is not None and tag not in _EXPLICIT:
            raise YamlProblem(Message("yaml.tag_plain", tag=Quoted(tag)), _pos(mark))
        if tag == "tag:yaml.org,2002:str" or tag == "!" or not event.implicit[0]:
            return event.value
        if tag is not None:  # an explicit !!int, !!bool…: resolve and check it agrees
            value = _plain_value(event.value, mark)
            return value
        return _plain_value(event.value, mark) if event.value else None

    @staticmethod
    def _check_tag(event: yaml.Event, expected: str) -> None:
        if event.tag is not None and event.tag not in (expected, "!"):
            raise YamlProblem(Message("yaml.tag", tag=Quoted(event.tag)), _pos(event.start_mark))

    @staticmethod
    def _add(frame: _Frame, value: object, pos: Position, size: int, text: str | None = None) -> None:
        frame.size += size
        container = frame.container
        if value is _MergeKey and not (frame.is_map and frame.key is _NoKey):
            value = "<<"  # a merge only where a key is written; elsewhere it is the text "<<"
        if not frame.is_map:
            if text is not None:
                remember_written(container, len(container), text)
            container.append(value)
            container.item_pos.append(pos)
            return
        if frame.key is _NoKey:
            if isinstance(value, (LocatedMap, LocatedList)):
                raise YamlProblem(Message("yaml.key_container"), _pos_of(pos))
            frame.key, frame.key_pos = (value if text is None else text), pos
            return
        key, frame.key = frame.key, _NoKey
        if key is _MergeKey:
            frame.merges.append((value, pos))
            return
        if key in container:  # merged keys are only added when the mapping ends
            first = container.key_pos[key]
            raise YamlProblem(Message("yaml.key_twice", key=Quoted(key), line=first.line), _pos_of(frame.key_pos))
        container[key] = value
        container.key_pos[key] = frame.key_pos
        container.value_pos[key] = pos
        if text is not None:
            remember_written(container, key, text)

    @staticmethod
    def _merge(frame: _Frame) -> None:
        """Apply '<<' merges: explicit keys win, then earlier merged maps over later ones."""
        container = frame.container
        for value, pos in frame.merges:
            sources = value if isinstance(value, LocatedList) else [value]
            for source in sources:
                if not isinstance(source, LocatedMap):
                    raise YamlProblem(Message("yaml.merge"), _pos_of(pos))
                for key, item in source.items():
                    if key not in container:
                        if key in source.as_written:
                            remember_written(container, key, source.as_written[key])
                        container[key] = item
                        dict.__setitem__(container.key_pos, key, dict.__getitem__(source.key_pos, key))
                        dict.__setitem__(container.value_pos, key, dict.__getitem__(source.value_pos, key))
