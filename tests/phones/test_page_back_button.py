"""A participant presses the browser's back button, or taps twice, on the phone page (Debian's chromium
headless, Playwright, 360×640, the real server on loopback).

Back out of the debrief's form before Send, then back to the page (forward, or the code scanned again),
the rating and the theme picked were gone and Send was greyed, the words typed there or not: the
participant had to find and give them again. The form now comes back as it was left. A vote, left by
the back button and come back to, shows as recorded and counts once; a double tap on a choice sends it
once.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer, Question

from .test_phone_page import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

THEMES = (("sobriety", "Environnement et sobriété numérique"), ("bias", "Biais"))
WORDS = {"fr": "Je vérifierai les sources avant de partager un texte généré.",
         "en": "I will check the sources before sharing a generated text."}
RECORDED = {"fr": "Vote enregistré\u00a0: D’accord", "en": "Vote recorded: Agree"}
AGREE = {"fr": "D’accord", "en": "Agree"}
SEND = {"fr": "Envoyer", "en": "Send"}
THANKS = {"fr": "Merci, c’est envoyé.", "en": "Thanks, it’s sent."}


@pytest.fixture
def room():
    """(server, votes, feedback): a server on loopback in room KXRT, and what the app heard."""
    votes, feedback = [], []
    server = PhoneServer(on_vote=lambda *vote: votes.append(vote), on_feedback=lambda *answer: feedback.append(answer))
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    yield server, votes, feedback
    server.stop()


def _phone(browser, lang: str, url: str):
    """A phone that came to the page from another (the code's scanner): it has somewhere to go back to."""
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 360, "height": 640}, locale="fr-FR" if lang == "fr" else "en-GB",
                                  has_touch=True, is_mobile=True, device_scale_factor=2)
    page = context.new_page()
    page.goto("data:text/html,<p>scanner</p>")
    page.goto(url)
    expect(page.locator("header")).to_contain_text("KXRT")
    return page


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_debrief_form_left_by_the_back_button_comes_back_as_it_was_left(browser, room, shots, lang):
    from playwright.sync_api import expect

    server, _, feedback = room
    server.lang = lang
    url = f"http://127.0.0.1:{server.port}/"
    page = _phone(browser, lang, url)
    server.ask_feedback(THEMES)
    send = page.get_by_role("button", name=SEND[lang], exact=True)
    expect(send).to_be_visible()
    page.locator("#stars button").nth(3).tap()
    page.get_by_role("button", name="Biais", exact=True).tap()
    page.locator("#commitment").fill(WORDS[lang])

    page.go_back()  # the back button, before Send
    expect(page.get_by_text("scanner")).to_be_visible()
    page.goto(url)  # the code scanned again
    expect(send).to_be_visible()
    expect(page.locator("#stars button").nth(3)).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="Biais", exact=True)).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#commitment")).to_have_value(WORDS[lang])
    expect(send).to_be_enabled()
    page.screenshot(path=str(shots / f"phone-back-feedback-{lang}.png"))
    assert feedback == []  # nothing went without Send

    page.go_back()
    page.go_forward()  # forward: the same
    expect(page.locator("#stars button").nth(3)).to_have_attribute("aria-pressed", "true")
    expect(send).to_be_enabled()
    send.tap()
    expect(page.get_by_role("status").filter(has_text=THANKS[lang])).to_be_visible()
    assert [answer[1:] for answer in feedback] == [(4, "bias", WORDS[lang])]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_vote_left_by_the_back_button_is_shown_recorded_and_a_double_tap_counts_once(browser, room, lang):
    from playwright.sync_api import expect

    server, votes, _ = room
    page = _phone(browser, lang, f"http://127.0.0.1:{server.port}/")
    server.ask(Question(3, "IA", "Claim", lang=lang))
    agree = page.get_by_role("button", name=AGREE[lang], exact=True)
    agree.dblclick()  # a double tap
    expect(page.get_by_role("status")).to_contain_text(RECORDED[lang])
    page.go_back()
    page.go_forward()
    expect(page.get_by_role("status")).to_contain_text(RECORDED[lang])
    expect(agree).to_have_attribute("aria-pressed", "true")
    server.close_vote()
    expect(agree).to_be_disabled()
    assert [vote[1:] for vote in votes] == [(3, "agree")]
