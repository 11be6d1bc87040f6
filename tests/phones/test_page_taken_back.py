"""An answer to a vote the facilitator takes back (Ctrl+Z right after asking the phones) is set aside
for good. The console said « réponses non gardées : 1 », but the page keeps each answer the app
acknowledged, to send it again by itself if the app asks the same question again knowing none from
it (after an abrupt stop): asked again, the answer taken back came back by itself, and was counted,
recorded and in the summary. The app now tells the pages to forget it: with the waiting that follows
the take-back, and, for a page away meanwhile, with the question asked again.
Debian's chromium headless, a real server on loopback."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bataille.phones import PhoneServer

from .test_phone_page import CHROMIUM, CLAIM, phone  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")


def _settle(condition, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@pytest.mark.parametrize("away", [False, True])
def test_an_answer_taken_back_does_not_come_back_when_the_question_is_asked_again(phone, away):  # noqa: F811
    from playwright.sync_api import expect

    closed: list[dict[str, str]] = []
    done = threading.Event()
    server = PhoneServer(on_closed=lambda _q, votes, _teams: (closed.append(votes), done.set()))
    server.code = "KXRT"  # the room code the app always gives: the page keeps its answers with it
    server.start("127.0.0.1", 0)
    try:
        page = phone(server.port)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        server.ask(CLAIM)
        page.get_by_role("button", name="D’accord", exact=True).tap()
        expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
        assert _settle(lambda: server.room.answered() == 1)
        if away:  # the phone's screen locked: it hears nothing of the take-back
            page.context.set_offline(True)
            page.evaluate("socket && socket.close()")
        server.wait(taken_back=True)  # Ctrl+Z: the phones wait again, the answers given not kept
        if not away:
            expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        server.ask(CLAIM)  # asked again
        if away:
            page.context.set_offline(False)
        expect(page.get_by_text(CLAIM.text)).to_be_visible(timeout=15_000)
        expect(page.get_by_role("button", name="D’accord", exact=True)).to_be_enabled(timeout=15_000)
        time.sleep(0.5)  # time for a kept answer to go again, had it been kept
        assert server.room.answered() == 0
        expect(page.get_by_role("button", name="D’accord", exact=True)).to_have_attribute("aria-pressed", "false")
        page.get_by_role("button", name="Pas d’accord", exact=True).tap()  # answered afresh: counted
        expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
        server.close_vote()
        assert done.wait(5)
    finally:
        server.stop()
    assert [list(votes.values()) for votes in closed] == [["disagree"]]
