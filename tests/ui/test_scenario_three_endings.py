"""Three futures at the end: the room split between three scenarios, every decision taken. Two
epilogues stood side by side and the third waited on a second page (« + 1 more · page 1/2 »), read
only if the facilitator turned to it; the three now read whole side by side where they fit, and
every size still shows each whole, apart, none cut."""

from __future__ import annotations

import pytest

from bataille.words import for_the_font

from .test_stage_text_size import CLASSROOM, _check, _pictures, _stage


def _three_futures_ended(stage) -> list[str]:
    """Six teams, two on each of three scenarios, at their ends; the scenarios' ids."""
    s = stage.controller.session
    for _ in range(4):
        s.start_phase()  # the scenarios
    scenarios = [scenario.id for scenario in stage.controller.deck.scenarios[:3]]
    for i, team in enumerate(s.state.teams):
        s.start_scenario(team.id, scenarios[i % 3])
    for team in s.state.teams:
        while s.state.scenario_path(team.id).next_decision is not None:
            s.choose_option(team.id, "a")
            s.leave_consequence()
    return scenarios


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_three_futures_read_on_one_page(qtbot, translations, bundled_deck, app_font, lang) -> None:
    stage = _stage(qtbot, bundled_deck, app_font, lang, 6)
    scenarios = _three_futures_ended(stage)
    epilogues = {for_the_font(bundled_deck.scenario(s).epilogue.get(lang)) for s in scenarios}
    for size in [(1920, 1080), (1366, 768)]:
        scenes = _pictures(stage, size, 100)
        assert len(scenes) == 1 and scenes[0].pages == 1, size
        said = [t for t in scenes[0].text_items() if t.role == "epilogue"]
        assert {t.text for t in said} == epilogues and not any(t.cut for t in said), size
        assert not [t for t in scenes[0].text_items() if t.role == "endings-more"]
    problems: list[str] = []
    _check(stage, "three endings", problems, sizes=[*CLASSROOM, (1366, 768)])
    assert problems == [], problems
