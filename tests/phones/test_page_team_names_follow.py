"""The teams renamed on the console while the phones are on (teams choosing their names after the
room has joined): the phones' team menus kept the names of when Phones was turned on, for every
phone, even one joining later. The console now gives the server the teams as they are, the server
tells every phone there, and the page's menu follows, the team a phone picked kept while it is still
there. A real server on loopback, Debian's chromium headless."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.phones import PhoneServer

from .test_phone_page import CHROMIUM, phone  # noqa: F401 - the fixture

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")


def _names(page) -> list[str]:
    return page.locator("#team option").all_inner_texts()


def test_the_team_menu_follows_the_console(phone) -> None:  # noqa: F811
    from playwright.sync_api import expect

    server = PhoneServer()
    server.start("127.0.0.1", 0)
    try:
        server.set_teams((("t1", "Les Hiboux"), ("t2", "Les Loutres")))
        page = phone(server.port)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        page.select_option("#team", "t1")
        expect(page.locator("#team")).to_have_value("t1")
        server.set_teams((("t1", "Les Chouettes"), ("t2", "Les Loutres"), ("t3", "Les Renards")))
        expect(page.locator("#team option")).to_have_count(4)
        assert _names(page)[1:] == ["Les Chouettes", "Les Loutres", "Les Renards"]
        expect(page.locator("#team")).to_have_value("t1")  # its own team, under its new name
        server.set_teams((("t2", "Les Loutres"),))  # its team gone: no team picked, not another's
        expect(page.locator("#team option")).to_have_count(2)
        expect(page.locator("#team")).to_have_value("")
    finally:
        server.stop()
