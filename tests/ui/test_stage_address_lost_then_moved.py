"""Moved to the laptop's new address, every phone comes back as a new one: a browser keeps its token
per address. A phone that had answered the open vote answered again and counted twice, its first
answer left under a token that never comes back. Now the answers given at the old address are set
aside (the console says so), the phones answer again, each counts once, and "X answers from Y phones"
stays true; answers recorded in the session before are never touched. Real widgets, a real session
file, a real server on loopback (127.0.0.1, then 127.0.0.2), real WebSocket clients as phones."""

from __future__ import annotations

import pytest

from bataille.ui.console import phones_moving
from bataille.ui.stage.vote_phones import answers_of_phones
from bataille.workshop.state import CHOICES

from .test_phones_console_votes import answer, join, receive
from .test_phones_new_address import here


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(phones_moving, "CHECK_MS", 100)


def lose_and_move(console, qtbot, found):
    found[:] = ["127.0.0.2"]  # a new lease: 127.0.0.1 is gone
    qtbot.waitUntil(lambda: console.phones_panel.move.lost == "127.0.0.1", timeout=3000)
    console.phones_panel.move.button.click()
    assert console.phones.url.startswith("http://127.0.0.2:")


def counted(console, stage="before"):
    return sum(console.phase.debate.whole_counts(stage)[c] for c in CHOICES)  # the phones' part and the hands


def test_a_phone_that_answered_before_the_move_counts_once(file_console, qtbot, monkeypatch, stack):  # noqa: F811
    console, found = file_console, ["127.0.0.1"]
    here(monkeypatch, found)
    c, phones, debate = console.controller, console.phones, console.phase.debate
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    console.phones_panel.switch.click()
    first, second = join(console, 2, stack)
    debate.phone_buttons["before"].click()
    answer(first, "agree")
    answer(second, "agree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)

    lose_and_move(console, qtbot, found)
    said = console.status_line.text()
    assert said.endswith("Vote en cours\u00a0: les téléphones répondent de nouveau à la nouvelle adresse (les "
                         "2 réponses données à l’ancienne sont mises de côté, pour qu’aucune ne compte "
                         "deux fois)."), said
    assert phones.answered == 0  # at once: the console's lines say it before the server does
    qtbot.wait(300)  # the old server's last counts, queued as it stopped, do not bring "2" back
    assert phones.answered == 0 and phones.connected == 0
    assert answers_of_phones(0, 0) in console.stage.build().texts("vote-before-phones")

    [again] = join(console, 1, stack)  # the first phone scans the new code: a new browser origin, a new token
    asked = answer(again, "agree")
    assert asked["mine"] is None  # nothing of its own there: it answers again
    qtbot.waitUntil(lambda: (phones.connected, phones.answered) == (1, 1), timeout=5000)
    assert answers_of_phones(1, 1) in console.stage.build().texts("vote-before-phones")
    assert debate.phone_buttons["before"].text() == "Clore le vote des téléphones (réponses\u00a0: 1)"

    debate.phone_buttons["before"].click()
    assert receive(again, "closed")["mine"] == "agree"
    qtbot.waitUntil(lambda: len(c.state.open_round.phones_before) == 1, timeout=5000)
    assert counted(console) == 1  # one phone, one answer: not three


def _asked_again_then_moved(console, qtbot, monkeypatch, stack):
    """Closed once, its two answers recorded, the vote is asked again; a phone changes its answer at
    the old address; then the phones move. Returns the answers recorded."""
    found = ["127.0.0.1"]
    here(monkeypatch, found)
    c, phones, debate = console.controller, console.phones, console.phase.debate
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    console.phones_panel.switch.click()
    first, second = join(console, 2, stack)
    button = debate.phone_buttons["before"]
    button.click()
    answer(first, "agree")
    answer(second, "disagree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    button.click()
    qtbot.waitUntil(lambda: len(c.state.open_round.phones_before) == 2, timeout=5000)
    recorded = c.state.open_round.phones_before
    button.click()  # reopened: each phone sees its answer and may change it
    answer(first, "undecided")  # changed at the old address, then the address goes
    qtbot.waitUntil(lambda: phones.server.room.votes() != dict(recorded), timeout=5000)
    lose_and_move(console, qtbot, found)
    return recorded


def test_a_vote_asked_again_then_moved_counts_each_phone_once(file_console, qtbot, monkeypatch,  # noqa: F811
                                                              stack):
    """The answers it was asked again with were kept under the phones' old tokens through the move:
    both phones, back as new ones, answered again, and the vote counted 4 answers from 2 phones.
    Every answer of the old address is now set aside; the phones' new answers replace the recorded."""
    console = file_console
    c, phones, debate = console.controller, console.phones, console.phase.debate
    _asked_again_then_moved(console, qtbot, monkeypatch, stack)
    assert "les 2 réponses données à l’ancienne sont mises de côté" in console.status_line.text()
    qtbot.wait(300)
    assert phones.answered == 0
    back_first, back_second = join(console, 2, stack)  # both scan the new code: new tokens
    answer(back_first, "undecided")
    answer(back_second, "disagree")
    qtbot.waitUntil(lambda: phones.answered == 2, timeout=5000)
    debate.phone_buttons["before"].click()
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    qtbot.waitUntil(lambda: sorted(v for _t, v in c.state.open_round.phones_before) == ["disagree", "undecided"],
                    timeout=5000)
    assert counted(console) == 2  # two phones, two answers: not four


def test_a_vote_asked_again_then_moved_and_closed_unanswered_keeps_the_recorded_answers(
        file_console, qtbot, monkeypatch, stack):  # noqa: F811
    """No phone answers again at the new address: the answers recorded stay the vote's."""
    console = file_console
    c, phones, debate = console.controller, console.phones, console.phase.debate
    recorded = _asked_again_then_moved(console, qtbot, monkeypatch, stack)
    debate.phone_buttons["before"].click()
    qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    assert c.state.open_round.phones_before == recorded  # never touched
    assert counted(console) == 2
