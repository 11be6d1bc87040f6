"""The console on crafted session files (issue 17, class 8): refused ones never reach it, valid
extremes (every number the largest a file may hold, every name and text 10,000 characters) are
drawn without an exception, on a finished session and on one with a phase running.

Before event_check bounded whole numbers to 32 bits, 2**63 votes raised OverflowError in the
console's vote boxes while the window was being built.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import DamagedSessionError, close_session, open_session
from bataille.workshop import ManualClock

from .crafted import craft, full_session
from .figures import note
from .test_session_events_crafted import _everything_extreme, _field


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module")
def original(tmp_path_factory, deck) -> Path:
    path = tmp_path_factory.mktemp("console-crafted") / "atelier.bataille"
    full_session(path, deck)
    return path


def _running(db: sqlite3.Connection) -> None:
    """Everything extreme, and the session cut while its second phase runs."""
    _everything_extreme(db)
    starts = [seq for (seq,) in db.execute("SELECT seq FROM events WHERE type = 'phase_started' ORDER BY seq")]
    db.execute("DELETE FROM events WHERE seq > ?", (starts[1] + 25,))


@pytest.mark.parametrize("shape", ["finished", "phase running"])
def test_the_console_draws_valid_extremes(qtbot, deck, original, tmp_path, shape):
    from PySide6.QtWidgets import QApplication

    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController

    path = craft(original, tmp_path / "extreme.bataille", _everything_extreme if shape == "finished" else _running)
    session = open_session(path, deck, ManualClock())
    window = ConsoleWindow(SessionController(session))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    window.resize(1366, 768)
    window.show()
    for _ in range(10):
        QApplication.processEvents()
    shot = tmp_path / "console.png"
    assert window.grab().save(str(shot))
    assert window.stage.grab().save(str(tmp_path / "stage.png"))
    window.phones.turn_off()
    window.hide()
    close_session(session)
    note("crafted session files", f"the console on valid extremes ({shape}): drawn, no exception")


def test_a_crafted_team_name_never_reaches_the_console(deck, original, tmp_path):
    path = craft(original, tmp_path / "crafted.bataille", _field("team_added", "name", {"a": 1}))
    with pytest.raises(DamagedSessionError) as caught:
        open_session(path, deck, ManualClock())
    assert "its field 'name' should be a text, not a JSON object" in str(caught.value)
