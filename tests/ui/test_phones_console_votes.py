"""A phone vote from the console belongs to its round and stage: left open when its debate closes,
it does not follow the facilitator into the next one; asked again, the phones' new answers replace
their earlier ones; turning Phones off during a vote keeps the answers. Real widgets, a real server
on loopback, real WebSocket clients as phones."""

from __future__ import annotations

import json
from contextlib import ExitStack

import pytest
from PySide6.QtWidgets import QApplication
from websockets.sync.client import connect

from bataille.ui.commands import Command


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


def test_a_phone_vote_left_open_does_not_follow_into_the_next_debate(console, qtbot, stack):
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 3, stack)
    ask = panel.phone_buttons["before"]
    ask.click()
    for ws in sockets:
        answer(ws, "agree")
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    panel.close_button.click()  # the debate closes, the phones' vote still open
    for ws in sockets:  # the phones leave the old claim at once
        receive(ws, "waiting")
    qtbot.waitUntil(lambda: "3)" in console.status_line.text(), timeout=2000)  # said on the console
    said = console.status_line.text()
    assert said.startswith("Le débat 1 n’est plus ouvert") and console.status_line.warning, said
    panel.open_button.click()
    assert c.state.open_round.number == 2
    assert phones.asking is None
    assert ask.isEnabled() and ask.text() == "Demander aux &téléphones"
    assert not any("réponses reçues" in t for t in console.stage.build().texts())
    console.actions_[Command.CLOSE_REVEAL].trigger()  # Ctrl+E: nothing from debate 1 comes with it
    QApplication.processEvents()
    first, second = c.state.rounds
    assert second.before is None and not second.phones_before and not first.phones_before
    assert panel.votes["before"].counts() == {"agree": 0, "disagree": 0, "undecided": 0}

    # The new debate's own phone vote: its answers, and only them, go to debate 2.
    ask.click()
    for ws in sockets:
        assert answer(ws, "disagree")["id"] == 2 * 2
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    console.actions_[Command.CLOSE_REVEAL].trigger()
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)
    before = c.state.open_round.before.total
    assert (before.agree, before.disagree, before.undecided) == (0, 3, 0)


def test_late_answers_of_a_closed_debate_never_reach_the_next(console, qtbot, stack):
    """The phones' answers arrive just after their debate closed (Record, then at once Close)."""
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    panel.phone_buttons["before"].click()
    question = answer(sockets[0], "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    c.act(c.session.close_round)
    c.act(c.session.open_round)
    panel._phones_closed(question["id"], {"t" * 22: "agree"}, {})  # as the network delivers it, late
    rnd = c.state.open_round
    assert rnd.number == 2 and not rnd.phones_before and rnd.before is None
    assert panel.votes["before"].counts()["agree"] == 0
    qtbot.waitUntil(lambda: "débat 1" in console.status_line.text(), timeout=2000)


def test_a_phone_vote_open_when_the_phase_ends_is_closed_into_its_debate(console, qtbot, stack):
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    panel.phone_buttons["before"].click()
    answer(sockets[0], "undecided")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    number = c.state.open_round.number
    c.act(c.session.start_phase)  # the next phase; the debate was left open
    assert receive(sockets[0], "closed")["mine"] == "undecided"
    qtbot.waitUntil(lambda: bool(c.state.round(number).phones_before), timeout=5000)
    assert panel.votes["before"].counts()["undecided"] == 1
    assert phones.asking is None


def test_asking_the_phones_again_replaces_their_answers(console, qtbot, stack):
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 3, stack)
    ask = panel.phone_buttons["before"]
    panel.votes["before"].boxes["undecided"].setValue(2)  # two raised hands, typed
    ask.click()
    for ws in sockets:
        answer(ws, "agree")
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    ask.click()  # closed
    qtbot.waitUntil(lambda: panel.votes["before"].counts()["agree"] == 3, timeout=5000)
    again = ask.text()
    ask.click()  # the phones answer again: one changed its mind
    for ws, choice in zip(sockets, ("agree", "agree", "disagree"), strict=True):
        answer(ws, choice)
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    ask.click()
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    qtbot.waitUntil(lambda: panel.votes["before"].counts()["disagree"] == 1, timeout=5000)
    assert panel.votes["before"].counts() == {"agree": 2, "disagree": 1, "undecided": 2}
    assert sorted(choice for _, choice in c.state.open_round.phones_before) == ["agree", "agree", "disagree"]
    assert again == "Redemander aux &téléphones (remplace leurs réponses\u00a0: 3)"  # it said so

    # Recorded, then asked once more: the vote taken gets the new answers, not them on top.
    panel.record_buttons["before"].click()
    ask.click()
    for ws in sockets:
        answer(ws, "undecided")
    qtbot.waitUntil(lambda: phones.answered == 3, timeout=5000)
    panel.record_buttons["before"].click()  # Record closes the phones' vote first
    qtbot.waitUntil(lambda: c.state.open_round.before.total.undecided == 5, timeout=5000)
    total = c.state.open_round.before.total
    assert (total.agree, total.disagree, total.undecided) == (0, 0, 5)
    c.act(c.session.reveal_votes, "before")
    assert not ask.isEnabled()  # shown to the room: that vote is over


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
