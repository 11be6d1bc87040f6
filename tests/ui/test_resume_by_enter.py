"""The app started again in a hurry, in front of the room: Enter resumes the workshop just run.

Before, Enter on the start screen started a new session (« Commencer la séance » was the default
button), which then headed the recent list, so that « Reprendre » preselected the empty one.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import RecentSession
from bataille.ui.start.recent_words import when
from bataille.ui.start.window import StartWindow


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def shown(qtbot, deck) -> StartWindow:
    start = StartWindow(deck, "fr", 90)
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    return start


def a_line(hours_ago: float, started: bool = True) -> RecentSession:
    return RecentSession(Path("/nulle/part/atelier.bataille"), time.time() - hours_ago * 3600, "bataille-ia", "0.1.0",
                         time.time() - hours_ago * 3600 - 600, ("Les Hiboux", "Les Loutres"), "debates", started, 14)


def test_enter_resumes_a_workshop_run_in_the_last_hours(qtbot, translations, deck) -> None:
    start = shown(qtbot, deck)
    start.set_recent([a_line(0.2)])
    assert start.resume_button.isDefault() and not start.start_button.isDefault()
    assert start.focusWidget() is start.resume_button
    with qtbot.waitSignal(start.openRequested, timeout=1000) as opened:
        qtbot.keyClick(start.focusWidget(), Qt.Key.Key_Return)
    assert opened.args == [Path("/nulle/part/atelier.bataille")]


def test_enter_still_starts_a_new_session_after_yesterdays(qtbot, translations, deck) -> None:
    start = shown(qtbot, deck)
    start.set_recent([a_line(26)])
    assert start.start_button.isDefault() and not start.resume_button.isDefault()
    assert start.focusWidget() is not start.resume_button


def test_a_session_never_started_or_unreadable_is_not_resumed_by_enter(qtbot, translations, deck) -> None:
    start = shown(qtbot, deck)
    start.set_recent([a_line(0.1, started=False)])
    assert start.start_button.isDefault()
    start.set_recent([RecentSession(Path("/nulle/part/x.bataille"), time.time(), error="damaged")])
    assert start.start_button.isDefault() and not start.resume_button.isDefault()


def test_a_workshop_run_to_its_end_is_not_resumed_by_enter_and_says_so(qtbot, translations, deck) -> None:
    """A workshop ended an hour ago: Enter starts the next class's session, not the finished one."""
    start = shown(qtbot, deck)
    ended = a_line(1.0)
    start.set_recent([RecentSession(ended.path, ended.modified_at, ended.deck_id, ended.deck_version,
                                    ended.created_at, ended.teams, ended.last_phase_id, True, 40, over=True)])
    assert start.start_button.isDefault() and not start.resume_button.isDefault()
    item = start.recent.item(0)  # its line cut to the column: the tooltip has it whole
    assert f"{when(ended.modified_at, 'fr')} · terminée\n" in item.toolTip()
    assert item.text().split("\n")[2] == "Les Hiboux, Les Loutres"
    assert start.resume_button.isEnabled()  # still there to open, by a click
