"""The laptop's address changes while the phones are on (another Wi-Fi, a new lease): the console
notices within seconds, says so in the Phones box and the status line, and one click moves the
phones to the new address, their room and the vote under way kept (the answers given to it at the
old address set aside: every phone comes back there as a new one); the stage then shows the new
address and QR code. Nothing moves by itself, and nothing is checked while the phones
are off. Real widgets, a real server on loopback (127.0.0.1, then 127.0.0.2), real WebSocket clients."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from bataille.phones.join import qr_matrix
from bataille.ui.console import phones_moving
from bataille.ui.phones import Phones
from bataille.ui.settings import Settings

from .test_phones_console_votes import answer, join, receive


def here(monkeypatch, found: list[str]) -> None:
    """This computer's addresses are ``found`` (the test changes them as the laptop changes network):
    both the list the Phones box offers and whether it still has the address the phones open."""
    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: list(found)))
    monkeypatch.setattr(Phones, "holds", staticmethod(lambda address: address in found))


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(phones_moving, "CHECK_MS", 100)


def phones_on_here(console, monkeypatch):
    """Phones turned on at 127.0.0.1, this computer's one address for now: (addresses, panel, phones, url)."""
    found = ["127.0.0.1"]
    here(monkeypatch, found)
    panel, phones = console.phones_panel, console.phones
    panel.switch.click()
    return found, panel, phones, phones.url


def shots(console) -> Path:
    return Path(os.environ.get("BATAILLE_SHOTS", console.controller.session.store.path.parent))


def test_the_phones_move_to_the_new_address_with_the_vote_under_way(file_console, qtbot, monkeypatch,  # noqa: F811
                                                                   stack):
    console, found = file_console, ["127.0.0.1"]
    here(monkeypatch, found)
    c, panel, phones = console.controller, console.phones_panel, console.phones
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    panel.switch.click()
    port = phones.server.port
    assert phones.url == f"http://127.0.0.1:{port}/"
    [early] = join(console, 1, stack)
    debate = console.phase.debate
    debate.phone_buttons["before"].click()
    asked = answer(early, "agree")
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    old_qr, address_lines = phones.qr, panel.url.minimumHeight()

    found[:] = ["127.0.0.2"]  # the laptop got a new lease: 127.0.0.1 is no longer its own
    qtbot.waitUntil(lambda: panel.move.lost == "127.0.0.1", timeout=3000)
    said = panel.url.text()
    assert said.startswith("Cet ordinateur n’a plus l’adresse 127.0.0.1"), said
    assert "127.0.0.2" in said
    assert panel.move.button.isVisible() and panel.move.button.text() == "Déplacer les téléphones vers 127.0.0.2"
    assert "127.0.0.1" in console.status_line.text() and console.status_line.warning
    assert phones.url == f"http://127.0.0.1:{port}/"  # said, not done: the facilitator moves them
    console.grab().save(str(shots(console) / "console-phones-address-lost.png"))

    panel.move.button.click()
    assert phones.on and phones.url == f"http://127.0.0.2:{port}/"  # the same port, at the new address
    assert phones.qr == qr_matrix(phones.url) and phones.qr != old_qr
    # The vote goes on; its answer from the old address set aside: that phone comes back as a new one
    assert phones.open_vote == asked["id"] and phones.answered == 0
    assert not panel.move.button.isVisible() and f"http://127.0.0.2:{port}/" in panel.url.text()
    assert panel.url.minimumHeight() == address_lines  # the warning's lines gone with it, no gap left
    assert console.status_line.text().startswith("Téléphones déplacés vers 127.0.0.2:") \
        and "réponse donnée à l’ancienne est mise de côté" in console.status_line.text() \
        and not console.status_line.warning, console.status_line.text()
    with pytest.raises(ConnectionClosed):  # the phone at the old address heard the server go
        receive(early, "never")
    with pytest.raises(OSError):  # nothing listens at the old address any more
        connect(f"ws://127.0.0.1:{port}/ws", open_timeout=2).close()
    assert console.stage.context().join[0] == f"127.0.0.2:{port}"  # the vote box's address and QR code
    assert console.stage.context().join[2] == phones.qr
    assert Settings().phones_left_on().address == "127.0.0.2"  # brought back there after a crash

    [late] = join(console, 1, stack)  # a phone scans the new code: the same room, the same open vote
    again = answer(late, "disagree")
    assert (again["id"], again["title"]) == (asked["id"], asked["title"])
    qtbot.waitUntil(lambda: phones.answered == 1, timeout=5000)
    debate.phone_buttons["before"].click()  # closed: the answers given at the new address
    assert receive(late, "closed")["mine"] == "disagree"
    qtbot.waitUntil(lambda: len(c.state.open_round.phones_before) == 1, timeout=5000)
    assert [choice for _token, choice in c.state.open_round.phones_before] == ["disagree"]
    console.stage.show()
    console.stage.resize(1366, 768)
    console.stage.grab().save(str(shots(console) / "stage-phones-moved.png"))


def test_the_address_back_clears_the_warning_and_moves_nothing(console, qtbot, monkeypatch, stack):
    """A Wi-Fi that drops and returns with the same lease: the phones come back by themselves."""
    found, panel, phones, url = phones_on_here(console, monkeypatch)
    found[:] = []  # no network at all for a moment
    qtbot.waitUntil(lambda: panel.move.lost == "127.0.0.1", timeout=3000)
    assert panel.url.text().endswith("Connectez-le au Wi-Fi de la salle : sa nouvelle adresse s’affichera ici.".replace(
        " :", "\u00a0:")), panel.url.text()
    assert not panel.move.button.isVisible()
    found[:] = ["127.0.0.1"]
    qtbot.waitUntil(lambda: not panel.move.lost, timeout=3000)
    assert phones.url == url and url in panel.url.text() and not panel.address.isVisible()
    assert "de nouveau" in console.status_line.text() and not console.status_line.warning
    join(console, 1, stack)  # the same server, where it was
    qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)


def test_a_move_that_cannot_listen_there_leaves_the_phones_where_they_were(console, qtbot, monkeypatch, stack):
    found, panel, phones, url = phones_on_here(console, monkeypatch)
    found[:] = ["192.0.2.99"]  # offered, but no computer can listen there (TEST-NET-1)
    qtbot.waitUntil(lambda: panel.move.lost == "127.0.0.1", timeout=3000)
    panel.move.button.click()
    assert phones.on and phones.url == url  # back where it was: the phones that knock there still find it
    said = console.status_line.text()
    assert said.startswith("Les téléphones n’ont pas pu passer à 192.0.2.99") and console.status_line.warning, said
    assert panel.move.lost == "127.0.0.1" and panel.move.button.isVisible()  # still said, still offered
    join(console, 1, stack)
    qtbot.waitUntil(lambda: phones.connected == 1, timeout=5000)


def test_nothing_is_checked_while_the_phones_are_off(console, qtbot, monkeypatch):
    found, asked = ["127.0.0.1"], []
    here(monkeypatch, found)
    monkeypatch.setattr(Phones, "holds", staticmethod(lambda address: asked.append(address) or address in found))
    panel = console.phones_panel
    qtbot.wait(400)
    assert not asked and not panel.move.timer.isActive()
    panel.switch.click()
    qtbot.waitUntil(lambda: len(asked) >= 2, timeout=3000)
    assert set(asked) == {"127.0.0.1"}
    panel.switch.click()
    assert not console.phones.on and not panel.move.timer.isActive()
    checked = len(asked)
    qtbot.wait(400)
    assert len(asked) == checked


def test_in_english_with_two_addresses_the_one_on_the_same_network_is_offered(console, qtbot, monkeypatch,
                                                                                translations):
    found = ["127.0.0.1"]
    here(monkeypatch, found)
    panel, phones = console.phones_panel, console.phones
    translations.set_language("en")
    QApplication.processEvents()
    phones.turn_on("127.0.0.1", 0)
    phones.address = "192.168.1.20"  # as if it served the room's Wi-Fi
    found[:] = ["10.20.0.7", "192.168.4.31"]
    panel.fill_addresses()  # the list read again meanwhile (as when the console shows): its first is no choice
    qtbot.waitUntil(lambda: panel.move.lost == "192.168.1.20", timeout=3000)
    assert panel.url.text() == ("This computer no longer has the address 192.168.1.20: the phones cannot reach it.\n"
                                "Choose its address on the room’s network, then move the phones there.")
    assert panel.address.isVisible() and panel.address.currentData() == "192.168.4.31"
    assert panel.move.button.text() == "Move the phones to 192.168.4.31"
    assert console.status_line.text().startswith("Phones: this computer no longer has the address 192.168.1.20")


def test_holds_binds_to_the_address():
    assert Phones.holds("127.0.0.1")
    assert not Phones.holds("192.0.2.99")  # TEST-NET-1: no computer has it
