"""The console's Phones box: the machine's addresses are read on each try (the laptop joins or
changes its network during the session), and a server that cannot start says why in words."""

from __future__ import annotations

from bataille.ui.phones import Phones


def addresses(monkeypatch, found: list[str]) -> None:
    """The machine's addresses are ``found`` (changed by the test as the laptop changes network)."""
    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: list(found)))


def test_turning_the_phones_on_reads_the_addresses_again(console, monkeypatch):
    panel, phones = console.phones_panel, console.phones
    found: list[str] = []
    addresses(monkeypatch, found)
    panel.fill_addresses()  # the console opened before the laptop joined the room's Wi-Fi
    panel.switch.click()
    assert not phones.on and not panel.switch.isChecked()
    assert panel.url.text().startswith("Pas de réseau")
    found.append("127.0.0.1")  # joined: trying again works, without restarting the app
    panel.switch.click()
    assert phones.on and panel.switch.isChecked()
    assert phones.url in panel.url.text()
    panel.switch.click()
    assert not phones.on
    found[:] = ["127.0.0.1", "10.9.8.7"]
    panel.address.showPopup()  # opening the list reads them again
    assert [panel.address.itemData(i) for i in range(panel.address.count())] == found
    panel.address.hidePopup()


def test_a_server_that_cannot_start_says_why_in_the_interface_language(console, monkeypatch):
    panel, phones = console.phones_panel, console.phones
    addresses(monkeypatch, ["192.0.2.99"])  # an address this computer no longer has (TEST-NET-1)
    panel.switch.click()
    assert not phones.on and not panel.switch.isChecked()
    said = panel.url.text()
    assert said.startswith("Cet ordinateur n’a plus l’adresse 192.0.2.99"), said
    assert "error" not in said and "bind" not in said  # the system's words are in the tooltip only
    assert "192.0.2.99" in panel.url.toolTip()
