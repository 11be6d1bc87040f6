"""The debrief's Send tapped while the phone's connection was lost (Debian's chromium headless,
Playwright, 360×640, the real server on loopback through relay.py).

Send did nothing: no word under it, and back on line the commitment never went, the participant
sure it had. It now says it is not sent yet and that the phone sends it by itself, and it goes, once,
when the app answers.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer

from .relay import Relay
from .test_page_refusals import assert_nothing_cut_and_taps_large, open_phone
from .test_phone_page import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

LOST = {"fr": "Connexion perdue — reconnexion…", "en": "Connection lost — reconnecting…"}
NOT_YET = {"fr": "Pas encore envoyé\u00a0: ce téléphone l’enverra de lui-même quand l’ordinateur de l’animateur "
                 "répondra.",
           "en": "Not sent yet: this phone will send it by itself when the facilitator’s computer answers."}
THANKS = {"fr": "Merci, c’est envoyé. Vous pouvez encore modifier et renvoyer.",
          "en": "Thanks, it’s sent. You can still change it and send it again."}
SEND = {"fr": "Envoyer", "en": "Send"}
WORDS = {"fr": "Je citerai l’outil utilisé dans mes devoirs.", "en": "I will name the tool I used in my homework."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_feedback_sent_while_the_connection_is_lost_says_so_and_goes_once_back(browser, shots, lang):
    from playwright.sync_api import expect

    received = []
    server = PhoneServer(lang=lang, on_feedback=lambda *answer: received.append(answer))
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    relay = Relay(server.port, source="127.0.0.2")
    try:
        page = open_phone(browser, f"http://127.0.0.1:{relay.port}/", "fr-FR" if lang == "fr" else "en-GB")
        expect(page.locator("header")).to_contain_text("KXRT")
        server.ask_feedback((("bias", "Biais"),))
        send = page.get_by_role("button", name=SEND[lang], exact=True)
        expect(send).to_be_visible()
        page.locator("#stars button").nth(2).tap()
        page.locator("#commitment").fill(WORDS[lang])
        relay.hold()  # the Wi-Fi goes
        page.evaluate("abandon()")  # as when the page's watch finds its socket dead
        expect(page.get_by_role("alert")).to_have_text(LOST[lang])

        send.tap()
        thanks = page.locator("#thanks")
        expect(thanks).to_have_text(NOT_YET[lang])
        expect(thanks).to_be_in_viewport()
        page.screenshot(path=str(shots / f"phone-feedback-offline-{lang}.png"))
        assert_nothing_cut_and_taps_large(page)

        relay.release()
        expect(page.get_by_role("alert")).to_be_hidden(timeout=10_000)
        expect(thanks).to_have_text(THANKS[lang])
        assert [answer[1:] for answer in received] == [(3, None, WORDS[lang])]
    finally:
        server.stop()
        relay.close()
