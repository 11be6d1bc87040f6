"""What the phone page says when the laptop's app stops, and after the phones move to a new address:
a real browser (Debian's chromium, headless, Playwright, 360×640) against the real server on loopback.

Killed, the app took an open vote's answers with it (they live in its memory until the vote is
recorded), yet the page said « Connexion perdue. Votre vote a bien été enregistré sur l’ordinateur :
D’accord », under a banner that said « Connexion perdue » too. And after a move, a phone that had
sent its end-of-workshop feedback came back with a new token, was asked again with nothing said,
and sent it a second time.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.phones import PhoneServer

from .test_page_refusals import assert_nothing_cut_and_taps_large, open_phone
from .test_phone_page import CHROMIUM, CLAIM, CRASHING_APP, THEMES

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

KEPT = {"fr": "Votre vote (Pas d’accord) est bien enregistré\u202f; si besoin, ce téléphone le renverra tout seul "
              "quand l’ordinateur de l’animateur répondra. Gardez cette page ouverte.",
        "en": "Your vote (Disagree) is recorded; if needed, this phone will send it again by itself when the "
              "facilitator’s computer answers. Keep this page open."}
LOST = {"fr": "Connexion perdue", "en": "Connection lost"}
RECORDED = {"fr": "enregistré sur l’ordinateur", "en": "recorded on the facilitator’s computer"}
LOCALE = {"fr": "fr-FR", "en": "en-GB"}  # the killed app has no session language: the phone's own


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_killed_app_is_not_said_to_have_recorded_the_vote_and_connection_lost_shows_once(browser, shots, lang):
    from playwright.sync_api import expect

    app = subprocess.Popen([sys.executable, "-c", CRASHING_APP, CLAIM.text], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(Path("src").resolve())))
    try:
        port = int(app.stdout.readline().split()[1])
        page = open_phone(browser, f"http://127.0.0.1:{port}/", LOCALE[lang])
        expect(page.get_by_text(CLAIM.text)).to_be_visible()
        page.locator("button[data-choice=disagree]").tap()
        assert app.stdout.readline().startswith("VOTE")
        app.kill()  # the laptop's app stops: the open vote's answers were in its memory only
        app.wait()
        expect(page.get_by_role("status")).to_have_text(KEPT[lang])
        expect(page.get_by_role("alert")).to_contain_text(LOST[lang])
        body = page.locator("body").inner_text()
        assert body.count(LOST[lang]) == 1, body  # the banner says it; the status says what is true
        assert RECORDED[lang] not in body, body
        page.screenshot(path=str(shots / f"phone-app-stopped-{lang}.png"))
        assert_nothing_cut_and_taps_large(page)
    finally:
        app.kill()
        app.wait()


def _move(server: PhoneServer) -> int:
    """What the console does to move the phones (ui/phones.py, move_to): stop, set the open vote's
    answers aside, listen at the new address (127.0.0.2 here) on the same port."""
    port = server.port
    server.stop()
    server.room.set_aside()
    return server.start("127.0.0.2", port)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_after_a_move_a_phone_is_told_the_feedback_it_sent_before_was_received(browser, shots, lang):
    from playwright.sync_api import expect

    heard: list[tuple] = []
    server = PhoneServer(on_feedback=lambda *answer: heard.append(answer), lang=lang)
    server.start("127.0.0.1", 0)
    moved = {"fr": "Déjà envoyé avant que le vote change d’adresse\u202f? Votre avis est bien reçu\u00a0: inutile de le renvoyer.",
             "en": "Already sent before voting moved to a new address? Your feedback was received: no need to send it again."}
    rate = {"fr": "4 sur 5", "en": "4 out of 5"}
    thanks = {"fr": "Merci, c’est envoyé. Vous pouvez encore modifier et renvoyer.",
              "en": "Thanks, it’s sent. You can still change it and send it again."}
    try:
        server.ask_feedback(THEMES)
        before = open_phone(browser, f"http://127.0.0.1:{server.port}/", LOCALE[lang])
        before.get_by_role("button", name=rate[lang]).tap()
        before.locator("#commitment").fill("Éteindre la box la nuit")
        before.locator("#send").tap()
        # Thanked once the server has it (« Envoi… » shows first: the line is not empty before then).
        expect(before.locator("#thanks")).to_have_text(thanks[lang])
        expect(before.get_by_text(moved[lang])).to_be_hidden()  # no move yet: nothing to say
        assert len(heard) == 1

        port = _move(server)
        assert len(server.room.feedback) == 1  # the commitment written before the move is kept
        # The same phone scans the new code: the same browser, another address, so no token kept there.
        after = before.context.new_page()
        after.goto(f"http://127.0.0.2:{port}/")
        note = after.get_by_text(moved[lang])
        expect(note).to_be_visible()
        box = note.bounding_box()  # above the form, read before it is filled in again
        assert box["y"] + box["height"] < after.locator("#stars").bounding_box()["y"] and box["y"] >= 0, box
        expect(after.get_by_role("button", name=rate[lang])).to_have_attribute("aria-pressed", "false")
        after.screenshot(path=str(shots / f"phone-feedback-after-a-move-{lang}.png"), full_page=True)
        assert_nothing_cut_and_taps_large(after)
        after.wait_for_timeout(300)
        assert len(heard) == 1  # nothing sent again by itself

        other = open_phone(browser, f"http://127.0.0.2:{port}/", LOCALE[lang])  # a phone that had not sent
        expect(other.get_by_text(moved[lang])).to_be_visible()  # the words hold for it too: "if…"
        other.get_by_role("button", name=rate[lang]).tap()
        other.locator("#send").tap()
        expect(other.locator("#thanks")).not_to_be_empty()
        expect(other.get_by_text(moved[lang])).to_be_hidden()
        other.reload()  # sent at this address: thanked, not told about the move
        expect(other.locator("#thanks")).not_to_be_empty()
        expect(other.get_by_text(moved[lang])).to_be_hidden()
        assert len(heard) == 2 and len(server.room.feedback) == 2
    finally:
        server.stop()


def test_a_move_that_fails_or_comes_before_any_feedback_says_nothing_of_it():
    from bataille.phones.room import Room

    room = Room()
    room.feedback["token-of-a-phone-0001"] = (5, None, "")
    before = room.set_aside()
    assert room.feedback_moved == 1 and room.feedback  # counted, kept
    room.put_back(before)  # the move failed: the phones are where they were, with their tokens
    assert room.feedback_moved == 0
    assert Room().set_aside() == {} and Room().feedback_moved == 0
