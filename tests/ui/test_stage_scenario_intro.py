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
    assert scene.texts("scenario-team-name") == [team.name]
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

