"""The debates' time is up and the facilitator opens one more by hand (« Ouvrir le débat »): the
first press of the remote closed it at once, without its votes, as it closes a debate that was
under way when the time ran out. Now the debate opened late is played whole: the big button waits
for its vote before, then its vote after, « Clore le débat » before that vote asks first, and once
its shift is shown "next" closes it and moves to the next phase. Real widgets, real keys, a real
session file, the session's manual clock."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.storage.reader import read_session

from .conftest import deliberately, go_to_phase, open_console


@pytest.fixture
def late(qtbot, translations, bundled_deck, tmp_path):
    """A French console on two teams, the debates' time up, no debate open; its session in a file."""
    window = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    c = window.controller
    go_to_phase(c)  # the phases before skipped, the debates started
    c.session.clock.advance(c.state.agenda.current.remaining(c.session.now()) + 1)
    c._on_tick()  # the clock's wake-up: time is up, the console turns red
    QApplication.processEvents()
    yield window
    window.phones.turn_off()
    window.controller.close()


def _open_by_hand(qtbot, console):
    page = console.phase.debate
    assert page.open_button.isEnabled()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    c = console.controller
    assert c.state.open_round is not None
    c.session.clock.advance(90)
    c._on_tick()
    QApplication.processEvents()
    return c, page


def test_pagedown_waits_for_the_votes_of_a_debate_opened_after_time_up(qtbot, late) -> None:
    console = late
    c, _page = _open_by_hand(qtbot, console)
    button = console.next_panel.button
    assert not button.isEnabled() and "vote avant" in button.toolTip(), button.toolTip()
    console.activateWindow()
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert c.state.open_round is not None and c.state.agenda.current.id == "debates"
    c.act(c.session.record_vote, "before", {"agree": 12, "disagree": 8, "undecided": 5})
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # shows the vote before
    assert c.state.open_round.revealed_before
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # waits for the vote after: the debate stays
    assert c.state.open_round is not None and c.state.open_round.after is None
    c.act(c.session.record_vote, "after", {"agree": 9, "disagree": 12, "undecided": 4})
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # shows the vote after, its shift
    assert c.state.open_round.revealed_after
    deliberately(qtbot, console)  # the shift read first
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # seen whole: closed, and on to the next phase
    assert c.state.open_round is None and c.state.agenda.current.id == "scenarios"
    rnd = c.state.rounds[-1]
    assert rnd.closed and rnd.shift is not None
    kinds = [type(e).__name__ for e in read_session(c.session.store.path)]
    assert kinds.count("VoteRecorded") == 2 and kinds[-2:] == ["RoundClosed", "PhaseStarted"]


def test_closing_a_debate_opened_after_time_up_before_its_vote_after_asks(qtbot, late) -> None:
    c, page = _open_by_hand(qtbot, late)
    c.act(c.session.record_vote, "before", {"agree": 12, "disagree": 8, "undecided": 5})
    c.act(c.session.reveal_votes, "before")
    QApplication.processEvents()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = page.close_question
    assert box is not None and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # the default: go on debating
    assert c.state.open_round is not None
