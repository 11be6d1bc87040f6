"""A room behind one router, at 360×640 in Debian's chromium headless, against the real server on
loopback (through relay.py: every phone comes from 127.0.0.2, the router's address). Three pages got
in, the others were told to show their screen to the facilitator and knocked no more: they stayed out
for the whole session. Now the facilitator lets that address in (PhoneServer.let_in, the console's
« Les laisser entrer ») and the pages turned away come in by themselves, the pupil doing nothing, and
vote; the server counted them once each while they knocked.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer, ServerLimits

from .relay import Relay
from .test_page_one_phone_too_many import ROOM, WORDS, open_phone
from .test_page_refusals import OTHER, assert_nothing_cut_and_taps_large
from .test_phone_page import CHROMIUM, CLAIM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")
AGREE = {"fr": "D’accord", "en": "Agree"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pages_turned_away_behind_one_router_come_in_by_themselves_once_let_in(browser, shots: Path, lang: str) -> None:
    from playwright.sync_api import expect

    heard: list[tuple[str, int]] = []
    # phone_retry 2 s: the test waits less than a room would (10 s), the page does the same
    server = PhoneServer(ServerLimits(phone_retry=2), lang=lang, on_refused=lambda *said: heard.append(said))
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    relay = Relay(server.port, source="127.0.0.2")  # the travel router: every phone of the room behind it
    try:
        server.ask(CLAIM)
        for _ in range(3):
            expect(open_phone(browser, relay.port, OTHER[lang]).get_by_text(CLAIM.text)).to_be_visible()
        out = [open_phone(browser, relay.port, OTHER[lang]) for _ in range(2)]
        for page in out:
            expect(page.get_by_role("alert")).to_have_text(WORDS[lang] + ROOM[lang])
            expect(page.get_by_text(CLAIM.text)).to_be_hidden()
        out[0].screenshot(path=str(shots / f"phone-behind-a-router-refused-{lang}.png"))
        out[0].wait_for_timeout(5_000)  # two knocks or so each: still two pages turned away, not four
        assert heard == [("127.0.0.2", 1), ("127.0.0.2", 2)]
        assert len(server.room.votes()) == 0

        server.let_in("127.0.0.2")  # the facilitator's « Les laisser entrer »
        for page in out:
            expect(page.get_by_text(CLAIM.text)).to_be_visible(timeout=6_000)  # nothing tapped, nothing reloaded
            expect(page.get_by_role("alert")).to_be_hidden()
        out[0].screenshot(path=str(shots / f"phone-behind-a-router-let-in-{lang}.png"))
        assert_nothing_cut_and_taps_large(out[0])
        for page in out:
            page.get_by_role("button", name=AGREE[lang], exact=True).tap()
        for _ in range(50):
            if len(server.room.votes()) == 2:
                break
            out[0].wait_for_timeout(100)
        assert sorted(server.room.votes().values()) == ["agree", "agree"]
        tokens = {page.evaluate("localStorage.getItem('bataille-token')") for page in out}
        assert len(tokens) == 2 and tokens == set(server.room.votes())  # under the token each knocked with
        later = open_phone(browser, relay.port, OTHER[lang])  # one more phone, late: in at once
        expect(later.get_by_text(CLAIM.text)).to_be_visible()
    finally:
        server.stop()
        relay.close()
