"""Phones turned on again go back to the port they were on in this session: the pages there knock at
it and come back by themselves. Before, the switch always tried 8765 first (phones that had joined at
another port were stranded), the console said nothing when another program had taken the port, and its
firewall tip always named 8765. Real widgets, a real server on loopback."""

from __future__ import annotations

import os
import socket

from bataille.ui.phones import Phones

from .test_phones_panel import whole


def test_phones_on_again_go_back_to_their_port_and_the_console_names_it(console, monkeypatch, qtbot):
    panel, phones = console.phones_panel, console.phones
    monkeypatch.setattr(Phones, "addresses", staticmethod(lambda: ["127.0.0.1"]))
    panel.fill_addresses()
    phones.turn_on("127.0.0.1", 0)  # on once, at the port the system gave
    first = phones.server.port
    phones.turn_off()
    panel.switch.click()  # on again, from the switch
    assert phones.on and phones.server.port == first
    assert f"pare-feu de cet ordinateur doit laisser entrer le port {first} " in panel.help_text()

    panel.switch.click()  # off: another program takes the port meanwhile
    taken = socket.socket()
    try:
        taken.bind(("127.0.0.1", first))
        taken.listen()
        panel.switch.click()
        assert phones.on and phones.server.port != first
        second = phones.server.port
        assert f":{second}/" in phones.url
        assert (f"Le port {first} est pris par un autre programme\u00a0: les téléphones déjà venus doivent "
                "scanner de nouveau le code.") in panel.url.text()
        qtbot.wait(50)  # laid out again
        assert whole(panel.url)  # at 1366x768, every line of it
        if shots := os.environ.get("BATAILLE_SHOTS"):
            panel.grab().save(os.path.join(shots, "console-phones-port-taken.png"))
        assert f"laisser entrer le port {second} " in panel.help_text()
        panel.switch.click()
    finally:
        taken.close()
    panel.switch.click()  # the port is free again: the phones stay where the room last joined them
    assert phones.on and phones.server.port == second
    assert "pris par un autre programme" not in panel.url.text()
