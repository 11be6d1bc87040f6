"""Redo: an undone action recorded again, the same event to its moment, while no other action came
since; what can be redone is read from the events, so a session file opened again offers it too."""

from __future__ import annotations

import pytest

from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock, MemoryStore, NothingToRedoError, Session, fold
from bataille.workshop.flow import _close_and_open
from bataille.workshop.refusals import refusal


def debate_session(deck, clock=None, store=None):
    """Two teams, the sample deck's debate phase under way, a first debate open."""
    session = Session.create(deck, store or MemoryStore(), clock or ManualClock(), "fr", agenda_minutes=30,
                             phase_ids=["timeline", "debate"])  # not a quick debate: it gives points
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.start_phase("debate")
    session.open_round(seed=1)
    return session


def voted_debate(deck, before, after):
    session = debate_session(deck)
    session.assign_sides(seed=2)  # a side for each team: the side that moved the room wins points
    for stage, counts in (("before", before), ("after", after)):
        session.record_vote(stage, dict(zip(("agree", "disagree", "undecided"), counts, strict=True)))
        session.reveal_votes(stage)
    return session


def test_redo_brings_back_the_state_before_the_undo_and_its_clock(deck):
    clock = ManualClock()
    session = debate_session(deck, clock=clock)
    clock.advance(60)
    session.record_vote("before", {"agree": 7, "disagree": 3, "undecided": 2})
    before_undo, left = session.state, session.remaining()
    session.undo()
    assert session.state.open_round.vote("before") is None
    clock.advance(30)  # the facilitator looks for the counts on the board
    changes = session.redo()
    assert session.state == before_undo
    assert session.state.open_round.vote("before").total.agree == 7
    assert changes.event == session.events[-3]  # the vote, recorded again as it was
    assert session.events[-1].at == session.events[-3].at  # its moment kept: the phase started when it did
    assert session.remaining() == left - 30
    assert not session.redo_events
    assert fold(None, session.events) == session.state


def test_one_press_of_several_actions_comes_back_whole_and_in_order(deck):
    session = voted_debate(deck, (5, 5, 2), (8, 2, 2))
    before_undo = session.state
    start = session.event_count
    session.together(_close_and_open)  # the debate closed, its points given, the next opened
    done = session.events[start:]
    assert len(done) >= 3
    after_the_step = session.state
    for _ in done:
        session.undo()
    assert session.state == before_undo
    assert session.redo_events == tuple(reversed(done))  # the next to redo last
    session.together(lambda s: [s.redo() for _ in done][-1])
    assert session.state == after_the_step
    assert session.events[-len(done):] == done
    assert session.undo_event == done[-1]  # what was redone is undone again as any action
    session.undo()
    assert session.redo_events == (done[-1],)


def test_a_new_action_leaves_nothing_to_redo(started, clock):
    started.add_takeaway("un")
    started.add_takeaway("deux")
    started.undo()
    started.undo()
    assert [e.text for e in started.redo_events] == ["deux", "un"]
    started.redo()
    clock.advance(5)
    started.add_takeaway("trois")
    assert started.redo_events == ()
    with pytest.raises(NothingToRedoError, match="nothing to redo"):
        started.redo()
    assert [t for t in started.state.debrief.takeaways] == ["un", "trois"]


def test_nothing_to_redo_is_refused_in_the_core_s_own_words(started):
    with pytest.raises(NothingToRedoError) as refused:
        started.redo()
    assert refusal(str(refused.value), "fr") == "Il n’y a rien à rétablir."
    started.add_takeaway("un")
    started.undo()
    started.redo()
    with pytest.raises(NothingToRedoError):
        started.redo()


def test_what_can_be_redone_survives_the_file_opened_again(deck, tmp_path):
    path = tmp_path / "atelier.bataille"
    clock = ManualClock()
    session = new_session(path, deck, clock, "fr", agenda_minutes=20, phase_ids=["debate"])
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    session.start_phase()
    session.open_round(seed=1)
    session.record_vote("before", {"agree": 4, "disagree": 6, "undecided": 1})
    session.reveal_votes("before")
    shown = session.state
    session.undo()
    session.undo()
    session.redo()  # the vote back; its showing still undone
    close_session(session)  # the app killed here would leave the same file: each action is written at once

    again = open_session(path, deck, ManualClock(clock.now() + 120))
    try:
        assert again.state.open_round.vote("before").total.disagree == 6
        assert [e.type for e in again.redo_events] == ["votes_revealed"]
        again.redo()
        assert again.state == shown
        assert again.redo_events == ()
    finally:
        close_session(again)
    reopened = open_session(path, deck, ManualClock())
    try:
        assert reopened.state == shown and reopened.redo_events == ()
    finally:
        close_session(reopened)


def test_the_session_tells_a_redo_from_a_new_action_from_its_file_too(deck, tmp_path):
    path = tmp_path / "redos.bataille"
    clock = ManualClock()
    session = new_session(path, deck, clock, "fr", agenda_minutes=30)
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    session.add_takeaway("Une")
    session.undo()
    session.redo()
    redo = session.event_count - 1
    session.add_takeaway("Deux")  # a new action, not a redo
    assert session.was_redone(redo) and not session.was_redone(redo - 2) and not session.was_redone(redo + 1)
    close_session(session)
    reopened = open_session(path, deck, ManualClock())
    assert [seq for seq in range(reopened.event_count) if reopened.was_redone(seq)] == [redo]
    close_session(reopened)
