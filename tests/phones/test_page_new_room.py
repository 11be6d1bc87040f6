"""A phone's tab left open after a session ended, when the next session opens at the same address (the
app keeps its port; another room code): the page never joins it by itself (a phone from the last class
must not vote in the next one), but says a new session has started here, with its code to compare with
the stage's, and offers one button to join it. So does a page that lost its room without the end (the
app killed, or Phones turned off) and finds another room at its address. Real servers on loopback, one after the other on the
same port, and Debian's chromium headless (BATAILLE_SHOTS=folder keeps the screenshots)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer

from .test_phone_page import CHROMIUM, CLAIM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

WORDS = {
    "fr": {"waiting": "En attente de la prochaine question", "over": "Le débat est terminé. Merci d’y avoir pris part\u202f!",
           "line": "Une nouvelle séance a commencé ici (salle\u00a0{}).", "join": "Rejoindre la salle\u00a0{}",
           "room": "Salle", "agree": "D’accord", "sent": "Vote enregistré",
           "off": "Le vote par téléphone est coupé pour le moment. Cette page reprendra d’elle-même quand il sera rallumé.",
           "gone": "La séance de cette page (salle\u00a0{}) n’est plus ouverte sur l’ordinateur de l’animateur."},
    "en": {"waiting": "Waiting for the next question", "over": "The debate is over. Thank you for taking part!",
           "line": "A new session has started here (room\u00a0{}).", "join": "Join room\u00a0{}",
           "room": "Room", "agree": "Agree", "sent": "Vote recorded",
           "off": "Phone voting is off for now. This page will update automatically when voting is back on.",
           "gone": "This page’s session (room\u00a0{}) is no longer open on the facilitator’s computer."},
}


class Sessions:
    """The laptop's sessions one after the other on one port, each a PhoneServer with its room code."""

    def __init__(self) -> None:
        self.server: PhoneServer | None = None
        self.port = 0
        self.votes: list[tuple[str, int, str]] = []
        self.counts: list[tuple[int, int]] = []

    def open(self, code: str, lang: str) -> PhoneServer:
        if self.server is not None:
            self.server.stop()
        self.votes.clear()
        self.counts.clear()
        self.server = PhoneServer(on_vote=lambda *v: self.votes.append(v), lang=lang,
                                  on_count=lambda *c: self.counts.append(c))
        self.server.code = code
        self.port = self.server.start("127.0.0.1", self.port)
        return self.server

    def close(self) -> None:
        if self.server is not None:
            self.server.stop()


@pytest.fixture
def sessions():
    laptop = Sessions()
    yield laptop
    laptop.close()


def open_page(browser, port: int, size: tuple[int, int] = (360, 640)):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale="fr-FR",
                                  has_touch=True, is_mobile=True, device_scale_factor=2)
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{port}/")
    return page


def ended_in_the_first_room(browser, sessions: Sessions, first_lang: str, lang: str, size=(360, 640)):
    """A page in room UHPK, asked a vote, answered; the debate ends (the page thanks the room)."""
    from playwright.sync_api import expect

    first = sessions.open("UHPK", first_lang)
    page = open_page(browser, sessions.port, size)
    expect(page.get_by_text(WORDS[first_lang]["waiting"])).to_be_visible()
    page.clock.install()
    first.ask(CLAIM)
    page.get_by_role("button", name=WORDS[first_lang]["agree"], exact=True).tap()
    expect(page.get_by_role("status")).to_contain_text(WORDS[first_lang]["sent"])
    first.stop(over=True, debate=True)
    expect(page.get_by_text(WORDS[first_lang]["over"])).to_be_visible()
    return page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_next_session_here_is_offered_never_joined_by_itself_and_joined_by_a_tap(browser, sessions, shots: Path, lang):
    from playwright.sync_api import expect

    w = WORDS[lang]
    first_lang = "en" if lang == "fr" else "fr"  # the next week's session in the other language
    page = ended_in_the_first_room(browser, sessions, first_lang, lang)
    second = sessions.open("VPNU", lang)
    page.clock.fast_forward(16000)  # the page's next knock, after the end
    line = page.get_by_text(w["line"].format("VPNU"), exact=True)
    join = page.get_by_role("button", name=w["join"].format("VPNU"), exact=True)
    expect(line).to_be_visible()
    expect(join).to_be_visible()
    expect(page.get_by_text(w["over"])).to_be_visible()  # the thanks stay, in the new session's language
    expect(page.locator("header")).to_have_text(f"Bataille IA · {w['room']} UHPK")
    assert page.locator("#waiting").get_attribute("aria-live") == "polite"  # read out as it appears
    page.screenshot(path=str(shots / f"phone-new-room-{lang}.png"))

    # Nobody taps (the next class's room, the last class's phone): nothing joins, however long it stays.
    second.ask(CLAIM)
    for _ in range(3):
        page.clock.fast_forward(16000)
        page.wait_for_timeout(300)
    expect(page.get_by_text(CLAIM.text)).to_be_hidden()
    expect(join).to_be_visible()
    for _ in range(50):  # the knocks come and go: no phone stays in the room
        if sessions.counts and sessions.counts[-1][0] == 0:
            break
        page.wait_for_timeout(100)
    assert sessions.counts and sessions.counts[-1][0] == 0, sessions.counts
    assert sessions.votes == []

    join.tap()
    expect(page.get_by_text(CLAIM.text)).to_be_visible()
    expect(page.locator("header")).to_have_text(f"Bataille IA · {w['room']} VPNU")
    expect(line).to_be_hidden()
    expect(join).to_be_hidden()
    agree = page.get_by_role("button", name=w["agree"], exact=True)
    expect(agree).to_have_attribute("aria-pressed", "false")  # last week's answer is not this vote's
    agree.tap()
    expect(page.get_by_role("status")).to_contain_text(w["sent"])
    for _ in range(50):
        if sessions.votes:
            break
        page.wait_for_timeout(100)
    assert [(question, choice) for _token, question, choice in sessions.votes] == [(CLAIM.id, "agree")]
    assert sessions.counts[-1] == (1, 1)


@pytest.mark.parametrize("size", [(360, 640), (320, 568)])
def test_the_offer_fits_a_small_phone(browser, sessions, shots: Path, size):
    from playwright.sync_api import expect

    page = ended_in_the_first_room(browser, sessions, "fr", "fr", size)
    sessions.open("VPNU", "fr")
    page.clock.fast_forward(16000)
    join = page.get_by_role("button", name="Rejoindre la salle\u00a0VPNU", exact=True)
    expect(join).to_be_visible()
    box = join.bounding_box()
    assert box is not None and box["y"] + box["height"] <= size[1] and box["height"] >= 48, box
    assert page.evaluate("document.documentElement.scrollWidth") <= size[0]  # nothing cut at the side
    line = page.get_by_text("Une nouvelle séance a commencé ici (salle\u00a0VPNU).")
    assert line.bounding_box()["y"] + line.bounding_box()["height"] <= box["y"]
    page.screenshot(path=str(shots / f"phone-new-room-{size[0]}x{size[1]}.png"))


def test_a_tab_shown_again_days_later_learns_of_the_new_session(browser, sessions):
    """After the end the page knocks now and then for a while only; the next week, the tab shown again
    knocks once and offers the session open here now."""
    from playwright.sync_api import expect

    page = ended_in_the_first_room(browser, sessions, "fr", "fr")
    page.clock.fast_forward(11 * 60 * 1000)  # the knocks after the end are over: nobody was there
    page.wait_for_timeout(300)
    sessions.open("VPNU", "fr")
    page.clock.fast_forward(60_000)
    page.wait_for_timeout(500)
    expect(page.get_by_text("Une nouvelle séance a commencé ici")).to_be_hidden()  # no knock comes by itself
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")  # the pupil looks at the tab again
    expect(page.get_by_role("button", name="Rejoindre la salle\u00a0VPNU", exact=True)).to_be_visible()
    expect(page.get_by_text("Le débat est terminé. Merci d’y avoir pris part\u202f!")).to_be_visible()


def test_a_tap_on_a_room_gone_since_joins_only_the_room_it_names(browser, sessions):
    """The offer read VPNU; by the tap, another session (ZZZZ) listens here: the page does not join it,
    it offers it in turn, its code to compare with the stage's."""
    from playwright.sync_api import expect

    page = ended_in_the_first_room(browser, sessions, "fr", "fr")
    sessions.open("VPNU", "fr")
    page.clock.fast_forward(16000)
    join = page.get_by_role("button", name="Rejoindre la salle\u00a0VPNU", exact=True)
    expect(join).to_be_visible()
    third = sessions.open("ZZZZ", "fr")
    third.ask(CLAIM)
    join.tap()
    expect(page.get_by_role("button", name="Rejoindre la salle\u00a0ZZZZ", exact=True)).to_be_visible()
    expect(page.get_by_text("Le débat est terminé. Merci d’y avoir pris part\u202f!")).to_be_visible()
    expect(page.get_by_text(CLAIM.text)).to_be_hidden()
    expect(page.locator("header")).to_have_text("Bataille IA · Salle UHPK")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_that_lost_its_room_is_offered_the_next_one_and_comes_back_only_to_its_own(browser, sessions,
                                                                                       shots: Path, lang):
    """Phones turned off without ending the workshop (or the app killed), then another session opened
    at the same address: the page joined it by itself, and the last class's phones voted in the next
    workshop. It now says its session is no longer open there and offers the room there, as an ended
    page does; its own session back (the same code), it comes back by itself, its answer with it."""
    from playwright.sync_api import expect

    w = WORDS[lang]
    first = sessions.open("UHPK", lang)
    page = open_page(browser, sessions.port)
    expect(page.get_by_text(w["waiting"])).to_be_visible()
    first.ask(CLAIM)
    page.get_by_role("button", name=w["agree"], exact=True).tap()
    expect(page.get_by_role("status")).to_contain_text(w["sent"])
    first.stop()  # Phones turned off: the workshop goes on
    expect(page.get_by_role("alert")).to_have_text(w["off"])
    second = sessions.open("VPNU", lang)  # another session on this laptop, the same port
    second.ask(CLAIM)
    line = page.get_by_text(w["line"].format("VPNU"), exact=True)
    join = page.get_by_role("button", name=w["join"].format("VPNU"), exact=True)
    expect(join).to_be_visible(timeout=10_000)  # at its next knock
    expect(line).to_be_visible()
    expect(page.get_by_text(w["gone"].format("UHPK"), exact=True)).to_be_visible()
    expect(page.get_by_role("alert")).to_be_hidden()
    expect(page.get_by_text(CLAIM.text)).to_be_hidden()
    expect(page.locator("header")).to_have_text(f"Bataille IA · {w['room']} UHPK")
    box = join.bounding_box()
    assert box["y"] + box["height"] <= 640 and page.evaluate("document.documentElement.scrollWidth") <= 360
    page.screenshot(path=str(shots / f"phone-lost-room-offer-{lang}-360x640.png"))
    page.wait_for_timeout(6000)  # longer than its knocks while the phones were off: nothing joins
    expect(page.get_by_text(CLAIM.text)).to_be_hidden()
    expect(join).to_be_visible()
    assert sessions.counts and sessions.counts[-1][0] == 0, sessions.counts
    assert sessions.votes == []

    again = sessions.open("UHPK", lang)  # its own session reopened (its code kept): back by itself
    again.ask(CLAIM)
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")  # the pupil looks at the tab
    expect(page.get_by_text(CLAIM.text)).to_be_visible()
    expect(join).to_be_hidden()
    expect(page.get_by_role("button", name=w["agree"], exact=True)).to_have_attribute("aria-pressed", "true")
    for _ in range(50):  # its answer, which the app lost as it stopped, went again by itself
        if sessions.votes:
            break
        page.wait_for_timeout(100)
    assert [(question, choice) for _token, question, choice in sessions.votes] == [(CLAIM.id, "agree")]


def test_a_page_that_lost_its_room_joins_the_one_offered_only_by_a_tap(browser, sessions):
    """The offer tapped: the page comes in as a page opened afresh there, nothing of its old room
    with it (its answer, its header)."""
    from playwright.sync_api import expect

    first = sessions.open("UHPK", "fr")
    page = open_page(browser, sessions.port)
    expect(page.get_by_text(WORDS["fr"]["waiting"])).to_be_visible()
    first.ask(CLAIM)
    page.get_by_role("button", name="D’accord", exact=True).tap()
    expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
    second = sessions.open("VPNU", "fr")
    second.ask(CLAIM)
    join = page.get_by_role("button", name="Rejoindre la salle\u00a0VPNU", exact=True)
    join.tap(timeout=10_000)
    expect(page.get_by_text(CLAIM.text)).to_be_visible()
    expect(page.locator("header")).to_have_text("Bataille IA · Salle VPNU")
    expect(page.get_by_role("button", name="D’accord", exact=True)).to_have_attribute("aria-pressed", "false")
    page.wait_for_timeout(500)
    assert sessions.votes == []
