"""A phone turned away at the door, in a real browser (Debian's chromium, headless, Playwright, 360×640)
against the real server on loopback.

A phone refused with 4429 (too many silent sockets from its network) or 4408 (no hello in time) read
« Connexion perdue — reconnexion… », then « En attente de la prochaine question… » and « Gardez cette
page ouverte : la question apparaîtra ici » with no room code in its header: it had never got in,
and the page promised a question. Each close code now says what happened and that the page tries
again by itself; nothing is promised before the app has welcomed the phone. And a refused phone got
these words in its own language (French on a French phone in an English session): the session's
language came only with the welcome it never got; the app now writes it in the page it serves.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest
from websockets.sync.client import connect

from bataille.phones import PhoneServer, ServerLimits

from .test_phone_page import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

# What the banner says, per refusal and language: what happened, and that the page tries again.
WORDS = {
    "crowd": {"fr": "Trop de connexions d’un coup depuis ce téléphone ou ce réseau\u00a0: nouvel essai dans un instant…",
              "en": "Too many connections at once from this phone or this network: trying again in a moment…"},
    "hello": {"fr": "La connexion a été trop lente\u00a0: nouvel essai dans un instant…",
              "en": "The connection was too slow: trying again in a moment…"},
    "full": {"fr": "La salle est pleine\u00a0: trop de téléphones sont connectés. Nouvel essai automatique dans un moment…",
             "en": "The room is full: too many phones are connected. Retrying automatically in a moment…"},
}
WAITING = {"fr": "En attente de la prochaine question…", "en": "Waiting for the next question…"}
ROOM = {"fr": "Bataille IA · Salle KXRT", "en": "Bataille IA · Room KXRT"}
OTHER = {"fr": "en-GB", "en": "fr-FR"}  # each phone set to the other language than the session's
# Holds the page's hello on its way (as a network so slow the app gives up waiting) while holdHello is set.
HOLD_HELLO = """
window.holdHello = true;
var sendAsItWas = WebSocket.prototype.send;
WebSocket.prototype.send = function (data) {
  if (window.holdHello && String(data).indexOf('"hello"') >= 0) { return; }
  return sendAsItWas.call(this, data);
};
"""


def open_phone(browser, url: str, locale: str, init_script: str = ""):
    context = browser.new_context(viewport={"width": 360, "height": 640}, locale=locale, has_touch=True,
                                  is_mobile=True, device_scale_factor=2)
    if init_script:
        context.add_init_script(init_script)
    page = context.new_page()
    page.goto(url)
    return page


def assert_nothing_cut_and_taps_large(page) -> None:
    """No word runs off the 360 px screen, and every control shown is at least 44 px each way."""
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    for control in page.locator("button:visible, select:visible, textarea:visible").all():
        box = control.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, (control, box)
    for shown in (page.locator("#banner"), page.locator("#status")):  # whole on the screen, not below it
        if shown.is_visible():
            box = shown.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["y"] + box["height"] <= 640, box


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("why", ["crowd", "hello", "full"])
def test_a_phone_turned_away_is_told_why_in_the_session_language_and_gets_in_by_itself(browser, shots, why, lang):
    from playwright.sync_api import expect

    limits = {"crowd": ServerLimits(max_waiting=1), "hello": ServerLimits(hello_wait=0.3),
              "full": ServerLimits(max_connections=1, full_retry=1)}[why]
    server = PhoneServer(limits, lang=lang)
    server.code = "KXRT"
    port = server.start("127.0.0.1", 0)
    url = f"http://127.0.0.1:{port}/"
    door = None
    with ExitStack() as sockets:
        sockets.callback(server.stop)  # last, after the door's socket
        if why in ("crowd", "full"):  # crowd: a socket from the same address, open and silent, the
            door = sockets.enter_context(connect(f"ws://127.0.0.1:{port}/ws"))  # phone's one too many
        if why == "full":  # the one place is taken
            door.send('{"type": "hello", "token": null}')
        page = open_phone(browser, url, OTHER[lang], HOLD_HELLO if why == "hello" else "")
        banner = page.get_by_role("alert")
        expect(banner).to_have_text(WORDS[why][lang])
        expect(page.locator("html")).to_have_attribute("lang", lang)  # before any welcome: the session's
        body = page.locator("body")
        for promise in ("Connexion perdue", "Connection lost", "Gardez cette page", "Keep this page",
                        WAITING["fr"], WAITING["en"]):
            expect(body).not_to_contain_text(promise)  # it never got in: no question is promised
        expect(page.locator("header")).to_have_text("Bataille IA")  # no room code: it is not in the room
        page.screenshot(path=str(shots / f"phone-refused-{why}-{lang}.png"))
        assert_nothing_cut_and_taps_large(page)

        if door is not None:  # the place frees: the page knocks again by itself and gets in
            door.close()
        page.evaluate("window.holdHello = false")  # the network is quick again
        expect(banner).to_be_hidden(timeout=15_000)
        expect(page.get_by_text(WAITING[lang])).to_be_visible()
        expect(page.locator("header")).to_have_text(ROOM[lang])


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_page_not_let_in_yet_promises_no_question(browser, shots, lang):
    """Before the app welcomes it (a slow network), the page says it is connecting, not that the
    question will appear here."""
    from playwright.sync_api import expect

    server = PhoneServer(lang=lang)
    port = server.start("127.0.0.1", 0)
    try:
        page = open_phone(browser, f"http://127.0.0.1:{port}/", OTHER[lang], HOLD_HELLO)
        joining = {"fr": "Connexion à l’ordinateur de l’animateur…", "en": "Connecting to the facilitator’s computer…"}
        expect(page.locator("#waiting")).to_have_text(joining[lang])
        page.screenshot(path=str(shots / f"phone-joining-{lang}.png"))
        assert_nothing_cut_and_taps_large(page)
        page.evaluate("window.holdHello = false; sayHello()")
        expect(page.get_by_text(WAITING[lang])).to_be_visible()
        expect(page.locator("#keep")).not_to_be_empty()
    finally:
        server.stop()


def test_the_page_names_every_close_code_the_server_sends():
    """Each code the app closes a socket with (server.py), and those of the websockets library under
    it, has the page's own words; any other keeps the generic « connexion perdue »."""
    import re

    from bataille.phones import server

    page = (Path(server.__file__).parent / "page.html").read_text(encoding="utf-8")
    closes = dict(re.findall(r"(\d{4}): \"(\w+)\"", re.search(r"var CLOSES = \{(.*?)\};", page, re.S).group(1)))
    ours = {server.OFF_CODE: "off", server.MOVED_CODE: "movedAway", server.HELLO_CODE: "helloLate",
            server.CROWD_CODE: "crowd", server.FULL_CODE: "full", server.PHONE_CODE: "onePhone"}
    # 1001: the server closing the sockets still open as it stops; 1009: a message over max_message;
    # 1011: a keepalive ping unanswered, or an error in the handler. (4001, the end, stops the page.)
    library = {1001: "going", 1009: "tooBig", 1011: "serverError"}
    assert {int(code): key for code, key in closes.items()} == {**ours, **library}
    assert f"event.code === {server.OVER_CODE}" in page
    for key in [*ours.values(), *library.values()]:
        assert len(re.findall(rf"\b{key}: \"", page)) == 2, key  # in French and in English


def test_the_page_is_served_with_the_session_language_and_nothing_else_in_its_tag():
    from bataille.phones.protocol import served_page
    from bataille.phones.server import PhoneServer as Server

    page = Server()._page
    assert served_page(page, "en").startswith(b'<!DOCTYPE html>\n<html lang="en" data-lang="en">')
    assert served_page(page, None) == page  # no session language: the phone's own, as before
    assert served_page(page, 'en" onload="x') == page  # only a language code goes into the page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_phone_in_the_room_turned_away_as_it_reconnects_keeps_its_question_and_answer(browser, shots, lang):
    """Its Wi-Fi dropped, a phone that had voted knocks again and is turned away (its network holds
    too many silent sockets): the banner says why, the question and its answer stay, and the status
    says what is true of the answer, on the screen."""
    from playwright.sync_api import expect

    from bataille.phones import Question

    server = PhoneServer(ServerLimits(max_waiting=1), lang=lang)
    server.code = "KXRT"
    port = server.start("127.0.0.1", 0)
    claim = {"fr": "Il faut limiter l’usage de l’IA générative à l’école.",
             "en": "Generative AI should be limited at school."}[lang]
    kept = {"fr": "Votre vote (D’accord) est bien enregistré\u202f; si besoin, ce téléphone le renverra tout seul quand "
                  "l’ordinateur de l’animateur répondra. Gardez cette page ouverte.",
            "en": "Your vote (Agree) is recorded; if needed, this phone will send it again by itself when the "
                  "facilitator’s computer answers. Keep this page open."}[lang]
    with ExitStack() as sockets:
        sockets.callback(server.stop)
        page = open_phone(browser, f"http://127.0.0.1:{port}/", OTHER[lang])
        server.ask(Question(3, "IA", claim, lang=lang))
        page.locator("button[data-choice=agree]").tap()
        expect(page.get_by_role("status")).to_contain_text({"fr": "Vote enregistré", "en": "Vote recorded"}[lang])
        door = sockets.enter_context(connect(f"ws://127.0.0.1:{port}/ws"))  # silent, from the same address
        page.evaluate("socket.close()")  # the Wi-Fi drops; the page knocks again and is turned away
        expect(page.get_by_role("alert")).to_have_text(WORDS["crowd"][lang])
        expect(page.get_by_role("status")).to_have_text(kept)
        expect(page.get_by_text(claim)).to_be_visible()
        expect(page.locator("header")).to_have_text(ROOM[lang])
        page.screenshot(path=str(shots / f"phone-in-the-room-refused-crowd-{lang}.png"))
        assert_nothing_cut_and_taps_large(page)
        door.close()
        expect(page.get_by_role("alert")).to_be_hidden(timeout=15_000)
        expect(page.get_by_role("status")).to_contain_text({"fr": "Vote enregistré", "en": "Vote recorded"}[lang])
