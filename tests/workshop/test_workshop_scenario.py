"""Scenarios: decision points in order, indicators accumulate, teams compared; debrief notes."""

from __future__ import annotations

import pytest

from bataille.workshop import DebriefError, ScenarioError


def test_indicators_accumulate_and_teams_compare(started):
    started.start_scenario("team-1", "frugal")
    started.start_scenario("team-2", "frugal")
    path = started.state.scenario_path("team-1")
    assert path.indicators == (("environment", 0), ("trust", 5)) and path.next_decision == "schools"
    started.choose_option("team-1", "a")                # env +2, trust -1
    started.choose_option("team-1", "b", "energy")      # env -2, trust +1
    started.choose_option("team-1", "a")                # trust +3
    started.choose_option("team-2", "b")                # trust +2
    p1, p2 = started.state.scenario_path("team-1"), started.state.scenario_path("team-2")
    assert p1.finished and p1.indicators == (("environment", 0), ("trust", 8))
    assert p1.choices == (("schools", "a"), ("energy", "b"), ("work", "a"))
    assert not p2.finished and p2.indicator("trust") == 7
    (comparison,) = started.state.comparison
    assert comparison.indicator_ids == ("environment", "trust")
    assert comparison.rows == (("team-1", (0, 8)), ("team-2", (0, 7)))


def test_scenario_refusals(started):
    with pytest.raises(ScenarioError, match="Start a scenario for Hiboux first"):
        started.choose_option("team-1", "a")
    with pytest.raises(ScenarioError, match="no scenario 'dystopia'"):
        started.start_scenario("team-1", "dystopia")
    started.start_scenario("team-1", "frugal")
    with pytest.raises(ScenarioError, match="already started"):
        started.start_scenario("team-1", "frugal")
    with pytest.raises(ScenarioError, match="at the decision 'schools', not 'energy'"):
        started.choose_option("team-1", "a", "energy")
    with pytest.raises(ScenarioError, match="no option 'z'"):
        started.choose_option("team-1", "z")
    for option in ("a", "c", "b"):
        started.choose_option("team-1", option)
    with pytest.raises(ScenarioError, match="every decision"):
        started.choose_option("team-1", "a")


def test_debrief_notes(started):
    started.add_takeaway("L'IA consomme de l'eau")
    started.add_commitment("Vérifier les sources", team_id="team-2")
    started.add_commitment("Parler d'IA en famille")
    debrief = started.state.debrief
    assert debrief.takeaways == ("L'IA consomme de l'eau",)
    assert debrief.commitments == (("team-2", "Vérifier les sources"), (None, "Parler d'IA en famille"))
    with pytest.raises(DebriefError, match="empty"):
        started.add_takeaway(" ")
