"""The room split between two futures: once every team has taken its last decision, the stage and
the facilitator's notes give where each future leads, not only the one of the team that chose last."""

from __future__ import annotations

import pytest

from bataille.words import for_the_font

from .conftest import go_to_phase
from .test_stage_scores import assert_legible_and_apart, stage_of


def _split_and_played(window, teams: int) -> list:
    """Half the teams on the deck's first scenario, half on its second, every decision taken and
    every consequence read ("next" after each); the two scenarios. (``window``: a stage or a
    console, in the scenarios' phase.)"""
    s = window.controller.session
    futures = window.controller.deck.scenarios[:2]
    for i, team in enumerate(s.state.teams):
        s.start_scenario(team.id, futures[i * 2 // teams].id)
    while any(not p.finished for p in s.state.scenarios):
        for team in s.state.teams:
            path = s.state.scenario_path(team.id)
            if not path.finished:
                window.controller.act(s.choose_option, team.id, "a")
                window.controller.advance()  # the consequence read, the room moves on
    return futures


@pytest.mark.parametrize("teams", [4, 6])
@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=lambda size: f"{size[0]}x{size[1]}")
def test_each_future_s_ending_is_on_the_stage(qtbot, translations, bundled_deck, app_font, teams, size) -> None:
    stage = stage_of(qtbot, bundled_deck, app_font, teams, "debate", size)
    stage.controller.session.close_round()
    stage.controller.session.start_phase()
    futures = _split_and_played(stage, teams)
    scene = stage.build()
    assert scene.texts("decision-title") == ["Où mène ce futur"] * 2
    epilogues = " ".join(" ".join(scene.texts("epilogue")).split())
    for future in futures:
        assert " ".join(for_the_font(future.epilogue.get("fr")).split()[:5]) in epilogues, future.id
    heads = scene.texts("scenario-team-name")
    assert len(heads) == 2 and all(for_the_font(f.title.get("fr")) in h for f, h in zip(futures, heads, strict=True))
    assert_legible_and_apart(scene, size)


def test_one_future_keeps_its_one_ending(qtbot, translations, bundled_deck, app_font) -> None:
    stage = stage_of(qtbot, bundled_deck, app_font, 4, "debate", (1920, 1080))
    s = stage.controller.session
    s.close_round()
    s.start_phase()
    for team in s.state.teams:
        s.start_scenario(team.id, bundled_deck.scenarios[0].id)
    for _decision in bundled_deck.scenarios[0].decisions:
        for team in s.state.teams:
            stage.controller.act(s.choose_option, team.id, "a")
        stage.controller.advance()
    scene = stage.build()
    assert scene.texts("decision-title") == ["Où mène ce futur"] and len(scene.texts("epilogue")) == 1


def test_the_notes_give_each_future_s_ending(console) -> None:
    c = console.controller
    go_to_phase(c, "scenarios")
    futures = _split_and_played(console, len(c.state.teams))
    text = " ".join(console.notes.view.toPlainText().split())
    for future in futures:
        assert " ".join(for_the_font(future.epilogue.get("fr")).split()[:5]) in text, future.id
