"""A question that holds the session stops the remote's keys on the stage while it is up.

The remote may have focused the stage (a click on the projected picture, a presenter that activates
the window it sends to). The questions were modal to the console only: PageDown, Space and Ctrl+Z on
the stage still ran the session's commands behind them (recorded the vote after, revealed it, closed
the debate, opened the next, took the last step back), and the question then asked about a session
that was not there any more. The keys go here as the window system gives them, to the stage's
window; a real session file counts what was recorded."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from bataille.storage import new_session
from bataille.storage.reader import read_session
from bataille.workshop import ManualClock

from .conftest import console_on

REMOTE = ((Qt.Key.Key_PageDown, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
          (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))


def two_teams_on_file(qtbot, translations, deck, path, interface: str = "en", lang: str = "en"):
    """A console in the ``interface`` language on a started session file (in ``lang``) of two teams."""
    translations.set_language(interface)
    session = new_session(path, deck, ManualClock(time.time()), lang, agenda_minutes=60)
    for name in ("Owls", "Otters"):
        session.add_team(name)
    session.start()
    return console_on(qtbot, session)


def first_vote_shown(console) -> None:
    """Debate 1 open, its vote before recorded and shown."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    c.act(c.session.record_vote, "before", {"agree": 5, "disagree": 3, "undecided": 1})
    c.act(c.session.reveal_votes, "before")


@pytest.fixture
def voting(qtbot, translations, bundled_deck, tmp_path):
    """An English console on a session file, debate 1 open, its vote before recorded and shown, the
    stage shown."""
    console = two_teams_on_file(qtbot, translations, bundled_deck, tmp_path / "w.bataille")
    first_vote_shown(console)
    console.stage.show()
    console.activateWindow()
    QApplication.processEvents()
    yield console
    console.phones.turn_off()
    console.mid_vote.quitting = True
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QDialog) and box.isVisible():
            box.reject()
    console.controller.close()


def recorded(console) -> list[str]:
    return [type(e).__name__ for e in read_session(console.controller.session.store.path)]


def remote_on_the_stage(qtbot, console) -> None:
    """The remote's keys, the stage's window focused: as the window system delivers them, then handed
    to the stage itself (past the window system's blocking)."""
    stage = console.stage
    stage.activateWindow()
    QApplication.processEvents()
    for key, modifiers in REMOTE:
        QTest.keyClick(stage.windowHandle(), key, modifiers)
        QApplication.processEvents()
    for key, modifiers in REMOTE:
        qtbot.keyClick(stage, key, modifiers)
        QApplication.processEvents()


def type_counts_after(qtbot, console) -> None:
    boxes = console.phase.debate.votes["after"].boxes
    for choice, typed in zip(("agree", "disagree", "undecided"), ("2", "1", "0"), strict=True):
        box = boxes[choice]
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box, typed)
    QApplication.processEvents()


def test_quit_during_a_vote_holds_the_session_while_it_asks(qtbot, voting) -> None:
    type_counts_after(qtbot, voting)
    before = recorded(voting)
    assert not voting.close()
    box = voting.mid_vote.question
    assert box is not None and box.isVisible()
    remote_on_the_stage(qtbot, voting)
    assert recorded(voting) == before  # nothing recorded, revealed, closed or opened behind it
    c = voting.controller
    assert c.state.open_round is not None and c.state.open_round.after is None
    assert voting.phase.debate.typed_counts()  # the counts typed still wait in their boxes
    assert voting.mid_vote.question is box and box.isVisible()  # what it asks about still stands


def test_closing_the_debate_holds_the_session_while_it_asks(qtbot, voting) -> None:
    page = voting.phase.debate
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = page.close_question
    assert box is not None and box.isVisible()
    before = recorded(voting)
    remote_on_the_stage(qtbot, voting)
    assert recorded(voting) == before
    assert voting.controller.state.open_round is not None and page.close_question is box


def test_leaving_the_phase_holds_the_session_while_it_asks(qtbot, voting) -> None:
    type_counts_after(qtbot, voting)
    qtbot.mouseClick(voting.agenda.next_phase, Qt.MouseButton.LeftButton)
    box = voting.leave_guard.question
    assert isinstance(box, QMessageBox) and box.isVisible()
    before = recorded(voting)
    phase = voting.controller.state.agenda.current.id
    remote_on_the_stage(qtbot, voting)
    assert recorded(voting) == before
    assert voting.controller.state.agenda.current.id == phase and voting.leave_guard.question is box


def test_preferences_hold_the_session_while_they_are_open(qtbot, voting) -> None:
    type_counts_after(qtbot, voting)
    voting.app_actions.preferences.trigger()
    QApplication.processEvents()
    dialog = QApplication.activeModalWidget()
    assert dialog is not None and dialog.isVisible()
    before = recorded(voting)
    remote_on_the_stage(qtbot, voting)
    assert recorded(voting) == before
    assert voting.controller.state.open_round.after is None and voting.phase.debate.typed_counts()
