"""Two presses of Ctrl+Z, then two of Ctrl+Y: both come back, the later one last (the redraw of the
second undo once dropped the first press, and the second Ctrl+Y said there was nothing to redo)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.ui.commands import Command

from .test_back_over_a_recorded_vote import _first_vote_shown

CTRL = Qt.KeyboardModifier.ControlModifier


def _texts(c) -> list[str]:
    return [a.text for a in c.state.open_round.arguments]


def test_two_undos_are_redone_both_and_a_new_action_ends_it(qtbot, file_console) -> None:
    console = file_console
    c, _debate = _first_vote_shown(qtbot, console)
    team = c.state.teams[0].id
    redo = console.actions_[Command.REDO]
    for text in ("Les sources comptent.", "On vérifie toujours.", "Un humain relit."):
        c.act(c.session.add_argument, team, text, "for")
    for _ in range(3):
        qtbot.keyClick(console, Qt.Key.Key_Z, CTRL)
    assert _texts(c) == [] and redo.isEnabled() and "Les sources comptent." in redo.text()
    qtbot.keyClick(console, Qt.Key.Key_Y, CTRL)
    assert _texts(c) == ["Les sources comptent."] and "On vérifie toujours." in redo.text()
    qtbot.keyClick(console, Qt.Key.Key_Y, CTRL)
    assert _texts(c) == ["Les sources comptent.", "On vérifie toujours."]
    assert console.status_line.text().startswith("Rétabli — ") and "Un humain relit." in redo.text()
    c.act(c.session.add_argument, team, "Autre chose.", "for")  # a new action: the third stays undone
    assert not redo.isEnabled()
    qtbot.keyClick(console, Qt.Key.Key_Y, CTRL)
    assert _texts(c) == ["Les sources comptent.", "On vérifie toujours.", "Autre chose."]
