"""The phones move to the laptop's new address (ui/phones.py, move_to): what a phone still at the old
one hears and says. A real browser (Debian's chromium, headless, Playwright, 360×640) against the real
server on loopback, moved from 127.0.0.1 to 127.0.0.2.

The server stopped as when the phones are turned off (4000): a phone still reaching the old address
(a laptop on two networks, moved from one to the other) read « Le vote par téléphone est coupé pour le
moment. Cette page reprendra d’elle-même… » and knocked there every 5 s, where nothing would listen
again: the student waited for ever. It now hears that the vote moved (4002), the page says to scan
the new code and promises nothing of this address; its answer given here is not said to be kept.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from bataille.phones import PhoneServer

from . import test_page_refusals as refusals
from .test_page_refusals import assert_nothing_cut_and_taps_large, open_phone
from .test_phone_page import CHROMIUM, CLAIM

chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

MOVED = {"fr": "Le vote a changé d’adresse\u00a0: scannez le nouveau code affiché à l’écran.",
         "en": "Voting has moved to a new address: scan the new code on the screen."}
ANSWER = {"fr": "Votre réponse (D’accord) est restée à l’ancienne adresse\u00a0: répondez de nouveau à la nouvelle.",
          "en": "Your answer (Agree) stayed at the old address: answer again at the new one."}
RECORDED = {"fr": "Vote enregistré\u00a0: D’accord", "en": "Vote recorded: Agree"}
# Nothing the old address will do: come back by itself, keep the page open for a question, a vote kept.
UNTRUE = ("reprendra", "will update", "Gardez cette page", "Keep this page", "Connexion perdue", "Connection lost",
          "coupé", "is off", "gardée sur ce téléphone", "kept on this phone",
          "ce téléphone le renverra", "this phone will send it again", "En attente", "Waiting for")
# Counts the sockets the page opens: how often it knocks.
KNOCKS = """
window.knocks = 0;
var OpenAsItWas = WebSocket;
window.WebSocket = function (url) { window.knocks += 1; return new OpenAsItWas(url); };
window.WebSocket.prototype = OpenAsItWas.prototype;
["CONNECTING", "OPEN", "CLOSING", "CLOSED"].forEach(function (k) { window.WebSocket[k] = OpenAsItWas[k]; });
"""


def _move(server: PhoneServer) -> int:
    """What the console does (ui/phones.py, move_to): stop with the moved code, set the open vote's
    answers aside, listen at the new address (127.0.0.2) on the same port."""
    port = server.port
    server.stop(moved=True)
    server.room.set_aside()
    return server.start("127.0.0.2", port)


def test_a_phone_at_the_old_address_hears_that_the_phones_moved():
    server = PhoneServer()
    server.start("127.0.0.1", 0)
    try:
        with connect(f"ws://127.0.0.1:{server.port}/ws") as ws:
            ws.send('{"type": "hello", "token": null}')
            ws.recv(timeout=5)
            _move(server)
            with pytest.raises(ConnectionClosed):
                while True:
                    ws.recv(timeout=5)
            assert (ws.close_code, ws.close_reason) == (4002, "moved")
    finally:
        server.stop()


@chromium
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_page_at_the_old_address_says_to_scan_the_new_code_and_promises_nothing_there(browser, shots, lang):
    from playwright.sync_api import expect

    server = PhoneServer(lang=lang)
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    try:
        server.ask(CLAIM)
        page = open_phone(browser, f"http://127.0.0.1:{server.port}/", refusals.OTHER[lang], KNOCKS)
        expect(page.get_by_text(CLAIM.text)).to_be_visible()
        page.locator("button[data-choice=agree]").tap()
        expect(page.get_by_role("status")).to_contain_text(RECORDED[lang])
        port = _move(server)

        banner = page.get_by_role("alert")
        expect(banner).to_have_text(MOVED[lang])
        expect(page.get_by_role("status")).to_have_text(ANSWER[lang])
        body = page.locator("body")
        for untrue in UNTRUE:
            expect(body).not_to_contain_text(untrue, use_inner_text=True)  # what the screen shows
        expect(page.locator("button[data-choice=agree]")).to_be_disabled()  # a tap here would reach nobody
        knocks = page.evaluate("window.knocks")
        page.wait_for_timeout(2500)
        assert page.evaluate("window.knocks") == knocks  # no knock every half second at a dead address
        page.screenshot(path=str(shots / f"phone-moved-{lang}.png"))
        assert_nothing_cut_and_taps_large(page)

        # Its slow knock finds nobody at the old address (nothing there sends a code): the words stay.
        page.evaluate("clearTimeout(knockTimer); connect()")
        for _ in range(50):  # the page's CSP forbids wait_for_function's eval: asked every 100 ms
            if page.evaluate("[window.knocks, socket.readyState === WebSocket.CLOSED]") == [knocks + 1, True]:
                break
            page.wait_for_timeout(100)
        assert page.evaluate("[window.knocks, socket.readyState === WebSocket.CLOSED]") == [knocks + 1, True]
        expect(banner).to_have_text(MOVED[lang])
        expect(page.get_by_role("status")).to_have_text(ANSWER[lang])

        # A move that failed listens at the old address again: the page's next knock gets back in.
        server.stop()
        server.start("127.0.0.1", port)
        page.evaluate("clearTimeout(knockTimer); connect()")
        expect(banner).to_be_hidden()
        expect(page.get_by_role("status")).to_contain_text(RECORDED[lang])  # its answer, kept here, went again
    finally:
        server.stop()


@chromium
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_waiting_for_a_question_is_not_told_to_keep_waiting_at_the_old_address(browser, shots, lang):
    from playwright.sync_api import expect

    server = PhoneServer(lang=lang)
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    try:
        page = open_phone(browser, f"http://127.0.0.1:{server.port}/", refusals.OTHER[lang])
        expect(page.get_by_text(refusals.WAITING[lang])).to_be_visible()
        _move(server)
        expect(page.get_by_role("alert")).to_have_text(MOVED[lang])
        body = page.locator("body")
        for untrue in UNTRUE:
            expect(body).not_to_contain_text(untrue, use_inner_text=True)  # what the screen shows
        page.screenshot(path=str(shots / f"phone-moved-waiting-{lang}.png"))
        assert_nothing_cut_and_taps_large(page)
    finally:
        server.stop()
