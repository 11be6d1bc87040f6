"""A session file kept outside the sessions folder (a USB stick), and the app restarted.

The start screen lists the sessions folder; a file opened from elsewhere must be listed too, or
"Resume" (which takes the newest line) reopens another workshop in front of the room. A stick
pulled out leaves its line, saying why it cannot be opened.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.ui.paths import sessions_dir
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.workshop import SystemClock


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def a_session(path: Path, deck, teams: tuple[str, str]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    session = new_session(path, deck, SystemClock(), "fr", 90)
    for name in teams:
        session.add_team(name)
    session.start()
    close_session(session)
    return path


def restarted(translations, deck, qtbot) -> Launcher:
    """The app started again: a new launcher, its start screen listing the recent sessions."""
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    launcher.list_recent()
    return launcher


@pytest.fixture
def on_a_stick(qtbot, translations, deck, tmp_path):
    older = a_session(sessions_dir() / "hier.bataille", deck, ("Les Lynx", "Les Castors"))
    yesterday = older.stat().st_mtime - 86400
    os.utime(older, (yesterday, yesterday))
    stick = a_session(tmp_path / "stick" / "atelier.bataille", deck, ("Les Hiboux", "Les Loutres"))
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.open(stick)  # "Open a session file…", or a double click on the file
    assert console is not None
    qtbot.addWidget(console.stage)
    console.close()  # the laptop froze, the app was quit: the next start is a new launcher
    return stick


def test_a_session_opened_from_a_stick_is_the_one_resume_reopens(on_a_stick, qtbot, translations, deck) -> None:
    launcher = restarted(translations, deck, qtbot)
    recent = launcher.start.recent
    assert recent.count() == 2
    first = recent.item(0)
    assert first.text().startswith("atelier · ") and "Les Hiboux, Les Loutres" in first.text()
    assert recent.currentRow() == 0

    launcher.start.resume_button.click()  # one click after the start

    assert launcher.console is not None
    qtbot.addWidget(launcher.console.stage)
    assert Path(launcher.controller.session.store.path) == on_a_stick
    launcher.console.close()


def test_a_stick_pulled_out_leaves_its_line_saying_why(on_a_stick, qtbot, translations, deck) -> None:
    on_a_stick.parent.rename(on_a_stick.parent.with_name("ailleurs"))  # the stick is out
    launcher = restarted(translations, deck, qtbot)
    recent = launcher.start.recent
    texts = [recent.item(i).text() for i in range(recent.count())]
    # Kept in its place (when it was last seen), saying why; the one that can be opened is preselected.
    assert texts[0] == "atelier.bataille\nintrouvable (clé débranchée\u00a0?)"
    assert texts[1].startswith("hier · ") and recent.currentRow() == 1


def test_a_session_of_the_sessions_folder_is_listed_once(qtbot, translations, deck) -> None:
    path = a_session(sessions_dir() / "ici.bataille", deck, ("Les Hiboux", "Les Loutres"))
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.open(path)
    qtbot.addWidget(console.stage)
    console.close()
    launcher = restarted(translations, deck, qtbot)
    assert launcher.start.recent.count() == 1


class PulledOut:
    """The session file's SQLite connection once its stick is pulled out: every write fails with
    SQLite's "disk I/O error" (what a vanished USB drive gives; a real one cannot be pulled here)."""

    def __init__(self, db) -> None:
        self._db = db

    def execute(self, sql: str, *args):
        if sql.lstrip().upper().startswith(("INSERT", "PRAGMA WAL_CHECKPOINT")):
            raise sqlite3.OperationalError("disk I/O error")
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._db, name)


def pulled_out_mid_session(qtbot, translations, deck, tmp_path: Path):
    """A console on a session on a stick, the stick pulled out just before an action: (console, controller)."""
    stick = a_session(tmp_path / "stick" / "atelier.bataille", deck, ("Les Hiboux", "Les Loutres"))
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.open(stick)
    qtbot.addWidget(console.stage)
    controller = console.controller
    controller.session.store._db = PulledOut(controller.session.store._db)
    controller.act(controller.session.add_takeaway, "Juste après la panne")
    return console, controller


def test_a_stick_pulled_out_mid_session_offers_to_go_on_in_a_copy(qtbot, translations, deck, tmp_path,
                                                                   monkeypatch) -> None:
    console, controller = pulled_out_mid_session(qtbot, translations, deck, tmp_path)

    banner = console.save_banner
    assert banner.isVisible() and banner.kind == "error"
    assert "inaccessible (clé retirée" in banner.label.text()
    # Retrying cannot bring the stick back (the tick retries anyway): a copy on the laptop can.
    assert banner.button.text().replace("&", "") == "Enregistrer une copie ailleurs…"
    copy = sessions_dir() / "atelier-copie.bataille"
    monkeypatch.setattr("bataille.ui.console.unsaved.ask_copy_path", lambda *_args: copy)
    banner.button.click()

    assert controller.pending == 0 and Path(controller.session.store.path) == copy
    assert str(copy) in banner.label.text()
    controller.act(controller.session.add_takeaway, "Dans la copie")
    assert controller.pending == 0
    events = list(controller.session.events)
    console.close()
    from bataille.storage import open_session
    from bataille.workshop import ManualClock

    reopened = open_session(copy, deck, ManualClock())
    assert reopened.events == tuple(events)
    close_session(reopened)


def test_the_copy_the_session_went_on_in_is_the_one_resume_reopens(qtbot, translations, deck, tmp_path,
                                                                    monkeypatch) -> None:
    """The stick pulled out, the facilitator goes on in a copy in Documents (outside the sessions
    folder): after a restart, the start screen lists that copy first, so « Reprendre » reopens it
    (it was left out: the stick's line said « introuvable », and Resume took another workshop)."""
    from bataille.ui.start.session_files import recent_files

    console, controller = pulled_out_mid_session(qtbot, translations, deck, tmp_path)
    copy = tmp_path / "Documents" / "atelier-copie.bataille"
    copy.parent.mkdir()
    monkeypatch.setattr("bataille.ui.console.unsaved.ask_copy_path", lambda *_args: copy)
    console.save_banner.button.click()
    assert Path(controller.session.store.path) == copy
    console.close()
    listed = [Path(s.path) for s in recent_files(sessions_dir())]
    assert listed[0] == copy, listed
