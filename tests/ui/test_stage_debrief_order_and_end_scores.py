"""The debrief's commitments read in the order they were written, page after page: with five, page
1/2 showed the third to fifth and the first two (the Owls', the Otters') came on page 2. The end's
picture ranks the teams with their scores once: the strip of scores under the rankings said the same
figures again."""

from __future__ import annotations

import re

import pytest

from bataille.words import for_the_font

from .test_stage import play_to
from .test_stage_debrief_gauges import open_stage
from .test_stage_scores import assert_legible_and_apart

SIZES = ((1920, 1080), (1280, 720), (1024, 768))
SAID = {"fr": "Citer nos sources ({})", "en": "We will cite our sources ({})"}


def _debrief(qtbot, deck, app_font, lang: str, teams: int):
    """The debrief of ``teams`` teams, each having written a commitment, in the teams' order."""
    stage = open_stage(qtbot, deck, app_font, teams, lang)
    play_to(stage, "scenario")
    c = stage.controller
    c.act(c.session.start_phase)
    for i, team in enumerate(c.state.teams):
        c.act(c.session.add_commitment, SAID[lang].format(i + 1), team.id)
    return stage


@pytest.mark.parametrize("teams", [5, 6])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_commitments_read_in_the_order_written_page_after_page(qtbot, translations, bundled_deck, app_font,
                                                                lang, teams) -> None:
    stage = _debrief(qtbot, bundled_deck, app_font, lang, teams)
    written = [f"{t.name}{chr(0xa0) + ':' if lang == 'fr' else ':'} {SAID[lang].format(i + 1)}"
               for i, t in enumerate(stage.controller.state.teams)]
    written = [for_the_font(line) for line in written]
    paged = 0
    for size in SIZES:
        stage.resize(*size)
        stage.timeline_page = 0
        scene = stage.build()
        pages, by_page = scene.pages, {}
        for page in range(pages):
            stage.timeline_page = page
            scene = stage.build()
            assert_legible_and_apart(scene, size)
            here = [t.removeprefix("• ") for t in scene.texts("commitment")]
            if not here:  # the lists' turn to give way (a narrow screen's gauges)
                continue
            assert here == [line for line in written if line in here], (size, here)  # in order on a page
            more = scene.texts("commitment-more")
            number = int(re.search(r"page (\d+)/", more[0]).group(1)) if more else 1
            by_page.setdefault(number, here)
            if page == 0:
                assert here[-1] == written[-1], (size, here)  # the latest line shows first
        paged += len(by_page) > 1
        assert [line for n in sorted(by_page) for line in by_page[n]] == written, (size, by_page)
    assert paged, "the commitments never took more than a page: nothing tried"


@pytest.mark.parametrize("teams", [4, 6])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_end_ranks_the_teams_and_says_their_scores_once(qtbot, translations, bundled_deck, app_font,
                                                           lang, teams) -> None:
    stage = _debrief(qtbot, bundled_deck, app_font, lang, teams)
    c = stage.controller
    c.act(c.session.end_phase)
    assert any(t.score for t in c.state.teams)
    for size in SIZES:
        stage.resize(*size)
        scene = stage.build()
        assert_legible_and_apart(scene, size)
        ranked = scene.texts("rank-name")
        assert len(ranked) == len(c.state.teams), (size, ranked)
        assert scene.texts("score-name") == [], size  # no strip of the same scores under the rankings
