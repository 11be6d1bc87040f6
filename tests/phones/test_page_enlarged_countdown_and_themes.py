"""The vote's countdown and the debrief's themes with the text at 200 % on a 360×640 phone (Debian's
chromium headless, Playwright, the real server on loopback; 180×320 to the page, as in
test_page_text_size).

« Clôture dans 2:05 » wrapped over two lines, « 2:05 » alone under the words. The themes' long words
were cut anywhere, without a hyphen: « environneme / ntal », « algorithmiqu / es » (the browser has no
hyphenation of its own for the page's language). The countdown now stays on one line (a clock stands
for its words when they do not fit, still read out), and the themes break between syllables, with a
hyphen, and never past the screen's edge.

BATAILLE_SHOTS=folder keeps the screenshots for a person to look at.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from bataille.phones import PhoneServer, Question

from .test_phone_page import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

CLAIM = {"fr": "Les outils d’IA générative devraient être autorisés pendant les évaluations notées.",
         "en": "Generative AI tools should be allowed during graded assessments."}
COUNTDOWN = {"fr": re.compile(r"Clôture dans 2:0\d"), "en": re.compile(r"Closes in 2:0\d")}
HELD = {"fr": "Clôture dans 0:26 · en pause", "en": "Closes in 0:26 · paused"}
THEMES = {"fr": (("reliability", "Fiabilité de l'information"), ("environment", "Impact environnemental"),
                 ("bias", "Biais algorithmiques"), ("creativity", "Créativité et propriété intellectuelle"),
                 ("society", "Société")),
          "en": (("reliability", "Information reliability"), ("environment", "Environmental impact"),
                 ("bias", "Algorithmic bias"), ("creativity", "Creativity and intellectual property"),
                 ("society", "Society"))}
# 180×320: a 360×640 phone at 200 %; 320×180: the same held sideways.
SIZES = {"zoom200": (180, 320), "sideways-zoom200": (320, 180)}

# How many lines the countdown's shown words take, and whether it stands within the screen.
COUNTDOWN_LINES = """() => {
  const box = document.getElementById("countdown"), range = document.createRange();
  range.selectNodeContents(box);
  const tops = new Set(Array.from(range.getClientRects()).filter(r => r.width > 1).map(r => Math.round(r.top)));
  const at = box.getBoundingClientRect();
  return { lines: tops.size, left: at.left, right: at.right, scroll: box.scrollWidth, width: box.clientWidth };
}"""
# Each place a button's words go to the next line: the character before the break and the one after.
BREAKS = """b => {
  const text = b.firstChild, out = [];
  let top = null;
  for (let i = 0; i < text.length; i++) {
    const range = document.createRange();
    range.setStart(text, i); range.setEnd(text, i + 1);
    const r = Array.from(range.getClientRects()).filter(x => x.width > 0).pop();  // a box at the line's end, too
    if (!r) { continue; }
    if (top !== null && r.top > top + r.height / 2) { out.push([text.data[i - 1], text.data[i]]); }
    top = r.top;
  }
  return out;
}"""


@pytest.fixture
def room():
    server = PhoneServer()
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    yield server
    server.stop()


def _page(browser, port: int, size: tuple[int, int], lang: str):
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": size[0], "height": size[1]}, has_touch=True, is_mobile=True,
                                  device_scale_factor=2, locale="fr-FR" if lang == "fr" else "en-GB")
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{port}/")
    expect(page.locator("header")).to_contain_text("KXRT")
    return page


def _on_one_line(page, width: int) -> None:
    shown = page.evaluate(COUNTDOWN_LINES)
    assert shown["lines"] == 1, shown
    assert shown["left"] >= 0 and shown["right"] <= width + 0.5 and shown["scroll"] <= shown["width"] + 1, shown
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_at_200_percent_the_countdown_stays_on_one_line(browser, room, shots, size, lang):
    from playwright.sync_api import expect

    page = _page(browser, room.port, size, lang)
    room.ask(Question(3, "IA", CLAIM[lang], lang=lang), ends=time.monotonic() + 125)
    timer = page.get_by_role("timer")
    expect(timer).to_have_text(COUNTDOWN[lang])  # its words are still there to be read out
    page.screenshot(path=str(shots / f"phone-countdown-{lang}-{size[0]}x{size[1]}.png"))
    _on_one_line(page, size[0])
    room.hold(None, 26)  # the session's timer paused: the longest form
    expect(timer).to_have_text(HELD[lang])
    page.screenshot(path=str(shots / f"phone-countdown-held-{lang}-{size[0]}x{size[1]}.png"))
    _on_one_line(page, size[0])


def test_at_the_usual_size_the_countdown_keeps_its_words(browser, room):
    from playwright.sync_api import expect

    page = _page(browser, room.port, (360, 640), "fr")
    room.ask(Question(3, "IA", CLAIM["fr"], lang="fr"), ends=time.monotonic() + 125)
    expect(page.get_by_role("timer")).to_have_text(COUNTDOWN["fr"])
    assert page.evaluate("document.getElementById('countdown').classList.contains('short')") is False
    _on_one_line(page, 360)


@pytest.mark.parametrize("size", list(SIZES.values()), ids=list(SIZES))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_at_200_percent_the_themes_break_with_a_hyphen_within_the_screen(browser, room, shots, size, lang):
    from playwright.sync_api import expect

    page = _page(browser, room.port, size, lang)
    assert page.evaluate("document.documentElement.lang") == lang
    room.ask_feedback(THEMES[lang])
    expect(page.locator("#themes button")).to_have_count(5)
    page.screenshot(path=str(shots / f"phone-themes-{lang}-{size[0]}x{size[1]}.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= size[0]
    for (key, name), button in zip(THEMES[lang], page.locator("#themes button").all(), strict=True):
        expect(page.get_by_role("button", name=name, exact=True)).to_have_attribute("data-theme", key)
        for before, after in button.evaluate(BREAKS):  # between words, or after a hyphen shown
            assert before in (" ", "\u00ad", "-"), (name, before, after)
        box = button.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= size[0] + 0.5, (name, box)
    page.get_by_role("button", name=THEMES[lang][1][1], exact=True).tap()  # still picked by its name
    expect(page.locator("#themes button").nth(1)).to_have_attribute("aria-pressed", "true")
