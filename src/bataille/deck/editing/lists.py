"""Edits of the lists of one YAML text (cards, sources, decisions, phases) that keep each item's lines.

An item is moved or copied as the lines it is written on, comments included; a new one is
written in the style of its neighbours; the blank line that separates cards stays one.
"""

from __future__ import annotations

import yaml

from . import render
from .edits import add_key, fill_null, flow_keys_of, newline_of, set_value, splice
from .nodes import (
    EditError,
    KeyPath,
    child,
    chunk_end,
    is_blank,
    is_flow,
    is_null,
    line_end,
    line_start,
    tree,
    walk,
)


def _sequence(text: str, path: KeyPath) -> tuple[yaml.Node | None, yaml.Node | None]:
    """The (key node, list node) at ``path``; the list is None when nothing is written there."""
    steps = walk(tree(text), path)
    if len(steps) < len(path):
        return None, None
    k, node = steps[-1] if steps else (None, tree(text))
    if is_null(node):
        return k, None
    if not isinstance(node, yaml.SequenceNode):
        raise EditError(f"the value at {path} is not a list")
    return k, node


def separated(text: str, seq: yaml.SequenceNode) -> bool:
    """True when the items of ``seq`` are separated by a blank line (the card files do that)."""
    if is_flow(seq) or len(seq.value) < 2:
        return False
    gap = text[chunk_end(text, seq.value[0]):line_start(text, seq.value[1].start_mark.index)]
    return any(is_blank(line) for line in gap.splitlines())


def insert_item(text: str, path: KeyPath, index: int, item: object) -> str:
    """``text`` with ``item`` (a mapping or a plain value) inserted at ``index`` of the list at ``path``."""
    nl = newline_of(text)
    k, seq = _sequence(text, path)
    if seq is None:
        return set_value_list(text, path, [item])
    if is_flow(seq):
        shown = render.flow(item) if isinstance(item, (dict, list)) else render.scalar(item, None, True)
        if not seq.value:
            if k is None:
                return splice(text, seq.start_mark.index, seq.end_mark.index, f"[{shown}]")
            dash = k.start_mark.column + 2
            lines = render.item_lines(item, dash, nl)
            return splice(text, text.index(":", k.end_mark.index), seq.end_mark.index, ":" + nl + nl.join(lines))
        index = max(0, min(index, len(seq.value)))
        if index < len(seq.value):
            at = seq.value[index].start_mark.index
            return splice(text, at, at, shown + ", ")
        at = seq.value[-1].end_mark.index
        return splice(text, at, at, ", " + shown)
    dash = seq.start_mark.column
    model = seq.value[0] if seq.value else None
    lines = render.item_lines(item, dash, nl, flow_keys_of(model))
    return insert_chunk(text, path, index, nl.join(lines) + nl, separated(text, seq))


def set_value_list(text: str, path: KeyPath, items: list[object]) -> str:
    """A list written where none was (the key added, or its null value replaced)."""
    return set_value(text, path, None) if not items else _add_list(text, path, items)


def _add_list(text: str, path: KeyPath, items: list[object]) -> str:
    root = tree(text)
    steps = walk(root, path[:-1])
    if len(steps) < len(path) - 1:
        raise EditError(f"nothing is written at {path[:-1]}")
    parent = steps[-1][1] if steps else root
    return _add_key_or_fill(text, parent, str(path[-1]), items)


def _add_key_or_fill(text: str, parent: yaml.Node | None, name: str, items: list[object]) -> str:
    k, v = child(parent, name)
    if k is not None and is_null(v):
        nl = newline_of(text)
        lines = [line for item in items for line in render.item_lines(item, k.start_mark.column + 2, nl)]
        return fill_null(text, k, lines, nl)
    return add_key(text, None, parent, name, items)


def insert_chunk(text: str, path: KeyPath, index: int, chunk: str, separated: bool) -> str:
    """``chunk`` (whole lines of one item, already indented) put at ``index`` of the block list at ``path``."""
    nl = newline_of(text)
    _, seq = _sequence(text, path)
    if seq is None or not seq.value:
        raise EditError(f"no block list at {path}")
    sep = nl if separated else ""
    index = max(0, min(index, len(seq.value)))
    if index < len(seq.value):
        at = line_start(text, seq.value[index].start_mark.index)
        return splice(text, at, at, chunk + sep)
    at = chunk_end(text, seq.value[-1])
    before = "" if text[at - 1:at] == "\n" else nl
    return splice(text, at, at, before + sep + chunk)


def item_chunk(text: str, path: KeyPath, index: int) -> str:
    """The whole lines of item ``index`` of the block list at ``path``, as written."""
    _, seq = _sequence(text, path)
    if seq is None or is_flow(seq) or not 0 <= index < len(seq.value):
        raise EditError(f"no item {index} in a block list at {path}")
    item = seq.value[index]
    return text[line_start(text, item.start_mark.index):chunk_end(text, item)]


def remove_item(text: str, path: KeyPath, index: int) -> str:
    """``text`` without item ``index`` of the list at ``path`` (and one blank line that separated it)."""
    k, seq = _sequence(text, path)
    if seq is None or not 0 <= index < len(seq.value):
        raise EditError(f"no item {index} in the list at {path}")
    items = seq.value
    item = items[index]
    if is_flow(seq):
        if index + 1 < len(items):
            return splice(text, item.start_mark.index, items[index + 1].start_mark.index, "")
        if index > 0:
            return splice(text, items[index - 1].end_mark.index, item.end_mark.index, "")
        return splice(text, item.start_mark.index, item.end_mark.index, "")
    if len(items) == 1:
        if k is None:
            raise EditError("the last item of a top-level list cannot be removed")
        return splice(text, text.index(":", k.end_mark.index), chunk_end(text, item), ": []" + newline_of(text))
    start, end = line_start(text, item.start_mark.index), chunk_end(text, item)
    if index + 1 < len(items):
        limit = line_start(text, items[index + 1].start_mark.index)
        while end < limit and is_blank(text[end:line_end(text, end)]):
            end = line_end(text, end)
    else:
        floor = chunk_end(text, items[index - 1])
        while start > floor and is_blank(text[line_start(text, start - 1):start]):
            start = line_start(text, start - 1)
    return splice(text, start, end, "")


def move_item(text: str, path: KeyPath, old: int, new: int) -> str:
    """``text`` with item ``old`` of the list at ``path`` moved to index ``new`` (its lines kept as written)."""
    _, seq = _sequence(text, path)
    if seq is None or not 0 <= old < len(seq.value):
        raise EditError(f"no item {old} in the list at {path}")
    new = max(0, min(new, len(seq.value) - 1))
    if new == old:
        return text
    if is_flow(seq):
        item = seq.value[old]
        written = text[item.start_mark.index:item.end_mark.index]
        text = remove_item(text, path, old)
        _, seq2 = _sequence(text, path)
        if new < len(seq2.value):
            at = seq2.value[new].start_mark.index
            return splice(text, at, at, written + ", ")
        at = seq2.value[-1].end_mark.index
        return splice(text, at, at, ", " + written)
    chunk = item_chunk(text, path, old)
    return insert_chunk(remove_item(text, path, old), path, new, chunk, separated(text, seq))
