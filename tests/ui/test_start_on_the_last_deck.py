"""`bataille` with no --deck opens the deck the start screen took last time (a teacher's own, chosen
with « Autre jeu… » or copied in the deck window): it opened the bundled deck every time, and a
teacher who did not think of « Autre jeu… » ran the workshop on the original. A deck gone since (a
USB stick taken out) leaves the bundled deck, and the start screen says which deck is missing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path


@pytest.fixture
def launched(qtbot, qapp):
    """``launched(remembered)``: the app started with no --deck, its start screen read."""
    from bataille.ui.app import Application
    from bataille.ui.start.launch import open_start_screen

    made = []

    def launch(remembered: str):
        application = Application(qapp, "fr")
        application.settings.welcome_shown = True
        application.settings.last_good_deck = remembered
        made.append(application)
        launcher = open_start_screen(application)
        qtbot.addWidget(launcher.start)
        qtbot.waitUntil(lambda: launcher.deck is not None, timeout=10_000)
        return application, launcher

    yield launch
    for application in made:
        application.translations.uninstall()


def test_the_deck_taken_last_time_is_the_one_that_opens(launched, other_deck: Path) -> None:
    application, launcher = launched(str(other_deck))
    assert launcher.deck.id == "other-deck" and application.deck.root == other_deck
    assert launcher.start.start_button.isEnabled()


def test_a_deck_gone_since_leaves_the_bundled_one_and_says_so(launched, other_deck: Path) -> None:
    shutil.rmtree(other_deck)
    _application, launcher = launched(str(other_deck))
    assert launcher.deck.root == bundled_deck_path()
    message = launcher.start.message.text().replace("\u00a0", " ")
    assert f"n’est plus dans {other_deck}" in message and "Autre jeu…" in message, message


def test_without_a_deck_taken_before_the_bundled_deck_opens(launched) -> None:
    _application, launcher = launched("")
    assert launcher.deck.root == bundled_deck_path()
    assert not launcher.start.message.text()
