"""The phone page with a banner up, in Debian's chromium headless at 360×640, a real server on loopback
and, for a Wi-Fi gone, the relay (relay.py) closed between them.

Before, a banner (voting off, connection lost, a close by the app) pushed the line saying whether the
vote counted below the bottom of a 640 px screen; a lost connection said « Votre réponse (D’accord)
est gardée sur ce téléphone : elle sera renvoyée… », read as "my vote did not count", and showed a
change still on its way in place of the answer recorded; the feedback form's « Merci, c’est envoyé »
appeared below the Send button, off the screen; and voting off while waiting still promised « la
question s’y affichera »."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer, Question

from .relay import Relay
from .test_phone_page import CHROMIUM, phone  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

LOCALES = {"fr": "fr-FR", "en": "en-GB"}
# A long claim, as the decks have: two lines and more on a phone.
CLAIMS = {"fr": "Une IA biaisée pose moins de problèmes qu’un humain biaisé, parce qu’on peut la mesurer et la corriger.",
          "en": "A biased AI is less of a problem than a biased human, because it can be measured and fixed."}
WORDS = {"fr": {"agree": "D’accord", "disagree": "Pas d’accord", "send": "Envoyer", "four": "4 sur 5"},
         "en": {"agree": "Agree", "disagree": "Disagree", "send": "Send", "four": "4 out of 5"}}
# Where the status line and the banner are, measured in the same instant the page says why it closed.
CLOSE_AND_MEASURE = """(code) => { socket.onclose = null; socket.close(); closed({code: code, reason: ''});
  var box = document.getElementById('status').getBoundingClientRect();
  return {bottom: box.bottom, status: document.getElementById('status').textContent,
          banner: document.getElementById('banner').textContent, height: window.innerHeight}; }"""


class Room:
    """A server asking one long claim, one phone on its page at 360×640 through a relay."""

    def __init__(self, open_page, lang: str, size: tuple[int, int] = (360, 640)) -> None:
        self.lang, self.words = lang, WORDS[lang]
        self.server = PhoneServer(lang=lang)
        self.server.code = "KXRT"
        self.server.start("127.0.0.1", 0)
        self.relay = Relay(self.server.port)
        self.page = open_page(self.relay.port, LOCALES[lang], size=size)

    def ask(self) -> None:
        from playwright.sync_api import expect

        self.server.ask(Question(3, "IA", CLAIMS[self.lang], lang=self.lang))
        expect(self.page.get_by_text(CLAIMS[self.lang])).to_be_visible()

    def vote(self, choice: str) -> None:
        from playwright.sync_api import expect

        self.page.get_by_role("button", name=self.words[choice], exact=True).tap()
        expect(self.page.get_by_role("status")).to_contain_text(self.words[choice])
        expect(self.page.locator(f"button[data-choice={choice}]")).not_to_have_class("pending")

    def close(self) -> None:
        self.server.stop()
        self.relay.close()


def ends_on_screen(locator, whole: bool = False, height: int = 640) -> None:
    """``locator``'s bottom within a ``height``-pixel screen (``whole``: its top too)."""
    box = locator.bounding_box()
    assert box and (not whole or box["y"] >= 0) and box["y"] + box["height"] <= height, box


@pytest.fixture
def room(phone):  # noqa: F811
    rooms: list[Room] = []

    def make(lang: str, size: tuple[int, int] = (360, 640)) -> Room:
        rooms.append(Room(phone, lang, size))
        return rooms[-1]

    yield make
    for made in rooms:
        made.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("code", [1006, 1009, 1011, 1001, 4002])
def test_a_banner_leaves_the_line_saying_whether_the_vote_counted_on_the_screen(room, lang, code, shots: Path):
    """Connection lost, a message too long, the app's error, the app closing, the vote moved."""
    r = room(lang)
    r.ask()
    r.vote("agree")
    shown = r.page.evaluate(CLOSE_AND_MEASURE, code)
    assert shown["banner"] and WORDS[lang]["agree"] in shown["status"], shown
    assert shown["bottom"] <= shown["height"] == 640, shown
    r.page.screenshot(path=str(shots / f"phone-banner-{code}-{lang}.png"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_a_small_phone_the_longest_banner_leaves_the_vote_s_result_on_the_screen(room, lang, shots: Path):
    """320×568, the app's error (the longest banner) over a long claim and a vote recorded."""
    r = room(lang, (320, 568))
    r.ask()
    r.vote("agree")
    shown = r.page.evaluate(CLOSE_AND_MEASURE, 1011)
    assert shown["banner"] and WORDS[lang]["agree"] in shown["status"], shown
    assert shown["bottom"] <= shown["height"] == 568, shown
    r.page.screenshot(path=str(shots / f"phone-banner-small-{lang}.png"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_voting_turned_off_after_a_vote_leaves_the_vote_recorded_on_the_screen(room, lang, shots: Path):
    from playwright.sync_api import expect

    r = room(lang)
    r.ask()
    r.vote("agree")
    r.server.stop()  # the facilitator turns the phones off
    expect(r.page.get_by_role("alert")).to_be_visible()
    status = r.page.get_by_role("status")
    expect(status).to_have_text({"fr": "Votre vote a bien été enregistré sur l’ordinateur de l’animateur\u00a0: D’accord.",
                                 "en": "Your vote was recorded on the facilitator’s computer: Agree."}[lang])
    ends_on_screen(status)
    r.page.screenshot(path=str(shots / f"phone-off-voted-{lang}.png"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_connection_lost_after_a_vote_says_the_vote_is_recorded(room, lang, shots: Path):
    from playwright.sync_api import expect

    r = room(lang)
    r.ask()
    r.vote("agree")
    r.relay.close()  # the Wi-Fi gone: a close without a code, then nobody
    expect(r.page.get_by_role("alert")).to_have_text({"fr": "Connexion perdue — reconnexion…",
                                                      "en": "Connection lost — reconnecting…"}[lang])
    status = r.page.get_by_role("status")
    expect(status).to_have_text({
        "fr": "Votre vote (D’accord) est bien enregistré\u202f; si besoin, ce téléphone le renverra tout seul quand "
              "l’ordinateur de l’animateur répondra. Gardez cette page ouverte.",
        "en": "Your vote (Agree) is recorded; if needed, this phone will send it again by itself when the "
              "facilitator’s computer answers. Keep this page open."}[lang])
    agree = r.page.locator("button[data-choice=agree]")
    expect(agree).to_have_attribute("aria-pressed", "true")
    expect(agree).not_to_have_class("pending")
    ends_on_screen(status)
    r.page.screenshot(path=str(shots / f"phone-lost-voted-{lang}.png"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_change_on_its_way_when_the_connection_is_lost_leaves_the_first_vote_standing(room, lang, shots: Path):
    from playwright.sync_api import expect

    r = room(lang)
    r.ask()
    r.vote("agree")
    r.page.evaluate("socket.send = function () {}")  # the change leaves, and is lost on the way
    r.page.get_by_role("button", name=r.words["disagree"], exact=True).tap()
    r.relay.close()
    expect(r.page.get_by_role("alert")).to_be_visible(timeout=8000)
    status = r.page.get_by_role("status")
    expect(status).to_have_text({
        "fr": "Votre vote (D’accord) est bien enregistré et compte toujours. Votre changement (Pas d’accord) "
              "n’est pas encore arrivé\u00a0: ce téléphone l’enverra quand l’ordinateur de l’animateur répondra, "
              "si le vote est encore ouvert.",
        "en": "Your vote (Agree) is recorded and still counts. Your change (Disagree) has not arrived yet: this "
              "phone will send it when the facilitator’s computer answers, if the vote is still open."}[lang],
        timeout=8000)
    agree, disagree = (r.page.locator(f"button[data-choice={c}]") for c in ("agree", "disagree"))
    expect(agree).to_have_attribute("aria-pressed", "true")  # recorded: shown as recorded, not striped
    expect(agree).not_to_have_class("pending")
    expect(disagree).to_have_attribute("aria-pressed", "true")
    expect(disagree).to_have_class("pending")  # the change only is striped
    ends_on_screen(status)
    r.page.screenshot(path=str(shots / f"phone-lost-change-{lang}.png"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_voting_off_while_waiting_promises_no_question(room, lang, shots: Path):
    from playwright.sync_api import expect

    r = room(lang)
    keep = r.page.locator("#keep")
    expect(keep).to_contain_text({"fr": "la question s’y affichera", "en": "the question will appear here"}[lang])
    r.server.stop()
    expect(r.page.get_by_role("alert")).to_contain_text({"fr": "coupé", "en": "off"}[lang])
    expect(keep).to_have_text("")
    expect(r.page.get_by_role("alert")).to_be_visible()
    r.page.screenshot(path=str(shots / f"phone-off-waiting-{lang}.png"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_feedback_sent_is_said_on_the_screen_where_the_pupil_tapped_send(room, lang, shots: Path):
    from playwright.sync_api import expect

    r = room(lang)
    r.server.ask_feedback((("bias", "Biais"), ("environment", "Environnement"), ("society", "Société")))
    send = r.page.get_by_role("button", name=r.words["send"])
    expect(send).to_be_visible()
    r.page.get_by_role("button", name=r.words["four"]).tap()
    r.page.locator("#commitment").fill("Regarder moins de vidéos en 4K.")
    send.evaluate("b => b.scrollIntoView(false)")  # scrolled down until the button shows, at the bottom
    r.relay.hold()  # the answer held on the way: « Envoi… » first
    send.tap()
    thanks = r.page.locator("#thanks")
    expect(thanks).to_have_text({"fr": "Envoi…", "en": "Sending…"}[lang])
    ends_on_screen(thanks, whole=True)
    r.relay.release()
    expect(thanks).to_contain_text({"fr": "Merci, c’est envoyé", "en": "Thanks, it’s sent"}[lang])
    ends_on_screen(thanks, whole=True)
    r.page.screenshot(path=str(shots / f"phone-feedback-sent-{lang}.png"))
