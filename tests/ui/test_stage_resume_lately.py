"""What counts as "lately" for the stage brought back after an abrupt stop, and the record it reads.

The three hours count from the last moment the app was known alive for the session: when it wrote
the record, or the session's last action, which the file holds. A stage blanked four hours before
the stop, the workshop going on since, comes back black; a record too old when the session is
reopened is settled there and then, and does not come back after a later stop. Preferences written
by the version before the scenario's team was kept still load. In process: the abrupt stop is the
file's own flag (``stopped_abruptly``), which the child-process tests set by killing the app.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QSettings

from bataille.storage import close_session, new_session, open_session
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.settings import Settings, StageLeft
from bataille.workshop import ManualClock, SystemClock

HOURS_4 = 4 * 3600


def workshop_of_four_hours_ago(path, deck) -> str:
    """A session whose actions so far were recorded four hours ago; its room code's seed."""
    session = new_session(path, deck, ManualClock(time.time() - HOURS_4), "fr")
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    seed = f"{os.path.realpath(path)}|{session.state.created_at!r}"
    close_session(session)
    return seed


def reopened_after_a_stop(qtbot, path, deck) -> ConsoleWindow:
    session = open_session(path, deck, SystemClock())
    session.store.stopped_abruptly = True  # as the file says once the app was killed
    console = ConsoleWindow(SessionController(session))
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    return console


def test_a_stage_blanked_hours_ago_comes_back_black_when_the_workshop_went_on_since(qtbot, translations,
                                                                                    bundled_deck, tmp_path):
    path = tmp_path / "atelier.bataille"
    seed = workshop_of_four_hours_ago(path, bundled_deck)
    Settings().set_stage_left(StageLeft(seed, True, None, time.time() - HOURS_4))  # blanked then
    session = open_session(path, bundled_deck, SystemClock())
    session.start_phase("timeline")  # the workshop went on, the stage black all along
    close_session(session)  # (the record stays: this stands for the run that was killed later)
    console = reopened_after_a_stop(qtbot, path, bundled_deck)
    try:
        assert console.controller.blackout
        left = Settings().stage_left()  # settled: written again now, as the stage is
        assert left.blackout and time.time() - left.at < 60
    finally:
        close_session(console.controller.session)


def test_a_record_too_old_at_reopening_does_not_come_back_after_a_later_stop(qtbot, translations, bundled_deck,
                                                                            tmp_path):
    path = tmp_path / "atelier.bataille"
    seed = workshop_of_four_hours_ago(path, bundled_deck)
    Settings().set_stage_left(StageLeft(seed, True, None, time.time() - HOURS_4))  # stopped four hours ago
    console = reopened_after_a_stop(qtbot, path, bundled_deck)
    try:
        c = console.controller
        assert not c.blackout  # too old: the room has gone home
        assert Settings().stage_left() is None  # and forgotten at once
        c.act(c.session.start_phase, "timeline")  # a new workshop on the same file, lit
    finally:
        close_session(console.controller.session)
    console = reopened_after_a_stop(qtbot, path, bundled_deck)  # stopped again, its last action recent
    try:
        assert not console.controller.blackout
    finally:
        close_session(console.controller.session)


def test_a_record_written_by_the_version_before_still_loads_and_comes_back(qtbot, translations, bundled_deck,
                                                                           tmp_path):
    path = tmp_path / "atelier.bataille"
    session = new_session(path, bundled_deck, SystemClock(), "fr")
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    seed = f"{os.path.realpath(path)}|{session.state.created_at!r}"
    close_session(session)
    store = QSettings(Settings().file_name, QSettings.Format.IniFormat)  # its keys, no scenario's team
    for key, value in (("session", seed), ("blackout", True), ("team", ""), ("card", ""), ("at", time.time())):
        store.setValue(f"stage/left/{key}", value)
    store.sync()
    left = Settings().stage_left()
    assert left == StageLeft(seed, True, None, left.at) and left.scenario_team is None
    console = reopened_after_a_stop(qtbot, path, bundled_deck)
    try:
        assert console.controller.blackout
    finally:
        close_session(console.controller.session)
