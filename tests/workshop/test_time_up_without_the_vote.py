"""Time up with a debate whose vote the room has not taken: "next" closes the debate without that vote
and moves on, in one press (it waited for counts the facilitator out of time had no time to take).
What was recorded stays; the session file and the summary say the debate had no vote (after)."""

from __future__ import annotations

import subprocess

from bataille.export.summary import export_summary
from bataille.storage import close_session, new_session, open_session
from bataille.workshop import Counts, ManualClock
from bataille.workshop import events as ev
from bataille.workshop.flow import StepKind, next_step, open_debate, time_up


def _next(session):
    return next_step(session.state, session.deck, session.now())


def _debate_open(session) -> None:
    for phase in ("welcome", "timeline"):
        session.skip_phase(phase)
    session.start_phase("debate")
    open_debate(session)


def _over_time(session, clock) -> None:
    clock.advance(session.state.agenda.current.planned_seconds + 1)
    assert time_up(session.state, session.now())


def _file_session(path, deck, clock):
    session = new_session(path, deck, clock, "fr")
    for name in ("Hiboux", "Loutres"):
        session.add_team(name)
    session.start()
    return session


def test_with_time_left_next_waits_for_the_vote(started, clock):
    s = started
    _debate_open(s)
    clock.advance(60)
    step = _next(s)
    assert (step.kind, step.run, step.vote, step.time_up) == (StepKind.WAIT_VOTE_BEFORE, None, "before", False)


def test_time_up_before_any_vote_next_closes_the_debate_and_starts_the_next_phase(tmp_path, deck):
    clock, path = ManualClock(), tmp_path / "atelier.bataille"
    s = _file_session(path, deck, clock)
    _debate_open(s)
    s.add_argument("team-1", "Un argument noté avant la fin", side="for")
    _over_time(s, clock)
    step = _next(s)
    assert (step.kind, step.title, step.vote, step.time_up) == (StepKind.CLOSE_AND_NEXT_PHASE, "Pause", "before", True)
    s.together(step.run)
    assert s.state.agenda.current.id == "break" and len(s.state.rounds) == 1
    rnd = s.state.rounds[0]
    assert rnd.closed and rnd.before is None and not rnd.awards  # no vote: no winner, no points
    close_session(s)

    reopened = open_session(path, deck, ManualClock())  # the file says what happened, in this order
    kinds = [type(e) for e in reopened.events]
    assert kinds[-2:] == [ev.RoundClosed, ev.PhaseStarted]
    assert ev.VoteRecorded not in kinds
    assert reopened.state.rounds[0].arguments[0].text == "Un argument noté avant la fin"  # nothing lost
    written = export_summary(reopened, deck, tmp_path / "bilan.md")
    text = written[0].read_text(encoding="utf-8")
    assert "Pas de vote enregistré." in text and "Un argument noté avant la fin" in text
    close_session(reopened)


def test_time_up_after_the_first_vote_next_closes_without_the_second(tmp_path, deck):
    clock, path = ManualClock(), tmp_path / "atelier.bataille"
    s = _file_session(path, deck, clock)
    _debate_open(s)
    s.record_vote("before", Counts(6, 3, 1))
    _over_time(s, clock)
    assert _next(s).kind == StepKind.REVEAL_BEFORE  # a vote recorded is shown first, as before
    s.reveal_votes("before")
    step = _next(s)
    assert (step.kind, step.vote, step.time_up) == (StepKind.CLOSE_AND_NEXT_PHASE, "after", True)
    s.together(step.run)
    close_session(s)

    reopened = open_session(path, deck, ManualClock())
    rnd = reopened.state.rounds[0]
    assert rnd.closed and rnd.before.total == Counts(6, 3, 1) and rnd.revealed_before and rnd.after is None
    assert reopened.state.agenda.current.id == "break"
    # time ran out: not "closed early by the facilitator" (the summary reads the phase's clock)
    for name, said in (("bilan.md", "Clos à la fin du temps, sans le vote après"),
                      ("summary.md", "Closed when the time ran out, without the vote after")):
        lang = "fr" if name == "bilan.md" else "en"
        text = export_summary(reopened, deck, tmp_path / name, lang)[0].read_text(encoding="utf-8")
        assert said in text and "par l’animateur" not in text and "Closed early" not in text, text
    pdf = export_summary(reopened, deck, tmp_path / "bilan.pdf")[0]  # read back as a reader gets it
    words = " ".join(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
                     .stdout.split())
    assert "Clos à la fin du temps, sans le vote après" in words, words
    close_session(reopened)


def test_time_up_on_the_last_phase_closes_the_debate_without_its_vote_and_ends(started, clock):
    s = started
    for phase in ("welcome", "timeline", "break", "scenario", "debrief"):
        s.skip_phase(phase)
    s.start_phase("debate")
    open_debate(s)
    _over_time(s, clock)
    step = _next(s)
    assert (step.kind, step.vote, step.time_up) == (StepKind.CLOSE_AND_END, "before", True)
    s.together(step.run)
    assert s.state.agenda.current is None and s.state.rounds[0].closed


def test_more_time_brings_the_wait_for_the_vote_back(started, clock):
    s = started
    _debate_open(s)
    _over_time(s, clock)
    assert _next(s).kind == StepKind.CLOSE_AND_NEXT_PHASE
    s.extend_timer(5)  # +5 min: the room votes after all
    assert _next(s).kind == StepKind.WAIT_VOTE_BEFORE and _next(s).run is None
