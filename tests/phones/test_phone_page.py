"""The phone page in a real browser: Debian's chromium, headless, driven by Playwright, at 360×640.

It taps a vote, sees the confirmation, survives a restart of the server (same voter, by the token
the page keeps), and saves screenshots (BATAILLE_SHOTS=folder keeps them for a person to look at).
"""

from __future__ import annotations

import os
import re
import shutil
import threading
from pathlib import Path

import pytest

from bataille.phones import PhoneServer, Question, ServerLimits

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
CLAIM = Question(3, "Sobriété", "Il faut limiter l’usage de l’IA générative à l’école.")

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")


@pytest.fixture
def phone():
    """``phone(port, locale)``: a new phone (its own browser context: its own token) on the page."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)

        def open_page(port: int, locale: str = "fr-FR", color_scheme: str = "light", size: tuple[int, int] = (360, 640)):
            context = browser.new_context(viewport={"width": size[0], "height": size[1]}, locale=locale,
                                          has_touch=True, is_mobile=True, device_scale_factor=2,
                                          color_scheme=color_scheme)
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            return page

        yield open_page
        browser.close()


@pytest.fixture
def asked_phone(phone):
    """(server, page, votes): a server on loopback, one phone on its page, asked CLAIM; the test stops
    the server when it is done with it (stopping twice is harmless)."""
    from playwright.sync_api import expect

    votes: list[tuple[str, int, str]] = []
    server = PhoneServer(on_vote=lambda *vote: votes.append(vote))
    server.start("127.0.0.1", 0)
    try:
        page = phone(server.port)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        server.ask(CLAIM)
        expect(page.get_by_text(CLAIM.text)).to_be_visible()
    except BaseException:
        server.stop()
        raise
    yield server, page, votes
    server.stop()


def test_a_phone_votes_sees_the_confirmation_and_survives_a_server_restart(shots: Path):
    from playwright.sync_api import expect, sync_playwright

    votes: list[tuple[str, int, str]] = []
    voted = threading.Event()

    def on_vote(token, question, choice):
        votes.append((token, question, choice))
        voted.set()

    server = PhoneServer(on_vote=on_vote)
    port = server.start("127.0.0.1", 0)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            context = browser.new_context(viewport={"width": 360, "height": 640}, locale="fr-FR",
                                          has_touch=True, is_mobile=True, device_scale_factor=2)
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{port}/")
            expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
            # A room waits through a whole timeline: the page says to keep it open, not to reload it.
            expect(page.get_by_text("Gardez cette page ouverte\u00a0: la question s’y affichera d’elle-même")).to_be_visible()
            page.screenshot(path=str(shots / "phone-waiting.png"))

            server.ask(CLAIM)
            expect(page.get_by_text(CLAIM.text)).to_be_visible()
            page.screenshot(path=str(shots / "phone-question.png"))
            page.get_by_role("button", name="D’accord", exact=True).tap()
            expect(page.get_by_role("status")).to_contain_text("Vote enregistré : D’accord")
            expect(page.get_by_role("button", name="D’accord", exact=True)).to_have_attribute("aria-pressed", "true")
            page.screenshot(path=str(shots / "phone-voted.png"))
            assert voted.wait(5) and votes[-1][1:] == (3, "agree")
            token = votes[-1][0]

            server.stop()  # the facilitator turns the phones off, or the laptop's app restarts
            expect(page.get_by_role("alert")).to_have_text(
                "Le vote par téléphone est coupé pour le moment. Cette page reprendra d’elle-même quand il "
                "sera rallumé.")
            # Not "vous pouvez changer jusqu’à la clôture" beside disabled buttons: what is true now.
            expect(page.get_by_role("status")).to_have_text(
                "Votre vote a bien été enregistré sur l’ordinateur de l’animateur\u00a0: D’accord.")
            expect(page.get_by_role("button", name="D’accord", exact=True)).to_be_disabled()
            page.screenshot(path=str(shots / "phone-connection-lost.png"))
            server.start("127.0.0.1", port)
            expect(page.get_by_role("alert")).to_be_hidden(timeout=10_000)
            server.ask(Question(4, "Sobriété", CLAIM.text, stage="after"))
            expect(page.get_by_text("Vote après le débat")).to_be_visible()
            voted.clear()
            page.get_by_role("button", name="Pas d’accord", exact=True).tap()
            expect(page.get_by_role("status")).to_contain_text("Pas d’accord")
            assert voted.wait(5) and votes[-1] == (token, 4, "disagree")  # the same voter

            server.close_vote()
            expect(page.get_by_role("status")).to_contain_text("Le vote est clos")
            expect(page.get_by_role("button", name="Indécis", exact=True)).to_be_disabled()
            page.screenshot(path=str(shots / "phone-closed.png"))
            # A tap crossing the close is refused: the page keeps saying what is true, the answer kept
            # (it said « Message refusé : ce vote est clos. » in its place).
            page.evaluate('socket.send(JSON.stringify({type: "vote", question: 4, choice: "agree"}))')
            page.wait_for_timeout(300)
            expect(page.get_by_role("status")).to_have_text("Le vote est clos. Votre réponse\u00a0: Pas d’accord.")

            heard = []
            server.on_feedback = lambda *answer: heard.append(answer)
            server.ask_feedback((("bias", "Biais algorithmiques"), ("environment", "Impact environnemental")))
            expect(page.get_by_text("Votre note pour l’atelier, de 1 (faible) à 5 (excellent)")).to_be_visible()
            send = page.get_by_role("button", name="Envoyer")
            expect(send).to_be_disabled()  # and it says why, where it stayed pale without a word
            expect(page.get_by_text("Choisissez une note pour envoyer.")).to_be_visible()
            page.get_by_role("button", name="4 sur 5").tap()
            expect(page.get_by_text("Choisissez une note pour envoyer.")).to_be_hidden()
            page.get_by_role("button", name="Impact environnemental").tap()
            page.get_by_label("Un engagement, en une phrase (facultatif)").fill("Regarder moins de vidéos en 4K")
            page.screenshot(path=str(shots / "phone-feedback.png"), full_page=True)
            page.get_by_role("button", name="Envoyer").tap()
            expect(page.get_by_text("Merci, c’est envoyé")).to_be_visible()
            assert heard == [(token, 4, "environment", "Regarder moins de vidéos en 4K")]
            browser.close()
    finally:
        server.stop()


def test_a_full_room_says_so_and_lets_the_phone_in_when_a_place_frees(phone, shots: Path):
    """Past the limit the page said "Connexion perdue — reconnexion…" for ever: the server's HTTP 503
    cannot be read by a browser's WebSocket."""
    from playwright.sync_api import expect

    server = PhoneServer(ServerLimits(max_connections=1, full_retry=1))
    port = server.start("127.0.0.1", 0)
    try:
        inside = phone(port)
        expect(inside.get_by_text("En attente de la prochaine question")).to_be_visible()
        late = phone(port)
        expect(late.get_by_role("alert")).to_contain_text("La salle est pleine")
        expect(late.get_by_role("alert")).not_to_contain_text("Connexion perdue")
        expect(late.get_by_text("En attente de la prochaine question")).to_be_hidden()  # it is not in
        late.screenshot(path=str(shots / "phone-room-full.png"))
        inside.close()  # a place frees: the late phone gets in by itself
        expect(late.get_by_role("alert")).to_be_hidden(timeout=10_000)
        expect(late.get_by_text("En attente de la prochaine question")).to_be_visible()
    finally:
        server.stop()


def test_taps_while_the_laptop_is_frozen_show_sending_then_the_last_tap_is_recorded(asked_phone, shots: Path):
    """The laptop froze while a phone voted: its taps showed nothing for many seconds, then they all
    arrived at once, the 11th and later were refused as too fast, and "Message refusé : trop de
    messages…" replaced the confirmation (the recorded vote being the 10th tap, not the last)."""
    from playwright.sync_api import expect

    server, page, votes = asked_phone
    tap = {choice: page.locator(f"button[data-choice={choice}]") for choice in ("agree", "disagree", "undecided")}
    tap["disagree"].tap()
    expect(page.get_by_role("status")).to_contain_text("Vote enregistré")

    frozen = threading.Event()
    server._loop.call_soon_threadsafe(frozen.wait, 20)  # the laptop's app stops answering
    tap["agree"].tap()
    expect(page.get_by_role("status")).to_contain_text("Envoi", timeout=1000)
    expect(tap["agree"]).to_have_attribute("aria-pressed", "true")
    page.screenshot(path=str(shots / "phone-sending.png"))
    for i in range(14):  # the person taps again and again
        tap[("disagree", "agree")[i % 2]].tap()
    tap["undecided"].tap()
    expect(page.get_by_role("status")).to_contain_text("ne répond pas encore", timeout=8000)
    page.screenshot(path=str(shots / "phone-sending-slow.png"))
    frozen.set()

    expect(page.get_by_role("status")).to_have_text("Vote enregistré\u00a0: Indécis (vous pouvez changer jusqu’à la clôture)")
    expect(tap["undecided"]).to_have_attribute("aria-pressed", "true")
    page.wait_for_timeout(1500)  # nothing later replaces it
    expect(page.get_by_role("status")).not_to_contain_text("refusé")
    assert votes[-1][1:] == (3, "undecided")  # the last tap counts

    # Too many messages at once (here, team changes) are refused, but a confirmed vote stays shown.
    page.evaluate('for (var i = 0; i < 15; i++) socket.send(JSON.stringify({type: "team", team: null}))')
    page.wait_for_timeout(500)
    expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
    expect(page.get_by_role("status")).not_to_contain_text("refusé")


def test_a_tap_lost_with_the_connection_says_so_and_goes_again_on_reconnection(asked_phone, shots: Path):
    from playwright.sync_api import expect

    server, page, votes = asked_phone
    port = server.port
    page.evaluate("socket.send = function () {}")  # the tap leaves, and is lost on the way
    page.locator("button[data-choice=disagree]").tap()
    expect(page.get_by_role("status")).to_contain_text("Envoi de votre vote")
    server.stop()
    expect(page.get_by_role("status")).to_have_text(  # the banner says what happened, once
        "Pas encore enregistrée\u00a0: votre réponse (Pas d’accord) sera envoyée quand l’ordinateur de "
        "l’animateur répondra, si le vote est encore ouvert.")
    box = page.get_by_role("status").bounding_box()
    assert box["y"] + box["height"] <= 640, box  # whole on the screen, under the banner
    page.screenshot(path=str(shots / "phone-lost-before-confirmation.png"))
    assert votes == []
    server.start("127.0.0.1", port)
    expect(page.get_by_role("status")).to_contain_text("Vote enregistré\u00a0: Pas d’accord", timeout=10_000)
    assert votes[-1][1:] == (3, "disagree")


def test_a_tap_that_had_not_arrived_when_the_vote_closed_is_not_called_no_answer(asked_phone, shots: Path):
    """The Wi-Fi dropped as a pupil tapped; the vote closed before the tap arrived: the page said
    « vous n’avez pas répondu » to a pupil who had. It says the answer did not arrive in time, and
    the next vote starts afresh."""
    from playwright.sync_api import expect

    server, page, votes = asked_phone
    page.evaluate("socket.send = function () {}")  # the tap leaves, and is lost on the way
    page.locator("button[data-choice=disagree]").tap()
    expect(page.get_by_role("status")).to_contain_text("Envoi de votre vote")
    server.close_vote()
    status = page.get_by_role("status")
    expect(status).to_contain_text("Le vote est clos. Votre réponse (Pas d’accord) n’est pas arrivée à temps.")
    expect(status).not_to_contain_text("vous n’avez pas répondu")
    page.screenshot(path=str(shots / "phone-tap-too-late.png"))
    assert votes == []
    server.ask(Question(4, "Sobriété", CLAIM.text, stage="after"))
    expect(page.get_by_text("Vote après le débat")).to_be_visible()
    expect(status).not_to_contain_text("à temps")
    server.close_vote()  # this one without a tap: no answer, as before
    expect(status).to_have_text("Le vote est clos\u202f; vous n’avez pas répondu.")


def test_the_page_speaks_the_session_language_not_the_phone_one(phone, shots: Path):
    """A phone set to English in a French session showed English buttons under a French claim: the
    page followed navigator.language. It now follows the language the app sends."""
    from playwright.sync_api import expect

    server = PhoneServer(lang="fr")
    port = server.start("127.0.0.1", 0)
    server.set_teams((("owls", "Les Chouettes"),))
    try:
        page = phone(port, locale="en-GB")
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        expect(page.locator("html")).to_have_attribute("lang", "fr")
        expect(page.get_by_text("Mon équipe (facultatif)")).to_be_visible()
        server.ask(CLAIM)
        expect(page.get_by_role("button", name="D’accord", exact=True)).to_be_visible()
        expect(page.get_by_text("Vote avant le débat")).to_be_visible()
        page.screenshot(path=str(shots / "phone-english-phone-french-session.png"))

        server.ask(Question(5, "Sobriety", "Generative AI should be limited at school.", lang="en"))
        expect(page.get_by_role("button", name="Agree", exact=True)).to_be_visible()
        expect(page.get_by_text("Vote before the debate")).to_be_visible()
        expect(page.get_by_text("My team (optional)")).to_be_visible()
        expect(page.locator("html")).to_have_attribute("lang", "en")
    finally:
        server.stop()


def test_the_french_words_say_what_the_room_sees_elsewhere_with_french_typography(phone):
    """The third choice said "Sans avis" on the phones while the console, the stage and the printed
    voting cards say "Indécis"."""
    server = PhoneServer()
    port = server.start("127.0.0.1", 0)
    try:
        page = phone(port)
        words = page.evaluate("""() => { var out = [];
            (function walk(o) { for (var k in o) { typeof o[k] === "string" ? out.push(o[k]) : walk(o[k]); } })(WORDS.fr);
            return out; }""")
    finally:
        server.stop()
    assert "Indécis" in words and "Sans avis" not in words
    for text in words:
        assert "'" not in text, text  # curly apostrophes
        assert not re.search(r"[^\u00a0]:", text), text  # a no-break space before a colon
        assert not re.search(r"[^\u202f][;?!%]", text), text  # a narrow no-break before ; ? ! %


def test_two_tabs_of_one_phone_are_one_voter_and_agree(phone):
    from playwright.sync_api import expect

    counts: list[tuple[int, int]] = []
    server = PhoneServer(on_count=lambda *count: counts.append(count))
    port = server.start("127.0.0.1", 0)
    try:
        first = phone(port)
        expect(first.get_by_text("En attente de la prochaine question")).to_be_visible()
        second = first.context.new_page()  # the same browser: the same token
        second.goto(f"http://127.0.0.1:{port}/")
        expect(second.get_by_text("En attente de la prochaine question")).to_be_visible()
        server.set_teams((("owls", "Les Chouettes"), ("foxes", "Les Renards")))
        server.ask(CLAIM)
        expect(second.get_by_text(CLAIM.text)).to_be_visible()
        first.locator("button[data-choice=agree]").tap()
        expect(second.get_by_role("status")).to_contain_text("Vote enregistré\u00a0: D’accord")
        second.reload()  # the team list comes with the welcome
        expect(second.get_by_text(CLAIM.text)).to_be_visible()
        first.reload()
        first.get_by_label("Mon équipe (facultatif)").select_option("foxes")
        expect(second.get_by_label("Mon équipe (facultatif)")).to_have_value("foxes")
        assert counts[-1] == (1, 1)  # one phone, one answer
    finally:
        server.stop()


# The contrast (WCAG 2) of an element's text against the first opaque background under it.
CONTRAST = """element => {
  const rgb = s => s.match(/[\\d.]+/g).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(c => { c /= 255; return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; })
                                      .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  let under = element, back;
  do { back = rgb(getComputedStyle(under).backgroundColor); under = under.parentElement; }
  while (back.length === 4 && back[3] === 0 && under);
  const [a, b] = [lum(rgb(getComputedStyle(element).color)), lum(back)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def rgb(colour: str) -> str:
    """``#4F9BE6`` as the browser computes it: ``rgb(79, 155, 230)``."""
    return "rgb({}, {}, {})".format(*(int(colour[i:i + 2], 16) for i in (1, 3, 5)))


def assert_the_stage_colours(page, pressed: str) -> None:
    """Each choice framed in the colour of its bar on the stage and of its printed voting card; the
    pressed one filled with it (the same palette in light and dark mode)."""
    from bataille.workshop.state import CHOICE_COLOURS

    for choice, colour in CHOICE_COLOURS.items():
        button = page.locator(f'button[data-choice="{choice}"]')
        frame = button.evaluate("b => ['Top', 'Right', 'Bottom', 'Left'].map(s => getComputedStyle(b)[`border${s}Color`])")
        assert frame == [rgb(colour)] * 4, (choice, frame)
        if choice == pressed:
            assert button.evaluate("b => getComputedStyle(b).backgroundColor") == rgb(colour), choice


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_reads_in_a_phone_light_or_dark_mode(phone, shots: Path, scheme: str):
    """A phone in dark mode in a dimmed classroom gets a dark page; every word reads (4.5:1 at least),
    each choice pressed or not, and the choices wear the stage's colours in either mode."""
    from playwright.sync_api import expect

    server = PhoneServer()
    server.start("127.0.0.1", 0)
    try:
        page = phone(server.port, color_scheme=scheme)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        server.ask(CLAIM)
        expect(page.get_by_text(CLAIM.text)).to_be_visible()
        paper = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert paper == ("rgb(18, 18, 18)" if scheme == "dark" else "rgb(255, 255, 255)")
        for word, choice in (("D’accord", "agree"), ("Indécis", "undecided"), ("Pas d’accord", "disagree")):
            page.get_by_role("button", name=word, exact=True).tap()  # each choice pressed in turn, the others not
            expect(page.get_by_role("status")).to_contain_text(f"Vote enregistré\u00a0: {word}")
            for selector in ("#claim", "#title", "#status", "header", 'button[data-choice="agree"]',
                             'button[data-choice="disagree"]', 'button[data-choice="undecided"]'):
                ratio = page.locator(selector).evaluate(CONTRAST)
                assert ratio >= 4.5, (scheme, choice, selector, ratio)
            assert_the_stage_colours(page, pressed=choice)
        page.screenshot(path=str(shots / f"phone-{scheme}.png"))
        server.ask_feedback((("bias", "Biais algorithmiques"), ("society", "Société")))
        expect(page.locator("#stars button").first).to_be_visible()
        for selector in ("#stars button", "#themes button", "#rate-legend", "#commitment", "#send"):
            ratio = page.locator(selector).first.evaluate(CONTRAST)
            assert ratio >= 4.5, (scheme, selector, ratio)
        page.screenshot(path=str(shots / f"phone-feedback-{scheme}.png"))
    finally:
        server.stop()


def test_the_end_of_the_workshop_thanks_the_room_and_the_page_stops_knocking(asked_phone, shots: Path):
    """The workshop over, the server says so as it stops: the page thanks the room instead of
    "Connexion perdue — reconnexion…", and does not come back at once if something listens there
    again (see the next test for the same session's room later)."""
    from playwright.sync_api import expect

    server, page, _votes = asked_phone
    port = server.port
    page.get_by_role("button", name="D’accord", exact=True).tap()
    expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
    server.stop(over=True)
    expect(page.get_by_text("L’atelier est terminé. Merci d’y avoir pris part\u202f!")).to_be_visible()
    expect(page.get_by_text("Gardez cette page ouverte")).to_be_hidden()  # nothing more is coming
    expect(page.get_by_role("alert")).to_be_hidden()
    expect(page.get_by_text(CLAIM.text)).to_be_hidden()
    page.screenshot(path=str(shots / "phone-workshop-over.png"))
    server.start("127.0.0.1", port)  # a server there again (the next session) is not knocked at
    page.wait_for_timeout(1500)
    expect(page.get_by_text("L’atelier est terminé")).to_be_visible()
    expect(page.get_by_text("En attente de la prochaine question")).to_be_hidden()


def test_the_end_taken_back_brings_the_page_back_to_its_room_only(phone):
    """The facilitator took the end back (Ctrl+Z) and turned the phones on again: the pages had
    stopped knocking for good, 0 connected. A page that heard the end now knocks now and then for a
    while and comes back to the same session's room; the laptop's next session (another room code,
    the same address: the next class) never gets it."""
    from playwright.sync_api import expect

    server = PhoneServer()
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    port = server.port
    try:
        page = phone(port)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        page.clock.install()
        server.stop(over=True)
        thanks = page.get_by_text("L’atelier est terminé. Merci d’y avoir pris part\u202f!")
        expect(thanks).to_be_visible()
        server.start("127.0.0.1", port)  # the end taken back, the phones on again: the same room
        page.clock.fast_forward(16000)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        expect(thanks).to_be_hidden()
        server.stop(over=True)
        expect(thanks).to_be_visible()
        server.code = "ZZZZ"  # the next class's session on the same laptop and port
        server.start("127.0.0.1", port)
        page.clock.fast_forward(16000)
        page.wait_for_timeout(1000)
        expect(thanks).to_be_visible()
        expect(page.get_by_text("En attente de la prochaine question")).to_be_hidden()
    finally:
        server.stop()


def test_the_end_of_a_quick_debate_thanks_the_room_for_the_debate(asked_phone):
    """A quick debate is a debate, not a workshop, for the class that had it."""
    from playwright.sync_api import expect

    server, page, _votes = asked_phone
    server.stop(over=True, debate=True)
    expect(page.get_by_text("Le débat est terminé. Merci d’y avoir pris part\u202f!")).to_be_visible()
    expect(page.get_by_text("L’atelier est terminé")).to_be_hidden()


def test_a_phone_that_missed_the_vote_before_is_told_the_vote_after_comes(asked_phone):
    """« Le vote est clos ; vous n’avez pas répondu. » stood alone for the whole debate: a pupil
    thought the chance was gone, or reloaded the page."""
    from playwright.sync_api import expect

    server, page, _votes = asked_phone
    server.close_vote()  # the vote before, closed without this phone's answer
    status = page.get_by_role("status")
    expect(status).to_contain_text("vous n’avez pas répondu")
    expect(status).to_contain_text("le vote après le débat s’y affichera")
    server.ask(Question(4, "Sobriété", CLAIM.text, stage="after"))
    page.get_by_role("button", name="D’accord", exact=True).tap()
    expect(status).to_contain_text("Vote enregistré")
    server.close_vote()  # the vote after: nothing more comes
    expect(status).to_have_text("Le vote est clos. Votre réponse\u00a0: D’accord.")


WAKE = "document.dispatchEvent(new Event('visibilitychange'))"  # as a phone's screen coming back on


def test_a_phone_woken_on_a_socket_that_reaches_nothing_opens_another_and_sees_the_question(phone):
    """A phone that slept may keep a socket the laptop no longer hears, and nothing tells the page:
    woken, it says hello on it and, with no answer, opens another, which brings the open question."""
    from playwright.sync_api import expect

    counts: list[int] = []
    server = PhoneServer(on_count=lambda connected, _answered: counts.append(connected))
    port = server.start("127.0.0.1", 0)
    try:
        page = phone(port)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        page.evaluate("socket.onmessage = null; socket.send = function () {}")  # it reaches nothing now
        server.ask(CLAIM)
        page.wait_for_timeout(500)
        expect(page.get_by_text(CLAIM.text)).to_be_hidden()  # the question did not reach it
        page.evaluate(WAKE)
        expect(page.get_by_text(CLAIM.text)).to_be_visible(timeout=15_000)  # 3 s of silence, then a new socket: more on a busy machine
        page.get_by_role("button", name="D’accord", exact=True).tap()
        expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
        page.wait_for_timeout(300)
        assert counts[-1] == 1  # the same phone (its token), not a second one
    finally:
        server.stop()


def test_a_phone_woken_after_losing_the_laptop_knocks_at_once(phone):
    """Phones off then on again, the page knocks every 5 seconds; a phone woken in between knocks
    at once rather than at its next turn."""
    from playwright.sync_api import expect

    server = PhoneServer()
    port = server.start("127.0.0.1", 0)
    try:
        page = phone(port)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        server.stop()  # the facilitator turns the phones off: the page waits 5 s between knocks
        expect(page.get_by_role("alert")).to_be_visible()
        page.wait_for_timeout(600)  # its first knock has found nobody
        server.start("127.0.0.1", port)
        page.evaluate(WAKE)
        expect(page.get_by_role("alert")).to_be_hidden(timeout=2000)  # not after the 5 s wait
    finally:
        server.stop()


@pytest.mark.parametrize("size", [(360, 640), (320, 568), (640, 360)], ids=["upright", "small", "sideways"])
def test_a_small_or_sideways_phone_shows_the_three_choices_and_whether_the_vote_counted(phone, shots: Path, size):
    """Held sideways (640×360), "Indécis" and the line saying the vote was recorded were below the
    screen's edge, and at 320×568 that line was cut: with the deck's longest claim, the claim, the
    three choices and the status now fit. The chosen answer bears a check, so a chosen "Indécis"
    (grey) no longer reads as a greyed-out button; the header names the room as the stage does."""
    from playwright.sync_api import expect

    from bataille.deck import bundled_deck_path, load_deck

    claim = max((card.claim.get("fr") for card in load_deck(bundled_deck_path()).cards_of("debate")), key=len)
    server = PhoneServer()
    server.code = "KXRT"  # the app sets the room's code the stage shows
    port = server.start("127.0.0.1", 0)
    try:
        page = phone(port, size=size)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        expect(page.locator("header")).to_have_text("Bataille IA · Salle KXRT")
        server.ask(Question(6, "Créativité", claim))
        expect(page.get_by_text(claim)).to_be_visible()
        page.get_by_role("button", name="Indécis", exact=True).tap()
        expect(page.get_by_role("status")).to_contain_text("Vote enregistré\u00a0: Indécis")
        page.screenshot(path=str(shots / f"phone-voted-{size[0]}x{size[1]}.png"))
        for part in [page.locator("#claim"), *(page.locator(f"button[data-choice={c}]")
                                            for c in ("agree", "disagree", "undecided")), page.get_by_role("status")]:
            box = part.bounding_box()
            assert box["y"] >= 0 and box["y"] + box["height"] <= size[1], (size, part, box)
        images = {c: page.locator(f"button[data-choice={c}]").evaluate(
                      "b => getComputedStyle(b, '::before').backgroundImage") for c in ("agree", "disagree", "undecided")}
        assert images["undecided"].startswith('url("data:image/svg+xml') and images["agree"] == images["disagree"] == "none"
        expect(page.get_by_role("button", name="Indécis", exact=True)).to_be_enabled()  # its name is still its word
    finally:
        server.stop()


# A laptop's app with the phones on, in its own process: killed, it closes no socket properly.
CRASHING_APP = """
import sys
from bataille.phones import PhoneServer, Question
server = PhoneServer(on_vote=lambda token, question, choice: print("VOTE", token, question, choice, flush=True),
                     on_feedback=lambda token, *answer: print("FEEDBACK", token, flush=True))
server.code = "KXRT"
print("PORT", server.start("127.0.0.1", 0), flush=True)
if sys.argv[1] == "feedback":
    server.ask_feedback(THEMES)
else:
    server.ask(Question(3, "Sobriété", sys.argv[1]))
sys.stdin.read()  # until killed
"""
THEMES = (("bias", "Biais algorithmiques"), ("environment", "Impact environnemental"))
CRASHING_APP = CRASHING_APP.replace("THEMES", repr(THEMES))


def test_answers_the_laptop_lost_as_it_stopped_go_again_when_it_asks_the_vote_again(phone):
    """The app held the open vote's answers in memory only: killed before the vote closed, restarted
    on the same session (same room code), it asks the vote again knowing no answer. Each phone's answer
    goes again by itself, from a page still open or reloaded meanwhile; in another room, it does not."""
    import subprocess
    import sys

    from playwright.sync_api import expect

    app = subprocess.Popen([sys.executable, "-c", CRASHING_APP, CLAIM.text], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(Path("src").resolve())))
    votes: list[tuple[str, int, str]] = []
    server = PhoneServer(on_vote=lambda *vote: votes.append(vote))
    try:
        port = int(app.stdout.readline().split()[1])
        kept, reloaded = phone(port), phone(port)
        tokens = []
        for page, choice in ((kept, "Pas d’accord"), (reloaded, "Indécis")):
            expect(page.get_by_text(CLAIM.text)).to_be_visible()
            page.get_by_role("button", name=choice, exact=True).tap()
            expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
            tokens.append(app.stdout.readline().split()[1])
        app.kill()  # the laptop's app stops abruptly: the answers were in its memory only
        app.wait()
        expect(kept.get_by_role("alert")).to_have_text("Connexion perdue — reconnexion…")

        server.code = "KXRT"  # restarted on the same session file: the same room code
        server.start("127.0.0.1", port)
        reloaded.reload()  # a phone that slept meanwhile, its tab reloaded
        expect(kept.get_by_role("alert")).to_be_hidden(timeout=10_000)
        expect(reloaded.get_by_text("En attente de la prochaine question")).to_be_visible()
        assert votes == []
        server.ask(CLAIM)  # the vote asked again, no answer known
        for page, choice in ((kept, "Pas d’accord"), (reloaded, "Indécis")):
            expect(page.get_by_role("status")).to_have_text(
                f"Vote enregistré\u00a0: {choice} (vous pouvez changer jusqu’à la clôture)")
        for _ in range(50):  # the app hears of a vote just after the phone's acknowledgement
            if len(votes) == 2:
                break
            kept.wait_for_timeout(100)
        assert sorted(votes) == sorted([(tokens[0], 3, "disagree"), (tokens[1], 3, "undecided")])

        server.stop()  # another session on this laptop: another room code; never joined by itself
        votes.clear()
        server = PhoneServer(on_vote=lambda *vote: votes.append(vote))
        server.code = "ZZZZ"
        server.start("127.0.0.1", port)
        server.ask(CLAIM)
        join = kept.get_by_role("button", name="Rejoindre la salle\u00a0ZZZZ", exact=True)
        expect(join).to_be_visible(timeout=10_000)  # offered, as to a page that heard the end
        expect(kept.get_by_text(CLAIM.text)).to_be_hidden()
        join.tap()  # and nothing goes again there
        expect(kept.get_by_text(CLAIM.text)).to_be_visible()
        kept.wait_for_timeout(1000)
        assert votes == []
        expect(kept.get_by_role("button", name="Pas d’accord", exact=True)).to_have_attribute("aria-pressed", "false")
    finally:
        app.kill()
        server.stop()


def test_feedback_the_laptop_lost_as_it_stopped_goes_again_when_it_is_asked_again(phone):
    """The debrief's feedback waits in the app's memory until it is kept: killed before, restarted on
    the same session, the app asks again and the form each phone had sent fills itself and goes again.
    A form being filled, not sent, stays on the phone."""
    import subprocess
    import sys

    from playwright.sync_api import expect

    app = subprocess.Popen([sys.executable, "-c", CRASHING_APP, "feedback"], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(Path("src").resolve())))
    heard: list[tuple] = []
    server = PhoneServer(on_feedback=lambda *answer: heard.append(answer))
    try:
        port = int(app.stdout.readline().split()[1])
        sent, draft = phone(port), phone(port)
        for page in (sent, draft):
            expect(page.get_by_text("Votre note pour l’atelier, de 1 (faible) à 5 (excellent)")).to_be_visible()
        sent.get_by_role("button", name="4 sur 5").tap()
        sent.get_by_role("button", name="Impact environnemental").tap()
        sent.get_by_label("Un engagement, en une phrase (facultatif)").fill("Éteindre la box la nuit")
        sent.get_by_role("button", name="Envoyer").tap()
        expect(sent.get_by_text("Merci, c’est envoyé")).to_be_visible()
        token = app.stdout.readline().split()[1]
        draft.get_by_role("button", name="2 sur 5").tap()  # never sent
        app.kill()  # the app stops before the feedback was kept
        app.wait()

        server.code = "KXRT"
        server.start("127.0.0.1", port)
        sent.reload()  # a phone that slept meanwhile: the form comes back from the phone itself
        server.ask_feedback(THEMES)
        expect(sent.get_by_text("Merci, c’est envoyé")).to_be_visible(timeout=10_000)
        expect(sent.get_by_role("button", name="4 sur 5")).to_have_attribute("aria-pressed", "true")
        expect(sent.get_by_label("Un engagement, en une phrase (facultatif)")).to_have_value("Éteindre la box la nuit")
        expect(draft.get_by_role("alert")).to_be_hidden(timeout=10_000)
        for _ in range(50):
            if heard:
                break
            sent.wait_for_timeout(100)
        draft.wait_for_timeout(500)
        assert heard == [(token, 4, "environment", "Éteindre la box la nuit")]
    finally:
        app.kill()
        server.stop()
