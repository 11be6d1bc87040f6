"""Every event type is declared once and has its fold and its words; its parts are named constants."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import bataille.workshop as workshop
from bataille.workshop import events as ev
from bataille.workshop.changes import PARTS
from bataille.workshop.fold import HANDLERS

WORKSHOP = Path(workshop.__file__).parent
describe_module = importlib.import_module("bataille.workshop.describe")


def test_every_event_type_has_a_fold_and_words():
    for type_name, cls in ev.EVENT_TYPES.items():
        assert cls.type == type_name
        if cls is ev.Undone:
            continue  # folded by Replay, which keeps the history
        assert cls in HANDLERS, f"{type_name}: no fold handler"
        assert cls in describe_module._LINES, f"{type_name}: no words for the history"
    assert set(HANDLERS) | {ev.Undone} == set(ev.EVENT_TYPES.values())


def test_parts_are_the_declared_constants():
    for cls in ev.EVENT_TYPES.values():
        assert all(isinstance(part, ev.Part) for part in cls.touches), cls.type
    assert set(PARTS) == set(ev.Part)


def test_type_strings_are_written_only_where_the_event_is_declared():
    # Everywhere else names the class, so a reader (or an IDE) follows an event to its fold and words.
    types = set(ev.EVENT_TYPES)
    for path in WORKSHOP.glob("*.py"):
        if path.name == "events.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in types:
                raise AssertionError(f"{path.name}:{node.lineno}: the type string {node.value!r}")
