"""A scenario's introduction on the stage: before the team the stage follows takes its first
decision, the room reads the situation its choices play out in (the scenario's title and
introduction, with the first decision below); from that choice on, the picture is as before."""

from __future__ import annotations

import pytest

from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font

from .test_stage import SIZES  # 16:9, 16:10 and 4:3, as classrooms have them
from .test_stage_scores import assert_legible_and_apart, stage_of


def scenarios_started(qtbot, deck, app_font, teams: int, size: tuple[int, int], first: int = 0) -> StageWindow:
    """Every team on a scenario (team i on the deck's scenario first + i), none has chosen yet."""
    stage = stage_of(qtbot, deck, app_font, teams, "debate", size)
    s = stage.controller.session
    s.close_round()
    s.start_phase()
    for i, team in enumerate(s.state.teams):
        s.start_scenario(team.id, deck.scenarios[(first + i) % len(deck.scenarios)].id)
    return stage


@pytest.mark.parametrize("teams", [4, 6])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("which", range(4))
def test_the_room_reads_the_introduction_before_the_first_decision(qtbot, translations, bundled_deck, app_font,
                                                                   teams, size, which) -> None:
    stage = scenarios_started(qtbot, bundled_deck, app_font, teams, size, first=which)
    scenario = bundled_deck.scenarios[which]
    team = stage.controller.state.teams[0]
    scene = stage.build()
    assert_legible_and_apart(scene, size)
    assert scene.texts("scenario-intro") == [for_the_font(scenario.intro.get("fr"))]
    assert scene.texts("scenario-title") == [for_the_font(scenario.title.get("fr"))]
    sharing = [t.name for i, t in enumerate(stage.controller.state.teams) if i % len(bundled_deck.scenarios) == 0]
    assert scene.texts("scenario-team-name") == [", ".join(sharing) if len(sharing) > 1 else team.name]
    first = scenario.decisions[0]
    assert scene.texts("situation") == [for_the_font(first.situation.get("fr"))]  # together with the first decision
    assert len(scene.texts("option")) == len(first.options)
    assert len(scene.texts("score-name")) == teams

    stage.controller.session.choose_option(team.id, first.options[0].id)
    scene = stage.build()  # the choice's consequence
    assert scene.texts("consequence") and not scene.texts("scenario-intro") and not scene.texts("scenario-title")
    assert scene.texts("scenario-team-name") == [f"{team.name} — {for_the_font(scenario.title.get('fr'))}"]
    stage.controller.advance()  # the second decision
    scene = stage.build()
    assert scene.texts("situation") == [for_the_font(scenario.decisions[1].situation.get("fr"))]
    assert not scene.texts("scenario-intro") and scene.texts("indicator-value")
    assert_legible_and_apart(scene, size)


def test_the_introduction_is_that_of_the_team_the_stage_follows(qtbot, translations, bundled_deck, app_font) -> None:
    """The console picks the team the stage shows: a team that has not chosen yet shows its own
    scenario's introduction, one that has chosen its decision."""
    stage = stage_of(qtbot, bundled_deck, app_font, 4, "scenario", (1920, 1080))  # the first team chose
    controller = stage.controller
    first, second = controller.state.teams[:2]
    controller.advance()  # its consequence leaves the stage
    assert not stage.build().texts("scenario-intro")
    controller.show_scenario_team(second.id)
    scenario = bundled_deck.scenario(controller.state.scenario_path(second.id).scenario_id)
    assert stage.build().texts("scenario-intro") == [for_the_font(scenario.intro.get("fr"))]
    controller.show_scenario_team(first.id)
    assert not stage.build().texts("scenario-intro")



@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_one_scenario_started_for_every_team_is_theirs_not_the_first_ones(qtbot, translations, bundled_deck,
                                                                          app_font, size) -> None:
    """"Start for every team": the introduction is headed by every team's colour and "Toutes les
    équipes", not by the first team's name (the room would think only that team plays); once some
    teams have chosen, those still to choose are counted; a team on its own is named."""
    stage = stage_of(qtbot, bundled_deck, app_font, 4, "debate", size)
    s = stage.controller.session
    s.close_round()
    s.start_phase()
    scenario = bundled_deck.scenarios[1]
    for team in s.state.teams:
        s.start_scenario(team.id, scenario.id)
    scene = stage.build()
    assert scene.texts("scenario-team-name") == ["Toutes les équipes"]
    assert scene.texts("scenario-intro") == [for_the_font(scenario.intro.get("fr"))]
    assert_legible_and_apart(scene, size)
    first, second = s.state.teams[:2]
    s.choose_option(first.id, scenario.decisions[0].options[0].id)
    stage.controller.advance()  # its consequence leaves: the stage follows a team still to choose
    stage.controller.show_scenario_team(second.id)
    assert stage.build().texts("scenario-team-name") == [", ".join(t.name for t in s.state.teams[1:])]
    # Names too long to stand side by side: how many. Three of the 22 characters the rules take do
    # stand side by side; a file written when 40 were taken may hold longer ones (recorded as it did).
    from bataille.workshop.events import TeamChanged

    for team in s.state.teams[1:]:
        s._record(TeamChanged(at=s.now(), team_id=team.id, name=f"{team.name} du lycée Marie-Curie, 2nde B",
                              colour=team.colour))
    assert stage.build().texts("scenario-team-name") == ["3 équipes"]
    for team in s.state.teams[1:3]:
        s.choose_option(team.id, scenario.decisions[0].options[1].id)
    stage.controller.advance()
    last = s.state.teams[3]
    stage.controller.show_scenario_team(last.id)
    assert stage.build().texts("scenario-team-name") == [last.name]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_a_decision_every_team_reads_together_is_headed_by_every_team(qtbot, translations, bundled_deck,
                                                                       app_font, size) -> None:
    """One scenario started for every team: once all have taken the first decision, the second (and
    the epilogue) were headed « Les Lynx — Retour de bâton », the last team that chose, as if the
    others were out. Every team heads it, with the scenario's title; a team's own consequence is
    still headed by that team."""
    stage = stage_of(qtbot, bundled_deck, app_font, 4, "debate", size)
    s = stage.controller.session
    s.close_round()
    s.start_phase()
    scenario = bundled_deck.scenarios[1]
    title = for_the_font(scenario.title.get("fr"))
    for team in s.state.teams:
        s.start_scenario(team.id, scenario.id)
    for decision in scenario.decisions:
        for team in s.state.teams:
            stage.controller.act(s.choose_option, team.id, decision.options[0].id)
        assert stage.build().texts("scenario-team-name") == [f"{s.state.teams[-1].name} — {title}"]  # its consequence
        stage.controller.advance()  # the consequence leaves: the next decision, every team's
        scene = stage.build()
        assert scene.texts("scenario-team-name") == [f"Toutes les équipes — {title}"], decision.id
        assert_legible_and_apart(scene, size)
    assert scene.texts("decision-title") == ["Où mène ce futur"]
