"""Honest timers: a running timer comes back paused, at the time it had left, after the session
closes and reopens; over time never shows more than the phase's length; the last minute warns."""

from __future__ import annotations

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session, open_session
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.phase_clock import format_clock
from bataille.workshop import ManualClock


def test_a_running_timer_comes_back_paused_at_the_time_it_had_left(qtbot, translations, tmp_path):
    deck = load_deck(bundled_deck_path())
    clock = ManualClock()
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, clock, "fr", agenda_minutes=20, phase_ids=["debates"])
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.start_phase()
    clock.advance(100)
    window = ConsoleWindow(SessionController(session))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    window.show()
    left = window.controller.remaining()
    window.close()  # the facilitator closes the session with the timer running
    close_session(session)
    clock.advance(3 * 3600)  # reopened three hours later
    again = open_session(path, deck, clock)
    try:
        phase = again.state.agenda.current
        assert phase.status == "paused" and again.remaining() == left
    finally:
        close_session(again)


def test_over_time_shows_the_whole_overrun_and_the_last_minute_warns(translations):
    deck = load_deck(bundled_deck_path())
    clock = ManualClock()
    from bataille.workshop import MemoryStore, Session

    session = Session.create(deck, MemoryStore(), clock, "fr", agenda_minutes=20, phase_ids=["debates"])
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.start_phase()
    controller = SessionController(session)
    length = session.state.agenda.current.planned_seconds
    clock.advance(length - 30)
    assert controller.last_minute and format_clock(controller.remaining()) == "0:30"
    clock.advance(9 * 3600)  # left running overnight: the whole overrun, as it is
    assert controller.remaining() == 30 - 9 * 3600 and not controller.last_minute
    assert format_clock(controller.remaining()) == "−539:30"
