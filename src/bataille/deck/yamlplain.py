"""More of libyaml's complaints put as what to write, for the mistakes of a file typed by hand that
yamlhints.py does not already place: a space left out after ``key:``, a ':' inside a text that is
not quoted, something after a closing quotation mark, brace or bracket.

Each helper returns a message and the place to fix, or None when the shape is not clear (the
caller then keeps its general wording, with libyaml's own words when it has none of its own).
"""

from __future__ import annotations

import re

import yaml

from .located import Position
from .messages import Code, Message

_KEY = r"[A-Za-z_][\w-]*"
_NO_SPACE = re.compile(rf"(\s*(?:-\s+)?)({_KEY}):([^\s:/].*)")  # "title:Bonjour", not "url: http://…"
_KEY_VALUE = re.compile(rf"(\s*(?:-\s+)?)({_KEY}):\s+")


def _line(text: str, number: int) -> str:
    """Line ``number`` (0-based) of ``text``."""
    lines = text.split("\n", number + 1)
    return lines[number] if number < len(lines) else ""


def _written(row: str) -> str:
    """A line without its comment and trailing spaces."""
    return row.split(" #", 1)[0].rstrip()


def quote_text(key: str | None, value: str) -> str:
    """``key: "value"``, quoted so that it reads back as written: apostrophes (doubled) when the
    text holds a '"', else double quotation marks."""
    if '"' in value:
        example = "'" + value.replace("'", "''") + "'"
    else:
        example = f'"{value}"'
    return example if key is None else f"{key}: {example}"


def plain_fault(exc: yaml.MarkedYAMLError, text: str, loader: type) -> tuple[Message, Position] | None:
    """The mistake behind ``exc`` in words a teacher can act on, and where it is; else None."""
    return _directive(exc, text) or _space_after_colon(exc, text) or _colon_in_text(exc, text) or _colon_in_braces(exc, text) \
        or _after_closing(exc, text, loader)


def _directive(exc: yaml.MarkedYAMLError, text: str) -> tuple[Message, Position] | None:
    """``%`` at the start of a line (``% des emplois``): YAML reads a directive, then wants ``---``."""
    if exc.problem != "did not find expected <document start>" and exc.context != "while scanning a directive":
        return None
    for number, row in enumerate(text.split("\n")):
        if row.startswith("%"):
            return Message("yaml.invalid", problem=Message("yaml.p.directive")), Position(number + 1, 1)
    return None


def _space_after_colon(exc: yaml.MarkedYAMLError, text: str) -> tuple[Message, Position] | None:
    """``title:Bonjour``: without a space after it, the ':' is part of the text, and the key has none."""
    marks = [m for m in (exc.problem_mark, exc.context_mark) if m is not None]
    for mark in marks:
        row = _written(_line(text, mark.line))
        found = _NO_SPACE.fullmatch(row)
        if found is not None and not found.group(3).startswith(("//", "\\")):
            indent, key, value = found.groups()
            example = f"{indent.lstrip()}{key}: {value}"
            return (Message("yaml.invalid", problem=Message("yaml.space_after_colon", key=Code(f"{key}:"),
                                                            example=Code(example))),
                    Position(mark.line + 1, len(indent) + len(key) + 2))
    return None


def _colon_in_text(exc: yaml.MarkedYAMLError, text: str) -> tuple[Message, Position] | None:
    """``title: Bilan : l'IA``: YAML reads the second ':' as the start of another key."""
    mark = exc.problem_mark
    if mark is None or "mapping values are not allowed" not in (exc.problem or ""):
        return None
    row = _written(_line(text, mark.line))
    found = _KEY_VALUE.match(row)
    if found is None or mark.column < found.end():
        return None
    value = row[found.end():]
    if not value or value[0] in "\"'[{&*!|>%@`-":
        return None
    example = quote_text(found.group(2), value)
    return (Message("yaml.invalid", problem=Message("yaml.colon_in_text", example=Code(example))),
            Position(mark.line + 1, found.end() + 1))


_ENTRY_END = re.compile(r"[,}\]]")


def _colon_in_braces(exc: yaml.MarkedYAMLError, text: str) -> tuple[Message, Position] | None:
    """``{fr: Bilan : l'IA, en: …}``: between braces too, a second ':' ends the text."""
    mark = exc.problem_mark
    if mark is None or exc.context != "while parsing a flow mapping" \
            or "did not find expected ','" not in (exc.problem or ""):
        return None
    row = _line(text, mark.line)
    if row[mark.column:mark.column + 1] != ":":
        return None
    start = max(row.rfind("{", 0, mark.column), row.rfind(",", 0, mark.column)) + 1
    ended = _ENTRY_END.search(row, mark.column)
    entry = row[start:ended.start() if ended else len(row)]
    found = re.match(rf"(\s*)({_KEY}):\s+", entry)
    if found is None or start + found.end() > mark.column:
        return None
    value = entry[found.end():].rstrip()
    if not value or value[0] in "\"'":
        return None
    example = quote_text(found.group(2), value)
    return (Message("yaml.invalid", problem=Message("yaml.colon_in_braces", example=Code(example))),
            Position(mark.line + 1, start + found.end() + 1))


def _after_closing(exc: yaml.MarkedYAMLError, text: str, loader: type) -> tuple[Message, Position] | None:
    """``title: "Bonjour" le monde``, ``title: {fr: a, en: b}}``: something after what closed the value."""
    mark = exc.problem_mark
    if mark is None or (exc.context, exc.problem) != ("while parsing a block mapping", "did not find expected key"):
        return None
    row = _line(text, mark.line)
    if not row[:mark.column].strip():
        return None  # the line starts there: an indentation, said by the general wording
    previous = None
    try:
        for token in yaml.scan(text, Loader=loader):
            if (token.start_mark.line, token.start_mark.column) >= (mark.line, mark.column):
                break
            previous = token
    except yaml.YAMLError:
        pass
    if previous is None or previous.end_mark.line != mark.line:
        return None
    rest = _written(row[mark.column:])
    if isinstance(previous, (yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)):
        closing = "}" if isinstance(previous, yaml.FlowMappingEndToken) else "]"
        return (Message("yaml.invalid", problem=Message("yaml.after_flow", closing=Code(closing),
                                                        extra=Code(rest))),
                Position(mark.line + 1, mark.column + 1))
    if isinstance(previous, yaml.ScalarToken) and previous.style == '"' \
            and previous.start_mark.line == mark.line:
        start = previous.start_mark.column
        inside = rest.endswith('"')  # "Le "bilan" final": quotation marks inside the text
        if inside:
            inner = _written(row[start + 1:])[:-1]
        else:  # "Bonjour" le monde: the words after the closing mark belong to the text
            inner = previous.value + row[previous.end_mark.column:mark.column] + rest
        found = _KEY_VALUE.match(row)
        key = found.group(2) if found is not None and found.end() == start else None
        return (Message("yaml.invalid", problem=Message("yaml.after_quote_inside" if inside else "yaml.after_quote", extra=Code(rest),
                                                        example=Code(quote_text(key, inner)))),
                Position(mark.line + 1, mark.column + 1))
    return None
