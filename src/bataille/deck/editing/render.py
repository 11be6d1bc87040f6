"""Values written as YAML text the way the deck writes them: double-quoted real Unicode, plain keys.

New text is written by hand rather than by a YAML dumper so that it looks like its neighbours:
a dumper folds long lines, escapes non-ASCII and picks its own quoting.
"""

from __future__ import annotations

import re

import yaml

from .nodes import safe_load

# Characters YAML reads as line breaks or that cannot stand raw in a quoted text.
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\x00": "\\0",
            "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]')
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]")
_PLAIN_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
# Keys whose values the deck writes without quotes (ids, kinds, web addresses); texts are double-quoted.
PLAIN_KEYS = frozenset({"id", "kind", "theme", "url", "icon"})
_INTEGER = re.compile(r"^[-+]?[0-9]+$")


def double_quoted(text: str) -> str:
    """``text`` in double quotes, with real Unicode; only quotes, backslashes and controls escaped."""
    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        return _ESCAPES.get(ch) or f"\\x{ord(ch):02x}"

    return '"' + _NEEDS_ESCAPE.sub(escape, text) + '"'


def single_quoted(text: str) -> str | None:
    """``text`` in single quotes, or None when it cannot be (a line break or a control character)."""
    if _CONTROL.search(text):
        return None
    return "'" + text.replace("'", "''") + "'"


def plain_fits(text: str, flow: bool) -> bool:
    """True when ``text`` written without quotes reads back as the same text."""
    if not text or text != text.strip() or _CONTROL.search(text):
        return False
    if flow and any(c in text for c in ",[]{}"):
        return False
    written = "{k: " + text + "}" if flow else "k: " + text + "\n"
    try:  # libyaml and PyYAML's own parser differ on odd texts ({k: 0?}): both must read it back
        return safe_load(written) == {"k": text} == yaml.load(written, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return False


def scalar(value: object, style: str | None = '"', flow: bool = False, was_int: bool = False) -> str:
    """One value as YAML: None as null, numbers plain, text in ``style`` ('"', "'" or None for plain).

    ``was_int``: the value replaces a plain number, so a text of digits ("2019") is written as
    a number again, not as the text "2019".
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if was_int and _INTEGER.match(text.strip()):
        return str(int(text.strip()))
    if style == "'":
        quoted = single_quoted(text)
        if quoted is not None:
            return quoted
    if style in (None, "") and plain_fits(text, flow):
        return text
    return double_quoted(text)


def block_text(text: str, indicator: str, indent: int, width: int, nl: str = "\n") -> str | None:
    """``text`` as a block scalar (``>-``, ``|``…) whose lines start at column ``indent``, folded
    lines at most ``width`` long; None when that style cannot hold it exactly (then double quotes)."""
    folded = indicator.startswith(">")
    keep_end = not indicator.endswith("-")
    body = text[:-1] if keep_end and text.endswith("\n") else text
    if (not body or _CONTROL.sub("", body.replace("\n", "")) != body.replace("\n", "")
            or (keep_end != text.endswith("\n")) or body != body.strip() or "\n\n" in body and folded):
        return None
    pad = " " * indent
    if not folded:
        rows = body.split("\n")
        if any(row != row.rstrip() or row[:1] in (" ", "\t") for row in rows):
            return None
        return indicator + nl + nl.join(pad + row if row else "" for row in rows)
    if "\n" in body or "  " in body or "\t" in body:
        return None
    rows, row = [], ""
    for word in body.split(" "):
        if row and indent + len(row) + 1 + len(word) > width:
            rows.append(row)
            row = word
        else:
            row = f"{row} {word}" if row else word
    rows.append(row)
    return indicator + nl + nl.join(pad + r for r in rows)


def key(name: str | int) -> str:
    """A mapping key: plain when it is a simple word, double-quoted otherwise."""
    name = str(name)
    return name if _PLAIN_KEY.match(name) and plain_fits(name, True) else double_quoted(name)


def flow(value: object) -> str:
    """``value`` on one line: {a: 1, b: "x"} or [fr, en]."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(flow(v) if not isinstance(v, str) else scalar(v, None, True) for v in value) + "]"
    return scalar(value)


def block(value: object, indent: int, nl: str = "\n", flow_keys: frozenset[str] = frozenset()) -> list[str]:
    """The lines (without line ends) of a mapping's body at ``indent`` spaces.

    Nested mappings and lists of mappings are written as blocks, lists of plain values on one
    line; a key of ``flow_keys`` keeps its value on one line, as its neighbours do.
    """
    pad = " " * indent
    lines: list[str] = []
    for k, v in value.items():  # type: ignore[attr-defined]
        if k in flow_keys and isinstance(v, (dict, list, tuple)):
            lines.append(f"{pad}{key(k)}: {flow(v)}")
        elif isinstance(v, dict) and v:
            lines.append(f"{pad}{key(k)}:")
            lines.extend(block(v, indent + 2, nl, flow_keys))
        elif isinstance(v, (list, tuple)) and v and all(isinstance(i, dict) for i in v):
            lines.append(f"{pad}{key(k)}:")
            for item in v:
                lines.extend(item_lines(item, indent + 2, nl, flow_keys))
        elif isinstance(v, (dict, list, tuple)):
            lines.append(f"{pad}{key(k)}: {flow(v)}")
        else:
            style = None if k in PLAIN_KEYS else '"'
            lines.append(f"{pad}{key(k)}: {scalar(v, style)}")
    return lines


def item_lines(item: object, dash: int, nl: str = "\n", flow_keys: frozenset[str] = frozenset()) -> list[str]:
    """One list item written with its dash at column ``dash`` (0-based)."""
    if isinstance(item, dict) and item:
        body = block(item, dash + 2, nl, flow_keys)
        return [" " * dash + "- " + body[0][dash + 2:], *body[1:]]
    return [" " * dash + "- " + (flow(item) if isinstance(item, (dict, list, tuple)) else scalar(item))]
