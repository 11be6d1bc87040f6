"""The recovery banner goes by itself once read and the workshop has moved on; what it said stays
in the history.

A workshop of eight teams, killed mid-debate (SIGKILL), reopened on a laptop's 1366×768: the banner
stayed until OK was clicked, from debate 3 to the debrief, and the teams' scores showed four or five
of eight teams the whole time. Now it goes at the first action recorded once it has been on screen
READ_MS (or after LONGEST_MS), the eight teams show again, and the history keeps its note at the
place of the stop (its tooltip holds it whole; a double-click shows the banner again).

A real console in a child process writes the real session file and is killed (console_killed.py);
real widgets, in the app's font, open what it left.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import open_session
from bataille.ui.console import recovery_banner
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.phones import Phones
from bataille.workshop import SystemClock

from . import console_killed

TEAMS = ("3e Prépa-Métiers", "4e B", "Les Loutres de 5e A", "2nde Pro Vente", "CAP Cuisine", "3e A", "1re STMG",
         "Terminale Bac Pro")

# The console of a workshop of eight teams, its phones on, in a debate whose vote after the phones
# vote on, hands typed on top (what the banner says grows with each): killed once there.
CHILD = """
c.act(c.session.start_phase, "debates")
c.advance()  # the debate opens
app.processEvents()
debate = console.phase.debate
debate.votes["before"].set_counts(7, 5, 8)
debate.record("before")
console.phones_panel.fill_addresses()
console.phones_panel.switch.click()
debate.phone_buttons["after"].click()
debate.votes["after"].set_counts(1, 0, 2)
app.processEvents()
print("ready", flush=True)
app.exec()
"""


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture
def reopened(qtbot, translations, in_app_font, deck, tmp_path, isolated_settings, monkeypatch):
    monkeypatch.setattr(recovery_banner, "READ_MS", 400, raising=False)
    monkeypatch.setattr(console_killed, "PRELUDE", console_killed.PRELUDE.replace(
        '("Les Hiboux", "Les Loutres")', repr(TEAMS)))
    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    path = tmp_path / "atelier.bataille"
    console_killed.killed_when_ready(CHILD, path, isolated_settings)
    window = ConsoleWindow(SessionController(open_session(path, deck, SystemClock())))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: "leur vote est redemandé" in window.recovery_banner.detail.text(), timeout=5000)
    yield window
    window.phones.turn_off()
    window.close()
    window.controller.close()


def teams_shown(console) -> int:
    """The teams whose row shows whole in the scores list."""
    teams = console.teams.list
    inside = teams.viewport().rect()
    return sum(inside.contains(teams.visualItemRect(teams.item(i))) for i in range(teams.count()))


def recovery_line(console):
    history = console.history.list
    rows = [history.item(i) for i in range(history.count())]
    return next((i, item) for i, item in enumerate(rows) if item.data(Qt.ItemDataRole.UserRole) == "recovery")


def test_the_banner_goes_once_read_and_the_workshop_moved_on(reopened, qtbot) -> None:
    console = reopened
    c, banner = console.controller, console.recovery_banner
    assert c.stopped_abruptly and banner.isVisible()
    assert teams_shown(console) < len(TEAMS)  # what the workshop lived with until OK was clicked
    c.act(c.session.extend_timer, 1)  # an action at once: not read yet, it stays
    assert banner.isVisible()
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=3000)  # read, and the workshop moved on: gone
    qtbot.waitUntil(lambda: teams_shown(console) == len(TEAMS), timeout=3000)  # the eight teams' scores

    row, item = recovery_line(console)
    assert row == 1  # after the action recorded since, before the one the app stopped after
    assert "Séance récupérée après un arrêt brutal" in item.toolTip()
    assert "Les mains levées saisies" in item.toolTip()  # its second line too
    assert item.text().startswith("Séance récupérée après un arrêt brutal")

    console.history.list.itemActivated.emit(item)  # Enter or a double-click: the note again
    assert banner.isVisible() and "Les mains levées saisies" in banner.detail.text()
    qtbot.wait(600)  # read; nothing recorded meanwhile: it stays
    assert banner.isVisible()
    c.act(c.session.extend_timer, 1)  # the next action takes it away
    assert banner.isHidden()


def test_the_banner_goes_after_a_while_with_nothing_recorded(reopened, qtbot, monkeypatch) -> None:
    console = reopened
    banner = console.recovery_banner
    banner.button.click()  # OK, as before
    assert banner.isHidden()
    monkeypatch.setattr(recovery_banner, "LONGEST_MS", 800, raising=False)
    _row, item = recovery_line(console)
    assert item.toolTip() == banner.whole.replace("\u202f", "\u00a0")  # still there once OK was clicked
    console.history.list.itemActivated.emit(item)
    assert banner.isVisible()
    qtbot.waitUntil(lambda: banner.isHidden(), timeout=3000)
