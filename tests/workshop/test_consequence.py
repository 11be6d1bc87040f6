"""A choice's consequence stays in front of the room until the facilitator moves on: a recorded step."""

from __future__ import annotations

import pytest

from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock, ScenarioError, describe, event_from_parts


def test_a_choice_shows_its_consequence_until_the_room_moves_on(started):
    started.start_scenario("team-1", "frugal")
    assert started.state.consequence_shown is None
    started.choose_option("team-1", "a")
    assert started.state.consequence_shown == "team-1"
    changes = started.leave_consequence()
    assert started.state.consequence_shown is None and changes.scenario
    assert describe(changes.event, "fr", started.state) == "Hiboux\u00a0: décision suivante"
    assert describe(changes.event, "en", started.state) == "Hiboux: next decision"


def test_leaving_the_last_consequence_is_said_as_the_ending(started):
    """After a scenario's last decision, moving on shows where the future leads: the history says
    so, and the earlier steps still read "next decision", whatever the state they are read in."""
    started.start_scenario("team-1", "frugal")
    left = []
    while not started.state.scenario_path("team-1").finished:
        started.choose_option("team-1", "a")
        left.append(started.leave_consequence().event)
    assert len(left) >= 2 and [e.to_ending for e in left] == [False] * (len(left) - 1) + [True]
    lines = [describe(e, "fr", started.state) for e in left]
    assert lines[0] == "Hiboux\u00a0: décision suivante" and lines[-1] == "Hiboux\u00a0: où mène ce futur"
    assert describe(left[-1], "en", started.state) == "Hiboux: where this future leads"
    old = event_from_parts("consequence_left", 1.0, {"team_id": "team-1"})  # a file written before
    assert not old.to_ending and describe(old, "en", started.state) == "Hiboux: next decision"


def test_there_is_nothing_to_leave_without_a_consequence_shown(started):
    with pytest.raises(ScenarioError, match="No choice's consequence is shown"):
        started.leave_consequence()
    started.start_scenario("team-1", "frugal")
    started.choose_option("team-1", "a")
    started.start_scenario("team-2", "frugal")  # another team begins: the stage turns to it
    with pytest.raises(ScenarioError, match="No choice's consequence is shown"):
        started.leave_consequence()


def test_moving_on_is_undone_like_any_action_and_a_new_phase_moves_on(started):
    started.start_scenario("team-1", "frugal")
    started.choose_option("team-1", "a")
    started.leave_consequence()
    started.undo()
    assert started.state.consequence_shown == "team-1"
    started.start_phase()
    assert started.state.consequence_shown is None


def test_it_survives_a_reopened_session_file(tmp_path, deck):
    path = tmp_path / "s.bataille"
    session = new_session(path, deck, ManualClock(), "fr")
    session.add_team("Hiboux")
    session.add_team("Loutres")
    session.start()
    session.start_scenario("team-1", "frugal")
    session.choose_option("team-1", "a")
    close_session(session)
    reopened = open_session(path, deck, ManualClock())
    assert reopened.state.consequence_shown == "team-1"  # the room is shown it again after a crash
    reopened.leave_consequence()
    close_session(reopened)
    assert open_session(path, deck, ManualClock()).state.consequence_shown is None


def test_the_path_the_room_follows(started):
    """The stage and the console's notes follow one path: the consequence shown, then the team
    picked, else the first team still walking, else the last."""
    from bataille.workshop.flow import followed_path

    assert followed_path(started.state, None, None) is None
    started.start_scenario("team-1", "frugal")
    started.start_scenario("team-2", "frugal")
    assert followed_path(started.state, None, None).team_id == "team-1"
    assert followed_path(started.state, None, "team-2").team_id == "team-2"
    assert followed_path(started.state, None, "nobody").team_id == "team-1"
    for _ in started.state.scenario_path("team-1").decisions:
        started.choose_option("team-1", "a")
    assert followed_path(started.state, "team-1", "team-2").team_id == "team-1"  # its consequence, shown
    started.leave_consequence()
    assert followed_path(started.state, None, None).team_id == "team-2"  # team-1 has finished
