"""The console's Phones box: the machine's addresses are read on each try (the laptop joins or
changes its network during the session), a server that cannot start says why in words, and at
1366x768 its lines (the address and room code, or a message) are shown whole."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QLabel

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


def whole(label: QLabel) -> bool:
    """Every line of ``label`` is on screen, inside its box."""
    box = label.parentWidget()
    bottom = label.mapTo(box, label.rect().bottomLeft()).y()
    return label.isVisible() and label.height() >= label.heightForWidth(label.width()) \
        and bottom <= box.contentsRect().bottom()


def test_the_phones_box_shows_its_lines_whole_at_1366x768(console, qtbot, translations):
    panel, phones = console.phones_panel, console.phones
    phones.turn_on("127.0.0.1", 0)
    phones.url = "http://192.168.100.123:8765/"  # a long address of a school's network
    for language in ("fr", "en"):
        translations.set_language(language)
        panel.refresh()
        qtbot.waitUntil(lambda: whole(panel.url), timeout=2000)
        lines = panel.url.text().split("\n")
        assert lines[-1] == phones.url and phones.code in lines[0]
    phones.turn_off()
    panel._note(panel.start_failure("192.0.2.99", OSError(errno.EADDRNOTAVAIL, "cannot assign requested address")))
    qtbot.waitUntil(lambda: whole(panel.url), timeout=2000)
    translations.set_language("fr")


def test_the_address_list_says_what_it_is_while_the_phones_are_off(console, monkeypatch):
    """Off, the box showed a bare "192.168.1.20" in a list: it is now labelled as the computer's
    address on the room's network. On, the label goes with the list (the address is in the line)."""
    panel, phones = console.phones_panel, console.phones
    addresses(monkeypatch, ["127.0.0.1"])
    panel.fill_addresses()
    assert panel.address_label.isVisibleTo(panel) and panel.address.isVisibleTo(panel)
    assert panel.address_label.text().replace("\u00a0", " ") == "Réseau :"
    assert panel.address_label.buddy() is panel.address
    assert "réseau de la salle" in panel.address.toolTip()
    panel.switch.click()
    try:
        assert phones.on
        assert not panel.address_label.isVisibleTo(panel) and not panel.address.isVisibleTo(panel)
    finally:
        panel.switch.click()
    assert panel.address_label.isVisibleTo(panel)


def test_a_count_from_a_server_turned_off_since_changes_nothing(console, qtbot):
    """Phones off: the sockets the server closes count themselves on the way out, from its thread, after
    the count was set to nothing; that late count no longer brings "12 answers" back to the console."""
    panel, phones = console.phones_panel, console.phones
    phones.turn_on("127.0.0.1", 0)
    server = phones.server
    server.on_count(12, 7)  # as the server's thread says it
    qtbot.waitUntil(lambda: phones.connected == 12)
    assert phones.answered == 7
    phones.turn_off()
    assert (phones.connected, phones.answered) == (0, 0)
    server.on_count(11, 7)  # a socket closing as the server stops, heard after
    qtbot.wait(50)
    assert (phones.connected, phones.answered) == (0, 0)
    assert "12" not in panel.switch.text() and "11" not in panel.switch.text()
