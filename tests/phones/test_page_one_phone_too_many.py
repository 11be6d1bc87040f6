"""A fourth browser from one phone address (ServerLimits.tokens_per_address is 3), at 360×640 in
Debian's chromium headless, against the real server on loopback (through relay.py for a phone address
of its own).

It read « Trop de navigateurs depuis ce téléphone ou ce réseau : fermez cet onglet… » under a header
with no room code (the close said nothing of the room), and knocked again every 15 s, each knock turned
away too (the app counts an address's pages for the whole session). Now it reads, in the session's
language, that this page was not accepted, why (how many pages one address may open), what to do (vote
from the page already open, or show this screen to the facilitator, who may let that network in: the
page then comes in by itself), and the room code it tried; and it knocks again slowly (about every
ServerLimits.phone_retry seconds, with the token it was given), its banner unchanged meanwhile, not
sooner when the phone wakes up (see test_page_let_in.py for a page let in).

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from bataille.phones import PhoneServer

from .relay import Relay
from .test_page_bad_wifi import BANNERS
from .test_page_refusals import OTHER, assert_nothing_cut_and_taps_large
from .test_phone_page import CHROMIUM, CLAIM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

WORDS = {"fr": "Cette page n’a pas été acceptée\u00a0: 3 pages de vote sont déjà ouvertes depuis ce téléphone "
               "(ou ce réseau), le maximum autorisé. Si une autre page de vote est ouverte sur ce téléphone, votez depuis cette autre page. "
               "Sinon, montrez cet écran à l’animateur\u00a0: s’il laisse entrer les téléphones de ce réseau, cette page "
               "se connectera d’elle-même dans les secondes qui suivent.",
         "en": "This page was not accepted: 3 voting pages are already open from this phone (or this network), "
               "the maximum allowed. If another voting page is open on this phone, vote from that one. Otherwise, show this "
               "screen to the facilitator: if they let this network’s phones in, this page will connect by itself within a few "
               "seconds."}
ROOM = {"fr": "Code de la salle\u00a0: KXRT", "en": "Room code: KXRT"}
# Counts the sockets the page opens.
COUNT_SOCKETS = """
window.sockets = 0;
var OpenedAsItWas = WebSocket;
window.WebSocket = function (url) { window.sockets += 1; return new OpenedAsItWas(url); };
window.WebSocket.prototype = OpenedAsItWas.prototype;
Object.assign(window.WebSocket, { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 });
"""


def open_phone(browser, port: int, locale: str, script: str = ""):
    context = browser.new_context(viewport={"width": 360, "height": 640}, locale=locale, has_touch=True,
                                  is_mobile=True, device_scale_factor=2)
    if script:
        context.add_init_script(script)
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{port}/")
    return page


def pause_now(page) -> None:
    """Stop the page's clock a quarter of a second from the time it reads; read again if that moment
    passed before the pause reached the page (a busy machine: « Cannot fast-forward to the past »)."""
    from playwright.sync_api import Error

    for _ in range(5):
        try:
            page.clock.pause_at(datetime.fromtimestamp(page.evaluate("Date.now()") / 1000 + 0.25))
            return
        except Error as error:
            if "to the past" not in str(error):
                raise
    raise AssertionError("the page's clock could not be paused")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_fourth_page_from_one_phone_says_what_happened_what_to_do_and_the_room_and_knocks_slowly(
        browser, shots: Path, lang: str) -> None:
    from playwright.sync_api import expect

    server = PhoneServer(lang=lang)
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    relay = Relay(server.port, source="127.0.0.2")  # the phone's own address on the room's network
    try:
        server.ask(CLAIM)
        for _ in range(3):  # a QR reader's page, a browser's, a private tab's: three tokens
            expect(open_phone(browser, relay.port, OTHER[lang]).get_by_text(CLAIM.text)).to_be_visible()
        fourth = open_phone(browser, relay.port, OTHER[lang], COUNT_SOCKETS)
        banner = fourth.get_by_role("alert")
        expect(banner).to_have_text(WORDS[lang] + ROOM[lang])
        fourth.clock.install()  # its clock from now on: its knocks counted, its page reloaded (it keeps its token)
        fourth.reload()
        expect(banner).to_have_text(WORDS[lang] + ROOM[lang])
        # Its time stops here (it flowed on while the checks below ran: under load, past the first knock).
        pause_now(fourth)
        expect(fourth.locator("#room-tried")).to_have_text(ROOM[lang])
        expect(fourth.locator("html")).to_have_attribute("lang", lang)  # the session's, not the phone's
        expect(fourth.get_by_text(CLAIM.text)).to_be_hidden()  # it is not in the room: nothing promised
        expect(fourth.locator("#waiting")).to_be_hidden()
        expect(fourth.locator("header")).to_have_text("Bataille IA")
        fourth.screenshot(path=str(shots / f"phone-fourth-page-refused-{lang}.png"))
        assert_nothing_cut_and_taps_large(fourth)

        assert fourth.evaluate("window.sockets") == 1
        fourth.evaluate(BANNERS)
        fourth.evaluate("document.dispatchEvent(new Event('visibilitychange'))")  # the phone wakes up: not sooner
        fourth.clock.fast_forward(6_000)  # less than three quarters of phone_retry (10 s)
        fourth.wait_for_timeout(500)
        assert fourth.evaluate("window.sockets") == 1
        for knocks in range(2, 8):  # then one knock every 10 s (± a quarter), each turned away too
            fourth.clock.fast_forward(13_000 if knocks > 2 else 7_000)
            fourth.wait_for_timeout(400)
            assert fourth.evaluate("window.sockets") == knocks
        expect(banner).to_have_text(WORDS[lang] + ROOM[lang])
        assert set(fourth.evaluate("window.banners")) <= {WORDS[lang] + ROOM[lang]}  # it never flickered
        assert len(server.room.votes()) == 0
        assert server.room.voters.refused_from("127.0.0.2") == 1  # one page, however often it knocked
    finally:
        server.stop()
        relay.close()
