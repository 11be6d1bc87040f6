"""The console under random use: hundreds of clicks, commands and values a hurried facilitator
might give, in any order, never raise (make test-slow; seeded, so a failure replays).

Dialogs are answered at once (Cancel, or Yes to a question) and file choosers return nothing.
"""

from __future__ import annotations

import random
import sys
import traceback

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QMessageBox,
    QSpinBox,
)

from bataille.ui.commands import Command

from .conftest import open_console

COMMANDS = (Command.BACK, Command.UNDO, Command.START_PAUSE, Command.BLACKOUT, Command.CLOSE_REVEAL,
            Command.NEXT_PHASE, Command.BEEP)
AWAY = ("…", "...")  # buttons that open a file chooser or a dialog of their own: left alone


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(8))
def test_random_use_never_raises(qtbot, translations, bundled_deck, monkeypatch, seed: int) -> None:
    _random_use(open_console(qtbot, bundled_deck, names=("A", "B", "C", "D")), monkeypatch, seed)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(4))
def test_random_use_of_a_quick_debate_never_raises(qtbot, translations, bundled_deck, monkeypatch, seed: int) -> None:
    """The same on a quick debate (one phase, two camps, its own way to the end)."""
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController
    from bataille.workshop import ManualClock, MemoryStore, Session
    from bataille.workshop.flow import first_debate_phase, start_quick_debate

    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), "fr",
                             phase_ids=[first_debate_phase(bundled_deck)])
    start_quick_debate(session, bundled_deck.cards_of("debate")[seed % len(bundled_deck.cards_of("debate"))].id, ("Pour", "Contre"))
    console = ConsoleWindow(SessionController(session))
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    console.resize(1366, 768)
    console.show()
    _random_use(console, monkeypatch, seed, at_least=5)  # its end may come within a few presses


def _random_use(console, monkeypatch, seed: int, at_least: int = 20) -> None:
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    errors: list[str] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: errors.append("".join(traceback.format_exception(t, v, tb))))
    rng = random.Random(seed)
    done: list[str] = []
    try:
        for _ in range(300):
            roll = rng.random()
            if roll < 0.3:
                console.advance()
                done.append("next")
            elif roll < 0.4:
                action = console.actions_[rng.choice(COMMANDS)]
                if action.isEnabled():
                    action.trigger()
                    done.append(action.objectName())
            else:
                page = console.phase
                spins = [w for w in page.findChildren(QSpinBox) if w.isVisible() and w.isEnabled()]
                combos = [w for w in page.findChildren(QComboBox) if w.isVisible() and w.isEnabled() and w.count()]
                buttons = [w for w in page.findChildren(QAbstractButton) if w.isVisible() and w.isEnabled()
                           and not any(mark in w.text() for mark in AWAY)]
                if spins and rng.random() < 0.3:
                    rng.choice(spins).setValue(rng.randint(0, 30))
                    done.append("value")
                elif combos and rng.random() < 0.3:
                    combo = rng.choice(combos)
                    combo.setCurrentIndex(rng.randrange(combo.count()))
                    done.append("choice")
                elif buttons:
                    button = rng.choice(buttons)
                    done.append(button.text())
                    button.click()
            QApplication.processEvents()
            assert not errors, (done[-10:], errors[0])
    finally:
        console.phones.turn_off()
        for widget in QApplication.topLevelWidgets():  # questions left open (box.open()) go with the test
            if widget.isModal():
                widget.close()
    assert len(console.controller.session.events) > at_least  # it went somewhere
