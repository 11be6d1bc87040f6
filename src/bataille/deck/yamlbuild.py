"""Build located data straight from the YAML parser's events, within the limits a deck file keeps.

YAML 1.1's plain values (null, yes/no, numbers; dates stay text), anchors and aliases, ``<<``
merges, and the caps that keep a hostile file small: nesting depth, values per file, alias
expansion, the length of a number.
"""

from __future__ import annotations

import yaml

from .located import LocatedList, LocatedMap, Position, YamlProblem, mark_position, remember_written
from .messages import Message, Num, Quoted

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
_MAP_START, _SEQ_START = yaml.MappingStartEvent, yaml.SequenceStartEvent
_MAP_END, _SEQ_END = yaml.MappingEndEvent, yaml.SequenceEndEvent

_RESOLVERS = yaml.resolver.Resolver.yaml_implicit_resolvers
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_EXPLICIT = {"tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
             "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "!"}
_MERGE = "tag:yaml.org,2002:merge"


def _pos_of(mark_or_pos: object) -> Position:
    return mark_or_pos if isinstance(mark_or_pos, Position) else mark_position(mark_or_pos)  # type: ignore[arg-type]


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
                                  mark_position(mark)) from exc
    return value


def _too_many_values(mark: yaml.Mark) -> YamlProblem:
    return YamlProblem(Message("file.too_many_values", count=Num(MAX_NODES, grouped=True)), mark_position(mark))


def _number_too_long(value: str, mark: yaml.Mark) -> YamlProblem:
    return YamlProblem(Message("yaml.number_too_long", value=Quoted(value), length=len(value),
                               limit=MAX_NUMBER_CHARS), mark_position(mark))


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


class EventBuilder:
    """Build located data straight from the parser's events (C parser when available).

    Working from events rather than a composed node tree skips PyYAML's per-scalar Python
    resolver, which dominated load time, and lets us count alias expansion as we go.
    """

    def __init__(self, next_event) -> None:
        self.next_event = next_event
        self.anchors: dict[str, tuple[object, int, str | None]] = {}
        self.written = 0
        self.expanded = 0
        self.documents = 0
        self.stack: list[_Frame] = []
        self.root: object = None

    def build(self) -> object:
        # The hot loop of deck loading: one pass per parser event, so the common cases (plain
        # scalars, values of open mappings) are handled inline, without calls; _structure does
        # the rest (a mapping or a list opening or closing, an alias, a document).
        stack, next_event, structure = self.stack, self.next_event, self._structure
        scalar_t, end_t = yaml.ScalarEvent, yaml.StreamEndEvent
        plain, nokey, mergekey = _plain_value, _NoKey, _MergeKey
        frame: _Frame | None = None
        stays_text: set[str] = set()  # plain scalars already found to be text (never a number, a yes/no…)
        while True:
            event = next_event()
            kind = type(event)
            if kind is not scalar_t:
                if kind is end_t:
                    return self.root
                structure(event, kind)
                frame = stack[-1] if stack else None
                continue
            text = None  # what was written, for a plain scalar YAML 1.1 made a number or a yes/no
            mark = event.start_mark
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
            self._add(frame, value, mark, 1, text)

    def _structure(self, event: yaml.Event, kind: type) -> None:
        """An event that is not a plain value: a mapping or a list opens or closes, an alias, a document."""
        stack = self.stack
        if kind is _MAP_START or kind is _SEQ_START:
            is_map = kind is _MAP_START
            if event.tag is not None and event.tag not in (_MAP if is_map else _SEQ, "!"):
                raise YamlProblem(Message("yaml.tag", tag=Quoted(event.tag)), mark_position(event.start_mark))
            mark = event.start_mark
            pos = Position(mark.line + 1, mark.column + 1)
            stack.append(_Frame(LocatedMap(pos) if is_map else LocatedList(pos), is_map, event.anchor))
            if len(stack) > MAX_DEPTH:
                raise YamlProblem(Message("yaml.depth", limit=MAX_DEPTH), pos)
            self.written += 1
            if self.written > MAX_NODES:
                raise _too_many_values(mark)
        elif kind is _MAP_END or kind is _SEQ_END:
            done = stack.pop()
            value = done.container
            if done.merges:
                self._merge(done)
            if done.anchor:
                self.anchors[done.anchor] = (value, done.size, None)
            self._add(stack[-1] if stack else None, value, value.pos, done.size)
        elif kind is yaml.AliasEvent:
            mark = event.start_mark
            if event.anchor not in self.anchors:
                raise YamlProblem(Message("yaml.alias_unknown", alias=Quoted("*" + event.anchor)), mark_position(mark))
            value, size, text = self.anchors[event.anchor]
            self.expanded += size
            if self.expanded > self.written * MAX_ALIAS_EXPANSION + ALIAS_SLACK_NODES:
                raise YamlProblem(Message("yaml.alias_bomb"), mark_position(mark))
            self._add(stack[-1] if stack else None, value, mark, size, text)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                raise YamlProblem(Message("yaml.documents"), mark_position(event.start_mark))

    def _scalar(self, event: yaml.ScalarEvent, mark: yaml.Mark) -> object:
        tag = event.tag
        if tag is not None and tag not in _EXPLICIT:
            raise YamlProblem(Message("yaml.tag_plain", tag=Quoted(tag)), mark_position(mark))
        if tag == "tag:yaml.org,2002:str" or tag == "!" or not event.implicit[0]:
            return event.value
        if tag is not None:  # an explicit !!int, !!bool…: resolve and check it agrees
            value = _plain_value(event.value, mark)
            return value
        return _plain_value(event.value, mark) if event.value else None

    def _add(self, frame: _Frame | None, value: object, pos: Position, size: int, text: str | None = None) -> None:
        if frame is None:
            self.root = "<<" if value is _MergeKey else value
            return
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
