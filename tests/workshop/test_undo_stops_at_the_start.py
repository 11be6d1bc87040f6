"""Undo never reaches back past the start of the workshop: the teams, the agenda and the rules chosen
on the start screen are fixed by it (nothing in the console can add a team again), and so is a quick
debate's debate, opened there on the card chosen there. A file written before undo stopped there
still opens."""

from __future__ import annotations

import pytest

from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock, MemoryStore, NothingToUndoError, Session
from bataille.workshop import events as ev
from bataille.workshop.flow import first_debate_phase, start_quick_debate


def test_nothing_before_the_start_is_undone_even_in_the_file_opened_again(deck, tmp_path):
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, ManualClock(), "fr")
    for name in ("Équipe 1", "Équipe 2", "Équipe 3", "Équipe 4"):
        session.add_team(name)
    assert session.can_undo  # before the start, the set-up is still being made
    session.start()
    assert not session.can_undo and session.undo_event is None and session.state_before_undo() is None
    with pytest.raises(NothingToUndoError):
        session.undo()
    session.start_phase()
    session.undo()  # the console's own action: taken back
    assert not session.can_undo
    close_session(session)
    again = open_session(path, deck, ManualClock())
    try:
        assert not again.can_undo and len(again.state.teams) == 4 and again.state.started
        with pytest.raises(NothingToUndoError):
            again.undo()
    finally:
        close_session(again)


def test_a_quick_debate_keeps_the_debate_the_start_screen_opened(deck):
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr", phase_ids=[first_debate_phase(deck)])
    card = deck.cards_of("debate")[0].id
    start_quick_debate(session, card, ("Pour", "Contre"))
    assert not session.can_undo  # the sides, the debate on its card, its phase: the start screen's
    session.record_vote("before", {"agree": 3, "disagree": 2, "undecided": 1})
    assert type(session.undo_event) is ev.VoteRecorded
    session.undo()
    assert not session.can_undo and session.state.open_round.card_id == card


def test_a_file_that_undid_the_start_still_opens(deck):
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr")
    session.add_team("A")
    session.add_team("B")
    session.start()
    events = [*session.events, ev.Undone(at=1.0, target=3), ev.Undone(at=2.0, target=2)]
    store = MemoryStore()
    for seq, event in enumerate(events):
        store.append(seq, event)
    opened = Session.resume(deck, store, ManualClock())
    assert not opened.state.started and [t.name for t in opened.state.teams] == ["A"]
    assert opened.can_undo  # not started: the set-up is open again, as that file left it
