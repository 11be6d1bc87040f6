"""A debate opened once the phase's time is already up (the facilitator chose one more) is played
whole: "next" waits for its vote before and its vote after, then closes it with the move to the next
phase. Only a debate that was open when the time ran out closes without the votes the room has not
taken. The opening time comes from the session file, so a reopened session does the same."""

from __future__ import annotations

from bataille.storage import close_session, new_session, open_session
from bataille.workshop import Counts, ManualClock
from bataille.workshop.flow import StepKind, next_step, open_debate, opened_after_time_up, time_up


def _next(session):
    return next_step(session.state, session.deck, session.now())


def _in_debates(path, deck, clock):
    session = new_session(path, deck, clock, "fr")
    for name in ("Hiboux", "Loutres"):
        session.add_team(name)
    session.start()
    for phase in ("welcome", "timeline"):
        session.skip_phase(phase)
    session.start_phase("debate")
    return session


def _over_time(session, clock) -> None:
    clock.advance(session.state.agenda.current.remaining(session.now()) + 1)
    assert time_up(session.state, session.now())


def test_a_debate_opened_after_time_up_waits_for_both_votes(tmp_path, deck):
    clock = ManualClock()
    s = _in_debates(tmp_path / "atelier.bataille", deck, clock)
    _over_time(s, clock)
    open_debate(s)  # one more, by hand, the clock at 0:00
    clock.advance(120)
    assert opened_after_time_up(s.state)
    step = _next(s)
    assert (step.kind, step.run, step.vote, step.time_up, step.late) == (StepKind.WAIT_VOTE_BEFORE, None, "before",
                                                                         False, True)
    s.record_vote("before", Counts(6, 3, 1))
    assert (_next(s).kind, _next(s).late) == (StepKind.REVEAL_BEFORE, True)
    s.reveal_votes("before")
    step = _next(s)
    assert (step.kind, step.vote, step.time_up, step.late) == (StepKind.WAIT_VOTE_AFTER, "after", False, True)
    s.record_vote("after", Counts(4, 5, 1))
    assert (_next(s).kind, _next(s).late) == (StepKind.REVEAL_AFTER, True)
    s.reveal_votes("after")
    step = _next(s)  # the debate seen whole: it closes, and the session moves on rather than opening another
    assert (step.kind, step.time_up, step.vote, step.late) == (StepKind.CLOSE_AND_NEXT_PHASE, True, "", False)
    s.together(step.run)
    rnd = s.state.rounds[-1]
    assert rnd.closed and rnd.shift is not None
    assert s.state.agenda.current.id != "debate"
    close_session(s)


def test_a_debate_open_when_time_ran_out_still_closes_without_its_vote(tmp_path, deck):
    clock = ManualClock()
    s = _in_debates(tmp_path / "atelier.bataille", deck, clock)
    open_debate(s)
    _over_time(s, clock)
    assert not opened_after_time_up(s.state)
    step = _next(s)
    assert (step.kind, step.vote, step.time_up, step.late) == (StepKind.CLOSE_AND_NEXT_PHASE, "before", True, False)
    close_session(s)


def test_more_time_given_then_run_out_again_closes_the_debate_without_its_vote(tmp_path, deck):
    clock = ManualClock()
    s = _in_debates(tmp_path / "atelier.bataille", deck, clock)
    _over_time(s, clock)
    s.extend_timer(5)  # +5 min: the debate opens with time on the clock
    open_debate(s)
    _over_time(s, clock)  # ...and that time runs out too, the debate under way
    assert not opened_after_time_up(s.state)
    assert _next(s).kind == StepKind.CLOSE_AND_NEXT_PHASE
    close_session(s)


def test_a_reopened_session_knows_the_debate_was_opened_after_time_up(tmp_path, deck):
    clock, path = ManualClock(), tmp_path / "atelier.bataille"
    s = _in_debates(path, deck, clock)
    _over_time(s, clock)
    open_debate(s)
    close_session(s)
    later = ManualClock(clock.now() + 600)
    reopened = open_session(path, deck, later)
    assert opened_after_time_up(reopened.state)
    assert _next(reopened).kind == StepKind.WAIT_VOTE_BEFORE
    close_session(reopened)



def test_the_guide_says_a_debate_opened_after_time_up_is_played_whole(deck, tmp_path) -> None:
    import subprocess

    from bataille.export.guide import render_guide_pdf

    for lang, said in (("fr", "se joue en entier, ses deux votes compris"),
                       ("en", "played whole, both its votes included")):
        path = tmp_path / f"guide-{lang}.pdf"
        path.write_bytes(render_guide_pdf(deck, lang))
        text = " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                       check=True).stdout.split())
        assert said in text, lang
