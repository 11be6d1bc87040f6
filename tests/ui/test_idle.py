"""An open session with a running timer wakes the app at most about once a second, and repaints no more.

A behaviour test, not a speed test: it counts timer wake-ups and paint events over a few
seconds of an idle console and stage.
"""

from __future__ import annotations

import time

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.workshop import MemoryStore, Session, SystemClock

SECONDS = 3.2


def test_a_running_timer_ticks_once_a_second_and_nothing_else_moves(qtbot, translations) -> None:
    deck = load_deck(bundled_deck_path())
    session = Session.create(deck, MemoryStore(), SystemClock(), "fr")
    session.add_team("A")
    session.add_team("B")
    session.start()
    session.start_phase()
    controller = SessionController(session)
    console = ConsoleWindow(controller)
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    console.show()
    console.stage.show()
    qtbot.wait(300)  # first paints
    ticks, paints = controller.timer_ticks, console.stage.paints
    start = time.monotonic()
    qtbot.wait(round(SECONDS * 1000))
    elapsed = time.monotonic() - start
    woke = controller.timer_ticks - ticks
    painted = console.stage.paints - paints
    assert 1 <= woke <= elapsed + 1.5, woke
    assert painted <= woke + 1, (painted, woke)


def test_a_paused_timer_does_not_tick(qtbot, translations) -> None:
    deck = load_deck(bundled_deck_path())
    session = Session.create(deck, MemoryStore(), SystemClock(), "fr")
    session.add_team("A")
    session.add_team("B")
    session.start()
    session.start_phase()
    session.pause_timer()
    controller = SessionController(session)
    console = ConsoleWindow(controller)
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    console.show()
    console.stage.show()
    qtbot.wait(300)
    paints = console.stage.paints
    qtbot.wait(1500)
    assert controller.timer_ticks == 0
    assert console.stage.paints == paints
