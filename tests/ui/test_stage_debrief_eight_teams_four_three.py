"""Eight teams' debrief on a 4:3 or 5:4 projector (and a window narrower still): the gauges' table
cut the indicators’ names (« Environne… ») and the podium the teams’ names (« 1. 5e A … »,
« 5e A M / arie-Curie »). Every
page the stage turns reads whole, apart and no smaller than the stage's least, at every classroom
size, in French and English, at 100 % and 150 % text size."""

from __future__ import annotations

import pytest

from .test_stage import SIZES
from .test_stage_debrief_crowded import crowded_debrief
from .test_stage_four_three import _eight_teams_at
from .test_stage_scores import assert_legible_and_apart


def _pages(stage, size):
    """Every page of the picture at ``size`` (up to eight): the scenes."""
    stage.resize(*size)
    scenes, page, pages = [], 0, 1
    while page < pages:
        stage.timeline_page = page
        scene = stage.build()
        scenes.append(scene)
        page, pages = page + 1, min(scene.pages, 8)
    return scenes


@pytest.mark.parametrize("percent", [100, 150])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("crowd", ["short", "long"])
def test_eight_teams_debrief_reads_whole_at_every_size(qtbot, translations, bundled_deck, app_font,
                                                       crowd, lang, percent) -> None:
    translations.set_language(lang)
    if crowd == "short":
        stage = _eight_teams_at(qtbot, translations, bundled_deck, app_font, lang, "debrief")
    else:
        stage = crowded_debrief(qtbot, bundled_deck, app_font)
        if lang == "en":
            stage.controller.act(stage.controller.session.set_language, "en")
    stage.apply_settings(percent, "")
    teams = stage.controller.state.teams
    problems = []
    for size in SIZES:
        ranks = []
        for scene in _pages(stage, size):
            try:
                assert_legible_and_apart(scene, size, may_cut=("debate-theme",))
            except AssertionError as error:
                problems.append(f"{size} page {scene.pages}: {error}")
            ranks += scene.texts("rank-name")
        if len(set(ranks)) != len(teams):
            problems.append(f"{size}: ranks {ranks}")
    assert not problems, "\n".join(problems)
