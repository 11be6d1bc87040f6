"""The app killed while the phones voted (a frozen laptop, a dead battery), started again.

A real child process runs the console on a session file, turns the phones on as the switch does and
asks the room's vote before; a phone (a WebSocket client on loopback) answers; the child is killed
with SIGKILL. Reopened on the recovered file, the console turns the phones on again at the same
address and port, leaves the stage to the debate and asks the same vote again, without a click: the
phone, which kept knocking, comes back with its token and sends its answer again, as the phone page
does (tests/phones/test_phone_page.py). Turned off, the phones are forgotten. A vote closed by a
countdown is closed by it still, when it would have been, or a little later when it ran out meanwhile.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, open_session
from bataille.ui.console import phones_resume
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.phones import Phones
from bataille.ui.settings import PhonesLeftOn, Settings
from bataille.workshop import SystemClock

from . import console_killed

# The app on a new session file, in the first debate, the phones on and asked; killed once ready.
CHILD = """
c.act(c.session.start_phase, "debates")
c.act(c.session.open_round)
console.phones_panel.fill_addresses()
console.phones_panel.switch.click()
console.phase.debate.phone_buttons["before"].click()
print("ready", console.phones.url, console.phones.asking.id, flush=True)
app.exec()
"""

# The same app in the debrief: once a phone is there, the facilitator asks the room's feedback.
DEBRIEF_CHILD = """
c.act(c.session.start_phase, "debrief")
console.phones_panel.fill_addresses()
console.phones_panel.switch.click()
print("ready", console.phones.url, flush=True)
from PySide6.QtCore import QTimer


def ask_when_a_phone_is_there():
    if console.phones.connected:
        console.phase.debrief.ask_feedback_button.click()
    else:
        QTimer.singleShot(20, ask_when_a_phone_is_there)


ask_when_a_phone_is_there()
app.exec()
"""


# The same app, its phones' votes closed by a countdown of 60 s.
COUNTDOWN_CHILD = CHILD.replace('console.phase.debate.phone_buttons["before"].click()',
                                'countdown = console.phones_panel.countdown\n'
                                'countdown.setCurrentIndex(countdown.findData(60))\n'
                                'console.phase.debate.phone_buttons["before"].click()')


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def receive(ws, kind):
    while True:
        m = json.loads(ws.recv(timeout=5))
        if m["type"] == kind:
            return m


def kept_when(wanted, timeout_s: float = 5.0) -> PhonesLeftOn | None:
    """What the app in the child wrote of its phones, once it is ``wanted`` (or after ``timeout_s``). The
    app writes that it asks before the phones hear the question (test_the_open_vote_is_kept_before_the_
    phones_hear_of_it); reading it back here says so for the killed app too."""
    end = time.monotonic() + timeout_s
    while True:
        settings = Settings()
        settings.sync()  # the child's file, read again
        left = settings.phones_left_on()
        if wanted(left) or time.monotonic() > end:
            return left
        time.sleep(0.02)


def answered_then_killed(child, choice: str) -> tuple[str, str, str]:
    """The child app ready, its phones asked: a phone (a WebSocket client) answers ``choice``, then
    the child is killed with SIGKILL (the answer was in the app's memory only) and the phone loses
    the laptop (its page knocks again); (the phones' address, the question's id, the phone's token)."""
    try:
        _ready, url, question_id = child.stdout.readline().split()
        with connect(url.replace("http", "ws") + "ws") as ws:
            ws.send(json.dumps({"type": "hello", "token": None}))
            token = receive(ws, "welcome")["token"]
            question = receive(ws, "question")
            assert question["id"] == int(question_id) and question["open"]
            ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": choice}))
            receive(ws, "ack")
            child.send_signal(signal.SIGKILL)
            with pytest.raises(ConnectionClosed):
                receive(ws, "anything")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    return url, question_id, token


def reopen(qtbot, path: Path, deck) -> ConsoleWindow:
    window = ConsoleWindow(SessionController(open_session(path, deck, SystemClock())))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_phones_come_back_on_and_their_open_vote_is_asked_again(qtbot, translations, deck, tmp_path,
                                                                   isolated_settings, monkeypatch):
    path = tmp_path / "atelier.bataille"
    child = console_killed.start(CHILD, path, isolated_settings)
    url, question_id, token = answered_then_killed(child, "disagree")

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    console = reopen(qtbot, path, deck)
    try:
        phones = console.phones
        qtbot.waitUntil(lambda: phones.on and phones.asking is not None, timeout=5000)
        assert phones.url == url  # the address and port the phones knock at
        assert not phones.join_shown  # the stage stays on the debate
        assert phones.asking.id == int(question_id) and console.phase.debate.phone_buttons["before"].isVisible()
        assert console.recovery_banner.detail.text().endswith(
            "Les téléphones sont de nouveau activés à la même adresse, et leur vote est redemandé\u00a0: ils se "
            "reconnectent d’eux-mêmes, et chaque téléphone qui avait répondu renvoie sa réponse.")

        with connect(url.replace("http", "ws") + "ws") as again:  # the phone's page, knocking, gets in
            again.send(json.dumps({"type": "hello", "token": token}))
            receive(again, "welcome")
            asked = receive(again, "question")
            assert asked["id"] == int(question_id) and asked["open"] and asked["mine"] is None
            again.send(json.dumps({"type": "vote", "question": asked["id"], "choice": "disagree"}))
            receive(again, "ack")
            qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
        left = Settings().phones_left_on()
        assert left is not None and left[1:5] == ("127.0.0.1", phones.server.port, int(question_id), False)
        console.phase.debate.record("before")  # the vote closed and recorded: nothing under way
        qtbot.waitUntil(lambda: console.controller.state.open_round.before is not None, timeout=5000)
        assert console.close()  # closed properly: the phones go off, and nothing is brought back next time
        assert not phones.on and Settings().phones_left_on() is None
    finally:
        console.phones.turn_off()
        close_session(console.controller.session)


def test_phones_left_on_come_back_only_after_an_abrupt_stop_of_that_session_lately(qtbot, translations, deck,
                                                                                  tmp_path, monkeypatch):
    """A session closed properly, another session, or a stop four hours ago: the phones stay off."""
    from bataille.storage import new_session

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, SystemClock(), "fr")
    seed = f"{os.path.realpath(path)}|{session.state.created_at!r}"
    close_session(session)
    for left_seed, at in ((seed, time.time()), (seed + "x", time.time()), (seed, time.time() - 4 * 3600)):
        Settings().set_phones_left_on(PhonesLeftOn(left_seed, "127.0.0.1", 8765, None, False, at))
        console = reopen(qtbot, path, deck)
        try:
            qtbot.wait(50)
            assert not console.phones.on
        finally:
            close_session(console.controller.session)


def test_phones_on_for_hours_without_a_change_come_back_when_the_workshop_went_on(qtbot, translations, deck,
                                                                                 tmp_path, monkeypatch):
    """The three hours count from the session's last action too: phones turned on four hours before
    the stop, the workshop going on since, come back. A record too old when the session reopens is
    forgotten at once, so that it does not come back after a later stop, the phones off meanwhile."""
    import socket

    from bataille.storage import new_session
    from bataille.workshop import ManualClock

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    with socket.socket() as probe:  # a port free now, as the one the phones knocked at
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    for went_on, back in ((True, True), (False, False)):
        path = tmp_path / f"atelier-{went_on}.bataille"
        session = new_session(path, deck, ManualClock(time.time() - 4 * 3600), "fr")  # its actions: 4 h ago
        session.add_team("Les Hiboux")
        seed = f"{os.path.realpath(path)}|{session.state.created_at!r}"
        close_session(session)
        Settings().set_phones_left_on(PhonesLeftOn(seed, "127.0.0.1", port, None, False, time.time() - 4 * 3600))
        if went_on:
            session = open_session(path, deck, SystemClock())
            session.add_team("Les Loutres")  # an action a minute ago, the phones still on
            close_session(session)
        session = open_session(path, deck, SystemClock())
        session.store.stopped_abruptly = True  # as the file says once the app was killed
        console = ConsoleWindow(SessionController(session))
        qtbot.addWidget(console)
        qtbot.addWidget(console.stage)
        try:
            if back:
                qtbot.waitUntil(lambda c=console: c.phones.on, timeout=5000)
            else:
                qtbot.wait(50)
                assert not console.phones.on and Settings().phones_left_on() is None
        finally:
            console.phones.turn_off()
            close_session(console.controller.session)


def test_the_debriefs_feedback_is_asked_again_and_each_phone_sends_its_own_again(qtbot, translations, deck, tmp_path,
                                                                                 isolated_settings, monkeypatch):
    """The phones' feedback waits in memory until it is kept: killed before, the app asks again once
    reopened, and the feedback comes back from the phones."""
    path = tmp_path / "atelier.bataille"
    child = console_killed.start(DEBRIEF_CHILD, path, isolated_settings)
    answer = {"type": "feedback", "rating": 5, "theme": "environment", "text": "Garder mon téléphone plus longtemps"}
    try:
        url = child.stdout.readline().split()[1]
        with connect(url.replace("http", "ws") + "ws") as ws:
            ws.send(json.dumps({"type": "hello", "token": None}))
            token = receive(ws, "welcome")["token"]
            assert receive(ws, "feedback_ask")["sent"] is False
            ws.send(json.dumps(answer))
            receive(ws, "feedback_thanks")
            kept_when(lambda left: left is not None and left.feedback)
            child.send_signal(signal.SIGKILL)  # before anybody kept the feedback
            with pytest.raises(ConnectionClosed):
                receive(ws, "anything")
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    console = reopen(qtbot, path, deck)
    try:
        phones = console.phones
        qtbot.waitUntil(lambda: phones.on and phones.asking_feedback, timeout=5000)
        assert phones.url == url and not phones.join_shown
        # Its last action checkpointed the file (a phase started): no -wal to replay, but the lock file
        # the killed app left says it stopped abruptly.
        assert console.recovery_banner.label.text() == (
            "Séance rouverte après un arrêt brutal\u00a0; chaque action était dans son fichier.")  # as the font has it
        said = console.recovery_banner.detail.text()  # the feedback asked again, not a vote
        assert "leur avis est redemandé" in said and "vote" not in said, said
        with connect(url.replace("http", "ws") + "ws") as again:
            again.send(json.dumps({"type": "hello", "token": token}))
            assert receive(again, "feedback_ask")["sent"] is False  # the app lost it: the page sends it again
            again.send(json.dumps(answer))
            receive(again, "feedback_thanks")
            qtbot.waitUntil(lambda: token in console.phase.debrief.feedback, timeout=5000)
        assert console.phase.debrief.feedback[token] == (5, "environment", "Garder mon téléphone plus longtemps")
        assert Settings().phones_left_on().feedback
        console.close()  # closed properly: the feedback nobody kept is kept, the phones forgotten
        assert console.controller.state.debrief.phone_feedback == (
            (token, 5, "environment", "Garder mon téléphone plus longtemps"),)
        assert Settings().phones_left_on() is None
    finally:
        console.phones.turn_off()
        close_session(console.controller.session)


@pytest.mark.parametrize("stopped_s", [0, 120])
def test_the_votes_countdown_goes_on_and_one_that_ran_out_gives_the_phones_time(stopped_s, qtbot, translations,
                                                                                deck, tmp_path, isolated_settings,
                                                                                monkeypatch):
    """A vote that a 60 s countdown closes. Reopened, the countdown closes it when it would have
    (``stopped_s`` 0), or, when it ran out while the app was stopped (``stopped_s`` 120), after GRACE_S:
    closed at once, it would have closed before the phones could send their answers again."""
    path = tmp_path / "atelier.bataille"
    started = time.time()
    child = console_killed.start(COUNTDOWN_CHILD, path, isolated_settings)
    url, question_id, token = answered_then_killed(child, "agree")
    left = Settings().phones_left_on()
    assert left.countdown == 60 and started + 60 < left.closes_at < time.time() + 60
    # Not a minute to wait: its end brought nearer, or past (the app stayed stopped meanwhile).
    closes_at = time.time() + 6 - stopped_s
    Settings().set_phones_left_on(left._replace(closes_at=closes_at))
    monkeypatch.setattr(phones_resume, "GRACE_S", 3)

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    console = reopen(qtbot, path, deck)
    try:
        phones, banner = console.phones, console.recovery_banner
        qtbot.waitUntil(lambda: phones.on and phones.asking is not None and banner.closes_at > 0, timeout=5000)
        ends = console.phase.debate.countdown_ends[1]
        assert ends == pytest.approx(banner.closes_at, abs=0.05)
        if stopped_s:
            assert ends - time.time() == pytest.approx(3, abs=0.5)
            words = ("Son compte à rebours a expiré pendant l’arrêt\u00a0: le vote se clôt de lui-même à %s, le "
                     "temps que les téléphones renvoient leurs réponses.")
        else:
            assert ends == pytest.approx(closes_at, abs=0.05)  # when it would have closed
            words = "Son compte à rebours continue\u00a0: le vote se clôt de lui-même à %s."
        assert banner.detail.text().endswith(words % time.strftime("%H:%M:%S", time.localtime(ends)))
        assert console.phones_panel.countdown_seconds() == 60  # the next votes' too

        with connect(url.replace("http", "ws") + "ws") as again:  # the phone comes back with its answer
            again.send(json.dumps({"type": "hello", "token": token}))
            receive(again, "welcome")
            asked = receive(again, "question")
            assert asked["id"] == int(question_id) and asked["open"]
            again.send(json.dumps({"type": "vote", "question": asked["id"], "choice": "agree"}))
            receive(again, "ack")
            qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
            qtbot.waitUntil(lambda: phones.asking is None, timeout=10000)  # closed by its countdown
        assert time.time() >= ends - 0.1
        assert dict(console.controller.state.open_round.phone_votes("before")) == {token: "agree"}
    finally:
        console.phones.turn_off()
        close_session(console.controller.session)


def test_the_open_vote_is_kept_before_the_phones_hear_of_it(qtbot):
    """A phone may answer the moment the server asks (from its own thread): the app has written that
    the vote is open before it asks, so a kill right after a phone's answer still brings the vote back."""
    from bataille.phones import Question

    phones = Phones()
    phones.session_seed = lambda: "a session"
    kept = phones_resume.PhonesKept(phones, Settings())
    phones.turn_on("127.0.0.1", 0)
    try:
        server, heard = phones.server, []
        ask, ask_feedback = server.ask, server.ask_feedback
        server.ask = lambda *a: (heard.append(Settings().phones_left_on()), ask(*a))
        server.ask_feedback = lambda *a: (heard.append(Settings().phones_left_on()), ask_feedback(*a))
        phones.ask(Question(3, "Sobriété", "Il faut limiter l’usage de l’IA générative à l’école."))
        phones.ask_feedback((("t1", "Impact environnemental"),))
        assert [(left.question, left.feedback) for left in heard] == [(3, False), (None, True)]
    finally:
        phones.turn_off()
        del kept
