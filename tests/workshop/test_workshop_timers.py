"""Agenda and timers: remaining time from recorded timestamps, across pauses, extensions, restarts."""

from __future__ import annotations

import pytest

from bataille.workshop import AgendaError, Session


def test_remaining_time_follows_start_pause_resume_extend(started, clock):
    changes = started.start_phase()
    assert changes.agenda and changes.timer
    phase = started.state.agenda.current
    assert (phase.id, phase.status, phase.minutes) == ("welcome", "running", 10)
    assert started.remaining() == 600
    clock.advance(120)
    assert started.remaining() == 480
    started.pause_timer()
    clock.advance(300)  # paused: time does not count
    assert started.remaining() == 480
    started.resume_timer()
    clock.advance(60)
    assert started.remaining() == 420
    started.extend_timer(5)
    assert started.remaining() == 720
    clock.advance(1000)
    assert started.remaining() == -280  # over time shows as negative
    started.end_phase()
    done = started.state.agenda.phase("welcome")
    assert done.status == "done" and done.elapsed(clock.now() + 999) == 1180
    assert started.remaining() is None


def test_starting_a_phase_ends_the_running_one_and_skip(started, clock):
    started.start_phase()
    clock.advance(30)
    started.pause_timer()
    clock.advance(50)
    started.start_phase("debate")  # jump ahead: welcome ends (its pause not counted)
    welcome = started.state.agenda.phase("welcome")
    assert welcome.status == "done" and welcome.elapsed(clock.now()) == 30
    assert started.state.agenda.current.id == "debate"
    started.skip_phase("timeline")
    assert started.state.agenda.phase("timeline").status == "skipped"
    started.skip_phase()  # the current one
    assert started.state.agenda.phase("debate").status == "skipped"
    assert started.state.agenda.current is None
    assert started.state.agenda.next_pending.id == "break"
    started.start_phase("timeline")  # a skipped phase can still be played
    assert started.state.agenda.current.id == "timeline"
    assert started.state.last_phase_id == "timeline"


def test_timer_refusals(started):
    with pytest.raises(AgendaError, match="No phase is under way"):
        started.pause_timer()
    started.start_phase()
    with pytest.raises(AgendaError, match="not paused"):
        started.resume_timer()
    started.pause_timer()
    with pytest.raises(AgendaError, match="already paused"):
        started.pause_timer()
    with pytest.raises(AgendaError, match="1 to 60 minutes"):
        started.extend_timer(0)
    with pytest.raises(AgendaError, match="already under way"):
        started.start_phase("welcome")
    started.end_phase()
    with pytest.raises(AgendaError, match="already done"):
        started.start_phase("welcome")
    with pytest.raises(AgendaError, match="no phase 'lunch'"):
        started.skip_phase("lunch")
    for _ in range(5):
        started.skip_phase()
    with pytest.raises(AgendaError, match="Every phase"):
        started.start_phase()


def test_timer_survives_a_restart(started, clock, deck):
    started.start_phase()
    clock.advance(100)
    started.pause_timer()
    clock.advance(3600)  # the laptop was closed for an hour while paused
    reopened = Session.resume(deck, started.store, clock)
    assert reopened.state == started.state
    assert reopened.remaining() == 500
    reopened.resume_timer()
    clock.advance(50)
    assert reopened.remaining() == 450
    clock.advance(600)
    reopened2 = Session.resume(deck, reopened.store, clock)
    assert reopened2.remaining() == -150  # while running, time goes on between sessions
