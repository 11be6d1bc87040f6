"""A phone vote closed by a countdown shows the time it leaves: on the stage just above the count
of answers (in the vote's heading row), large enough for the back of the room, on the console's button that closes it, and on the
phones (the question says how many seconds are left). The stage said only « 28 réponses sur 30
téléphones », and the room could not know when the vote would close. Nothing ticks while no
countdown runs. Real widgets, a real server on loopback, real WebSocket clients as phones."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from websockets.sync.client import connect

from bataille.phones.room import Question
from bataille.ui.stage.vote_phones import time_left

from .conftest import open_console
from .test_stage_phones_count import deck, stage_and_phones  # noqa: F401 - the fixtures
from .test_stage_scores import assert_legible_and_apart


def receive(ws, kind):
    while True:
        m = json.loads(ws.recv(timeout=5))
        if m["type"] == kind:
            return m


def test_the_words_of_the_time_left(translations):
    assert time_left(30) == "Clôture dans 0:30"
    assert time_left(75) == "Clôture dans 1:15"
    assert time_left(0) == "Clôture dans 0:00"


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_stage_says_the_time_left_above_the_count_for_the_back_of_the_room(qtbot, stage_and_phones,  # noqa: F811
                                                                              size, tmp_path):
    stage, phones = stage_and_phones
    stage.resize(*size)
    phones.ask(Question(1, "", "", "before"), None, 30)  # as the console asks with a 30 s countdown
    phones.countChanged.emit(30, 28)
    qtbot.waitUntil(lambda: stage.build().texts("vote-before-phones-left") == ["Clôture dans 0:30"], timeout=2000)
    scene = stage.scene
    folder = Path(os.environ.get("BATAILLE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    stage.grab().save(str(folder / f"stage-phones-countdown-{size[0]}x{size[1]}.png"))
    count, left, heading = (next(i for i in scene.text_items() if i.role == role)
                            for role in ("vote-before-phones", "vote-before-phones-left", "vote-heading"))
    assert left.px >= 40 * scene.u - 0.5 and left.px > heading.px  # larger than the vote's heading
    assert heading.used.top() <= left.used.top() and left.used.bottom() <= count.used.top()  # just above the count
    assert_legible_and_apart(scene, size)
    qtbot.waitUntil(lambda: stage.build().texts("vote-before-phones-left") == ["Clôture dans 0:29"], timeout=2000)
    phones.done_with_vote()  # closed: nothing counts down
    phones.asking = Question(1, "", "", "before")  # (even a vote shown open by hand says no time)
    assert stage.build().texts("vote-before-phones-left") == [] and not phones._countdown.isActive()


def test_the_console_and_the_phones_count_down_and_nothing_ticks_without_a_countdown(qtbot, translations,
                                                                                   bundled_deck, stack):
    console = open_console(qtbot, bundled_deck)
    try:
        c = console.controller
        c.act(c.session.start_phase, "debates")
        c.act(c.session.open_round)
        phones, panel = console.phones, console.phase.debate
        phones.turn_on("127.0.0.1", 0)
        ws = stack.enter_context(connect(phones.url.replace("http", "ws") + "ws"))
        ws.send(json.dumps({"type": "hello", "token": None}))
        receive(ws, "welcome")
        ticks = []
        phones.countdownChanged.connect(lambda: ticks.append(phones.seconds_left))

        console.phones_panel.choose_countdown(30)
        button = panel.phone_buttons["before"]
        button.click()
        question = receive(ws, "question")
        assert 29 <= question["closes_in"] <= 30  # the phone counts it down from there
        assert button.text() == "Clore le vote des téléphones (réponses\u00a0: 0 · clôture dans 0:30)"
        qtbot.waitUntil(lambda: "0:29" in button.text(), timeout=2000)
        ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": "agree"}))
        qtbot.waitUntil(lambda: button.text().startswith("Clore le vote des téléphones (réponses\u00a0: 1 · "),
                        timeout=5000)
        assert phones._countdown.isActive() and ticks[:2] == [30, 29]
        button.click()  # closed before its countdown ran out
        qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
        assert "clôture" not in button.text() and phones.seconds_left is None and not phones._countdown.isActive()
        assert ticks[-1] is None

        ticks.clear()
        console.phones_panel.choose_countdown(0)  # « Votes closed by hand »
        button.click()  # reopened: no countdown
        question = receive(ws, "question")
        while not question["open"]:
            question = receive(ws, "question")
        assert "closes_in" not in question
        assert button.text() == "Clore le vote des téléphones (réponses\u00a0: 1)"
        assert phones.seconds_left is None and not phones._countdown.isActive()
        qtbot.wait(1200)
        assert ticks == []  # nothing woke for a countdown
        button.click()
        qtbot.waitUntil(lambda: phones.asking is None, timeout=5000)
    finally:
        console.phones.turn_off()
