"""The phone page through a vote at 360×640, in French and in English (Debian's chromium headless, the
real server on loopback, through relay.py for a phone address of its own): waiting, the vote open,
the connection lost before answering, back, voted, closed. Each state is saved as a screenshot
(BATAILLE_SHOTS=folder keeps them for a person to look at).

Lost before it had answered, the page showed the claim over three greyed buttons and said nothing
under them: a pupil read « trop tard, le vote est fini ». It now says the pupil can vote as soon as the
connection is back, if the vote is still open (the buttons stay greyed meanwhile: it does not say they
come back).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer, Question

from .relay import Relay
from .test_page_refusals import OTHER, ROOM, WAITING, assert_nothing_cut_and_taps_large, open_phone
from .test_phone_page import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

CLAIM = {"fr": "Il faut limiter l’usage de l’IA générative à l’école.", "en": "Generative AI should be limited at school."}
LOST = {"fr": "Connexion perdue — reconnexion…", "en": "Connection lost — reconnecting…"}
NOT_YET = {"fr": "Vous n’avez pas encore répondu\u00a0: vous pourrez voter dès que la connexion sera rétablie, si "
                 "le vote est encore ouvert.",
           "en": "You have not answered yet: you can vote as soon as the connection is back, if the vote is still open."}
AGREE = {"fr": "D’accord", "en": "Agree"}
RECORDED = {"fr": "Vote enregistré\u00a0: D’accord (vous pouvez changer jusqu’à la clôture)",
            "en": "Vote recorded: Agree (you can change it until the vote closes)"}
CLOSED = {"fr": "Le vote est clos. Votre réponse\u00a0: D’accord. Gardez cette page ouverte\u00a0: le vote après le "
                "débat s’y affichera.",
          "en": "The vote is closed. Your answer: Agree. Keep this page open: the vote after the debate will "
                "appear here."}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_vote_walked_through_on_a_small_phone_says_what_is_true_at_each_step(browser, shots: Path, lang: str):
    from playwright.sync_api import expect

    server = PhoneServer(lang=lang)
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    server.set_teams((("owls", "Les Chouettes"), ("foxes", "Les Renards")))
    relay = Relay(server.port, source="127.0.0.2")
    try:
        page = open_phone(browser, f"http://127.0.0.1:{relay.port}/", OTHER[lang])
        status, agree = page.get_by_role("status"), page.get_by_role("button", name=AGREE[lang], exact=True)

        def shot(step: str) -> None:
            page.screenshot(path=str(shots / f"phone-walk-{lang}-{step}.png"))
            assert_nothing_cut_and_taps_large(page)

        expect(page.get_by_text(WAITING[lang])).to_be_visible()
        expect(page.locator("header")).to_have_text(ROOM[lang])
        shot("1-waiting")
        server.ask(Question(3, "IA", CLAIM[lang], lang=lang))
        expect(page.get_by_text(CLAIM[lang])).to_be_visible()
        expect(agree).to_be_enabled()
        shot("2-open")

        relay.hold()  # the Wi-Fi goes: the page's next knocks wait in the relay
        page.evaluate("abandon()")  # as when its watch finds the socket dead
        expect(page.get_by_role("alert")).to_have_text(LOST[lang])
        expect(agree).to_be_disabled()
        expect(status).to_have_text(NOT_YET[lang])
        shot("3-lost-before-answering")
        relay.release()
        expect(page.get_by_role("alert")).to_be_hidden(timeout=10_000)
        expect(agree).to_be_enabled()
        expect(status).to_have_text("")
        shot("4-back")

        agree.tap()
        expect(status).to_have_text(RECORDED[lang])
        shot("5-voted")
        server.close_vote()
        expect(status).to_have_text(CLOSED[lang])
        expect(agree).to_be_disabled()
        shot("6-closed")
        assert list(server.room.votes().values()) == ["agree"]
    finally:
        server.stop()
        relay.close()
