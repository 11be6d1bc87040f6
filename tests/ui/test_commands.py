"""The one table of commands: every window's actions, keys bound once per window, the F1 sheet from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from bataille.ui.commands import (
    PRESENTER_KEYS,
    SPECS,
    WINDOWS,
    Command,
    Commands,
    Scope,
    key_sequences,
)


def test_every_command_is_declared_once_in_a_scope_a_window_holds():
    assert len({spec.id for spec in SPECS}) == len(SPECS) == len(Command)
    held = {scope for scopes in WINDOWS.values() for scope in scopes}
    assert {spec.scope for spec in SPECS} <= held


def test_no_key_is_bound_twice_within_a_window(qapp):  # key sequences need the application
    for window, scopes in WINDOWS.items():
        seen: dict[str, Command] = {}
        for spec in (s for s in SPECS if s.scope in scopes):
            keys = [k.toString() for k in key_sequences(spec.keys)] + list(spec.presenter_keys)
            for key in keys:
                assert key not in seen, f"{window}: {key} bound to {seen[key]} and {spec.id}"
                seen[key] = spec.id


def test_each_window_gets_the_actions_of_its_scopes_with_names_texts_and_shortcuts(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    deck = Commands(window, Scope.DECK)
    assert deck[Command.OPEN_DECK].shortcut().toString() == "Ctrl+O"
    assert deck[Command.OPEN_DECK].objectName() == "action_open_deck"
    assert all(action.text() for action in deck)
    session = Commands(window, Scope.SESSION)
    assert session[Command.SHOW_STAGE].shortcut().toString() == "F5"  # F5 reloads in the deck window only
    assert Command.NEXT not in {spec.id for spec in deck.specs}


def test_the_shortcut_sheet_is_written_from_the_table(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    rows = dict(Commands(window, Scope.SESSION, Scope.APP).sheet())
    native = QKeySequence("Right").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["Next Step"].startswith("PgDown") and native in rows["Next Step"]
    assert rows["Black Screen"].split(", ") == ["Ctrl+B", "B", "."]
    assert "Ctrl+," in rows["Preferences…"]
    # every command with a key is on the sheet, and nothing else
    keyed = [s for s in SPECS if s.scope in (Scope.SESSION, Scope.APP) and (s.keys or s.presenter_keys)]
    assert len(rows) == len(keyed)


def test_presenter_keys_run_their_command(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    commands = Commands(window, Scope.SESSION)
    ran: list[str] = []
    commands[Command.NEXT].triggered.connect(lambda: ran.append("next"))
    commands[Command.BLACKOUT].triggered.connect(lambda: ran.append("black"))
    window.keyPressEvent = lambda event: commands.presenter_key(event) or None
    window.show()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Period):
        qtbot.keyClick(window, key)
    qtbot.keyClick(window, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # not a presenter key
    assert ran == ["next", "black", "black"]
    # The remote's arrows are the commands' shortcuts: a text box claims them first, no other control.
    assert "Right" in [k.toString() for k in commands[Command.NEXT].shortcuts()]
    assert "Left" in [k.toString() for k in commands[Command.BACK].shortcuts()]
    assert Qt.Key.Key_Left not in PRESENTER_KEYS and Qt.Key.Key_Right not in PRESENTER_KEYS
