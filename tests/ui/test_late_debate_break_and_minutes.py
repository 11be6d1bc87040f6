"""The debates' time is up, the facilitator opens one more by hand, then the room takes a break
(Pause, Resume) and the facilitator gives +5 min that leave the clock below zero. The first press
of the remote after that closed the debate at once, without its votes: the break and the minutes
were counted back to its opening, as if it had opened with time left. Now the clock as it stood
at the opening decides: the debate is played whole, the hint under the big button says why, and the
session file reopened in a new console says the same. Real widgets, real keys, a real session
file, the session's manual clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.storage import open_session
from bataille.storage.reader import read_session
from bataille.workshop import ManualClock

from .conftest import console_on, deliberately, go_to_phase, open_console

LATE = "Temps écoulé, mais ce débat ouvert après se joue en entier."


@pytest.fixture
def path(tmp_path):
    return tmp_path / "atelier.bataille"


def _tick(console) -> None:
    console.controller._on_tick()  # the clock's wake-up
    QApplication.processEvents()


def _said(console) -> tuple[str, str]:
    """The big button's words (whole) and the hint under it."""
    QApplication.processEvents()
    return console.next_panel.button.toolTip(), console.next_panel.label.text()


def _late_debate_through_a_break(qtbot, console) -> None:
    c, agenda = console.controller, console.agenda
    go_to_phase(c)  # the phases before skipped, the debates started
    c.session.clock.advance(c.state.agenda.current.remaining(c.session.now()) + 60)  # the clock at -1:00
    _tick(console)
    qtbot.mouseClick(console.phase.debate.open_button, Qt.MouseButton.LeftButton)  # one more, by hand
    assert c.state.open_round is not None
    qtbot.mouseClick(agenda.start_pause, Qt.MouseButton.LeftButton)  # a break
    c.session.clock.advance(300)
    qtbot.mouseClick(agenda.start_pause, Qt.MouseButton.LeftButton)  # back to it
    c.session.clock.advance(600)  # ten minutes of debate: the clock at -11:00
    qtbot.mouseClick(agenda.plus_5, Qt.MouseButton.LeftButton)  # -6:00: still no time left
    _tick(console)
    assert c.time_up and c.state.agenda.current.extra_minutes == 5


def test_a_late_debate_is_played_whole_through_a_break_and_minutes_and_after_reopening(
        qtbot, translations, bundled_deck, path) -> None:
    console = open_console(qtbot, bundled_deck, path=path)
    c = console.controller
    _late_debate_through_a_break(qtbot, console)
    console.resize(1280, 720)  # the narrowest console: the hint keeps to its two lines
    label, hint = _said(console)
    assert "vote avant" in label and "Clore" not in label and hint == LATE, (label, hint)
    said = console.next_panel.label
    assert said.heightForWidth(said.width()) <= 2 * said.fontMetrics().lineSpacing() + 4, hint
    console.activateWindow()
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # waits for the vote before: nothing closes
    assert c.state.open_round is not None and c.state.agenda.current.id == "debates"
    c.act(c.session.record_vote, "before", {"agree": 12, "disagree": 8, "undecided": 5})
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # shows it
    assert c.state.open_round.revealed_before
    now = c.session.now()
    console.phones.turn_off()
    c.close()
    console.close()

    session = open_session(path, bundled_deck, ManualClock(now + 120))  # the file, opened again
    again = console_on(qtbot, session)
    c = again.controller
    try:
        assert c.time_up
        label, hint = _said(again)
        assert "voter après" in label and "Clore" not in label and hint == LATE, (label, hint)
        qtbot.keyClick(again, Qt.Key.Key_PageDown)  # waits for the vote after: the debate stays
        assert c.state.open_round is not None and c.state.open_round.after is None
        c.act(c.session.record_vote, "after", {"agree": 9, "disagree": 12, "undecided": 4})
        qtbot.keyClick(again, Qt.Key.Key_PageDown)  # shows the vote after, its shift
        assert c.state.open_round.revealed_after
        label, hint = _said(again)
        assert "étape suivante" in label.lower() and hint != LATE, (label, hint)
        deliberately(qtbot, again)  # the shift read first
        qtbot.keyClick(again, Qt.Key.Key_PageDown)  # seen whole: closed, and on to the next phase
        assert c.state.open_round is None and c.state.agenda.current.id == "scenarios"
        assert c.state.rounds[-1].shift is not None
        kinds = [type(e).__name__ for e in read_session(path)]
        assert kinds.count("VoteRecorded") == 2 and kinds[-2:] == ["RoundClosed", "PhaseStarted"]
    finally:
        again.phones.turn_off()
        c.close()
