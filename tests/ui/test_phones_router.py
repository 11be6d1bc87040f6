"""A room behind one router: every phone reaches the laptop from one address. Three voted, the others
were turned away and the console said nothing (« Téléphones activés : 3 connectés »). Now the Phones
box says it as soon as it happens, in the interface's language, under the switch, with one button
that lets that address in for the rest of the session (through Phones off and on); the pages turned
away then come in. Real widgets, a real server on loopback (127.0.0.1), real WebSocket clients from
addresses of their own (127.0.0.2 is the router)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from bataille.phones.limits import PHONE_CODE

from .test_phones_panel import whole

ROUTER = "127.0.0.2"


def knock(phones, stack, token: str | None = None, source: str = ROUTER) -> dict:
    """A page says hello from ``source``: the welcome (its socket kept open), or the refusal."""
    ws = stack.enter_context(connect(phones.url.replace("http", "ws") + "ws", source_address=(source, 0)))
    ws.send(json.dumps({"type": "hello", "token": token}))
    said = {}
    try:
        while "welcome" not in said:
            m = json.loads(ws.recv(timeout=5))
            said[m["type"]] = m
    except ConnectionClosed:
        said["code"] = ws.close_code
    return said


def test_the_console_says_phones_were_turned_away_at_one_address_and_lets_them_in(console, qtbot, translations,
                                                                               stack, tmp_path):
    panel, phones = console.phones_panel, console.phones
    notice = panel.refused
    phones.turn_on("127.0.0.1", 0)
    assert not notice.isVisible()
    room = [knock(phones, stack) for _ in range(5)]
    assert [("welcome" in m) for m in room] == [True, True, True, False, False]
    assert room[4]["code"] == PHONE_CODE
    qtbot.waitUntil(lambda: notice.isVisible() and "2 " in notice.text.text(), timeout=5000)
    assert notice.text.text() == ("2 pages de vote refusées à l’adresse 127.0.0.2, qui en a déjà 3\u00a0: des téléphones "
                                  "derrière un même routeur, ou un élève qui a ouvert plusieurs pages.")
    assert notice.button.isVisible() and notice.button.text().replace("&", "") == "Les laisser entrer"
    assert "plusieurs fois" in notice.button.toolTip()
    assert notice.text.warning
    qtbot.waitUntil(lambda: whole(notice.text), timeout=2000)
    qtbot.wait(300)  # the box laid out again around its new line
    console.grab().save(str(Path(os.environ.get("BATAILLE_SHOTS", tmp_path)) / "console-phones-turned-away-fr.png"))
    translations.set_language("en")
    qtbot.waitUntil(lambda: notice.text.text().startswith("2 voting"), timeout=2000)
    assert notice.text.text() == ("2 voting pages turned away at 127.0.0.2, which already has 3: phones behind one "
                                  "router, or one pupil’s extra pages.")
    assert notice.button.text().replace("&", "") == "Let them in"
    for m in room[3:]:  # knocking again with the token they were given: counted once each
        assert knock(phones, stack, m["refused"]["token"])["code"] == PHONE_CODE
    qtbot.wait(100)
    assert notice.text.text().startswith("2 voting pages turned away")

    notice.button.click()  # « Les laisser entrer »
    assert not notice.button.isVisible()
    assert notice.text.text().startswith("Phones coming through 127.0.0.2 are now let in")
    back = [knock(phones, stack, m["refused"]["token"]) for m in room[3:]]
    assert [m["welcome"]["token"] for m in back] == [m["refused"]["token"] for m in room[3:]]
    qtbot.waitUntil(lambda: phones.connected == 5, timeout=5000)
    translations.set_language("fr")
    qtbot.waitUntil(lambda: notice.text.text().startswith("Téléphones passant par 127.0.0.2 admis"), timeout=2000)

    phones.turn_off()  # off and on again, in the same session: still let in, nothing to say
    assert not notice.isVisible()
    phones.turn_on("127.0.0.1", 0)
    assert "welcome" in knock(phones, stack)
    elsewhere = [knock(phones, stack, source="127.0.0.3") for _ in range(4)]  # another address: still bounded
    assert "code" in elsewhere[3]
    qtbot.waitUntil(lambda: notice.button.isVisible(), timeout=5000)
    assert notice.text.text() == ("1 page de vote refusée à l’adresse 127.0.0.3, qui en a déjà 3\u00a0: des téléphones "
                                  "derrière un même routeur, ou un élève qui a ouvert plusieurs pages.")
