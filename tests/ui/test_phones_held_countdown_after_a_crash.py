"""The app killed during a pause that holds the phones' vote countdown, started again.

A vote of 30 s asked to the phones, then a fire drill: the facilitator pauses, the countdown holds
(test_phones_countdown_pauses.py), the room is out for 12 minutes, and the laptop dies. What the app kept
of the vote's end was when it would have closed without the pause: reopened, it said the countdown ran
out and closed the vote after the grace period, though a few seconds of it had run. Now what is kept is
the seconds it holds (and, once the pause is over, its end moved by the pause): reopened, the vote is
open again with the seconds it had left, held while the session's timer is paused, and each phone sends
its answer again. Real console in a child process killed with SIGKILL, a real session file, a real
server on loopback, a real WebSocket client as the phone.
"""

from __future__ import annotations

import json
import signal
import time

import pytest
from websockets.sync.client import connect

from bataille.storage import close_session
from bataille.ui.console import phones_resume
from bataille.ui.phones import Phones
from bataille.ui.settings import Settings

from . import console_killed
from .test_phones_back_after_a_crash import CHILD, answered_then_killed, receive, reopen

ASK_30_S = ('countdown = console.phones_panel.countdown\n'
            'countdown.setCurrentIndex(countdown.findData(30))\n'
            'asked_at = time.time()\n'
            'console.phase.debate.phone_buttons["before"].click()')
# The vote asked with a countdown of 30 s, then the session's timer paused: killed once ready.
PAUSED_CHILD = "import time\n" + CHILD.replace('console.phase.debate.phone_buttons["before"].click()',
                                               ASK_30_S + '\nc.act(c.session.pause_timer)')
# The same, the timer paused for 2 s and resumed before the app is killed.
RESUMED_CHILD = "import time\n" + CHILD.replace(
    'console.phase.debate.phone_buttons["before"].click()\nprint("ready", console.phones.url,',
    ASK_30_S + '\nc.act(c.session.pause_timer)\n'
    'end = time.monotonic() + 2\n'
    'while time.monotonic() < end:\n'
    '    app.processEvents()\n'
    '    time.sleep(0.01)\n'
    'c.act(c.session.resume_timer)\n'
    'app.processEvents()\n'
    'print("ready", asked_at, console.phones.url,')
PAUSE_S = 12 * 60  # the fire drill


def test_a_vote_held_by_a_long_pause_comes_back_with_the_seconds_it_had_left(qtbot, translations, bundled_deck, tmp_path,
                                                                            isolated_settings, monkeypatch):
    path = tmp_path / "atelier.bataille"
    child = console_killed.start(PAUSED_CHILD, path, isolated_settings)
    url, question_id, token = answered_then_killed(child, "agree")
    # The room out for 12 minutes: the times of day the app wrote are that much in the past.
    left = Settings().phones_left_on()
    assert left is not None and left.question == int(question_id) and left.countdown == 30
    Settings().set_phones_left_on(left._replace(
        at=left.at - PAUSE_S, closes_at=left.closes_at - PAUSE_S if left.closes_at > 0 else left.closes_at))
    monkeypatch.setattr(phones_resume, "GRACE_S", 3)  # a countdown said to have run out gets 3 s, not 30

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    console = reopen(qtbot, path, bundled_deck)
    try:
        c, phones, banner = console.controller, console.phones, console.recovery_banner
        qtbot.waitUntil(lambda: phones.on and phones.asking is not None, timeout=5000)
        assert c.state.agenda.current.status == "paused"  # the session's timer comes back paused
        assert phones.asking.id == int(question_id) and phones.open_vote == int(question_id)
        assert phones.countdown_held and phones.seconds_left in (29, 30)  # what it had left, held
        assert not banner.ran_out and banner.closes_at == 0  # nothing said to have run out, nor to close
        assert Settings().phones_left_on().closes_at < 0  # kept held again

        with connect(url.replace("http", "ws") + "ws") as again:  # the phone comes back with its answer
            again.send(json.dumps({"type": "hello", "token": token}))
            receive(again, "welcome")
            asked = receive(again, "question")
            assert asked["id"] == int(question_id) and asked["open"] and "closes_in" not in asked
            again.send(json.dumps({"type": "vote", "question": asked["id"], "choice": "agree"}))
            receive(again, "ack")
            qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
            qtbot.wait(3500)  # longer than the grace period: still open, still held
            assert phones.open_vote == int(question_id) and phones.seconds_left in (29, 30)

            c.act(c.session.resume_timer)  # the room is back: it goes on from its seconds left
            going_on = receive(again, "question")
            while "closes_in" not in going_on:
                going_on = receive(again, "question")
            assert 28 <= going_on["closes_in"] <= 30 and going_on["mine"] == "agree"
            assert not phones.countdown_held and phones.seconds_left in (29, 30)
            kept = Settings().phones_left_on().closes_at
            assert kept == pytest.approx(time.time() + phones.clock.left(), abs=0.5)  # its end, of day

            console.phase.debate.ask_or_close_phones("before")  # closed by hand: the answer is there
            qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
        assert dict(c.state.open_round.phone_votes("before")) == {token: "agree"}
    finally:
        console.phones.turn_off()
        close_session(console.controller.session)


def test_a_vote_whose_pause_was_over_keeps_its_end_moved_by_the_pause(tmp_path, isolated_settings):
    """Paused 2 s, then resumed: the end kept is the countdown's end moved by those 2 s, as the phones count."""
    path = tmp_path / "atelier.bataille"
    child = console_killed.start(RESUMED_CHILD, path, isolated_settings)
    try:
        _ready, asked_at, *_ = child.stdout.readline().split()
        settings = Settings()
        settings.sync()  # the child's file, read again
        left = settings.phones_left_on()
        assert left is not None and left.countdown == 30
        assert float(asked_at) + 30 + 1.8 <= left.closes_at <= time.time() + 30
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
