"""Undo as an event of its own; describe lines; what each action says it changed."""

from __future__ import annotations

import pytest

from bataille.words import typeset_french
from bataille.workshop import (
    DeckMismatchError,
    MemoryStore,
    NothingToUndoError,
    Session,
    describe,
    event_from_dict,
    fold,
)


def test_undo_goes_back_one_action_at_a_time(started):
    states = [started.state]
    started.add_takeaway("un")
    states.append(started.state)
    started.add_takeaway("deux")
    changes = started.undo()
    assert changes.debrief and changes.undone.text == "deux" and changes.event.target == 6
    assert started.state == states[1]
    started.undo()
    assert started.state == states[0]
    assert [e.type for e in started.events][-2:] == ["undone", "undone"]
    assert fold(None, started.events) == started.state


def test_undo_stops_at_the_set_up(session):
    session.add_team("A")
    session.undo()
    with pytest.raises(NothingToUndoError, match="nothing to undo"):
        session.undo()
    assert not session.can_undo and session.undo_event is None


def test_undo_then_act_then_undo(started):
    started.add_takeaway("a")
    base = started.state
    started.add_takeaway("b")
    started.undo()
    started.add_takeaway("c")
    assert started.undo_event.text == "c"
    started.undo()
    assert started.state == base


def test_events_round_trip_through_json(started):
    started.open_round(card_id="work-debate-1")
    started.record_vote("before", {"team-1": {"agree": 2}, "team-2": {"disagree": 1}})
    started.assign_sides(seed=3)
    started.deal_timeline(seed=9)
    import json

    for event in started.events:
        again = event_from_dict(json.loads(json.dumps(event.to_dict())))
        assert again == event


def test_describe_says_what_happened(started, deck):
    started.deal_timeline(cards_per_team=2, seed=5)
    card = started.state.timeline.hand("team-1")[0]
    started.place_card("team-1", card, 0)
    line = describe(started.events[-1], "fr", started.state, deck)
    assert line.startswith(typeset_french(f"Hiboux : « {card} » "))
    changes = started.undo()
    assert describe(changes.undone, "en", started.state, deck).startswith(f"Hiboux placed “{card}”: ")
    # An undo is said by what it took back, never by a number nobody sees.
    assert describe(changes.event, "en", started.state, deck, undone=changes.undone) == \
        "Undone — " + describe(changes.undone, "en", started.state, deck)
    assert describe(changes.event, "fr", started.state, deck, undone=changes.undone).startswith(
        typeset_french(f"Annulé — Hiboux : « {card} » "))
    assert describe(changes.event, "en") == "An action undone"  # what it took back not at hand
    started.start_phase()
    assert describe(started.events[-1], "en", deck=deck) == "Started: Welcome"
    assert describe(started.events[-1], "fr", deck=deck) == "Début\u00a0: Accueil"
    for event in started.events:  # every type has a line in both languages
        assert describe(event, "fr") and describe(event, "en")


def test_resume_checks_the_deck(started, deck):
    from dataclasses import replace

    other = replace(deck, id="another")
    with pytest.raises(DeckMismatchError, match="deck 'sample'"):
        Session.resume(other, started.store, started.clock)
    edited = replace(deck, content_hash="sha256:edited")
    assert Session.resume(edited, started.store, started.clock).deck_changed
    assert not Session.resume(deck, started.store, started.clock).deck_changed


class FlakyStore(MemoryStore):
    """A store that fails while ``broken`` is set, like a full disk."""

    broken = False

    def append(self, seq, event):
        from bataille.workshop import StoreError

        if self.broken:
            raise StoreError("disk full")
        super().append(seq, event)


def test_a_failed_write_keeps_the_event_and_retries(deck, clock):
    from bataille.workshop import NotSavedError

    store = FlakyStore()
    session = Session.create(deck, store, clock)
    store.broken = True
    with pytest.raises(NotSavedError, match="disk full") as info:
        session.add_team("A")
    assert info.value.changes.teams and session.pending == 1
    assert session.state.teams[0].name == "A"  # the action happened
    with pytest.raises(NotSavedError):
        session.add_team("B")
    assert session.pending == 2
    store.broken = False
    session.add_team("C")  # the next action writes the backlog first, in order
    assert session.pending == 0
    assert [e.name for e in store.rows[1:]] == ["A", "B", "C"]
    assert Session.resume(deck, store, clock).state == session.state


def test_a_press_of_several_actions_is_written_when_it_ends(deck, clock):
    """``Session.together``: a failing disk cannot stop a press half done; all of it waits in memory."""
    from bataille.workshop import NotSavedError

    store = FlakyStore()
    session = Session.create(deck, store, clock)

    def two_teams(s):
        s.add_team("A")
        return s.add_team("B")

    store.broken = True
    with pytest.raises(NotSavedError) as info:
        session.together(two_teams)
    assert [t.name for t in session.state.teams] == ["A", "B"] and session.pending == 2
    assert info.value.changes.teams  # what to redraw: the press's changes
    store.broken = False
    session.flush()
    assert [e.type for e in store.rows] == ["session_created", "team_added", "team_added"]


def _refused_after_a_team(s):
    """A press whose second action is refused: a team added, then one that does not exist removed."""
    s.add_team("A")
    return s.remove_team("team-9")


def test_a_refusal_inside_a_press_writes_the_actions_before_it(deck, clock):
    from bataille.workshop import ActionError

    store = FlakyStore()
    session = Session.create(deck, store, clock)
    with pytest.raises(ActionError):
        session.together(_refused_after_a_team)
    assert session.pending == 0 and [e.type for e in store.rows] == ["session_created", "team_added"]
    session.add_team("B")  # and the next action is written at once, as always
    assert len(store.rows) == 3


def test_a_refusal_inside_a_press_on_a_failing_disk_says_what_waits(deck, clock):
    """The actions before the refusal wait in memory: the refusal carries the save's failure."""
    from bataille.workshop import ActionError

    store = FlakyStore()
    session = Session.create(deck, store, clock)
    store.broken = True
    with pytest.raises(ActionError) as info:
        session.together(_refused_after_a_team)
    assert session.pending == 1 and "disk full" in str(info.value.not_saved)
