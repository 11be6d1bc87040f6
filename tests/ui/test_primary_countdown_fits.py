"""While the phones vote with a countdown, the console's primary button says the time it leaves
where a facilitator reads it: on the button, not cut. At 1366x768 its two lines read « Clore le vote
des téléphones et le dévoiler (réponses : 28 · clôture da… », the countdown cut off the end (said
in full only in the line under it); then it broke between « réponses : » and the number. Real
widgets, a real server on loopback, a real phone."""

from __future__ import annotations

import json

import pytest
from websockets.sync.client import connect

from .conftest import open_console


def receive(ws, kind):
    while True:
        m = json.loads(ws.recv(timeout=5))
        if m["type"] == kind:
            return m


@pytest.mark.parametrize(("language", "left", "waiting"), [
    ("fr", "clôture dans 0:30", "connectés"),
    ("en", "closes in 0:30", "connected"),
])
def test_the_primary_button_shows_the_countdown_whole_on_a_laptop(qtbot, translations, bundled_deck, stack,
                                                                 language, left, waiting):
    translations.set_language(language)
    console = open_console(qtbot, bundled_deck, names=("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors"))
    try:
        console.resize(1366, 768)
        c = console.controller
        c.act(c.session.start_phase, "debates")
        c.act(c.session.open_round)
        phones = console.phones
        phones.turn_on("127.0.0.1", 0)
        ws = stack.enter_context(connect(phones.url.replace("http", "ws") + "ws"))
        ws.send(json.dumps({"type": "hello", "token": None}))
        receive(ws, "welcome")
        console.phones_panel.choose_countdown(30)
        console.phase.debate.phone_buttons["before"].click()
        question = receive(ws, "question")
        button = console.next_panel.button

        def shown() -> str:
            return button.text().replace("\n", " ")

        # Asked, no answer yet: it waits, and says so with the time left.
        qtbot.waitUntil(lambda: waiting in shown(), timeout=3000)
        assert left in shown() and "…" not in shown(), shown()
        ws.send(json.dumps({"type": "vote", "question": question["id"], "choice": "agree"}))
        qtbot.waitUntil(lambda: button.isEnabled(), timeout=5000)
        phones.countChanged.emit(30, 28)  # a full room's count, as the server sends it
        qtbot.waitUntil(lambda: "28" in shown(), timeout=3000)
        assert shown().endswith(left + ")") and "…" not in shown(), shown()
        # Two lines, broken before the bracket: never between « réponses : » and its number.
        lines = button.text().split("\n")
        assert len(lines) == 2 and lines[1].startswith("(") and "28" in lines[1], lines
        assert button.toolTip() == shown()  # the whole step, nothing more, nothing less
    finally:
        console.phones.turn_off()
