"""Raised hands typed on top of an open phone vote, then the app killed, started again.

The room's hands without a phone are typed into the vote's boxes while the phones vote; they are
added to the phones' answers when the vote is recorded. A workshop lost them: killed (SIGKILL) with
fifteen phones answered and 1 / 0 / 2 hands typed for the vote after, it came back with the phones'
answers and empty boxes, and the recovery banner did not say a word about the hands.

A real child process runs the console on a real session file, the phones on loopback; a phone (a
WebSocket client) answers; the child is killed. Reopened, the hands are back in their boxes, the
banner says so, and the phone's answer, sent again, is added to them when the vote closes.
"""

from __future__ import annotations

import json
from contextlib import ExitStack

import pytest
from websockets.sync.client import connect

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session
from bataille.ui.phones import Phones
from bataille.ui.settings import Settings

from . import console_killed
from .test_phones_back_after_a_crash import answered_then_killed, receive, reopen
from .test_phones_console_votes import answer, join

# The first debate open, its vote before recorded; the phones asked the vote after; 1 / 0 / 2 hands typed.
CHILD = """
c.act(c.session.start_phase, "debates")
c.advance()  # the debate opens
app.processEvents()
debate = console.phase.debate
debate.votes["before"].set_counts(5, 3, 1)
debate.record("before")
console.phones_panel.fill_addresses()
console.phones_panel.switch.click()
debate.phone_buttons["after"].click()
app.processEvents()
debate.votes["after"].set_counts(1, 0, 2)  # the room's hands without a phone
app.processEvents()
print("ready", console.phones.url, console.phones.asking.id, flush=True)
app.exec()
"""


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def test_hands_typed_on_an_open_phone_vote_come_back_after_a_kill(qtbot, translations, deck, tmp_path,
                                                                  isolated_settings, monkeypatch):
    path = tmp_path / "atelier.bataille"
    child = console_killed.start(CHILD, path, isolated_settings)
    url, question_id, token = answered_then_killed(child, "agree")
    settings = Settings()
    settings.sync()
    left = settings.counts_left()
    assert left is not None and left.counts == (("after", (1, 0, 2)),) and left.on_phones == ("after",)

    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    console = reopen(qtbot, path, deck)
    try:
        phones, debate = console.phones, console.phase.debate
        qtbot.waitUntil(lambda: phones.on and phones.asking is not None, timeout=5000)
        assert debate.votes["after"].counts() == {"agree": 1, "disagree": 0, "undecided": 2}
        assert console.controller.state.open_round.after is None
        qtbot.waitUntil(lambda: "leurs cases" in console.recovery_banner.detail.text(), timeout=5000)
        assert ("Les mains levées saisies en plus du vote des téléphones après le débat, non enregistrées, sont "
                "de nouveau dans leurs cases\u00a0: 1\u00a0d’accord, 0\u00a0pas d’accord, 2\u00a0indécis.") \
            in console.recovery_banner.detail.text()

        with connect(url.replace("http", "ws") + "ws") as again:  # the phone, knocking, sends its answer again
            again.send(json.dumps({"type": "hello", "token": token}))
            receive(again, "welcome")
            asked = receive(again, "question")
            again.send(json.dumps({"type": "vote", "question": asked["id"], "choice": "agree"}))
            receive(again, "ack")
            qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
        debate.record("after")  # the phones' vote closes first: its answer goes on top of the hands
        qtbot.waitUntil(lambda: console.controller.state.open_round.after is not None, timeout=5000)
        total = console.controller.state.open_round.after.total
        assert (total.agree, total.disagree, total.undecided) == (2, 0, 2)
        assert Settings().counts_left() is None  # recorded: nothing left to bring back
        console.close()
    finally:
        console.phones.turn_off()
        close_session(console.controller.session)


def test_hands_on_a_reopened_phone_vote_are_kept_apart_from_its_earlier_answers(qtbot, translations,
                                                                               bundled_deck, tmp_path):
    """A vote asked again opens from the answers already in the file (shown beside the boxes): only
    the hands typed in its boxes are kept, never those answers twice."""
    from .conftest import open_console

    console = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    phones = console.phones
    try:
        c, debate = console.controller, console.phase.debate
        c.act(c.session.start_phase, "debates")
        c.act(c.session.open_round)
        phones.turn_on("127.0.0.1", 0)
        with ExitStack() as stack:
            (ws,) = join(console, 1, stack)
            debate.phone_buttons["before"].click()
            answer(ws, "disagree")
            qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
            debate.phone_buttons["before"].click()  # closed: its answer in the file, beside the boxes
            qtbot.waitUntil(lambda: bool(c.state.open_round.phone_votes("before")), timeout=5000)
            assert debate.votes["before"].counts() == {"agree": 0, "disagree": 0, "undecided": 0}
            assert debate.whole_counts("before") == {"agree": 0, "disagree": 1, "undecided": 0}
            assert debate.typed_counts() == {}  # the boxes hold the hands: none typed
            debate.phone_buttons["before"].click()  # asked again
            qtbot.waitUntil(lambda: phones.asking is not None, timeout=5000)
            assert debate.typed_counts() == {}
            debate.votes["before"].set_counts(2, 0, 0)  # two hands
            assert debate.typed_counts() == {"before": (2, 0, 0)}
            left = Settings().counts_left()
            assert left.counts == (("before", (2, 0, 0)),) and left.on_phones == ("before",)
    finally:
        phones.turn_off()
        console.controller.close()
