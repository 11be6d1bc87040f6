"""The workshop's time as a whole (workshop.schedule): its planned end, how late or early it runs,
and what each phase over really took; sessions in memory on a manual clock (sample agenda: 10, 20,
30, 5, 15, 10 = 90 minutes)."""

from __future__ import annotations

from bataille.storage import close_session, new_session, open_session
from bataille.workshop.schedule import played_minutes, schedule

MIN = 60.0


def _late(session, clock) -> int:
    return schedule(session.state.agenda, clock.now()).late_minutes


def test_nothing_before_the_first_phase(started, clock):
    assert schedule(started.state.agenda, clock.now()) is None


def test_on_time_when_each_phase_keeps_its_minutes(started, clock):
    t0 = clock.now()
    started.start_phase()
    clock.advance(10 * MIN + 40)  # 40 seconds over: within a minute, on time
    started.start_phase()
    plan = schedule(started.state.agenda, clock.now())
    assert plan.started_at == t0 and plan.planned_end == t0 + 90 * MIN
    assert plan.late_minutes == 0 and plan.late_seconds == 40


def test_late_welcome_15_and_timeline_28_is_13_minutes_behind(started, clock):
    started.start_phase()
    clock.advance(15 * MIN)
    started.start_phase()
    assert _late(started, clock) == 5
    clock.advance(28 * MIN)
    assert _late(started, clock) == 13  # the timeline's clock over time: later each minute it runs on
    started.start_phase()  # the debates
    assert _late(started, clock) == 13
    assert played_minutes(started.state.agenda.phase("welcome")) == (15, 0)
    assert played_minutes(started.state.agenda.phase("timeline")) == (28, 0)
    assert played_minutes(started.state.agenda.phase("debate")) is None  # not over


def test_ahead_when_phases_end_early(started, clock):
    started.start_phase()
    clock.advance(6 * MIN)
    started.start_phase()
    clock.advance(12 * MIN)
    started.start_phase()
    plan = schedule(started.state.agenda, clock.now())
    assert plan.late_minutes == -12 and plan.expected_end == plan.planned_end - 12 * MIN


def test_a_pause_makes_the_workshop_late_not_the_phase(started, clock):
    started.start_phase()
    clock.advance(5 * MIN)
    started.pause_timer()
    clock.advance(12 * MIN)  # a fire drill
    assert _late(started, clock) == 12
    started.resume_timer()
    clock.advance(5 * MIN)
    started.start_phase()
    assert _late(started, clock) == 12
    assert played_minutes(started.state.agenda.phase("welcome")) == (10, 12)


def test_a_skipped_phase_wins_its_minutes_back(started, clock):
    started.start_phase()
    clock.advance(25 * MIN)  # the welcome, 15 minutes over
    started.start_phase()
    assert _late(started, clock) == 15
    started.skip_phase("scenario")  # 15 minutes of plan dropped
    assert _late(started, clock) == 0
    started.skip_phase("break")
    assert _late(started, clock) == -5


def test_a_phase_cut_short_counts_what_it_took(started, clock):
    started.start_phase()
    clock.advance(10 * MIN)
    started.start_phase()  # the timeline
    clock.advance(8 * MIN)
    started.skip_phase()  # cut short: 12 minutes of its plan not used
    assert played_minutes(started.state.agenda.phase("timeline")) == (8, 0)
    assert _late(started, clock) == -12


def test_an_extension_is_lateness_against_the_plan(started, clock):
    started.start_phase()
    started.extend_timer(5)
    assert _late(started, clock) == 5  # the end moved at once
    clock.advance(15 * MIN)
    started.start_phase()
    assert _late(started, clock) == 5


def test_time_between_phases_counts_and_the_end_is_the_last_phase_s_end(started, clock):
    for _ in range(6):
        started.start_phase()
        clock.advance(started.state.agenda.current.minutes * MIN)
        started.end_phase()
        clock.advance(MIN)  # a minute between two phases, six times
    plan = schedule(started.state.agenda, clock.now())
    assert plan.late_minutes == 5  # the last minute came after the end
    clock.advance(60 * MIN)  # the room left: the end does not move
    assert schedule(started.state.agenda, clock.now()).late_minutes == 5


def test_the_schedule_reads_the_same_from_the_session_file(deck, clock, tmp_path):
    path = tmp_path / "late.bataille"
    session = new_session(path, deck, clock)
    for name in ("Hiboux", "Loutres"):
        session.add_team(name)
    session.start()
    session.start_phase()
    clock.advance(15 * MIN)
    session.start_phase()
    clock.advance(28 * MIN)
    session.start_phase()
    close_session(session)
    again = open_session(path, deck, clock)
    try:
        assert schedule(again.state.agenda, clock.now()).late_minutes == 13
        assert played_minutes(again.state.agenda.phase("timeline")) == (28, 0)
    finally:
        close_session(again)
