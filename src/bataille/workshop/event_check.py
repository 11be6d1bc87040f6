"""Checking an event read from a session file against its own dataclass, before the fold sees it.

A session file can be damaged, written by an older version, or crafted: its rows carry digests,
but anyone can recompute them. So each event read back is held to the shape its class in
``events`` declares (the type hints are the schema: no second list of fields to keep in step),
with the bounds below on texts, lists, whole numbers and times, and its JSON is measured before
``json.loads`` may recurse into it. ``event_problem`` says what is wrong as a ``Message``
(French and English), or None; the storage reports it as damage at that event.
"""

from __future__ import annotations

import json
import math
import re
import types
from dataclasses import MISSING
from functools import cache
from typing import Any, Union, get_args, get_origin, get_type_hints

from bataille.words import Catalogue, Message

from .events import EVENT_TYPES

MAX_PAYLOAD = 2_000_000  # characters of JSON in one event (the app writes a few hundred)
MAX_DEPTH = 8  # nesting of arrays and objects (the deepest event, a timeline deal, has 4)
MAX_TEXT = 10_000  # characters in one text (the app takes 40 for a name, 500 for a note)
MAX_ITEMS = 10_000  # items in one list (as many as the phones' votes the app takes)
# A whole number fits in 32 bits, as every widget and C library takes (seeds are drawn below 2**31,
# points are ±1,000 an award, votes 10,000 at most): 2**63 votes crashed the console's vote boxes.
MAX_WHOLE = 2**31 - 1
# Times are seconds since 1970, up to 1 January 3000 (the last date every system can show).
EARLIEST, LATEST = 0.0, 32_503_680_000.0

_WORDS = Catalogue("event check", {
    "unknown_type": ("son type {type} n’est pas un de ceux que connaît cette version de Bataille IA",
                     "its type {type} is not one this version of Bataille IA knows"),
    "bad_time": ("son heure ({value}) n’est pas un moment entre 1970 et l’an 3000",
                 "its time ({value}) is not a moment between 1970 and the year 3000"),
    "too_big": ("ses données font {size} caractères (au plus {limit})",
                "its data is {size} characters long (at most {limit})"),
    "too_deep": ("ses données sont imbriquées sur plus de {limit} niveaux",
                 "its data is nested more than {limit} levels deep"),
    "not_json": ("ses données ne sont pas du JSON lisible ({why})", "its data is not readable JSON ({why})"),
    "not_object": ("ses données sont {found}, pas un objet JSON", "its data is {found}, not a JSON object"),
    "missing": ("il lui manque le champ « {field} »", "its field '{field}' is missing"),
    "unexpected": ("le champ « {field} » n’est pas un des siens", "'{field}' is not one of its fields"),
    "wrong_type": ("son champ « {field} » devrait être {expected}, pas {found}",
                   "its field '{field}' should be {expected}, not {found}"),
    "wrong_length": ("son champ « {field} » devrait avoir {expected} éléments, pas {size}",
                     "its field '{field}' should hold {expected} items, not {size}"),
    "too_long": ("son champ « {field} » fait {size} caractères (au plus {limit})",
                 "its field '{field}' is {size} characters long (at most {limit})"),
    "too_many": ("son champ « {field} » a {size} éléments (au plus {limit})",
                 "its field '{field}' holds {size} items (at most {limit})"),
    "out_of_range": ("son champ « {field} » vaut {value}, hors de −{limit} à {limit}",
                     "its field '{field}' is {value}, outside -{limit} to {limit}"),
    "not_text": ("son champ « {field} » contient un caractère qui n’est pas du texte ({code})",
                 "its field '{field}' holds a character that is not text ({code})"),
    # What a value is, to fill {expected} and {found}.
    "a_text": ("un texte", "a text"),
    "a_whole": ("un nombre entier", "a whole number"),
    "a_decimal": ("un nombre décimal", "a decimal number"),
    "a_bool": ("vrai ou faux", "true or false"),
    "a_list": ("une liste", "a list"),
    "an_object": ("un objet JSON", "a JSON object"),
    "null": ("vide (null)", "empty (null)"),
    "or": ("{a} ou {b}", "{a} or {b}"),
})


class EventWords(Message):
    """A problem with an event read from a file, in French or English."""

    catalogue = _WORDS


def event_problem(type_name: str, at: object, payload: str) -> EventWords | None:
    """What is wrong with one stored event (its type, time and JSON payload), or None if nothing is.

    When this returns None, ``json.loads(payload)`` is safe and ``event_from_parts`` builds an
    event whose every field has the type its class declares, within the bounds above.
    """
    cls = EVENT_TYPES.get(type_name)
    if cls is None:
        return EventWords("unknown_type", type=_quote(type_name))
    if type(at) not in (int, float) or not math.isfinite(at) or not EARLIEST <= at <= LATEST:
        return EventWords("bad_time", value=_quote(at))
    if len(payload) > MAX_PAYLOAD:
        return EventWords("too_big", size=len(payload), limit=MAX_PAYLOAD)
    if _depth_over(payload, MAX_DEPTH):
        return EventWords("too_deep", limit=MAX_DEPTH)
    try:
        data = json.loads(payload, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:  # RecursionError: never, the depth was measured
        return EventWords("not_json", why=str(exc)[:80])
    if type(data) is not dict:
        return EventWords("not_object", found=_kind(data))
    hints = _fields(cls)
    for name in data:
        if name not in hints:
            return EventWords("unexpected", field=_quote(name, 40).strip("'"))
    for name, (hint, required) in hints.items():
        if name not in data:
            if required:
                return EventWords("missing", field=name)
            continue
        problem = _value_problem(data[name], hint, name)
        if problem is not None:
            return problem
    return None


@cache
def _fields(cls: type) -> dict[str, tuple[Any, bool]]:
    """Each payload field of an event class: its type hint, and whether the payload must hold it."""
    hints, declared = get_type_hints(cls), cls.__dataclass_fields__
    return {name: (hints[name], declared[name].default is MISSING and declared[name].default_factory is MISSING)
            for name in cls._payload_fields}


def _value_problem(value: object, hint: Any, where: str) -> EventWords | None:
    """The first problem of ``value`` against the type ``hint`` (str, int, bool, X | None, tuples)."""
    origin = get_origin(hint)
    if origin in (Union, types.UnionType):
        options = get_args(hint)
        if value is None and type(None) in options:
            return None
        kept = [o for o in options if o is not type(None)]
        if len(kept) == 1:
            problem = _value_problem(value, kept[0], where)
            if problem is not None and problem.key == "wrong_type":
                problem.fields["expected"] = EventWords("or", a=_expected(kept[0]), b=EventWords("null"))
            return problem
        raise TypeError(f"unsupported type hint {hint!r}")  # a new kind of field: teach the checker
    if origin is tuple:
        return _tuple_problem(value, get_args(hint), where)
    if hint is str:
        return _text_problem(value, where)
    if hint is bool:
        return None if type(value) is bool else _wrong(value, hint, where)
    if hint is int:
        if type(value) is not int:
            return _wrong(value, hint, where)
        if abs(value) > MAX_WHOLE:
            return EventWords("out_of_range", field=where, value=_quote(value), limit=MAX_WHOLE)
        return None
    raise TypeError(f"unsupported type hint {hint!r}")


def _tuple_problem(value: object, args: tuple[Any, ...], where: str) -> EventWords | None:
    if type(value) is not list:
        return _wrong(value, tuple, where)
    if len(args) == 2 and args[1] is Ellipsis:
        if len(value) > MAX_ITEMS:
            return EventWords("too_many", field=where, size=len(value), limit=MAX_ITEMS)
        items = [(args[0], v) for v in value]
    else:
        if len(value) != len(args):
            return EventWords("wrong_length", field=where, expected=len(args), size=len(value))
        items = list(zip(args, value, strict=True))
    for i, (hint, item) in enumerate(items):
        problem = _value_problem(item, hint, f"{where}[{i}]")
        if problem is not None:
            return problem
    return None


def _text_problem(value: object, where: str) -> EventWords | None:
    if type(value) is not str:
        return _wrong(value, str, where)
    if len(value) > MAX_TEXT:
        return EventWords("too_long", field=where, size=len(value), limit=MAX_TEXT)
    bad = _SURROGATE.search(value)
    if bad:  # "\ud800" in JSON: a string Python holds but no file can be written with
        return EventWords("not_text", field=where, code=f"U+{ord(bad.group()):04X}")
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


def _depth_over(text: str, limit: int) -> bool:
    """Whether arrays and objects in ``text`` nest deeper than ``limit`` (strings skipped)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for mark in _BRACKETS.finditer(_STRINGS.sub("", text)):
        if mark.group() in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number JSON allows")


def _wrong(value: object, hint: Any, where: str) -> EventWords:
    return EventWords("wrong_type", field=where, expected=_expected(hint), found=_kind(value))


def _expected(hint: Any) -> EventWords:
    if hint is str:
        return EventWords("a_text")
    if hint is bool:
        return EventWords("a_bool")
    if hint is int:
        return EventWords("a_whole")
    return EventWords("a_list")


def _kind(value: object) -> EventWords:
    """What a JSON value is, in words (never the value itself: it may be long, or anything)."""
    if value is None:
        return EventWords("null")
    kinds = {str: "a_text", bool: "a_bool", int: "a_whole", float: "a_decimal", list: "a_list", dict: "an_object"}
    return EventWords(kinds.get(type(value), "an_object"))


def _quote(value: object, limit: int = 30) -> str:
    """A short, printable quotation of a value from the file (``repr`` escapes what is not printable)."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
