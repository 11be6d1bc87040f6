"""The phone page with its text enlarged, or held sideways (Debian's chromium headless, Playwright, the
real server on loopback).

A phone held sideways (640×360) drew the chosen answer's check over the « P » of « Pas d’accord »; at
200 % (the page zoomed on a 360×640 phone: 180×320 to the page) over « d’accord », wrapped under it.
At 200 % the five rating buttons of the debrief ran past the screen's right edge, the « 5 » cut, and
sideways at 200 % « Undecided » did. A phone whose default text size is larger (the browser's font
size setting) had every word larger but the header, the team's name and the commitment typed, left at
18 px. The check now stands in the line before its word, the ratings and the choices wrap to another
row when they do not fit, and every word follows the phone's text size.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from bataille.phones import PhoneServer, Question

from .test_phone_page import ARGS, CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

CLAIM = {"fr": "Les outils d’IA générative devraient être autorisés pendant les évaluations notées, à condition "
               "d’en déclarer l’usage.",
         "en": "Generative AI tools should be allowed during graded assessments, provided their use is declared."}
DISAGREE = {"fr": "Pas d’accord", "en": "Disagree"}
RECORDED = {"fr": "Vote enregistré\u00a0: Pas d’accord", "en": "Vote recorded: Disagree"}
THEMES = (("sobriety", "Environnement et sobriété numérique"), ("bias", "Biais"))

# How many dark pixels of a button's screenshot (its words made transparent: what is left dark is the
# check) lie inside the boxes of its words: the PNG is read back by the page's own canvas.
DARK_IN_WORDS = """
async ([png, words, scale]) => {
  const image = new Image();
  image.src = "data:image/png;base64," + png;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width; canvas.height = image.height;
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  let dark = 0;
  for (const w of words) {
    const x = Math.floor(w.x * scale), y = Math.floor(w.y * scale);
    const width = Math.ceil(w.width * scale), height = Math.ceil(w.height * scale);
    const pixels = context.getImageData(x, y, Math.max(1, width), Math.max(1, height)).data;
    for (let i = 0; i < pixels.length; i += 4) {
      if (0.3 * pixels[i] + 0.59 * pixels[i + 1] + 0.11 * pixels[i + 2] < 90) { dark += 1; }
    }
  }
  return dark;
}
"""
# The boxes of a button's words (one a line), from the button's top left corner.
WORD_BOXES = """
b => {
  const range = document.createRange();
  range.selectNodeContents(b);
  const at = b.getBoundingClientRect();
  return Array.from(range.getClientRects()).map(r => ({ x: r.left - at.left, y: r.top - at.top,
                                                        width: r.width, height: r.height }));
}
"""


def _in_the_room(context, port: int):
    """A page of ``context`` on the server at ``port``, welcomed in room KXRT."""
    from playwright.sync_api import expect

    page = context.new_page()
    page.goto(f"http://127.0.0.1:{port}/")
    expect(page.locator("header")).to_contain_text("KXRT")
    return page


def _ask_and_disagree(server: PhoneServer, page, lang: str):
    """CLAIM asked, answered « Pas d’accord » and recorded: the button tapped."""
    from playwright.sync_api import expect

    server.ask(Question(3, "IA", CLAIM[lang], lang=lang))
    expect(page.get_by_text(CLAIM[lang])).to_be_visible()
    disagree = page.get_by_role("button", name=DISAGREE[lang], exact=True)
    disagree.tap()
    expect(page.get_by_role("status")).to_contain_text(RECORDED[lang])
    return disagree


def _check_over_the_word(page, button) -> int:
    """Dark pixels of the chosen button's check inside its word's boxes (0: the word reads whole)."""
    words = button.evaluate(WORD_BOXES)
    assert words, "the button shows its word"
    button.evaluate("b => { b.style.color = 'transparent'; }")
    png = base64.b64encode(button.screenshot()).decode()
    button.evaluate("b => { b.style.color = ''; }")
    scale = page.evaluate("devicePixelRatio")
    return page.evaluate(DARK_IN_WORDS, [png, words, scale])


def _fits(page, width: int) -> None:
    """Nothing runs past the screen's right edge: no word, no button."""
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    for control in page.locator("button:visible, select:visible, textarea:visible, header").all():
        box = control.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (control, box)


@pytest.fixture
def room():
    server = PhoneServer()
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    server.set_teams((("owls", "Les Chouettes de la salle B"), ("foxes", "Les Renards")))
    yield server
    server.stop()


def _phone(browser, size: tuple[int, int], lang: str):
    return browser.new_context(viewport={"width": size[0], "height": size[1]}, has_touch=True, is_mobile=True,
                               device_scale_factor=2, locale="fr-FR" if lang == "fr" else "en-GB")


# 640×360: held sideways; 180×320: a 360×640 phone zoomed to 200 %; 320×180: both.
SIZES = {"sideways": (640, 360), "zoom200": (180, 320), "sideways-zoom200": (320, 180)}


@pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_check_never_covers_the_chosen_word(browser, room, shots, size, lang):
    from playwright.sync_api import expect

    page = _in_the_room(_phone(browser, size, lang), room.port)
    disagree = _ask_and_disagree(room, page, lang)
    page.screenshot(path=str(shots / f"phone-check-{lang}-{size[0]}x{size[1]}.png"), full_page=True)
    assert _check_over_the_word(page, disagree) == 0
    expect(disagree).to_be_enabled()  # its name is still its word


@pytest.mark.parametrize("size", [SIZES["zoom200"], SIZES["sideways-zoom200"]], ids=["zoom200", "sideways-zoom200"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_at_200_percent_the_vote_and_the_debrief_stay_within_the_screen(browser, room, shots, size, lang):
    from playwright.sync_api import expect

    page = _in_the_room(_phone(browser, size, lang), room.port)
    _ask_and_disagree(room, page, lang)
    _fits(page, size[0])
    room.ask_feedback(THEMES)
    expect(page.locator("#send")).to_be_visible()
    page.locator("#stars button").nth(4).tap()
    page.screenshot(path=str(shots / f"phone-feedback-{lang}-{size[0]}x{size[1]}.png"), full_page=True)
    _fits(page, size[0])
    for star in page.locator("#stars button").all():  # each still a tap's size
        box = star.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44, box


def _phone_with_font(p, folder: Path, size: int):
    """A phone's browser whose default text size is ``size`` px (its font size setting; 16: as shipped)."""
    (folder / "Default").mkdir(parents=True)
    (folder / "Default" / "Preferences").write_text(json.dumps({"webkit": {"webprefs": {"default_font_size": size}}}))
    return p.chromium.launch_persistent_context(str(folder), executable_path=CHROMIUM, args=ARGS,
                                                viewport={"width": 360, "height": 640}, has_touch=True,
                                                is_mobile=True, device_scale_factor=2, locale="fr-FR")


# Every word a participant reads or types, at the phone's text size.
FONT_SIZES = """() => Object.fromEntries(["header", "#title", "#claim", "button[data-choice]", "#status",
  "#team-row label", "#team"].map(s => [s, parseFloat(getComputedStyle(document.querySelector(s)).fontSize)]))"""


def test_every_word_follows_the_phone_text_size(room, shots, tmp_path):
    from playwright.sync_api import sync_playwright

    sizes = {}
    with sync_playwright() as p:
        for font in (16, 32):
            context = _phone_with_font(p, tmp_path / str(font), font)
            try:
                page = _in_the_room(context, room.port)
                disagree = _ask_and_disagree(room, page, "fr")
                sizes[font] = page.evaluate(FONT_SIZES)
                page.screenshot(path=str(shots / f"phone-font-{font}px.png"), full_page=True)
                assert _check_over_the_word(page, disagree) == 0
                _fits(page, 360)
            finally:
                context.close()
            room.wait()
    for part, normal in sizes[16].items():
        assert sizes[32][part] == pytest.approx(2 * normal, rel=0.05), (part, normal, sizes[32][part])
