"""The laptop loses the address the phones open (another Wi-Fi, a new lease): until the facilitator
moves the phones, the stage offered that dead address and its QR code, and phones in the room scanned
it and failed with nothing telling them why. Now the join screen and the vote box say the network
changed and offer no address, then offer the one the phones can reach again: the old one when it
comes back, the new one once moved. Real widgets, a real server on loopback, the console's own check."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from bataille.ui.console import phones_moving
from bataille.ui.stage.phones_overlay import INK, join_lines
from bataille.ui.stage.scene import QrItem

from .test_phones_new_address import here

LOST_FR = "Réseau changé\u00a0: attendez le nouveau code"


@pytest.fixture(autouse=True)
def quick_checks(monkeypatch):
    monkeypatch.setattr(phones_moving, "CHECK_MS", 100)


def qr_square_ink(stage) -> int:
    """Dark modules drawn where the join screen puts its QR code (paint_join: no claim open)."""
    image = stage.grab().toImage()
    width, height = image.width(), image.height()
    side = min(height * 0.78, width * 0.45)
    left, top = width * 0.06, (height - side) / 2
    ink = QColor(INK).rgb()
    return sum(1 for x in range(int(left), int(left + side), 4) for y in range(int(top), int(top + side), 4)
               if image.pixel(x, y) == ink)


def test_the_join_screen_offers_no_dead_address_and_comes_back_with_it(console, qtbot, monkeypatch, app_font):
    found = ["127.0.0.1"]
    here(monkeypatch, found)
    panel, phones, stage = console.phones_panel, console.phones, console.stage
    stage.resize(1920, 1080)
    panel.switch.click()
    assert phones.join_shown
    address = phones.url.removeprefix("http://").rstrip("/")
    assert qr_square_ink(stage) > 100 and address in [t for t, *_ in join_lines(1920, 1080, phones, app_font)]

    found[:] = []  # the Wi-Fi dropped: no address at all for a moment
    qtbot.waitUntil(lambda: phones.address_lost, timeout=3000)
    assert panel.move.lost == "127.0.0.1"
    assert qr_square_ink(stage) == 0  # no code a phone would scan and fail on
    with_words = [t for t, *_ in join_lines(1920, 1080, phones, app_font)]
    assert address not in with_words and not any("127.0.0.1" in t for t in with_words), with_words
    # the room keeps its code: the phones know it
    assert f"La page affiche «\u00a0Salle\u00a0{phones.code}\u00a0» en haut" in with_words
    # The Wi-Fi stands alone: it read « 1. Rejoignez le Wi-Fi de la salle » with no « 2. » under it.
    assert "Rejoignez le Wi-Fi de la salle" in with_words and not any(t.startswith("1.") for t in with_words)
    phones.wifi_name = lambda: "EduNet"
    assert "Rejoignez le Wi-Fi «\u00a0EduNet\u00a0»" in [t for t, *_ in join_lines(1920, 1080, phones, app_font)]
    assert stage.context().join == ("", phones.code, [])

    found[:] = ["127.0.0.1"]  # it came back: the phones come back by themselves, the stage offers it again
    qtbot.waitUntil(lambda: not phones.address_lost, timeout=3000)
    with_words = [t for t, *_ in join_lines(1920, 1080, phones, app_font)]
    assert qr_square_ink(stage) > 100 and address in with_words
    assert "1. Rejoignez le Wi-Fi «\u00a0EduNet\u00a0»" in with_words and "2. Scannez le code, ou ouvrez\u00a0:" in with_words
    assert stage.context().join[0] == address


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_the_vote_box_says_the_network_changed_then_shows_the_new_address(console, qtbot, monkeypatch, size):
    found = ["127.0.0.1"]
    here(monkeypatch, found)
    c, panel, phones, stage = console.controller, console.phones_panel, console.phones, console.stage
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    stage.resize(*size)
    panel.switch.click()
    console.phase.debate.phone_buttons["before"].click()  # the join screen gives way to the vote's box
    assert phones.asking is not None and not phones.join_shown
    scene = stage.build()
    assert scene.texts("vote-before-phones-join")[0].startswith("Pour voter\u00a0: 127.0.0.1:")
    codes = len([item for item in scene.items if isinstance(item, QrItem)])
    assert codes == 1  # the vote to come gives its room: whole modules on the console's 1366 × 768 stage too

    found[:] = ["127.0.0.2"]  # a new lease
    qtbot.waitUntil(lambda: phones.address_lost, timeout=3000)
    scene = stage.build()
    assert scene.texts("vote-before-phones-join") == [LOST_FR]
    assert not [item for item in scene.items if isinstance(item, QrItem)]
    assert not any("127.0.0.1" in text for text in scene.texts())
    console.preview.grab()  # the console's copy of the stage draws the same, without a dead address

    panel.move.button.click()  # moved: the new address and its code, at once
    assert not phones.address_lost
    scene = stage.build()
    assert scene.texts("vote-before-phones-join") == [
        f"Pour voter\u00a0: {phones.url.removeprefix('http://').rstrip('/')} · salle {phones.code}"]
    assert phones.url.startswith("http://127.0.0.2:")
    shown = [item for item in scene.items if isinstance(item, QrItem)]
    assert len(shown) == codes and all([list(row) for row in code.modules] == phones.qr for code in shown)


def test_between_votes_the_box_of_the_vote_to_come_offers_no_dead_address(console, qtbot, monkeypatch):
    found = ["127.0.0.1"]
    here(monkeypatch, found)
    c, panel, phones, stage = console.controller, console.phones_panel, console.phones, console.stage
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    stage.resize(1920, 1080)
    panel.switch.click()
    panel.show_join()  # the room has joined: the debate on the stage, the vote to come keeps the address
    assert not phones.join_shown and phones.asking is None
    assert stage.build().texts("vote-before-phones-join")[0].startswith("Pour voter\u00a0: 127.0.0.1:")
    found[:] = []
    qtbot.waitUntil(lambda: phones.address_lost, timeout=3000)
    assert stage.build().texts("vote-before-phones-join") == [LOST_FR]
    panel.switch.click()  # off: nothing lost any more, nothing offered
    assert not phones.address_lost and stage.context().join is None
