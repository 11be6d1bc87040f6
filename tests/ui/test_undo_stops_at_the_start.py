"""Ctrl+Z in the console never takes back the start screen's set-up: four teams started, Ctrl+Z
pressed three times, the four teams are still there and the workshop still begun; the console says
why nothing happened. Once the console has done something, Ctrl+Z takes that back, and the Undo
item names it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.storage import close_session, open_session
from bataille.ui.commands import Command
from bataille.workshop import ManualClock

from .conftest import console_on, open_console

TEAMS = ("Équipe 1", "Équipe 2", "Équipe 3", "Équipe 4")


def ctrl_z(qtbot, console) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_z_keeps_the_teams_and_the_start(qtbot, translations, bundled_deck, tmp_path) -> None:
    path = tmp_path / "atelier.bataille"
    console = open_console(qtbot, bundled_deck, names=TEAMS, path=path)
    c = console.controller
    events = c.session.event_count
    for _ in range(3):
        ctrl_z(qtbot, console)
    assert c.session.event_count == events  # nothing recorded, nothing undone
    assert c.state.started and [t.name for t in c.state.teams] == list(TEAMS)
    assert console.status_line.text().startswith("Rien à annuler")
    assert console.actions_[Command.UNDO].text() == "&Annuler"
    c.act(c.session.start_phase)
    assert console.actions_[Command.UNDO].text().startswith("&Annuler\u00a0: Début\u00a0: ")
    ctrl_z(qtbot, console)
    assert c.state.agenda.current is None and c.state.started
    ctrl_z(qtbot, console)
    assert c.state.started and len(c.state.teams) == 4
    console.close()
    close_session(c.session)
    again = console_on(qtbot, open_session(path, bundled_deck, ManualClock()))
    ctrl_z(qtbot, again)  # opened again: the set-up is as fixed as before
    assert again.controller.state.started and len(again.controller.state.teams) == 4
    assert again.status_line.text().startswith("Rien à annuler")
    again.close()
    close_session(again.controller.session)
