"""Read one YAML file safely into plain data that remembers where each value was written.

Only PyYAML's safe composer is used (the C one when available). Values come back as
``LocatedMap`` / ``LocatedList`` (dict and list that know the line and column of each
item), so the validator can point a teacher at ``file:line:col``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

try:  # the C loader is several times faster; both are safe loaders
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
# Aliases may repeat a node, but not blow a file up: the expanded tree may hold at most
# this many times the nodes actually written, plus some slack for small files.
MAX_ALIAS_EXPANSION = 10
ALIAS_SLACK_NODES = 1000

_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_SCALAR_TAGS = {
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True)
class Position:
    """A place in a file, 1-based like editors count."""

    line: int
    col: int


class LocatedMap(dict):
    """A mapping read from YAML; ``key_pos[k]`` and ``value_pos[k]`` say where."""

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.key_pos: dict[object, Position] = {}
        self.value_pos: dict[object, Position] = {}

    def where(self, key: object) -> Position:
        """Where the value of ``key`` is written (or the map itself when it is absent)."""
        return self.value_pos.get(key, self.pos)


class LocatedList(list):
    """A sequence read from YAML; ``item_pos[i]`` says where item ``i`` is."""

    def __init__(self, pos: Position) -> None:
        super().__init__()
        self.pos = pos
        self.item_pos: list[Position] = []


class YamlProblem(Exception):
    """The file cannot be read as YAML at all; carries the position of the fault."""

    def __init__(self, message: str, pos: Position = Position(1, 1)) -> None:
        super().__init__(message)
        self.message = message
        self.pos = pos


def _pos(mark: yaml.Mark | None) -> Position:
    return Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)


def read_yaml(path: Path, max_bytes: int = MAX_FILE_BYTES) -> object:
    """Read ``path`` as one YAML document of plain, located data; raise ``YamlProblem``."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise YamlProblem(f"cannot read the file: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise YamlProblem(
            f"the file is {size / 1048576:.1f} MiB; a deck file may be at most "
            f"{max_bytes / 1048576:.0f} MiB (split it into several files)"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise YamlProblem(f"cannot read the file: {exc.strerror or exc}") from exc
    return parse_yaml(raw)


def parse_yaml(raw: bytes) -> object:
    """Parse YAML bytes (UTF-8) into located plain data; raise ``YamlProblem``."""
    text = _decode(raw)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise YamlProblem("the file contains a NUL character; save it as plain UTF-8 text", Position(line, 1))
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise YamlProblem(_explain(exc), _pos(exc.problem_mark or exc.context_mark)) from exc
    except yaml.YAMLError as exc:
        raise YamlProblem(f"not valid YAML: {exc}") from exc
    except RecursionError as exc:
        raise YamlProblem(f"the file nests more than {MAX_DEPTH} levels deep") from exc
    finally:
        loader.dispose()
    if node is None:
        return None
    _check_expansion(node)
    return _Converter().convert(node, 0)


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise YamlProblem(
            f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8 in your editor",
            Position(line, col),
        ) from exc


def _explain(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or str(exc)
    if "'\\t'" in problem or "\\t" in problem or "tab" in problem.lower():
        return "a tab is used for indentation; YAML needs spaces (set your editor to insert spaces)"
    context = f"{exc.context}, " if exc.context else ""
    return f"not valid YAML: {context}{problem}"


def _check_expansion(root: yaml.Node) -> None:
    """Refuse alias bombs and recursive aliases before anything is expanded."""
    sizes: dict[int, int] = {}
    visiting: set[int] = set()

    def size(node: yaml.Node, depth: int) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in visiting:
            raise YamlProblem("an alias refers to itself (a recursive alias)", _pos(node.start_mark))
        if depth > MAX_DEPTH:
            raise YamlProblem(f"the file nests more than {MAX_DEPTH} levels deep", _pos(node.start_mark))
        visiting.add(key)
        total = 1
        if isinstance(node, yaml.SequenceNode):
            for child in node.value:
                total += size(child, depth + 1)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                total += size(k, depth + 1) + size(v, depth + 1)
        visiting.discard(key)
        sizes[key] = total
        return total

    expanded = size(root, 0)
    written = len(sizes)
    if expanded > written * MAX_ALIAS_EXPANSION + ALIAS_SLACK_NODES:
        raise YamlProblem(
            f"aliases (*name) expand this file to {expanded:,} values from {written:,} written; "
            "that is refused as a possible 'billion laughs' file"
        )


class _Converter:
    """Turn composed nodes into located plain data (merge keys honoured, duplicates refused)."""

    def __init__(self) -> None:
        self._constructor = yaml.constructor.SafeConstructor()

    def convert(self, node: yaml.Node, depth: int) -> object:
        if depth > MAX_DEPTH:
            raise YamlProblem(f"the file nests more than {MAX_DEPTH} levels deep", _pos(node.start_mark))
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                raise YamlProblem(f"unsupported tag {node.tag!r}", _pos(node.start_mark))
            out = LocatedList(_pos(node.start_mark))
            for child in node.value:
                out.append(self.convert(child, depth + 1))
                out.item_pos.append(_pos(child.start_mark))
            return out
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth)
        raise YamlProblem("unsupported YAML node", _pos(node.start_mark))  # pragma: no cover

    def _scalar(self, node: yaml.ScalarNode) -> object:
        if node.tag == _STR:
            return node.value
        if node.tag in _SCALAR_TAGS:
            try:
                value = self._constructor.yaml_constructors[node.tag](self._constructor, node)
            except (ValueError, yaml.YAMLError) as exc:
                raise YamlProblem(f"cannot read value {node.value!r}: {exc}", _pos(node.start_mark)) from exc
            if node.tag == "tag:yaml.org,2002:timestamp":
                return node.value  # dates stay text; the validator says what it wants
            return value
        raise YamlProblem(f"unsupported tag {node.tag!r} (only plain YAML is read)", _pos(node.start_mark))

    def _mapping(self, node: yaml.MappingNode, depth: int) -> LocatedMap:
        if node.tag != _MAP:
            raise YamlProblem(f"unsupported tag {node.tag!r}", _pos(node.start_mark))
        explicit = sum(1 for k, _ in node.value if k.tag != "tag:yaml.org,2002:merge")
        try:
            self._constructor.flatten_mapping(node)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or node.start_mark
            raise YamlProblem(f"cannot merge '<<': {getattr(exc, 'problem', exc)}", _pos(mark)) from exc
        merged_count = len(node.value) - explicit  # flatten_mapping puts merged pairs first
        out = LocatedMap(_pos(node.start_mark))
        explicit_keys: set[object] = set()
        for index, (key_node, value_node) in enumerate(node.value):
            key = self.convert(key_node, depth + 1)
            if isinstance(key, (LocatedMap, LocatedList)):
                raise YamlProblem("a key must be a plain word, not a list or mapping", _pos(key_node.start_mark))
            if index >= merged_count:
                if key in explicit_keys:
                    first = out.key_pos[key]
                    raise YamlProblem(
                        f"the key {key!r} is written twice (first at line {first.line})",
                        _pos(key_node.start_mark),
                    )
                explicit_keys.add(key)
            out[key] = self.convert(value_node, depth + 1)
            out.key_pos[key] = _pos(key_node.start_mark)
            out.value_pos[key] = _pos(value_node.start_mark)
        return out
