"""Ctrl+Z while the phones' vote is closing (« Clôture du vote des téléphones… ») is refused, said at
once: it took back the debate's opening, and the phones' answers, arriving a moment later, were
lost. Once their vote is recorded and shown, Ctrl+Z takes that vote back whole, the phones voting
again with their answers. Real widgets, a real server on loopback, real WebSocket clients as
phones, the session in a real file: its events are read back from it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.storage.reader import read_session

from .test_phones_console_votes import answer, debate_with_phones, freeze, receive


def kinds(console, since: int = 0) -> list[str]:
    return [type(e).__name__ for e in read_session(console.controller.session.store.path)][since:]


def test_ctrl_z_while_the_phones_vote_is_closing_keeps_their_answers(file_console, qtbot, stack):
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.phone_buttons["before"].click()
    answer(sockets[0], "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    start = len(kinds(console))
    woke = freeze(phones, 0.5)  # the server busy: the answers come a moment after "next"
    console.advance()  # « Clore le vote et le dévoiler »
    assert "Clôture du vote des téléphones" in c.next_step().label
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Attendez la fin de la clôture du vote des téléphones" in console.status_line.text()
    assert kinds(console, start) == []  # nothing undone: the debate is still open
    woke.wait(5)
    qtbot.waitUntil(lambda: c.state.open_round.revealed("before"), timeout=5000)
    assert kinds(console, start) == ["PhoneVotesRecorded", "VoteRecorded", "VotesRevealed"]
    assert c.state.open_round.before.total.agree == 1  # the phone's answer is in the debate's vote

    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # now: that vote, whole
    assert kinds(console, start)[3:] == ["Undone"] * 3
    rnd = c.state.open_round
    assert rnd is not None and rnd.before is None  # the debate stays open, its vote taken back
    assert phones.asking is not None and phones.asking.stage == "before"  # the phones vote again
    question = receive(sockets[0], "question")
    while not question["open"]:
        question = receive(sockets[0], "question")
    assert question["mine"] == "agree"  # with the answer it gave


def test_a_double_click_on_closing_the_phones_vote_runs_that_step_alone(file_console, qtbot, stack):
    """The first click closes the phones' vote; its answers come, the vote is recorded and shown, and
    only then the second click arrives: it is still that double-click's, and asks nothing more."""
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    c.act(c.session.assign_sides)
    panel.phone_buttons["before"].click()
    answer(sockets[0], "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    was = QApplication.doubleClickInterval()
    QApplication.setDoubleClickInterval(5000)  # a slow double-click: the answers come between its clicks
    try:
        start = len(kinds(console))
        qtbot.mouseClick(console.next_panel.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: c.state.open_round.revealed("before"), timeout=4000)
        assert console.next_panel.button.isEnabled()  # « Débattez, puis demandez le vote après aux téléphones »
        qtbot.mouseClick(console.next_panel.button, Qt.MouseButton.LeftButton)
        assert kinds(console, start) == ["PhoneVotesRecorded", "VoteRecorded", "VotesRevealed"]
        assert phones.asking is None  # the phones were not asked the vote after
    finally:
        QApplication.setDoubleClickInterval(was)
