"""The debrief's feedback sent while the phone's connection was lost, then the phones move to the
laptop's new address (ui/phones.py, move_to). Debian's chromium headless, Playwright, 360×640, the
real server on loopback through relay.py, moved from 127.0.0.1 to 127.0.0.2 (and back).

The feedback waiting to go lived in the page's memory only. A phone whose browser dropped the page
while the phones were away (a tab discarded, the page reloaded) came back with the form filled in,
nothing sent, and under it « Déjà envoyé avant que le vote change d’adresse ? Votre avis est bien
reçu » although it never was: the commitment was lost. And a page that heard the move with its
feedback on its way said « ce téléphone l’enverra de lui-même », under a banner telling it to scan
the new code: nothing would ever go from there. The page now keeps on the phone that its feedback
waits to go, and sends it once it reaches the room again; moved away, it says plainly that it was not
sent and is to be sent again from the new code.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer

from .relay import Relay
from .test_page_feedback_offline import LOST, NOT_YET, SEND, THANKS, WORDS
from .test_page_refusals import assert_nothing_cut_and_taps_large, open_phone
from .test_phone_page import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

MOVED = {"fr": "Le vote a changé d’adresse\u00a0: scannez le nouveau code affiché à l’écran.",
         "en": "Voting has moved to a new address: scan the new code on the screen."}
NOT_SENT = {"fr": "Pas envoyé\u00a0: le vote a changé d’adresse avant que votre avis arrive. Scannez le nouveau code "
                  "affiché à l’écran et envoyez-le de nouveau depuis la nouvelle page.",
            "en": "Not sent: voting moved to a new address before your feedback arrived. Scan the new code on the "
                  "screen and send it again from the new page."}
ALREADY = {"fr": "Déjà envoyé avant que le vote change d’adresse", "en": "Already sent before voting moved"}
# At the new address, a phone cannot tell whether its feedback left the old page: the note says how to know.
NOT_ARRIVED = {"fr": "Si l’ancienne page disait «\u00a0Pas envoyé\u00a0» ou «\u00a0Pas encore envoyé\u00a0», il n’est pas "
                     "arrivé\u00a0: envoyez-le ici.",
               "en": "If the old page said “Not sent” or “Not sent yet”, it did not arrive: send it here."}
THEMES = (("bias", "Biais algorithmiques"), ("environment", "Impact environnemental"))


def _move(server: PhoneServer, address: str, port: int) -> None:
    """What the console does (ui/phones.py, move_to): stop with the moved code, set the answers aside,
    listen at ``address`` on the same port."""
    server.stop(moved=True)
    server.room.set_aside()
    server.start(address, port)


def _room(lang: str, received: list) -> tuple[PhoneServer, Relay]:
    server = PhoneServer(lang=lang, on_feedback=lambda *answer: received.append(answer))
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    return server, Relay(server.port, source="127.0.0.2")


def _fill(page, lang: str) -> None:
    from playwright.sync_api import expect

    expect(page.get_by_role("button", name=SEND[lang], exact=True)).to_be_visible()
    page.locator("#stars button").nth(3).tap()
    page.get_by_role("button", name="Impact environnemental", exact=True).tap()
    page.locator("#commitment").fill(WORDS[lang])


@pytest.mark.parametrize("reloaded", [True, False], ids=["reloaded", "kept-open"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_feedback_waiting_to_go_when_the_phones_move_away_and_back_goes_once(browser, shots, lang, reloaded):
    from playwright.sync_api import expect

    received: list = []
    server, relay = _room(lang, received)
    try:
        page = open_phone(browser, f"http://127.0.0.1:{relay.port}/", "fr-FR" if lang == "fr" else "en-GB")
        expect(page.locator("header")).to_contain_text("KXRT")
        server.ask_feedback(THEMES)
        _fill(page, lang)
        relay.hold()  # the Wi-Fi goes
        page.evaluate("abandon()")  # as when the page's watch finds its socket dead
        expect(page.get_by_role("alert")).to_have_text(LOST[lang])
        page.get_by_role("button", name=SEND[lang], exact=True).tap()
        expect(page.locator("#thanks")).to_have_text(NOT_YET[lang])

        if reloaded:  # the browser drops the page meanwhile (a tab discarded): opened again later, it loads afresh
            context = page.context
            page.close()
        port = server.port
        _move(server, "127.0.0.2", port)  # the laptop on another network
        _move(server, "127.0.0.1", port)  # and back on this one: the phones' address again
        relay.release()
        if reloaded:
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{relay.port}/")
        thanks = page.locator("#thanks")
        expect(thanks).to_have_text(THANKS[lang], timeout=15_000)
        expect(page.get_by_text(ALREADY[lang])).to_be_hidden()  # never sent before: not « already sent »
        page.screenshot(path=str(shots / f"phone-feedback-back-after-a-move-{lang}-{'reloaded' if reloaded else 'open'}.png"))
        assert [answer[1:] for answer in received] == [(4, "environment", WORDS[lang])]

        page.reload()  # thanked: nothing goes again
        expect(thanks).to_have_text(THANKS[lang])
        page.wait_for_timeout(500)
        assert len(received) == 1
    finally:
        server.stop()
        relay.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_feedback_on_its_way_when_the_phones_move_is_said_not_sent(browser, shots, lang):
    from playwright.sync_api import expect

    received: list = []
    server, relay = _room(lang, received)
    try:
        locale = "fr-FR" if lang == "fr" else "en-GB"
        page = open_phone(browser, f"http://127.0.0.1:{relay.port}/", locale)
        expect(page.locator("header")).to_contain_text("KXRT")
        server.ask_feedback(THEMES)
        neighbour = open_phone(browser, f"http://127.0.0.1:{server.port}/", locale)  # sends hers, thanked
        neighbour.locator("#stars button").nth(4).tap()
        neighbour.get_by_role("button", name=SEND[lang], exact=True).tap()
        expect(neighbour.locator("#thanks")).to_have_text(THANKS[lang])
        _fill(page, lang)
        relay.hold()  # the Wi-Fi goes, unseen yet: Send puts it on a socket that no longer reaches the app
        page.get_by_role("button", name=SEND[lang], exact=True).tap()
        _move(server, "127.0.0.2", server.port)
        relay.release()  # the move's close comes: the feedback never arrived
        expect(page.get_by_role("alert")).to_have_text(MOVED[lang], timeout=15_000)
        thanks = page.locator("#thanks")
        expect(thanks).to_have_text(NOT_SENT[lang])
        expect(page.locator("#commitment")).to_have_value(WORDS[lang])  # to send again: still there to read
        expect(page.locator("#stars button").nth(3)).to_have_attribute("aria-pressed", "true")
        thanks.scroll_into_view_if_needed()
        page.screenshot(path=str(shots / f"phone-feedback-moved-away-{lang}.png"))
        assert_nothing_cut_and_taps_large(page)
        page.get_by_role("button", name=SEND[lang], exact=True).tap()  # tapped again: the same plain words
        expect(thanks).to_have_text(NOT_SENT[lang])
        assert len(received) == 1  # the neighbour's

        again = open_phone(browser, f"http://127.0.0.2:{server.port}/", locale)  # the new code scanned
        expect(again.get_by_text(NOT_ARRIVED[lang])).to_be_visible()
        again.screenshot(path=str(shots / f"phone-feedback-new-address-{lang}.png"), full_page=True)
        _fill(again, lang)
        again.get_by_role("button", name=SEND[lang], exact=True).tap()
        expect(again.locator("#thanks")).to_have_text(THANKS[lang])
        assert [answer[1:] for answer in received] == [(5, None, ""), (4, "environment", WORDS[lang])]
    finally:
        server.stop()
        relay.close()
