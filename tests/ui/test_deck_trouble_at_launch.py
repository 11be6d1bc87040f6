"""`bataille --deck DIR` on a deck with one broken file: the start screen stays, says what is wrong
(`file:line:col: message`, in the interface's language) and offers both ways out: fix it in the
deck editor, at the first problem, or run the workshop now on another deck."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.paths import sessions_dir


def break_a_quote(folder: Path) -> None:
    """The tester's break: a closing quotation mark removed, in one card file of the deck."""
    cards = folder / "cards" / "cards.yaml"
    text = cards.read_text(encoding="utf-8")
    assert '{fr: "≈ 700 000 L", ' in text
    cards.write_text(text.replace('{fr: "≈ 700 000 L", ', '{fr: "≈ 700 000 L, ', 1), encoding="utf-8")


@pytest.fixture
def started(qtbot, qapp, small_deck: Path):
    """``started(lang, remembered="")``: the app launched on the broken small deck, its start screen read."""
    from bataille.ui.app import Application
    from bataille.ui.start.launch import open_start_screen

    made = []

    def start(lang: str = "fr", remembered: str = ""):
        break_a_quote(small_deck)
        application = Application(qapp, lang)
        application.settings.welcome_shown = True
        application.settings.last_good_deck = remembered
        made.append(application)
        launcher = open_start_screen(application, small_deck)
        qtbot.addWidget(launcher.start)
        launcher.start.resize(1366, 768)
        qtbot.waitUntil(lambda: launcher.start.trouble is not None and launcher.start.trouble.isVisible(),
                        timeout=10_000)
        qtbot.addWidget(application.deck_window)
        return application, launcher

    yield start
    for application in made:
        launcher = application.launcher
        if launcher.console is not None:
            launcher.console.close()
        if application.deck_window is not None:
            application.deck_window.editing.draft = None  # closed without asking
            application.deck_window.close()
        application.translations.uninstall()


def test_the_start_screen_shows_the_problems_and_offers_both_ways_out(qtbot, started, tmp_path: Path) -> None:
    application, launcher = started("fr")
    start, trouble = launcher.start, launcher.start.trouble
    assert start.isVisible() and not application.deck_window.isVisible()  # one look, on the start screen
    assert trouble.heading.text().endswith("ne peut pas être lancé\u00a0: 1 problème à corriger")
    [line] = [trouble.list.item(i).text() for i in range(trouble.list.count())]
    assert re.match(r"^.*cards\.yaml:\d+:\d+: YAML invalide", line), line  # file:line:col, in French
    assert trouble.fix_button.isVisible() and trouble.fix_button.text() == "Corri&ger dans l’éditeur du jeu"
    assert trouble.fallback_button.isVisible()
    assert trouble.fallback_button.text() == "U&tiliser le jeu fourni\u00a0: Bataille IA"
    assert trouble.text_button.isVisible() and "cards.yaml" in trouble.text_button.text()  # YAML itself: a text editor
    assert not start.start_button.isEnabled()
    start.grab().save(str(tmp_path / "start-deck-trouble.png"))

    # The bundled deck: a start screen that creates a session.
    qtbot.mouseClick(trouble.fallback_button, Qt.MouseButton.LeftButton)
    assert launcher.deck is not None and launcher.deck.root == load_deck(bundled_deck_path()).root
    assert not trouble.isVisible() and start.deck_label.text().startswith("Jeu\u00a0: Bataille IA")
    assert "reste tel quel" in start.message.text()
    qtbot.mouseClick(start.start_button, Qt.MouseButton.LeftButton)
    assert launcher.console is not None and launcher.controller.session.deck.id == launcher.deck.id
    assert [p.suffix for p in sessions_dir().iterdir() if p.suffix == ".bataille"] == [".bataille"]  # written


def test_fix_opens_the_editor_at_the_first_problem_and_the_saved_fix_completes_the_start_screen(
        qtbot, started, small_deck: Path) -> None:
    application, launcher = started("en")
    trouble = launcher.start.trouble
    assert trouble.heading.text().endswith("cannot be run: 1 problem to fix")
    assert re.match(r"^.*cards\.yaml:\d+:\d+: not valid YAML", trouble.list.item(0).text())
    qtbot.mouseClick(trouble.fix_button, Qt.MouseButton.LeftButton)
    window = application.deck_window
    assert window.isVisible() and window.editing_on
    assert "cards/cards.yaml" in window.statusBar().currentMessage()  # YAML itself: the line to correct

    cards = small_deck / "cards" / "cards.yaml"  # fixed, as in a text editor, and saved
    cards.write_text(cards.read_text(encoding="utf-8").replace("700 000 L, ", '700 000 L", '), encoding="utf-8")
    window.watcher.reload()
    assert launcher.deck is not None and launcher.deck.id == "small-deck"
    assert not trouble.isVisible() and launcher.start.start_button.isEnabled()
    assert application.settings.last_good_deck == str(launcher.deck.root)


def test_the_last_deck_that_loaded_is_offered_before_the_bundled_one(qtbot, started, other_deck: Path) -> None:
    _application, launcher = started("fr", remembered=str(other_deck))
    button = launcher.start.trouble.fallback_button
    assert button.text() == "U&tiliser le dernier jeu chargé\u00a0: Autre jeu"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert launcher.deck.id == "other-deck" and launcher.start.start_button.isEnabled()
