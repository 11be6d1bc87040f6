"""What the phone page says while it knocks: Phones turned off stays « coupé pour le moment » until the
app is back (it switched to « Connexion perdue » at its first knock, 5 s later, and stayed); one
browser too many of one phone is told how many pages it may open, and to vote from one of them (see
test_page_one_phone_too_many.py). Debian's chromium headless, a real server on loopback (through
relay.py for a phone address of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer, ServerLimits

from .relay import Relay
from .test_page_bad_wifi import BANNERS
from .test_phone_page import CHROMIUM, CLAIM, phone  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

WAITING = {"fr-FR": "En attente de la prochaine question…", "en-GB": "Waiting for the next question…"}
OFF = {"fr-FR": "Le vote par téléphone est coupé pour le moment. Cette page reprendra d’elle-même quand il sera "
                "rallumé.",
       "en-GB": "Phone voting is off for now. This page will update automatically when voting is back on."}


@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_phones_off_is_said_until_they_are_on_again(phone, locale, shots: Path) -> None:  # noqa: F811
    from playwright.sync_api import expect

    server = PhoneServer()
    port = server.start("127.0.0.1", 0)
    try:
        page = phone(port, locale)
        # Welcomed, not only knocking (« Connexion à l’ordinateur… »): a page the app never let in, when
        # the app goes, cannot know the phones were turned off.
        expect(page.locator("#waiting-text")).to_have_text(WAITING[locale])
        page.evaluate(BANNERS)
        server.stop()
        alert = page.get_by_role("alert")
        expect(alert).to_have_text(OFF[locale])
        page.wait_for_timeout(11_500)  # two knocks (5 s apart) have found nobody
        expect(alert).to_have_text(OFF[locale])
        page.screenshot(path=str(shots / f"phone-off-while-knocking-{locale}.png"))
        assert set(page.evaluate("window.banners")) == {OFF[locale]}  # never « connexion perdue » meanwhile
        server.start("127.0.0.1", port)
        expect(alert).to_be_hidden(timeout=8000)  # its next knock finds the app
    finally:
        server.stop()


@pytest.mark.parametrize("locale, words", [
    ("fr-FR", "Cette page n’a pas été acceptée\u00a0: 2 pages de vote sont déjà ouvertes depuis ce téléphone "
              "(ou ce réseau), le maximum autorisé. Si une autre page de vote est ouverte sur ce téléphone, votez depuis cette autre "
              "page. Sinon, montrez cet écran à l’animateur\u00a0: s’il laisse entrer les téléphones de ce réseau, cette "
              "page se connectera d’elle-même dans les secondes qui suivent."),
    ("en-GB", "This page was not accepted: 2 voting pages are already open from this phone (or this network), "
              "the maximum allowed. If another voting page is open on this phone, vote from that one. Otherwise, show this "
              "screen to the facilitator: if they let this network’s phones in, this page will connect by itself within a few "
              "seconds.")])
def test_one_browser_too_many_of_a_phone_is_told_to_vote_from_its_first_page(phone, locale, words,  # noqa: F811
                                                                            shots: Path) -> None:
    from playwright.sync_api import expect

    server = PhoneServer(ServerLimits(tokens_per_address=2))
    server.start("127.0.0.1", 0)
    relay = Relay(server.port, source="127.0.0.2")  # the phone's own address on the room's network
    try:
        first, second = phone(relay.port, locale), phone(relay.port, locale)  # a QR reader's page, a browser's
        server.ask(CLAIM)
        for page in (first, second):
            expect(page.get_by_text(CLAIM.text)).to_be_visible()
        third = phone(relay.port, locale)  # a private tab: a third token from one phone address
        expect(third.get_by_role("alert")).to_have_text(words)
        expect(third.get_by_text(CLAIM.text)).to_be_hidden()  # promised nothing
        expect(third.locator("#waiting")).to_be_hidden()
        third.screenshot(path=str(shots / f"phone-one-browser-too-many-{locale}.png"))
        first.reload()  # a page that keeps its token comes back, as often as it likes
        expect(first.get_by_text(CLAIM.text)).to_be_visible()
        first.get_by_role("button", name=("D’accord" if locale == "fr-FR" else "Agree"), exact=True).tap()
        # Recorded, not only on its way (« Envoi de votre vote… »): the app's acknowledgement came back.
        expect(first.get_by_role("status")).to_contain_text("Vote enregistré" if locale == "fr-FR" else "Vote recorded")
        assert len(server.room.votes()) == 1
    finally:
        server.stop()
        relay.close()
