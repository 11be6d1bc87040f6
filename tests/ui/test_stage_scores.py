"""Every team's score stays on the stage, however many teams play: the room follows the game to
its end (the scores' strip in the scenarios, the podium in the debrief)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF

from bataille.ui.stage.scene import MIN_PX, Scene, TextItem
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font

from .test_stage import SIZES, play_to  # 16:9, 16:10 and 4:3, as classrooms have them
from .test_stage_debrief_gauges import open_stage


def stage_of(qtbot, deck, app_font, teams: int, moment: str, size: tuple[int, int]) -> StageWindow:
    window = open_stage(qtbot, deck, app_font, teams)
    window.resize(*size)
    play_to(window, moment)
    return window


def assert_legible_and_apart(scene: Scene, size: tuple[int, int], may_cut: tuple[str, ...] = ()) -> list[TextItem]:
    """Every text large, whole (but those of the roles ``may_cut``), in its room and in the window,
    none over another; returns them."""
    window = QRectF(0, 0, *size)
    texts = [i for i in scene.text_items() if i.text.strip()]
    for item in texts:
        assert item.px >= MIN_PX * scene.u - 0.5, (item.role, item.text, item.px)
        assert not item.cut or item.role in may_cut, (item.role, item.text)
        assert item.used.width() <= item.rect.width() + 1 and item.used.height() <= item.rect.height() + 1, item.role
        assert window.contains(item.used), (item.role, item.text, item.used)
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            overlap = a.used.intersected(b.used)
            assert overlap.width() <= 2 or overlap.height() <= 2, (a.role, a.text, b.role, b.text)
    return texts


def pairs(scene: Scene, role: str) -> list[tuple[str, str]]:
    """(name, value) of each team chip drawn under ``role``, in the order drawn."""
    return list(zip(scene.texts(f"{role}-name"), scene.texts(f"{role}-value"), strict=True))


@pytest.mark.parametrize("teams", [2, 4, 5, 6])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_scenarios_show_every_team_score(qtbot, translations, bundled_deck, app_font, teams, size) -> None:
    stage = stage_of(qtbot, bundled_deck, app_font, teams, "scenario", size)
    state = stage.controller.state
    assert len(state.scenarios) == teams and any(t.score for t in state.teams)
    scene = stage.build()
    assert_legible_and_apart(scene, size)
    assert sorted(pairs(scene, "score")) == sorted((for_the_font(t.name), str(t.score)) for t in state.teams)
    # The scenario itself still reads: its team, what the choice led to, every team's gauges.
    assert scene.texts("scenario-team-name") and scene.texts("consequence")
    # a name broken over two lines in its column (« Les\nCastors ») reads as one
    assert sorted(" ".join(n.split()) for n in scene.texts("indicator-team-name")) == sorted(t.name for t in state.teams)
    # ... and the next decision, its situation and its options, once the facilitator moves on.
    stage.controller.advance()
    scene = stage.build()
    assert scene.texts("situation") and len(scene.texts("option")) == 3
    assert_legible_and_apart(scene, size)
    assert sorted(pairs(scene, "score")) == sorted((for_the_font(t.name), str(t.score)) for t in state.teams)


@pytest.mark.parametrize("teams", [2, 4, 5, 6])
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_debrief_ranks_every_team_with_its_score(qtbot, translations, bundled_deck, app_font, teams, size) -> None:
    stage = stage_of(qtbot, bundled_deck, app_font, teams, "debrief", size)
    state = stage.controller.state
    scene = stage.build()
    assert_legible_and_apart(scene, size)
    ranked = pairs(scene, "rank")  # "1. Les Loutres", "4"
    assert sorted((name.split(". ", 1)[1], value) for name, value in ranked) == sorted(
        (for_the_font(t.name), str(t.score)) for t in state.teams)
