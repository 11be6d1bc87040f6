"""The phone page as it travels: gzip-compressed for a browser that reads it (38 KB sent whole before),
and its first words in the page itself, so that a slow phone reads « Connexion… » before its script
has come (a blank page before)."""

from __future__ import annotations

import gzip
import re
import urllib.request
from pathlib import Path

import pytest

from bataille.phones import PhoneServer
from bataille.phones.protocol import served_page

from .test_phone_page import CHROMIUM

PAGE = Path(__file__).parents[2] / "src" / "bataille" / "phones" / "page.html"


@pytest.fixture
def server():
    phones = PhoneServer(lang=None)
    phones.start("127.0.0.1", 0)
    yield phones
    phones.stop()


def get(server: PhoneServer, encoding: str | None) -> tuple[dict, bytes]:
    request = urllib.request.Request(f"http://127.0.0.1:{server.port}/")
    if encoding is not None:
        request.add_header("Accept-Encoding", encoding)
    with urllib.request.urlopen(request, timeout=5) as reply:
        return dict(reply.headers), reply.read()


@pytest.mark.parametrize("lang", [None, "fr", "en"])
def test_the_page_goes_gzip_compressed_to_a_browser_that_reads_it(server, lang):
    server.lang = lang
    plain = served_page(PAGE.read_bytes(), lang)
    headers, body = get(server, "gzip, deflate")  # what phones' browsers say
    assert headers["Content-Encoding"] == "gzip" and headers["Vary"] == "Accept-Encoding"
    assert int(headers["Content-Length"]) == len(body)
    assert gzip.decompress(body) == plain
    print(f"the page, {lang or 'no language'}: {len(plain)} bytes, {len(body)} sent gzip-compressed")
    assert len(body) * 2.5 < len(plain)
    for refused in (None, "identity", "br", "gzip;q=0"):  # without gzip, or refusing it: the page as it is
        headers, body = get(server, refused)
        assert "Content-Encoding" not in headers and body == plain, refused
    assert server._served.body(lang, True) is server._served.body(lang, True)  # compressed once


def test_the_first_words_are_those_the_script_says_in_each_language():
    from bataille.phones.protocol import FIRST_WORDS

    page = PAGE.read_text(encoding="utf-8")
    for lang in ("fr", "en"):
        words = re.search(rf"\b{lang}: \{{.*?joining: \"(.*?)\"", page, re.S).group(1)
        assert words == FIRST_WORDS[lang]
        served = served_page(PAGE.read_bytes(), lang).decode("utf-8")
        assert f'<p id="waiting-text">{words}</p>' in served


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")
@pytest.mark.parametrize("lang, words", [("fr", "Connexion à l’ordinateur de l’animateur…"),
                                         ("en", "Connecting to the facilitator’s computer…")])
def test_a_phone_reads_its_first_words_before_the_script_has_run(browser, server, lang, words):
    """The script held back (as by a slow Wi-Fi, where it comes last): the page says it is connecting,
    in the session's language, rather than nothing."""
    from playwright.sync_api import expect

    server.lang = lang
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 640},
                                  locale="fr-FR")
    page = context.new_page()
    page.goto(f"http://127.0.0.1:{server.port}/")
    expect(page.locator("#waiting-text")).to_have_text(words)
    expect(page.locator("#waiting-text")).to_be_visible()
    context.close()
