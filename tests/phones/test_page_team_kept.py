"""The phone page keeps its team across a new phone server: Phones turned off and on, or the app
killed and reopened on its session (a new server on the same address, port and room code). Every
page's "My team" went back to « — aucune — » with no word said, and the room's later votes had no
team. The page keeps its team with the room's code (as it keeps its token) and says it in its hello;
it forgets it in another room, and when the team is removed. Debian's chromium headless, a real
server on loopback; screenshots in BATAILLE_SHOTS."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bataille.phones import Question

from .test_phone_page import CHROMIUM, phone  # noqa: F401 - the fixture
from .test_team_back_after_a_restart import TEAMS, new_server

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="make test installs Debian's chromium")

EIGHT = tuple((f"team-{n}", name) for n, name in enumerate(
    ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues", "Les Ours", "Les Pics"), 1))


def test_the_team_picked_survives_phones_off_and_on_and_a_reload(phone, shots: Path) -> None:  # noqa: F811
    from playwright.sync_api import expect

    closed: list[dict[str, str]] = []
    done = threading.Event()
    server = new_server(teams=EIGHT)
    port = server.port
    try:
        page = phone(port)
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        page.select_option("#team", "team-7")
        expect(page.locator("#team")).to_have_value("team-7")
        server.stop()  # Phones off: the server and what it knew go
        expect(page.get_by_role("alert")).to_contain_text("Le vote par téléphone est coupé")

        def on_closed(_question, _votes, teams):
            closed.append(teams)
            done.set()

        server = new_server(teams=EIGHT, port=port, on_closed=on_closed)  # Phones on: a new server
        expect(page.get_by_role("alert")).to_be_hidden(timeout=10_000)
        expect(page.locator("#team")).to_have_value("team-7")  # not « — aucune — »
        expect(page.locator("#team option:checked")).to_have_text("Les Ours")
        page.screenshot(path=str(shots / "phone-team-kept.png"))
        assert set(server.room.team_of.values()) == {"team-7"}
        token = next(iter(server.room.team_of))
        page.reload()  # the phone's browser dropped the tab meanwhile
        expect(page.get_by_text("En attente de la prochaine question")).to_be_visible()
        expect(page.locator("#team")).to_have_value("team-7")
        server.ask(Question(3, "Sobriété", "Il faut limiter l’usage de l’IA générative à l’école."))
        page.get_by_role("button", name="D’accord", exact=True).tap()
        expect(page.get_by_role("status")).to_contain_text("Vote enregistré")
        server.close_vote()
        assert done.wait(5) and closed == [{token: "team-7"}]  # counted for its team
    finally:
        server.stop()


def test_a_team_kept_is_forgotten_in_another_room_and_once_removed(phone) -> None:  # noqa: F811
    from playwright.sync_api import expect

    server = new_server()
    port = server.port
    try:
        page = phone(port)
        page.select_option("#team", "t1")
        expect(page.locator("#team")).to_have_value("t1")
        server.stop()
        server = new_server(teams=TEAMS[1:], port=port)  # the same room, its team removed meanwhile
        expect(page.get_by_role("alert")).to_be_hidden(timeout=10_000)
        # While the phones are off the page knocks every 5 s: back in at the next knock, not at once.
        expect(page.locator("#team option")).to_have_count(2, timeout=15_000)
        expect(page.locator("#team")).to_have_value("")
        assert server.room.team_of == {}
        server.stop()
        server = new_server(port=port)  # t1 is back in the room: the page forgot it when it was removed
        expect(page.get_by_role("alert")).to_be_hidden(timeout=10_000)
        expect(page.locator("#team option")).to_have_count(3, timeout=15_000)
        expect(page.locator("#team")).to_have_value("")
        page.select_option("#team", "t2")
        expect(page.locator("#team")).to_have_value("t2")
        server.stop()
        server = new_server(code="ZZZZ", port=port)  # another session at the same address: a new room
        page.get_by_role("button", name="Rejoindre la salle\u00a0ZZZZ", exact=True).tap(timeout=10_000)  # never by itself
        expect(page.locator("header")).to_have_text("Bataille IA · Salle ZZZZ", timeout=10_000)
        expect(page.locator("#team")).to_have_value("")
        assert server.room.team_of == {}
    finally:
        server.stop()
