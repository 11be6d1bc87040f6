"""The debrief's commitments read in the order they were written, page after page: with five, page
1/2 showed the third to fifth and the first two (the Owls', the Otters') came on page 2. The end's
picture ranks the teams with their scores once: the strip of scores under the rankings said the same
figures again."""

from __future__ import annotations

import re

import pytest

from bataille.ui.controller import SessionController
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session

from .test_stage import TEAMS, play_to
from .test_stage_debrief_gauges import open_stage
from .test_stage_scores import assert_legible_and_apart
from .test_stage_timeline_every_card_named import NAMES

SIZES = ((1920, 1080), (1280, 720), (1024, 768))
SAID = {"fr": "Citer nos sources ({})", "en": "We will cite our sources ({})"}


def _debrief(qtbot, deck, app_font, lang: str, teams: int, names: list[str] | None = None):
    """The debrief of ``teams`` teams (``names``, else the tests' own), each having written a
    commitment, in the teams' order."""
    if teams <= len(TEAMS) and names is None:
        stage = open_stage(qtbot, deck, app_font, teams, lang)
    else:
        session = Session.create(deck, MemoryStore(), ManualClock(), lang)
        for name in (names or NAMES[lang])[:teams]:
            session.add_team(name)
        session.start()
        stage = StageWindow(SessionController(session))
        qtbot.addWidget(stage)
        stage.setFont(app_font)
        stage.show()
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


@pytest.mark.parametrize("teams", [4, 6, 8])
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


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_end_gives_the_rankings_the_room_its_debates_leave(qtbot, translations, bundled_deck, app_font,
                                                                lang) -> None:
    """Eight teams on a 4:3 screen: the ranks were squeezed into half the column (rows a third apart
    closer than on the projector) over a panel of one debate's line and empty room."""
    long = {"fr": "Les Penseurs Audacieux", "en": "Extraordinary Thinkers"}[lang]
    stage = _debrief(qtbot, bundled_deck, app_font, lang, 8, [*NAMES[lang][:7], long])
    c = stage.controller
    c.act(c.session.end_phase)
    stage.resize(1024, 768)
    scene = stage.build()
    rows = sorted({round(i.used.center().y()) for i in scene.text_items() if i.role == "rank-name"})
    apart = min(b - a for a, b in zip(rows, rows[1:], strict=False)) / scene.u  # in 1080p pixels
    assert apart >= 50, apart  # (37 squeezed; 63 on the projector)
