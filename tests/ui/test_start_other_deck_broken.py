""""Other deck…" on a deck with five problems showed three of them in the start screen's message line,
with no "and 2 more" and no way to fix them, while the same deck given at launch showed the whole bar
of its problems with its ways out. Now "Other deck…" shows that bar: every problem, "Fix in the deck
editor" (the deck window opens on that deck, at its first problem) and "Use the last deck that
loaded" (the deck the start screen had, which stays chosen meanwhile)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from bataille.deck import DeckError, load_deck
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher

BREAKS = [("year: 2023", "year: vingt"), ("year: 2018", "year: x"), ("year: 1956", "year: y"),
          ("year: 1955", "year: z"), ("month: 8", "month: 13")]


def five_problems(folder: Path) -> Path:
    cards = folder / "cards" / "cards.yaml"
    text = cards.read_text(encoding="utf-8")
    for old, new in BREAKS:
        assert old in text
        text = text.replace(old, new, 1)
    cards.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as error:
        load_deck(folder)
    assert len(error.value.problems) == 5, error.value.problems
    return folder


@pytest.fixture
def chosen(qtbot, translations, small_deck: Path, other_deck: Path, monkeypatch):
    """The start screen on the small deck, "Other deck…" just chose the other deck, broken five times."""
    broken = five_problems(other_deck)
    launcher = Launcher(translations, Settings(), load_deck(small_deck))
    qtbot.addWidget(launcher.start)
    launcher.start.resize(1366, 768)
    launcher.start.show()
    qtbot.waitExposed(launcher.start)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(broken))
    qtbot.mouseClick(launcher.start.deck_button, Qt.MouseButton.LeftButton)
    yield launcher, broken
    if launcher.deck_window is not None:
        launcher.deck_window.editing.draft = None  # closed without asking
        launcher.deck_window.close()


def test_every_problem_is_listed_with_the_ways_out_and_the_deck_is_kept(qtbot, chosen, translations) -> None:
    launcher, broken = chosen
    start, trouble = launcher.start, launcher.start.trouble
    assert trouble is not None and trouble.isVisible()
    assert trouble.heading.text() == f"Le jeu de {broken} ne peut pas être lancé\u00a0: 5 problèmes à corriger"
    lines = [trouble.list.item(i).text() for i in range(trouble.list.count())]
    assert len(lines) == 5 and all(line.startswith(f"{broken / 'cards' / 'cards.yaml'}:") for line in lines), lines
    assert trouble.fix_button.isVisible() and trouble.fix_button.text() == "Corri&ger dans l’éditeur du jeu"
    assert trouble.fallback_button.isVisible()
    assert trouble.fallback_button.text() == "U&tiliser le dernier jeu chargé\u00a0: Petit jeu d'essai"
    assert not start.message.isVisible() or not start.message.text()  # no second, shorter list
    # The deck the start screen had stays chosen: a session can start on it meanwhile.
    assert launcher.deck is not None and launcher.deck.id == "small-deck" and start.start_button.isEnabled()

    translations.set_language("en")
    qtbot.waitUntil(lambda: trouble.heading.text() == f"The deck in {broken} cannot be run: 5 problems to fix")
    assert trouble.fallback_button.text() == "&Use the last deck that loaded: Small test deck"

    qtbot.mouseClick(trouble.fallback_button, Qt.MouseButton.LeftButton)
    assert not trouble.isVisible() and launcher.deck.id == "small-deck"
    assert "was left as it is" in start.message.text() and start.start_button.isEnabled()


def test_fix_opens_the_deck_editor_on_that_deck_and_the_saved_fix_is_the_next_deck(qtbot, chosen) -> None:
    launcher, broken = chosen
    trouble = launcher.start.trouble
    qtbot.mouseClick(trouble.fix_button, Qt.MouseButton.LeftButton)
    window = launcher.deck_window
    assert window is not None and window.isVisible() and window.editing_on
    assert Path(window.watcher.folder).resolve() == broken.resolve()

    cards = broken / "cards" / "cards.yaml"  # fixed, as in a text editor, and saved
    text = cards.read_text(encoding="utf-8")
    for old, new in BREAKS:
        text = text.replace(new, old, 1)
    cards.write_text(text, encoding="utf-8")
    window.editing.draft = None
    window.watcher.reload()
    qtbot.waitUntil(lambda: launcher.deck.id == "other-deck")
    assert not trouble.isVisible() and launcher.start.start_button.isEnabled()
