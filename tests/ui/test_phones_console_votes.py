"""Phone votes from the console: turning Phones off during a vote keeps the answers. Real widgets,
a real server on loopback, real WebSocket clients as phones."""

from __future__ import annotations

import json
from contextlib import ExitStack

import pytest
from websockets.sync.client import connect


def receive(ws, kind):
    while True:
        m = json.loads(ws.recv(timeout=5))
        if m["type"] == kind:
            return m


@pytest.fixture
def stack():
    with ExitStack() as stack:
        yield stack  # every phone's socket closes with the test


def join(console, count, stack):
    """``count`` phones said hello; their sockets."""
    phones = console.phones
    sockets = []
    for _ in range(count):
        ws = stack.enter_context(connect(phones.url.replace("http", "ws") + "ws"))
        ws.send(json.dumps({"type": "hello", "token": None}))
        receive(ws, "welcome")
        sockets.append(ws)
    return sockets


def answer(ws, choice):
    """The phone gets the open question and answers it."""
    question = receive(ws, "question")
    while not question["open"]:
        question = receive(ws, "question")
    ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": choice}))
    receive(ws, "ack")
    return question


def debate_with_phones(console, qtbot, phones_count, stack):
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    console.phones.turn_on("127.0.0.1", 0)
    sockets = join(console, phones_count, stack)
    qtbot.waitUntil(lambda: console.phones.connected == phones_count, timeout=5000)
    return c, console.phase.debate, console.phones, sockets


def test_turning_the_phones_off_during_a_vote_keeps_its_answers(console, qtbot, stack):
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.phone_buttons["before"].click()
    for ws in sockets:
        answer(ws, "disagree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    console.phones_panel.switch.click()  # off, in the middle of the vote
    assert receive(sockets[0], "closed")["mine"] == "disagree"  # the phones see their vote kept
    qtbot.waitUntil(lambda: not phones.on, timeout=5000)
    assert panel.votes["before"].counts()["disagree"] == 2
    assert len(c.state.open_round.phones_before) == 2
    assert not console.phones_panel.switch.isChecked()
    assert "2 réponses" in console.phones_panel.url.text()
