"""The console when the disk fails mid-session: a banner at once, retries on the tick, nothing lost on quit.

Real session files; the write errors are injected at the file's SQLite connection as
tests/reliability/test_faults_while_running.py does (OSError ENOSPC on every INSERT).
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session, open_session
from bataille.ui.console import unsaved
from bataille.ui.console.banners import Banner
from bataille.ui.console.unsaved import UnsavedDialog
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.session_saving import save_failure_reason
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.workshop import ManualClock, NotSavedError
from tests.deck.conftest import copy_bundled_deck


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


class FailingConnection:
    """The session file's SQLite connection; its inserts fail while ``broken`` is set."""

    def __init__(self, db: sqlite3.Connection, error: Exception) -> None:
        self._db = db
        self.error = error
        self.broken = False

    def execute(self, sql: str, *args):
        if self.broken and sql.lstrip().upper().startswith("INSERT"):
            raise self.error
        return self._db.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._db, name)


def break_disk(session, error: Exception | None = None) -> FailingConnection:
    wrapper = FailingConnection(session.store._db, error or OSError(errno.ENOSPC, "No space left on device"))
    session.store._db = wrapper
    wrapper.broken = True
    return wrapper


def heal(session) -> None:
    if isinstance(session.store._db, FailingConnection):
        session.store._db = session.store._db._db


@pytest.fixture
def session_path(tmp_path: Path, deck) -> Path:
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=60)
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    close_session(session)
    return path


@pytest.fixture
def console(qtbot, translations, deck, session_path):
    session = open_session(session_path, deck, ManualClock())
    window = ConsoleWindow(SessionController(session))
    # Not given to qtbot: it would close the window before this fixture lets the pending actions go.
    window.resize(1366, 768)
    window.show()
    window.stage.show()
    yield window
    heal(window.controller.session)
    window.controller.lose_pending_on_close = True
    window.close()
    window.controller.close()
    window.deleteLater()


def stage_texts(stage) -> str:
    return " ".join(label.text() for label in stage.findChildren(QLabel)) + stage.accessibleName()


def test_the_banner_says_at_once_how_many_actions_wait_and_why(console) -> None:
    c = console.controller
    break_disk(c.session)
    assert console.save_banner.isHidden()

    changes = c.act(c.session.start_phase, "welcome")

    assert changes is not None and c.state.agenda.current.id == "welcome"  # it happened
    assert console.agenda.isVisible()
    banner = console.save_banner
    assert banner.isVisible() and banner.kind == "error"
    assert banner.label.text() == "Non enregistré\u00a0: 1 action gardée en mémoire — le disque est plein"
    assert banner.label.warning  # the ⚠ is drawn before the words
    assert banner.button.isVisible() and banner.button.text().replace("&", "") == "Réessayer maintenant"
    c.act(c.session.extend_timer, 5)
    assert banner.label.text() == "Non enregistré\u00a0: 2 actions gardées en mémoire — le disque est plein"
    assert not console.status_line.warning  # the action was not refused
    # Never on the stage, never a dialog in front of the room.
    assert not console.stage.findChildren(Banner)
    assert "enregistr" not in stage_texts(console.stage).lower()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]


@pytest.mark.parametrize(("error", "reason"), [
    (OSError(errno.ENOSPC, "No space left on device"), "le disque est plein"),
    (OSError(errno.EROFS, "Read-only file system"), "le dossier est en lecture seule"),
    (sqlite3.OperationalError("database or disk is full"), "le disque est plein"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "le dossier est en lecture seule"),
    (sqlite3.OperationalError("disk I/O error"), "le fichier de séance est inaccessible (clé retirée, erreur du disque\u00a0?)"),
], ids=["ENOSPC", "EROFS", "SQLITE_FULL", "SQLITE_READONLY", "SQLITE_IOERR"])
def test_the_reason_is_said_in_plain_words(console, error: Exception, reason: str) -> None:
    c = console.controller
    break_disk(c.session, error)
    with pytest.raises(NotSavedError) as info:
        c.session.add_takeaway("Une idée")
    assert save_failure_reason(info.value) == reason
    c.act(c.session.add_takeaway, "Une autre")
    assert console.save_banner.label.text().endswith("— " + reason)


def test_the_tick_retries_until_written_then_says_saved(console, qtbot, deck, session_path) -> None:
    c = console.controller
    assert not c._timer.isActive()  # nothing runs, nothing pending: no tick, no retry work
    wrapper = break_disk(c.session)
    c.act(c.session.start_phase, "welcome")
    c.act(c.session.pause_timer)  # no phase timer runs: only the pending actions keep the tick alive
    c.act(c.session.add_takeaway, "Écrit pendant que le disque est plein")
    assert c.pending == 3 and c._timer.isActive()
    ticks = c.timer_ticks
    qtbot.waitUntil(lambda: c.timer_ticks >= ticks + 1, timeout=3000)
    assert c.pending == 3 and console.save_banner.kind == "error"  # still full: retried, kept

    console.save_banner._hide_timer.setInterval(300)
    wrapper.broken = False  # space is back
    qtbot.waitUntil(lambda: console.save_banner.kind == "saved", timeout=3000)
    assert c.pending == 0
    assert console.save_banner.label.text() == "Enregistré\u00a0: toutes les actions sont écrites dans le fichier de séance"
    assert console.save_banner.label.mark == "done"  # the ✓, drawn
    assert not console.save_banner.button.isVisible()
    qtbot.waitUntil(console.save_banner.isHidden, timeout=3000)
    assert not c._timer.isActive()  # all written, phase paused: the tick stops again

    live, events = c.state, c.session.events
    heal(c.session)
    c.close()
    reopened = open_session(session_path, deck, ManualClock())
    assert reopened.events == events and reopened.state == live
    close_session(reopened)
    c.session = reopened  # the fixture's teardown closes this one again, harmlessly


def test_retry_now_writes_at_once(console, qtbot) -> None:
    c = console.controller
    wrapper = break_disk(c.session)
    c.act(c.session.add_takeaway, "Une")
    qtbot.mouseClick(console.save_banner.button, _left())
    assert c.pending == 1 and console.save_banner.kind == "error"
    wrapper.broken = False
    qtbot.mouseClick(console.save_banner.button, _left())
    assert c.pending == 0 and console.save_banner.kind == "saved"


def test_the_next_action_writes_the_waiting_ones_and_the_banner_says_saved(console) -> None:
    c = console.controller
    wrapper = break_disk(c.session)
    c.act(c.session.add_takeaway, "Une")
    wrapper.broken = False
    c.act(c.session.add_takeaway, "Deux")
    assert c.pending == 0 and console.save_banner.kind == "saved"


def _left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def answer(choices: list[str], seen: list[str]) -> QTimer:
    """Click ``choices`` in turn in each unsaved-actions dialog that opens (they are modal)."""
    timer = QTimer()

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, UnsavedDialog) and dialog.isVisible() and not dialog.property("answered"):
            dialog.setProperty("answered", True)
            seen.append(dialog.text() + "\n" + dialog.informativeText())
            getattr(dialog, choices.pop(0)).click()
        if not choices:
            timer.stop()

    timer.timeout.connect(click)
    timer.start(20)
    return timer


@pytest.fixture
def launcher(qtbot, translations, deck):
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    yield launcher
    if launcher.console is not None:
        heal(launcher.controller.session)
        launcher.controller.lose_pending_on_close = True
        launcher.console.close()


def test_quitting_with_pending_offers_a_copy_elsewhere_that_has_everything(launcher, qtbot, deck,
                                                                             session_path, tmp_path,
                                                                             monkeypatch) -> None:
    console = launcher.open(session_path)
    qtbot.addWidget(console.stage)
    c = console.controller
    session = c.session
    break_disk(session)
    c.act(c.session.start_phase, "welcome")
    c.act(c.session.add_takeaway, "Une idée à garder")
    live, events = c.state, session.events
    copy = tmp_path / "clé USB" / "copie.bataille"
    copy.parent.mkdir()
    monkeypatch.setattr(unsaved, "ask_copy_path", lambda parent, path: copy)
    seen: list[str] = []
    keep = answer(["retry", "copy"], seen)

    assert console.close()

    keep.stop()
    assert len(seen) == 2
    assert seen[0].startswith("2 actions de cette séance ne sont pas enregistrées dans son fichier\u00a0: le disque est plein.")
    assert "Toujours pas enregistré\u00a0: le disque est plein." in seen[1]  # the retry failed, said so
    assert launcher.console is None and launcher.start.isVisible()
    assert str(copy) in launcher.start.message.text()
    reopened = open_session(copy, deck, ManualClock())
    assert reopened.events == events and reopened.state == live
    close_session(reopened)
    original = open_session(session_path, deck, ManualClock())  # closed and unlocked, missing the two
    assert original.events == events[:-2]
    close_session(original)


def test_quitting_with_pending_can_keep_working_or_lose_them(launcher, qtbot, deck, session_path) -> None:
    console = launcher.open(session_path)
    qtbot.addWidget(console.stage)
    c = console.controller
    break_disk(c.session)
    c.act(c.session.add_takeaway, "Une")
    events = c.session.events
    seen: list[str] = []
    keep = answer(["keep"], seen)
    assert not console.close()  # still open, nothing lost
    keep.stop()
    assert console.isVisible() and launcher.console is console and c.pending == 1

    lose = answer(["lose"], seen)
    assert console.close()
    lose.stop()
    assert seen[-1].startswith("1 action de cette séance n’est pas enregistrée dans son fichier\u00a0: le disque est plein.")
    assert launcher.console is None
    original = open_session(session_path, deck, ManualClock())
    assert original.events == events[:-1]
    close_session(original)


def test_the_console_says_when_a_file_was_recovered(launcher, qtbot, deck, session_path, tmp_path) -> None:
    session = open_session(session_path, deck, ManualClock())
    session.start_phase("welcome")
    session.add_takeaway("Juste avant la panne")
    crashed = tmp_path / "panne" / "atelier.bataille"
    crashed.parent.mkdir()
    for suffix in ("", "-wal", "-shm"):  # what the app leaves when it is killed
        shutil.copy2(f"{session_path}{suffix}", f"{crashed}{suffix}")
    events = session.events
    close_session(session)

    console = launcher.open(crashed)

    assert console is not None
    qtbot.addWidget(console.stage)
    assert console.controller.session.events == events
    copy = console.controller.recovered_copy
    assert copy is not None and copy.is_file()
    banner = console.recovery_banner
    assert banner.isVisible()
    assert banner.label.text() == f"Séance récupérée après un arrêt brutal\u00a0; une copie de sécurité est dans {copy}"
    assert "récupérée" not in stage_texts(console.stage)
    qtbot.mouseClick(banner.button, _left())
    assert banner.isHidden()


def test_a_file_closed_properly_shows_no_recovery_notice(launcher, qtbot, session_path) -> None:
    console = launcher.open(session_path)
    qtbot.addWidget(console.stage)
    assert console.recovery_banner.isHidden() and console.save_banner.isHidden()


def test_the_deck_watcher_never_swaps_the_running_sessions_deck(launcher, qtbot, tmp_path) -> None:
    folder = copy_bundled_deck(tmp_path / "deck")
    deck = load_deck(folder)
    launcher.deck = deck
    path = tmp_path / "séance.bataille"
    session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=60)
    session.add_team("A")
    session.add_team("B")
    session.start()
    close_session(session)
    console = launcher.open(path)
    qtbot.addWidget(console.stage)
    c = console.controller
    launcher.browse_deck()  # the deck window follows the deck files
    watcher = launcher.deck_window.watcher
    qtbot.addWidget(launcher.deck_window)
    loaded: list = []
    watcher.deckLoaded.connect(loaded.append)

    (folder / "cards" / "society.yaml").write_text(
        (folder / "cards" / "society.yaml").read_text(encoding="utf-8") + "\n# edited during the workshop\n",
        encoding="utf-8")
    watcher.reload()
    assert loaded and loaded[-1] is not deck  # the deck window has the reloaded deck
    assert c.session.deck is deck and c.deck is deck  # the session keeps the one it started with

    (folder / "cards" / "society.yaml").write_bytes(b"cards: [[[[")
    watcher.reload()
    assert watcher.problems
    assert c.session.deck is deck
    c.act(c.session.start_phase, "welcome")  # and plays on
    assert c.state.agenda.current.id == "welcome"


def test_a_press_of_several_actions_is_done_whole_on_a_failing_disk(qtbot, translations, deck, tmp_path):
    """« Clore ce débat et ouvrir le suivant » gives each winning team its points, closes the debate
    and opens the next. On a full disk it stopped after the first team's points; pressed again, the
    debate closed without the other team's (it had "already given" them). Now every action of the
    press is done, waits in memory with the others, and is written when the disk comes back."""
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=60)
    for name in ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors"):
        session.add_team(name)
    session.start()
    session.start_phase("debates")
    c = SessionController(session)
    c.advance()  # opens the first debate, its sides drawn
    for stage, counts in (("before", (6, 5, 3)), ("after", (4, 9, 1))):  # "against" moved the room
        c.act(session.record_vote, stage, dict(zip(("agree", "disagree", "undecided"), counts, strict=True)))
        c.act(session.reveal_votes, stage)
    winners = {team for team, side in c.state.open_round.sides if side == "against"}
    assert len(winners) == 2
    break_disk(session)
    c.advance()  # one press: both winners' points, the debate closed, the next opened
    assert {t.id for t in c.state.teams if t.score == 3} == winners
    assert c.state.rounds[0].closed and c.state.open_round.number == 2
    assert session.pending == 5 and c.save_reason  # the next debate's opening draws its sides too
    heal(session)
    assert c.retry_save() and session.pending == 0
    c.undo()  # and one Ctrl+Z takes the press back whole
    assert all(t.score == 0 for t in c.state.teams) and c.state.open_round.number == 1
    c.undo()  # ... then the vote after's showing, as before
    assert not c.state.open_round.revealed_after
    written = session.events
    close_session(session)
    reopened = open_session(path, deck, ManualClock())
    assert reopened.events == written and reopened.state == c.state
    close_session(reopened)


def test_a_press_refused_half_way_is_redrawn_and_its_unsaved_actions_said(qtbot, translations, deck, session_path):
    """A press refused after its first action: the console was not redrawn (the action did happen),
    and on a failing disk nothing said that it waited in memory."""
    session = open_session(session_path, deck, ManualClock())
    c = SessionController(session)
    changed = []
    c.changed.connect(changed.append)
    break_disk(session)

    def press(s):
        s.add_takeaway("Vérifier ses sources")
        return s.remove_team("team-9")  # refused

    assert c.act(press, session) is None
    assert changed and session.pending == 1 and c.save_reason
    heal(session)
    assert c.retry_save()
    close_session(session)
