"""The phone page on a school's bad Wi-Fi: a real server on loopback, Debian's chromium headless, and
between them a relay (relay.py) that holds the traffic, or cuts a connection without a word to either
side, which Playwright's offline mode cannot do (Chromium goes on answering the server's pings).

Before, a connection cut that way left the page saying « L’ordinateur ne répond pas encore ; votre
vote attend » for good, the vote never counted; a Wi-Fi gone for longer than the server's keepalive
blamed the facilitator's laptop; a change of vote held on the way as the vote closed read as if the
answer before it were all; and a phone woken after its countdown ran out showed « Clôture… » beside
buttons still enabled."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from bataille.phones import PhoneServer, Question, ServerLimits

from .relay import Relay
from .test_phone_page import CHROMIUM, CLAIM, phone  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

# Every text the banner shows, kept in the page as it changes: a banner seen for an instant is seen.
BANNERS = """() => { window.banners = [];
  new MutationObserver(() => window.banners.push(document.getElementById('banner').classList.contains('shown')
    ? document.getElementById('banner').textContent : '')).observe(document.getElementById('banner'),
    {attributes: true, childList: true, characterData: true, subtree: true}); }"""
HIDDEN = """(v) => { Object.defineProperty(document, 'visibilityState', {configurable: true, get: () => v});
  Object.defineProperty(document, 'hidden', {configurable: true, get: () => v === 'hidden'});
  document.dispatchEvent(new Event('visibilitychange')); }"""


class Room:
    """A server, the app's side of what it heard, and one phone's page reaching it through a relay."""

    def __init__(self, open_page, limits: ServerLimits | None = None, locale: str = "fr-FR") -> None:
        self.votes: list[tuple[str, int, str]] = []
        self.voted = threading.Event()
        self.server = PhoneServer(limits, on_vote=self._vote)
        self.server.start("127.0.0.1", 0)
        self.relay = Relay(self.server.port)
        self.page = open_page(self.relay.port, locale)
        self.page.evaluate(BANNERS)

    def _vote(self, *vote) -> None:
        self.votes.append(vote)
        self.voted.set()

    def close(self) -> None:
        self.server.stop()
        self.relay.close()


@pytest.fixture
def room(phone):  # noqa: F811
    rooms: list[Room] = []

    def make(limits: ServerLimits | None = None, locale: str = "fr-FR") -> Room:
        rooms.append(Room(phone, limits, locale))
        return rooms[-1]

    yield make
    for made in rooms:
        made.close()


def test_a_vote_on_a_connection_cut_silently_is_counted_within_seconds(room) -> None:
    """It was never counted (the close held on the way too): the page waited for an ack for good."""
    from playwright.sync_api import expect

    r = room()
    expect(r.page.get_by_text("En attente de la prochaine question")).to_be_visible()
    r.server.ask(CLAIM)
    expect(r.page.get_by_text(CLAIM.text)).to_be_visible()
    r.relay.cut()
    sockets = r.relay.opened  # the page's own, and its socket's
    tapped = time.monotonic()
    r.page.get_by_role("button", name="D’accord", exact=True).tap()
    assert r.voted.wait(12), "the vote never reached the app"
    took = time.monotonic() - tapped
    print(f"a vote on a connection cut silently: counted {took:.1f} s after the tap")
    assert took < 10 and r.votes[-1][1:] == (3, "agree")
    expect(r.page.get_by_role("status")).to_contain_text("Vote enregistré\u00a0: D’accord")
    expect(r.page.get_by_role("alert")).to_be_hidden()
    assert r.relay.opened == sockets + 1  # one socket more, the same token: one phone
    assert len({token for token, _q, _c in r.votes}) == 1


def test_a_page_idle_on_a_connection_cut_silently_gets_the_next_question(room) -> None:
    """Nothing heard for longer than the app's heartbeat and a margin: the page opens another socket."""
    from playwright.sync_api import expect

    r = room(ServerLimits(alive=1))
    expect(r.page.get_by_text("En attente de la prochaine question")).to_be_visible()
    r.relay.cut()
    asked = time.monotonic()
    r.server.ask(CLAIM)
    expect(r.page.get_by_text(CLAIM.text)).to_be_visible(timeout=12_000)  # 1 s + 3 s of silence; more on a busy machine
    print(f"a page idle on a connection cut silently: the question shown {time.monotonic() - asked:.1f} s after it was asked")
    r.page.get_by_role("button", name="D’accord", exact=True).tap()
    expect(r.page.get_by_role("status")).to_contain_text("Vote enregistré")


def test_wifi_gone_past_the_keepalive_says_connection_lost_not_the_laptop(room) -> None:
    """The server's keepalive gives up (close code 1011, "keepalive ping timeout"): the page said « Un
    problème sur l’ordinateur de l’animateur… »; the connection was lost on the way, and it says so."""
    from playwright.sync_api import expect

    r = room(ServerLimits(ping_interval=0.3, ping_timeout=0.3, alive=60))
    expect(r.page.get_by_text("En attente de la prochaine question")).to_be_visible()
    r.server.ask(CLAIM)
    expect(r.page.get_by_text(CLAIM.text)).to_be_visible()
    r.relay.hold()  # the Wi-Fi goes: the server's pings go unanswered, its close waits on the way
    time.sleep(2.5)
    r.relay.release()
    expect(r.page.get_by_role("alert")).to_be_hidden(timeout=10_000)  # back in, by itself
    banners = r.page.evaluate("window.banners")
    assert "Connexion perdue — reconnexion…" in banners, banners
    assert not any("problème" in banner for banner in banners), banners
    r.page.get_by_role("button", name="Pas d’accord", exact=True).tap()
    expect(r.page.get_by_role("status")).to_contain_text("Vote enregistré\u00a0: Pas d’accord")


def test_a_change_held_on_the_way_as_the_vote_closed_is_said_to_be_too_late(room, shots: Path) -> None:
    from playwright.sync_api import expect

    r = room()
    expect(r.page.get_by_text("En attente de la prochaine question")).to_be_visible()
    r.server.ask(CLAIM)
    r.page.get_by_role("button", name="D’accord", exact=True).tap()
    status = r.page.get_by_role("status")
    expect(status).to_contain_text("Vote enregistré\u00a0: D’accord")
    r.relay.hold()
    r.page.get_by_role("button", name="Pas d’accord", exact=True).tap()  # the change waits on the way
    expect(status).to_contain_text("Envoi de votre vote\u00a0: Pas d’accord")
    r.server.close_vote()
    time.sleep(0.5)
    r.relay.release()
    expect(status).to_contain_text("Le vote est clos. Votre réponse\u00a0: D’accord. Votre changement (Pas "
                                   "d’accord) n’est pas arrivé à temps.")
    r.page.screenshot(path=str(shots / "phone-change-too-late.png"))
    assert [choice for _t, _q, choice in r.votes] == ["agree"]
    # Asked again, the page starts afresh: nothing said of the vote before.
    r.server.ask(Question(4, "Sobriété", CLAIM.text, stage="after"))
    expect(r.page.get_by_text("Vote après le débat")).to_be_visible()
    expect(status).not_to_contain_text("à temps")


def test_woken_after_its_countdown_ran_out_the_page_shows_the_vote_closed_at_once(room) -> None:
    """The phone slept through the countdown, its socket dead meanwhile: woken, it said « Clôture… »
    beside buttons still enabled until a new socket brought the close (3 s)."""
    from playwright.sync_api import expect

    r = room(locale="en-GB")
    page = r.page
    expect(page.get_by_text("Waiting for the next question")).to_be_visible()
    r.server.ask(CLAIM, None, time.monotonic() + 3)
    page.get_by_role("button", name="Agree", exact=True).tap()
    expect(page.get_by_role("status")).to_contain_text("Vote recorded: Agree")
    cdp = page.context.new_cdp_session(page)
    page.evaluate(HIDDEN, "hidden")
    cdp.send("Page.setWebLifecycleState", {"state": "frozen"})  # the screen locked: nothing runs
    r.relay.cut()  # ...and the Wi-Fi let its connection go
    sockets = r.relay.opened
    time.sleep(6)
    r.server.close_vote()  # the app's countdown closed it: the page cannot hear it
    cdp.send("Page.setWebLifecycleState", {"state": "active"})
    page.evaluate(HIDDEN, "visible")
    shown = page.evaluate("""() => ({timer: document.getElementById('countdown').textContent,
        status: document.getElementById('status').textContent,
        enabled: Array.from(document.querySelectorAll('button[data-choice]')).filter(b => !b.disabled).length})""")
    assert shown == {"timer": "Vote closed", "enabled": 0, "status": "The vote is closed. Your answer: Agree. "
                     "Keep this page open: the vote after the debate will appear here."}, shown
    # The dead socket left for a new one (3 s without an answer), which says the same, from the app.
    for _ in range(100):
        if r.relay.opened > sockets:
            break
        page.wait_for_timeout(100)
    assert r.relay.opened == sockets + 1
    expect(page.get_by_role("alert")).to_be_hidden(timeout=10_000)
    expect(page.get_by_role("status")).to_have_text(shown["status"])
