"""The remote's Esc leaves the stage's full screen during a debate. The console puts the keyboard in
the first vote's « Agree » count as each debate opens, and that box swallowed Esc: the stage stayed
full screen. A count box has no typing for Esc to forget; a text box the console put the keyboard in,
with nothing typed yet, neither. Real console, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.commands import Command

from .test_debrief_end_asks import _to_the_debrief


def test_esc_from_the_count_box_a_debate_opens_on(qtbot, console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    console.stage.showFullScreen()
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the remote opens the debate: the keyboard on « Agree »
    agree = console.phase.debate.votes["before"].boxes["agree"]
    qtbot.waitUntil(agree.hasFocus, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not console.stage.isFullScreen()
    console.stage.showFullScreen()
    agree.setValue(12)  # hands counted, then Esc from the remote: still "leave full screen"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not console.stage.isFullScreen() and agree.value() == 12


def test_esc_from_the_takeaway_box_note_the_debrief_put_the_keyboard_in(qtbot, console) -> None:
    _to_the_debrief(console)
    console.stage.showFullScreen()
    console.actions_[Command.NEXT].trigger()  # "End the workshop?"
    qtbot.keyClick(console.leave_guard.question, Qt.Key.Key_PageUp)  # stays: the keyboard in the takeaway
    takeaway = console.phase.debrief.takeaway
    qtbot.waitUntil(takeaway.hasFocus, timeout=2000)
    qtbot.keyClick(takeaway, Qt.Key.Key_Escape)
    assert not console.stage.isFullScreen()
