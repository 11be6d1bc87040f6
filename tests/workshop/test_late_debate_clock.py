"""Whether a debate was opened once the phase's time was up is the clock as it stood then: a pause
or +5 min given later do not change the past. A debate opened late stays played whole through a
break and through minutes that leave the clock below zero; minutes that give it time again put the
debate on the clock, and when they run out the debate was under way: "next" closes it without the
vote the room has not taken. Ctrl+Z of those minutes, and a reopened session file, say the same."""

from __future__ import annotations

from bataille.storage import close_session, open_session
from bataille.workshop import Counts, ManualClock
from bataille.workshop.flow import StepKind, open_debate, opened_after_time_up, time_up

from .test_debate_opened_after_time_up import _in_debates, _next


def _over_time(session, clock, by: float = 60) -> None:
    clock.advance(session.state.agenda.current.remaining(session.now()) + by)
    assert time_up(session.state, session.now())


def _late_debate(tmp_path, deck):
    clock, path = ManualClock(), tmp_path / "atelier.bataille"
    s = _in_debates(path, deck, clock)
    _over_time(s, clock)  # the clock at -1:00
    open_debate(s)  # one more, by hand
    return s, clock, path


def test_minutes_that_leave_the_clock_below_zero_keep_a_late_debate_whole(tmp_path, deck):
    s, clock, path = _late_debate(tmp_path, deck)
    clock.advance(600)  # ten minutes of debate: the clock at -11:00
    s.extend_timer(5)  # -6:00: still no time left, and this debate never had any
    assert time_up(s.state, s.now()) and opened_after_time_up(s.state)
    step = _next(s)
    assert (step.kind, step.time_up, step.vote, step.late) == (StepKind.WAIT_VOTE_BEFORE, False, "before", True)
    close_session(s)
    reopened = open_session(path, deck, ManualClock(clock.now() + 30))  # the file says the same
    assert _next(reopened).kind == StepKind.WAIT_VOTE_BEFORE
    close_session(reopened)


def test_a_break_during_a_late_debate_keeps_it_whole(tmp_path, deck):
    s, clock, _path = _late_debate(tmp_path, deck)
    s.record_vote("before", Counts(6, 3, 1))
    s.reveal_votes("before")
    s.pause_timer()
    clock.advance(180)  # a three-minute break, longer than the minute the clock was over
    s.resume_timer()
    clock.advance(30)
    assert time_up(s.state, s.now()) and opened_after_time_up(s.state)
    step = _next(s)
    assert (step.kind, step.time_up, step.vote, step.late) == (StepKind.WAIT_VOTE_AFTER, False, "after", True)
    close_session(s)


def test_a_debate_under_way_when_time_ran_out_closes_without_its_vote_while_paused(tmp_path, deck):
    clock = ManualClock()
    s = _in_debates(tmp_path / "atelier.bataille", deck, clock)
    open_debate(s)  # with time on the clock
    _over_time(s, clock)
    s.pause_timer()
    clock.advance(60)
    assert not opened_after_time_up(s.state)
    step = _next(s)
    assert (step.kind, step.time_up, step.vote) == (StepKind.CLOSE_AND_NEXT_PHASE, True, "before")
    close_session(s)


def test_minutes_that_give_a_late_debate_time_put_it_on_the_clock_and_ctrl_z_takes_that_back(tmp_path, deck):
    s, clock, path = _late_debate(tmp_path, deck)
    clock.advance(60)  # -2:00
    s.extend_timer(5)  # +3:00: the debate now has time, like one opened before the time ran out
    assert not time_up(s.state, s.now()) and not opened_after_time_up(s.state)
    assert (_next(s).kind, _next(s).late) == (StepKind.WAIT_VOTE_BEFORE, False)  # time left: nothing to say
    _over_time(s, clock)  # ...and that time runs out, the debate under way: "next" moves on
    step = _next(s)
    assert (step.kind, step.time_up, step.vote) == (StepKind.CLOSE_AND_NEXT_PHASE, True, "before")
    s.undo()  # the five minutes taken back: the debate was opened late, and is played whole again
    assert opened_after_time_up(s.state)
    assert _next(s).kind == StepKind.WAIT_VOTE_BEFORE
    s.extend_timer(5)  # given again, now the clock is at -6:00: -1:00, still late
    assert opened_after_time_up(s.state)
    s.extend_timer(5)  # +4:00: on the clock
    assert not opened_after_time_up(s.state)
    close_session(s)
    reopened = open_session(path, deck, ManualClock(clock.now()))  # the file says the same
    assert not opened_after_time_up(reopened.state)
    close_session(reopened)
