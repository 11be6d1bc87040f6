"""Edits of one YAML text that touch only the characters of what they change.

Each function takes the text and a key path and returns the new text. The node to change is
found by the safe composer's marks and only its span is rewritten: comments, key order,
quoting and line breaks of everything else stay as they were.
"""

from __future__ import annotations

import re

import yaml

from . import render
from .nodes import (
    EditError,
    KeyPath,
    chunk_end,
    content_end,
    is_flow,
    is_null,
    line_end,
    line_start,
    tree,
    walk,
)

# Where a new key goes among those already written: after the last one that comes before it here.
KEY_ORDER = ("id", "kind", "theme", "year", "month", "version", "languages", "title", "name", "colour", "icon",
             "label", "minutes", "claim", "text", "intro", "situation", "context", "figure", "contested",
             "description", "consequence", "effects", "prompts_for", "prompts_against", "indicators", "start",
             "decisions", "options", "epilogue", "sources", "publisher", "url", "checked", "note", "notes",
             "themes", "cards", "phases", "fr", "en")
# A source's keys, as every source of a deck writes them (the year after the publisher, not before the
# title as on an event card).
SOURCE_ORDER = ("title", "lang", "publisher", "year", "url", "checked", "note")
_WORD = re.compile(r"^[A-Za-z0-9_-]+$")


def newline_of(text: str) -> str:
    """The line break the file uses."""
    return "\r\n" if "\r\n" in text else "\n"


def _rank(name: object, order: tuple[str, ...] = KEY_ORDER) -> int:
    return order.index(name) if name in order else len(order)


def order_at(path: KeyPath) -> tuple[str, ...]:
    """The order of the keys of the mapping at ``path``: a source's own, else the deck's."""
    return SOURCE_ORDER if len(path) >= 2 and path[-2] == "sources" and isinstance(path[-1], int) else KEY_ORDER


def splice(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def flow_keys_of(node: yaml.Node | None) -> frozenset[str]:
    """The keys whose value ``node`` writes on one line anywhere inside ({fr: …, en: …}, effects: {…}),
    so that a new item written beside it does too."""
    found: set[str] = set()
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            for k, v in current.value:
                if is_flow(v) and v.value:
                    found.add(k.value)
                stack.append(v)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
    return frozenset(found)


def _prefers_flow(mapping: yaml.MappingNode) -> bool:
    """True when every mapping value of ``mapping`` is written on one line."""
    maps = [v for _, v in mapping.value if isinstance(v, yaml.MappingNode)]
    return bool(maps) and all(is_flow(v) for v in maps)


def set_value(text: str, path: KeyPath, value: object) -> str:
    """``text`` with the value at ``path`` replaced, added (missing mappings created) or, for None, removed."""
    root = tree(text)
    if not path:
        raise EditError("an empty path names the whole file")
    steps = walk(root, path)
    if len(steps) == len(path):
        k, node = steps[-1]
        parent = steps[-2][1] if len(steps) > 1 else root
        if value is None:
            if isinstance(path[-1], int):
                from .lists import remove_item  # the list edits build on this module

                return remove_item(text, path[:-1], path[-1])
            return _remove_key(text, parent, path[-1])
        if isinstance(value, (dict, list, tuple)):
            return _replace_with_block(text, k, node, parent, value)
        if isinstance(node, yaml.ScalarNode):
            return _replace_scalar(text, k, node, value, parent)
        return _replace_collection(text, k, node, render.scalar(value), newline_of(text))
    if value is None:
        return text  # nothing written there: nothing to remove
    missing = path[len(steps):]
    if any(isinstance(key, int) for key in missing):
        raise EditError(f"no item {missing} in the list at {path[:len(steps)]}")
    nested: object = value
    for key in reversed(missing[1:]):
        nested = {key: nested}
    parent = steps[-1][1] if steps else root
    return add_key(text, steps[-1][0] if steps else None, parent, str(missing[0]), nested,
                   order_at(path[:len(steps)]))


def _replace_scalar(text: str, k: yaml.Node | None, node: yaml.ScalarNode, value: object,
                    parent: yaml.Node | None) -> str:
    in_flow = parent is not None and is_flow(parent)
    was_int = not node.style and node.tag.endswith(":int")
    if node.style in ("|", ">") and isinstance(value, str):
        block = _block_again(text, node, value)
        if block is not None:
            return splice(text, node.start_mark.index, content_end(text, node), block)
    style = '"' if node.style in ("|", ">") else node.style
    if is_null(node):  # "theme: null" becomes "theme: bias", a year 1956: a word or a number stays plain
        style = None if _WORD.match(str(value)) else '"'
    new = render.scalar(value, style, in_flow, was_int)
    start, end = node.start_mark.index, content_end(text, node)
    if not node.style and node.value == "" and k is not None:  # "key:" with nothing after it
        start = end = text.index(":", k.end_mark.index) + 1
        new = " " + new
    return splice(text, start, end, new)


def _block_again(text: str, node: yaml.ScalarNode, value: str) -> str | None:
    """``value`` written in the block style (``>-``, ``|``…) of ``node``, at its indent and width."""
    header_end = line_end(text, node.start_mark.index)
    indicator = text[node.start_mark.index:header_end].split("#", 1)[0].strip()
    rows = [row for row in text[header_end:content_end(text, node)].splitlines() if row.strip()]
    if not rows or indicator[1:] not in ("", "-"):
        return None
    indent = len(rows[0]) - len(rows[0].lstrip(" "))
    width = max(60, max(len(row) for row in rows))
    return render.block_text(value, indicator, indent, width, newline_of(text))


def _replace_with_block(text: str, k: yaml.Node | None, node: yaml.Node, parent: yaml.Node | None,
                        value: dict | list | tuple) -> str:
    """The value of ``node`` (under the key ``k``, or a list item) replaced by a mapping or a list."""
    nl = newline_of(text)
    if parent is not None and is_flow(parent):
        return splice(text, node.start_mark.index, node.end_mark.index, render.flow(value))
    end = chunk_end(text, node) if not isinstance(node, yaml.ScalarNode) else line_end(text, node.end_mark.index)
    if k is None:  # a list item: its dash stays where it is
        lines = render.item_lines(value, parent.start_mark.column, nl)
        start = line_start(text, node.start_mark.index)
    else:
        lines = render.block({k.value: value}, k.start_mark.column, nl)
        start = k.start_mark.index
        lines[0] = lines[0][k.start_mark.column:]
    return splice(text, start, end, nl.join(lines) + nl)


def _replace_collection(text: str, k: yaml.Node | None, node: yaml.Node, new: str, nl: str) -> str:
    """The collection ``node`` (and its lines) replaced by the one-line value ``new``."""
    if is_flow(node):
        return splice(text, node.start_mark.index, node.end_mark.index, new)
    end = chunk_end(text, node)
    if k is None:
        return splice(text, node.start_mark.index, end, new + nl)
    return splice(text, text.index(":", k.end_mark.index), end, ": " + new + nl)


def add_key(text: str, owner_key: yaml.Node | None, mapping: yaml.Node | None, name: str, value: object,
            order: tuple[str, ...] = KEY_ORDER) -> str:
    nl = newline_of(text)
    if mapping is None or is_null(mapping):  # an empty file, or "notes:" with nothing yet
        indent = 0 if owner_key is None else owner_key.start_mark.column + 2
        lines = render.block({name: value}, indent, nl)
        if owner_key is None:
            return text + ("" if not text or text.endswith("\n") else nl) + nl.join(lines) + nl
        return fill_null(text, owner_key, lines, nl)
    if not isinstance(mapping, yaml.MappingNode):
        raise EditError(f"{name!r} cannot be added to a value that is not a mapping")
    if is_flow(mapping):
        close = mapping.end_mark.index - 1
        while close > mapping.start_mark.index and text[close - 1] == " ":
            close -= 1
        style = next((v.style for _, v in mapping.value if isinstance(v, yaml.ScalarNode)), '"')
        shown = render.flow(value) if isinstance(value, (dict, list)) else render.scalar(value, style, True)
        return splice(text, close, close, (", " if mapping.value else "") + f"{render.key(name)}: {shown}")
    indent = mapping.value[0][0].start_mark.column
    flow_keys = frozenset([name]) if _prefers_flow(mapping) else frozenset()
    lines = render.block({name: value}, indent, nl, flow_keys)
    after = [(k, v) for k, v in mapping.value if _rank(k.value, order) <= _rank(name, order)]
    if not after:  # before the first key, which may share its line with a list's dash
        first = mapping.value[0][0].start_mark.index
        return splice(text, first, first, lines[0][indent:] + nl + nl.join(lines[1:] + [" " * indent]))
    at = chunk_end(text, after[-1][1])
    joined = nl.join(lines) + nl
    return splice(text, at, at, joined if text[at - 1:at] == "\n" else nl + joined)


def fill_null(text: str, owner_key: yaml.Node, lines: list[str], nl: str) -> str:
    """``key:`` (or ``key: null``) given a block of ``lines`` as its value."""
    colon = text.index(":", owner_key.end_mark.index)
    end = line_end(text, colon)
    rest = text[colon + 1:end].rstrip("\r\n")
    comment = ""
    if "#" in rest:  # a comment after "key:" stays, with its own spacing
        before = rest[:rest.index("#")]
        comment = (before[len(before.rstrip()):] or " ") + rest[rest.index("#"):]
    return splice(text, colon, end, ":" + comment + nl + nl.join(lines) + nl)


def _remove_key(text: str, mapping: yaml.Node | None, name: object) -> str:
    if not isinstance(mapping, yaml.MappingNode):
        return text
    pairs = mapping.value
    i = next(i for i, (k, _) in enumerate(pairs) if k.value == name)
    k, v = pairs[i]
    if is_flow(mapping):
        if i + 1 < len(pairs):
            return splice(text, k.start_mark.index, pairs[i + 1][0].start_mark.index, "")
        if i > 0:
            return splice(text, pairs[i - 1][1].end_mark.index, v.end_mark.index, "")
        return splice(text, k.start_mark.index, v.end_mark.index, "")
    if len(pairs) == 1:
        return splice(text, k.start_mark.index, chunk_end(text, v), "{}" + newline_of(text))
    shares_line = text[line_start(text, k.start_mark.index):k.start_mark.index].strip() != ""
    if shares_line and i + 1 < len(pairs):  # "- id: x": the next key moves up beside the dash
        return splice(text, k.start_mark.index, pairs[i + 1][0].start_mark.index, "")
    return splice(text, line_start(text, k.start_mark.index), chunk_end(text, v), "")
