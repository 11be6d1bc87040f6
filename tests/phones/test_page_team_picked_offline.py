"""A team picked on the phone page while its connection was lost (Debian's chromium headless,
Playwright, 360×640, the real server on loopback through relay.py).

The phone's pick could not go; back, the app welcomed it with the team it remembered, and the menu
showed that one again: the participant's pick undone without a word, its votes counted for the team
it had left. The pick now goes once the app answers, and the menu keeps it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer

from .relay import Relay
from .test_page_refusals import open_phone
from .test_phone_page import CHROMIUM

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

LOST = {"fr": "Connexion perdue — reconnexion…", "en": "Connection lost — reconnecting…"}
TEAMS = (("owls", "Les Chouettes"), ("foxes", "Les Renards"))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("picked", ["foxes", ""], ids=["another-team", "no-team"])
def test_a_team_picked_while_the_connection_was_lost_is_the_one_kept(browser, shots, lang, picked):
    from playwright.sync_api import expect

    teams: list[tuple[str, str | None]] = []
    server = PhoneServer(lang=lang, on_team=lambda token, team: teams.append((token, team)))
    server.code = "KXRT"
    server.start("127.0.0.1", 0)
    server.set_teams(TEAMS)
    relay = Relay(server.port, source="127.0.0.2")
    try:
        page = open_phone(browser, f"http://127.0.0.1:{relay.port}/", "fr-FR" if lang == "fr" else "en-GB")
        menu = page.locator("#team")
        expect(menu).to_be_visible()
        menu.select_option("owls")
        _until(page, lambda: [team for _, team in teams] == ["owls"])
        relay.hold()  # the Wi-Fi goes
        page.evaluate("abandon()")  # as when the page's watch finds its socket dead
        expect(page.get_by_role("alert")).to_have_text(LOST[lang])
        menu.select_option(picked)
        relay.release()
        expect(page.get_by_role("alert")).to_be_hidden(timeout=10_000)
        page.screenshot(path=str(shots / f"phone-team-picked-offline-{lang}-{picked or 'none'}.png"))
        expect(menu).to_have_value(picked)
        token = teams[0][0]
        _until(page, lambda: teams[-1] == (token, picked or None))  # the app's tallies hear it
        assert server.room.team_of.get(token) == (picked or None)
        expect(menu).to_have_value(picked)
    finally:
        server.stop()
        relay.close()


def _until(page, done) -> None:
    """Wait for ``done()`` (what the server's thread heard), five seconds at most."""
    for _ in range(100):
        if done():
            return
        page.wait_for_timeout(50)
    assert done()
