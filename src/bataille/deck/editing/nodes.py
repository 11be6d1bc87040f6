"""The YAML node tree of a deck file, with where each node is written (safe composer only).

Edits replace the text of one node, found by its key path, and nothing around it; these
helpers find the node and the characters it spans.
"""

from __future__ import annotations

from functools import lru_cache

import yaml

from ..yamlread import LOADER

Key = str | int
KeyPath = tuple[Key, ...]


class EditError(ValueError):
    """An edit that cannot be made on the text as it is (a path that names nothing, a broken file).

    ``wording`` (when set) says it in French or English: ``wording.render(lang)``.
    """

    wording = None


class Unreadable(EditError):
    """The file is not YAML as it stands: its fields cannot be found until it is mended."""


@lru_cache(maxsize=24)  # about 0.7 MB of nodes for a 40 kB file
def compose(text: str) -> yaml.Node | None:
    """The node tree of ``text`` (None for an empty document); raises ``yaml.YAMLError``."""
    return yaml.compose(text, Loader=LOADER)


def safe_load(text: str) -> object:
    """Plain data from ``text`` by the safe loader."""
    return yaml.load(text, Loader=LOADER)  # noqa: S506 - a safe loader


def tree(text: str) -> yaml.Node | None:
    """``compose`` with an ``EditError`` for a file YAML cannot read."""
    try:
        return compose(text)
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: bytes that are not UTF-8, kept as escapes
        raise Unreadable(str(getattr(exc, "problem", None) or exc)) from exc


def child(node: yaml.Node | None, key: Key) -> tuple[yaml.Node | None, yaml.Node | None]:
    """The (key node, value node) of ``key`` in a mapping, or (None, item) of index ``key`` in a list."""
    if isinstance(node, yaml.MappingNode) and isinstance(key, str):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == key:
                return k, v
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        return None, node.value[key]
    return None, None


def walk(root: yaml.Node | None, path: KeyPath) -> list[tuple[yaml.Node | None, yaml.Node | None]]:
    """The (key node, value node) of each step of ``path`` that exists, from the root down."""
    steps: list[tuple[yaml.Node | None, yaml.Node | None]] = []
    node = root
    for key in path:
        k, v = child(node, key)
        if v is None:
            break
        steps.append((k, v))
        node = v
    return steps


def node_at(root: yaml.Node | None, path: KeyPath) -> yaml.Node | None:
    """The node at ``path``, or None when it is not written."""
    if not path:
        return root
    steps = walk(root, path)
    return steps[-1][1] if len(steps) == len(path) else None


def is_null(node: yaml.Node | None) -> bool:
    """True for a plain ``null``, ``~`` or nothing at all."""
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null") and not node.style


def is_flow(node: yaml.Node) -> bool:
    return isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and bool(node.flow_style)


def line_start(text: str, index: int) -> int:
    """The index where the line holding ``index`` begins."""
    return text.rfind("\n", 0, index) + 1


def line_end(text: str, index: int) -> int:
    """The index just after the line break that ends the line holding ``index`` (or the text's end)."""
    end = text.find("\n", index)
    return len(text) if end < 0 else end + 1


def content_end(text: str, node: yaml.Node) -> int:
    """Where the written content of ``node`` ends (a block's end mark lies past blank lines and comments)."""
    if isinstance(node, yaml.ScalarNode):
        if node.style in ("|", ">"):
            body = text[node.start_mark.index:node.end_mark.index]
            return node.start_mark.index + len(body.rstrip(" \t\r\n"))
        return node.end_mark.index
    if is_flow(node) or not node.value:
        return node.end_mark.index
    last = node.value[-1]
    return content_end(text, last[1] if isinstance(node, yaml.MappingNode) else last)


def chunk_end(text: str, node: yaml.Node) -> int:
    """The end of the last line of ``node``'s content, after its line break."""
    end = content_end(text, node)
    if end > 0 and text[end - 1] == "\n":
        return end
    return line_end(text, end)


def is_blank(line: str) -> bool:
    return not line.strip()


def path_at(root: yaml.Node | None, line: int, col: int) -> KeyPath | None:
    """The key path of the deepest node written at (1-based) ``line``:``col``, or containing it."""
    if root is None:
        return None
    target = (line - 1, col - 1)

    def starts(node: yaml.Node) -> tuple[int, int]:
        return node.start_mark.line, node.start_mark.column

    def inside(node: yaml.Node) -> bool:
        return starts(node) <= target < (node.end_mark.line, node.end_mark.column) or starts(node) == target

    def search(node: yaml.Node, path: KeyPath) -> KeyPath | None:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if starts(k) == target:
                    return (*path, k.value)
                if inside(v):
                    return search(v, (*path, k.value))
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                if starts(item) == target and isinstance(item, yaml.MappingNode):
                    return (*path, i)  # a card's own problem, not its first key's
                if inside(item):
                    return search(item, (*path, i))
        return path

    return search(root, ()) if inside(root) or starts(root) <= target else None


def plain(node: yaml.Node) -> object:
    """Plain data from a node the way the deck reader sees it (dates stay text)."""
    if isinstance(node, yaml.MappingNode):
        return {k.value: plain(v) for k, v in node.value}
    if isinstance(node, yaml.SequenceNode):
        return [plain(item) for item in node.value]
    if node.tag.endswith((":timestamp", ":float")) and not node.style:
        return node.value
    try:
        return yaml.constructor.SafeConstructor().construct_object(node)
    except yaml.YAMLError:
        return node.value
