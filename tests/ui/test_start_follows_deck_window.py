"""The start screen and the deck window agree on the deck: what is saved in "Browse the cards"
is what the next session starts on, whichever deck the start screen or the deck window opened."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bataille.deck import load_deck


def replace_file(path: Path, text: str) -> None:
    """Save as editors do: write a new file, then rename it over the old one."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


@pytest.fixture
def launcher(make_launcher, small_deck: Path):
    return make_launcher(load_deck(small_deck))


def drop_bias_card(folder: Path) -> None:
    """The teacher's edit: the card « Visages mal reconnus » removed, the deck renamed."""
    cards = folder / "cards" / "cards.yaml"
    text = cards.read_text(encoding="utf-8")
    start = text.index("  - id: bias-faces")
    end = text.index("  - id: ev-1956")
    replace_file(cards, text[:start] + text[end:])
    deck_file = folder / "cards" / "deck.yaml"
    replace_file(deck_file, deck_file.read_text(encoding="utf-8").replace("Petit jeu d'essai", "Jeu de ma classe"))


def test_a_session_started_after_saving_in_the_deck_window_uses_the_saved_deck(
        qtbot, launcher, small_deck: Path) -> None:
    start = launcher.start
    assert start.deck_label.text() == "Jeu\u00a0: Petit jeu d'essai (version 1.0.0, 4 cartes)"
    launcher.browse_deck()
    window = launcher.deck_window
    qtbot.addWidget(window)

    drop_bias_card(small_deck)
    window.watcher.reload()  # what the watcher does a moment after the files change

    assert len(window.deck.cards) == 3
    assert launcher.deck is window.deck
    assert start.deck_label.text() == "Jeu\u00a0: Jeu de ma classe (version 1.0.0, 3 cartes)"
    start.start_button.click()
    session = launcher.controller.session
    assert [card.id for card in session.deck.cards] == ["env-water", "env-debate", "ev-1956"]
    assert session.deck.title.get("fr") == "Jeu de ma classe"


def test_a_deck_broken_after_launch_leaves_the_start_screen_on_the_last_good_deck(
        qtbot, launcher, small_deck: Path) -> None:
    launcher.browse_deck()
    window = launcher.deck_window
    qtbot.addWidget(window)
    drop_bias_card(small_deck)
    window.watcher.reload()
    good = launcher.deck
    (small_deck / "cards" / "cards.yaml").write_text("cards: [unclosed\n", encoding="utf-8")
    window.watcher.reload()

    assert window.watcher.problems
    assert launcher.deck is good and len(launcher.deck.cards) == 3
    assert "3 cartes" in launcher.start.deck_label.text()


def test_browse_after_another_deck_shows_that_deck(qtbot, launcher, small_deck: Path, other_deck: Path,
                                                   monkeypatch) -> None:
    start = launcher.start
    launcher.browse_deck()
    window = launcher.deck_window
    qtbot.addWidget(window)
    window.hide()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other_deck))

    start.deck_button.click()  # "Other deck…"
    assert launcher.deck.id == "other-deck" and "Autre jeu" in start.deck_label.text()
    start.browse_button.click()

    assert window.isVisible() and window.deck.id == "other-deck"
    assert window.watcher.folder == other_deck.resolve() and "Autre jeu" in window.windowTitle()
    # The deck window now follows the other deck's files: the start screen never goes back to the first.
    drop_bias_card(small_deck)
    window.watcher.reload()
    assert launcher.deck.id == "other-deck" and len(launcher.deck.cards) == 4


@pytest.mark.parametrize("how", ["start screen", "bataille --session"])
def test_a_deck_broken_at_launch_brings_the_start_screen_back_once_fixed(qtbot, qapp, small_deck: Path,
                                                                        tmp_path: Path, how: str) -> None:
    from bataille.ui.app import Application
    from bataille.ui.start.launch import open_console_first, open_start_screen

    broken = small_deck / "cards" / "broken.yaml"
    broken.write_text("cards: [unclosed\n", encoding="utf-8")
    application = Application(qapp, "fr")
    try:
        if how == "start screen":
            qtbot.addWidget(open_start_screen(application, small_deck).start)
        else:
            qtbot.addWidget(open_console_first(application, str(tmp_path / "any.bataille"), small_deck))
        qtbot.waitUntil(lambda: application.deck_window is not None, timeout=10_000)
        window = application.deck_window
        qtbot.addWidget(window)
        launcher = application.launcher
        assert launcher.deck is None and launcher.start.isVisible() and launcher.start.trouble.isVisible()

        broken.unlink()  # the teacher fixes the deck (here, by removing the broken file)
        window.watcher.reload()

        start = launcher.start
        assert start.isVisible() and launcher.deck is window.deck and not start.trouble.isVisible()
        assert start.deck_label.text() == "Jeu\u00a0: Petit jeu d'essai (version 1.0.0, 4 cartes)"
        assert start.start_button.isEnabled() and start.browse_button.isEnabled()
        assert launcher.app_actions is not None and start.preferences_button.isEnabled()
        if launcher.app_actions.dialog is not None:  # the first run's welcome, as after a good launch
            launcher.app_actions.dialog.close()
        start.browse_button.click()
        assert launcher.deck_window is window  # one deck window, the one that showed the problems
    finally:
        application.translations.uninstall()
        if application.deck_window is not None:
            application.deck_window.close()
