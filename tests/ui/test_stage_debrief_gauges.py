"""The debrief projects every team's scenario gauges, the scenario phase's own table, when teams
played a scenario: "the teams compare their gauges and their choices", as the agenda's note says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from bataille.ui.controller import SessionController
from bataille.ui.stage.debrief_view import ARROW_ROOM
from bataille.ui.stage.scene import MarkItem
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font
from bataille.workshop import ManualClock, MemoryStore, Session

from .test_stage import TEAMS, play_to

SIZES = [(1920, 1080), (1366, 768), (1280, 720)]


def open_stage(qtbot, deck, app_font, teams: int, lang: str = "fr") -> StageWindow:
    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    for name in TEAMS[:teams]:
        session.add_team(name)
    session.start()
    window = StageWindow(SessionController(session))
    qtbot.addWidget(window)
    window.setFont(app_font)
    window.show()
    return window


@pytest.mark.parametrize("teams", [2, 4, 6])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_debrief_shows_every_team_gauges_readable(qtbot, translations, bundled_deck, app_font, teams, size) -> None:
    stage = open_stage(qtbot, bundled_deck, app_font, teams)
    play_to(stage, "debrief")
    state = stage.controller.state
    stage.resize(*size)
    scene = stage.build()
    assert scene.texts("indicator-title") == ["Nos jauges en 2035"]
    assert sorted(scene.texts("indicator-team-name")) == sorted(t.name for t in state.teams)
    names = {i.id: for_the_font(i.name.get("fr")) for s in bundled_deck.scenarios for i in s.indicators}
    assert sorted(scene.texts("indicator-name")) == sorted(names[i] for i, _ in state.scenarios[0].indicators)
    said = sorted((f"{v:+d}".replace("-", "−") if v else "0") if p.choices else "–"
                  for p in state.scenarios for _, v in p.indicators)
    assert sorted(scene.texts("indicator-value")) == said  # « – » for a team that chose nothing: not 0s
    if teams > 2:
        assert any(not p.choices for p in state.scenarios) and "–" in said
    assert any(v for p in state.scenarios for _, v in p.indicators)  # a choice moved a gauge: marks drawn
    from .test_stage_scores import (
        assert_legible_and_apart,  # (it opens its stages with open_stage, below)
    )

    texts = assert_legible_and_apart(scene, size)  # large, whole, in its room and in the window, apart
    window = QRectF(0, 0, *size)
    for mark in (item for item in scene.items if isinstance(item, MarkItem)):
        assert window.contains(mark.rect), mark.kind
        for text in texts:
            if ARROW_ROOM not in text.text:
                overlap = mark.rect.intersected(text.used)
                assert overlap.width() <= 1 or overlap.height() <= 1, (mark.kind, text.role, text.text)


def test_no_gauges_on_the_debrief_when_no_team_played_a_scenario(qtbot, translations, bundled_deck, app_font) -> None:
    played = open_stage(qtbot, bundled_deck, app_font, 4)
    play_to(played, "debrief")
    played.resize(1920, 1080)
    assert played.build().texts("indicator-value")
    skipped = open_stage(qtbot, bundled_deck, app_font, 4)
    play_to(skipped, "debate")
    s = skipped.controller.session
    s.close_round()
    s.start_phase()  # the scenarios, no team starting one
    s.start_phase()  # the debrief
    skipped.resize(1920, 1080)
    scene = skipped.build()
    assert not scene.texts("indicator-value") and not scene.texts("indicator-title")
    assert scene.texts("takeaway") and scene.texts("rank-name")  # the debrief as it was
