"""A button leads to its rule in one step: session actions are passed as the session's own methods,
never named by a string, and every one runs through the controller's single error path."""

from __future__ import annotations

import ast
from pathlib import Path

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.controller import SessionController
from bataille.workshop import ManualClock, MemoryStore, Session

UI = Path(__file__).resolve().parents[2] / "src" / "bataille" / "ui"


def test_no_action_is_called_by_name():
    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "act" \
                    and node.args and isinstance(node.args[0], ast.Constant):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno}")
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr" \
                    and ast.unparse(node.args[0]) == "self.session" and not ast.unparse(node.args[1]).startswith("'_"):
                offenders.append(f"{path.relative_to(UI)}:{node.lineno} getattr on the session")
    assert not offenders


def test_one_error_path_for_buttons_and_steps(qtbot):
    deck = load_deck(bundled_deck_path())
    session = Session.create(deck, MemoryStore(), ManualClock(), "en", agenda_minutes=20, phase_ids=["debates"])
    controller = SessionController(session)
    said = []
    controller.status.connect(lambda kind, text: said.append((kind, text)))
    assert controller.act(controller.session.start) is None  # refused: no team yet
    assert said[-1][0] == "error" and ("team" in said[-1][1] or "équipe" in said[-1][1])  # the interface's words
    controller.act(controller.session.add_team, "Red")
    controller.act(controller.session.add_team, "Blue")
    changes = controller.act(controller.session.start)
    assert changes is not None and said[-1][0] == "info"
    controller.advance()  # a step (next phase) goes through the same path: said, and redrawn
    assert session.state.agenda.current is not None and said[-1][0] == "info"
