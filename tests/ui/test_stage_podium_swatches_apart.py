"""Eight teams with long names on a 4:3 projector put the debrief's podium in one column, its rows
lower than in two: the teams' colour swatches took 82 % of each row and stood 5 pixels apart at
1024×768, nearly touching. In one column they keep the space two columns leave between them (20
1080p pixels), smaller where they must, and every name still reads whole on its line."""

from __future__ import annotations

import pytest

from bataille.ui.stage.scene import BoxItem

from .test_stage_debrief_crowded import crowded_debrief
from .test_stage_scores import assert_legible_and_apart

ONE_COLUMN = [(1024, 768), (800, 600), (1280, 720), (1920, 1080)]  # long names: the podium in one column


def _podium_rows(scene, teams):
    """Each team's (name item, swatch) on the podium, top to bottom: the swatch of its colour level
    with the name, just left of it."""
    rows = []
    for name in (t for t in scene.text_items() if t.role == "rank-name"):
        team = next(team for team in teams if name.text.replace("\n", " ").split(". ", 1)[1] == team.name)
        swatch = next(b for b in scene.items if isinstance(b, BoxItem) and b.fill == team.colour
                      and abs(b.rect.center().y() - name.rect.center().y()) < 1
                      and 0 <= name.rect.left() - b.rect.right() <= 14 * scene.u)
        rows.append((name, swatch.rect))
    return sorted(rows, key=lambda row: row[1].top())


@pytest.mark.parametrize("percent", [100, 150])
@pytest.mark.parametrize("size", ONE_COLUMN, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_podium_s_swatches_in_one_column_keep_apart(qtbot, translations, bundled_deck, app_font, size,
                                                        percent) -> None:
    stage = crowded_debrief(qtbot, bundled_deck, app_font)
    stage.apply_settings(percent, "")
    stage.resize(*size)
    teams = stage.controller.state.teams
    stage.timeline_page = 0  # the podium's page when it takes turns with the debates
    scene = stage.build()
    rows = _podium_rows(scene, teams)
    assert len(rows) == len(teams)
    lefts = {round(rect.left()) for _name, rect in rows}
    if len(lefts) > 1:  # two columns at this size and text size: the one-column case is elsewhere
        assert percent == 150, (size, lefts)
        return
    u = scene.u
    for (_name, above), (name, below) in zip(rows, rows[1:], strict=False):
        row = below.center().y() - above.center().y()
        gap = below.top() - above.bottom()
        # the two columns' space (20 px at 1080p), or half the row where the row is lower than 40 px
        assert gap >= min(20 * u, row / 2) - 0.5, (size, name.text, gap, row)
        assert below.height() >= min(44 * u, row / 2) - 0.5, (size, name.text, below.height())  # a swatch still
    assert_legible_and_apart(scene, size, may_cut=("debate-theme",))
    assert sorted(" ".join(n.text.split(". ", 1)[1].split()) for n, _rect in rows) == sorted(t.name for t in teams)
