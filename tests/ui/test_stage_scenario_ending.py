"""Where one future leads: every team of one scenario has made every decision, the room reads its
epilogue. It stood centred in the tall panel, some 80 px below its title « Où mène ce futur »; it
now starts right under it, whole at every classroom size and text size."""

from __future__ import annotations

import pytest

from bataille.words import for_the_font

from .test_stage_text_size import CLASSROOM, _check, _pictures, _stage


def _all_at_the_end(stage, scenario_id: str) -> None:
    c = stage.controller
    s = c.session
    s.start_phase()
    s.start_phase()
    s.start_phase()
    s.start_phase()  # the scenarios
    for team in s.state.teams:
        s.start_scenario(team.id, scenario_id)
    for team in s.state.teams:
        while s.state.scenario_path(team.id).next_decision is not None:
            s.choose_option(team.id, "b")
            s.leave_consequence()


@pytest.mark.parametrize(("lang", "teams"), [("fr", 4), ("en", 6)])
def test_the_epilogue_reads_right_under_its_title(qtbot, translations, bundled_deck, app_font, lang, teams) -> None:
    stage = _stage(qtbot, bundled_deck, app_font, lang, teams)
    scenario = bundled_deck.scenarios[0]
    _all_at_the_end(stage, scenario.id)
    assert stage.controller.state.agenda.current.kind == "scenario"
    problems: list[str] = []
    _check(stage, "ending", problems)
    assert problems == []
    for size in CLASSROOM:
        for percent in (100, 150):
            scene = _pictures(stage, size, percent)[0]
            title = next(t for t in scene.text_items() if t.role == "decision-title")
            epilogue = next(t for t in scene.text_items() if t.role == "epilogue")
            assert epilogue.text == for_the_font(scenario.epilogue.get(lang))
            gap = epilogue.used.top() - title.used.bottom()
            assert 0 <= gap <= 24 * scene.u, (size, percent, gap / scene.u)
