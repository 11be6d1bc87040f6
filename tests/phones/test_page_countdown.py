"""A phone vote closed by a countdown: the phone page shows the time left beside the vote's title,
counts it down on the phone (from the seconds the app says are left: a phone's clock an hour off
changes nothing), and says « Vote clos » once the app closes it. With no countdown, nothing is shown
and no timer runs. Debian's chromium headless at 360×640, a real server on loopback; screenshots in
BATAILLE_SHOTS."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from bataille.phones import Question

from .test_phone_page import CHROMIUM, phone  # noqa: F401 - the fixture
from .test_team_back_after_a_restart import CLAIM, new_server

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

# A phone whose clock is an hour ahead of the laptop's.
CLOCK_OFF = "(() => { const real = Date.now; Date.now = () => real() + 3600e3; })();"


def test_the_phone_counts_the_vote_down_then_says_it_is_closed(phone, shots: Path) -> None:  # noqa: F811
    from playwright.sync_api import expect

    server = new_server()
    try:
        page = phone(server.port)
        page.context.add_init_script(CLOCK_OFF)
        page.reload()
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        server.ask(CLAIM, None, time.monotonic() + 30)
        countdown = page.get_by_role("timer")
        expect(countdown).to_have_text("Clôture dans 0:30", timeout=2000)
        page.screenshot(path=str(shots / "phone-countdown-360x640.png"))
        expect(countdown).to_have_text("Clôture dans 0:28", timeout=3000)  # counted on the phone
        page.get_by_role("button", name="Pas d’accord", exact=True).tap()
        expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
        expect(countdown).to_be_visible()
        box, title, claim = (countdown.bounding_box(), page.locator("#title").bounding_box(),
                             page.locator("#claim").bounding_box())
        assert box["x"] + box["width"] <= 360 and title["y"] <= box["y"] < claim["y"]  # by the title, above the claim
        page.screenshot(path=str(shots / "phone-countdown-voted-360x640.png"))
        server.close_vote()
        expect(countdown).to_have_text("Vote clos")
        expect(page.get_by_role("status")).to_contain_text("Le vote est clos")
        assert page.evaluate("countdownTimer") is None  # closed: the page's timer stopped
        page.screenshot(path=str(shots / "phone-countdown-closed-360x640.png"))
    finally:
        server.stop()


def test_a_countdown_run_out_says_closing_until_the_app_closes_it(phone) -> None:  # noqa: F811
    from playwright.sync_api import expect

    server = new_server()
    try:
        page = phone(server.port, "en-GB")
        expect(page.get_by_text("Waiting for the next question")).to_be_visible()
        server.ask(CLAIM, None, time.monotonic() + 2)
        countdown = page.get_by_role("timer")
        expect(countdown).to_have_text("Closes in 0:02", timeout=2000)
        expect(countdown).to_have_text("Closing…", timeout=4000)  # the phone does not close the vote itself
        expect(page.get_by_role("button", name="Agree", exact=True)).to_be_enabled()
        assert page.evaluate("countdownTimer") is None
        server.close_vote()
        expect(countdown).to_have_text("Vote closed")
    finally:
        server.stop()


def test_a_vote_closed_by_hand_shows_no_countdown_and_runs_no_timer(phone) -> None:  # noqa: F811
    from playwright.sync_api import expect

    server = new_server()
    try:
        page = phone(server.port)
        server.ask(CLAIM)
        expect(page.get_by_text(CLAIM.text)).to_be_visible()
        expect(page.locator("#countdown")).to_be_hidden()
        assert page.evaluate("countdownTimer") is None
        server.close_vote()
        expect(page.get_by_role("status")).to_contain_text("Le vote est clos")
        expect(page.locator("#countdown")).to_be_hidden()
        # The vote after, with a countdown, then the phones wait: nothing left counting.
        server.ask(Question(4, "Sobriété", CLAIM.text, stage="after"), None, time.monotonic() + 60)
        expect(page.get_by_role("timer")).to_have_text("Clôture dans 1:00", timeout=2000)
        server.wait()
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        expect(page.locator("#countdown")).to_be_hidden()
        assert page.evaluate("countdownTimer") is None
    finally:
        server.stop()


@pytest.mark.parametrize("size", [(360, 640), (320, 568), (640, 360)], ids=["upright", "small", "sideways"])
def test_the_countdown_leaves_the_claim_the_choices_and_the_status_on_a_small_phone(phone, shots: Path,  # noqa: F811
                                                                                   size) -> None:
    from playwright.sync_api import expect

    from bataille.deck import bundled_deck_path, load_deck

    claim = max((card.claim.get("fr") for card in load_deck(bundled_deck_path()).cards_of("debate")), key=len)
    server = new_server()
    try:
        page = phone(server.port, size=size)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        server.ask(Question(6, "Créativité", claim), None, time.monotonic() + 120)
        expect(page.get_by_role("timer")).to_have_text(re.compile("Clôture dans (2:00|1:59)"))
        page.get_by_role("button", name="Indécis", exact=True).tap()
        expect(page.get_by_role("status")).to_contain_text("Vote enregistré\u00a0: Indécis")
        page.screenshot(path=str(shots / f"phone-countdown-voted-{size[0]}x{size[1]}.png"))
        for part in [page.get_by_role("timer"), page.locator("#claim"), *(page.locator(f"button[data-choice={c}]")
                     for c in ("agree", "disagree", "undecided")), page.get_by_role("status")]:
            box = part.bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= size[1], (size, part, box)
            assert box["x"] >= 0 and box["x"] + box["width"] <= size[0], (size, part, box)
    finally:
        server.stop()


HELD = {"fr": {"waiting": "En attente de la prochaine question", "agree": "D’accord", "sent": "Vote enregistré",
                "left": "Clôture dans {}", "held": "Clôture dans {} · en pause"},
         "en": {"waiting": "Waiting for the next question", "agree": "Agree", "sent": "Vote recorded",
                "left": "Closes in {}", "held": "Closes in {} · paused"}}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_held_countdown_shows_its_time_standing_still_then_goes_on_from_there(phone, shots: Path, lang) -> None:  # noqa: F811
    """The session's timer paused (a fire drill): the app holds the vote's countdown and tells the
    phones the seconds it keeps (``held``); the page shows them standing still, with the stage's words
    (« Clôture dans 0:26 · en pause »), the vote still open and the answer kept; going on, it counts
    down from the seconds the app says. It showed no time at all while paused."""
    from playwright.sync_api import expect

    w = HELD[lang]
    server = new_server()
    server.lang = lang
    try:
        page = phone(server.port, "fr-FR" if lang == "fr" else "en-GB")
        expect(page.get_by_text(w["waiting"])).to_be_visible()
        server.ask(CLAIM, None, time.monotonic() + 30)
        countdown = page.get_by_role("timer")
        expect(countdown).to_have_text(w["left"].format("0:30"), timeout=2000)
        page.get_by_role("button", name=w["agree"], exact=True).tap()
        expect(page.get_by_role("status")).to_contain_text(w["sent"])
        server.hold(None, 26.0)  # paused with 26 s left
        expect(countdown).to_have_text(w["held"].format("0:26"), timeout=2000)
        page.wait_for_timeout(1500)
        expect(countdown).to_have_text(w["held"].format("0:26"))  # standing still
        assert page.evaluate("countdownTimer") is None  # nothing counts on the phone
        expect(page.get_by_role("button", name=w["agree"], exact=True)).to_be_enabled()  # still open
        expect(page.get_by_role("status")).to_contain_text(w["sent"])
        box, claim = countdown.bounding_box(), page.locator("#claim").bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["y"] + box["height"] <= claim["y"]
        page.screenshot(path=str(shots / f"phone-countdown-paused-{lang}-360x640.png"))
        page.reload()  # a phone that slept through the start of the pause: the same seconds, still
        expect(page.get_by_role("timer")).to_have_text(w["held"].format("0:26"), timeout=5000)
        server.hold(time.monotonic() + 26)  # resumed with what it had left
        expect(countdown).to_have_text(w["left"].format("0:26"), timeout=2000)
        expect(countdown).to_have_text(w["left"].format("0:24"), timeout=3000)  # counted on the phone again
        server.close_vote()
        server.ask(Question(4, "Sobriété", CLAIM.text, stage="after"), None, None, 60)  # asked while paused
        expect(countdown).to_have_text(w["held"].format("1:00"), timeout=2000)
        assert page.evaluate("countdownTimer") is None
    finally:
        server.stop()
