"""A debate's phone vote closed and the debate over, the phones showed its claim and « Le vote est
clos. Votre réponse : D'accord. » through the whole scenarios phase and the debrief (a phone joining
then got that old claim too). Once the debate is closed they wait for the next question; while it is
open, between its two votes, they keep showing the vote closed with their answer. Real widgets, a real
server on loopback, real WebSocket clients."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QPushButton

from .test_phones_console_votes import debate_with_phones, every_phone_answers, join, receive


def test_the_phones_leave_a_closed_claim_once_its_debate_is_over(console, qtbot, stack) -> None:
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.phone_buttons["before"].click()
    every_phone_answers(qtbot, phones, sockets, "agree")
    panel.phone_buttons["before"].click()  # closed: each phone sees its answer
    for ws in sockets:
        assert receive(ws, "closed")["mine"] == "agree"
    qtbot.waitUntil(lambda: len(c.state.open_round.phones_before) == 2, timeout=5000)
    [late] = join(console, 1, stack)  # a phone joining while the debate is open: the vote closed
    state = json.loads(late.recv(timeout=5))
    assert state["type"] == "question" and not state["open"], state
    panel.close_button.click()  # the debate closed without its vote after
    panel.close_question.findChild(QPushButton, "closeAnyway").click()
    assert c.state.open_round is None
    for ws in (*sockets, late):
        assert receive(ws, "waiting")["type"] == "waiting"
    c.act(c.session.start_phase, "scenarios")
    [joined] = join(console, 1, stack)  # a phone joining during the scenarios: no old claim
    assert json.loads(joined.recv(timeout=5))["type"] == "waiting"
