"""The stage read through a washed-out classroom projector, and the teams' colours on their tiles.

A cheap projector halves the colours' saturation and lifts every sRGB value halfway to white: the
stage's ink on its panels falls from 13:1 to 2.9:1, and its grey secondary text (a phase's step, the
indicators' names, « page 1/2 »…, 28 to 34 px) fell to 2.3:1, where letters of a grey this close to
the ground blur. The greys now keep 2.5:1 or more, the indicators' names are in the ink.

A team's colour is a chip on a dark tile (the scores, the card being placed, the scenarios' table):
the eighth colour, an indigo, was 1.5:1 on it, a chip that read as an empty box; every colour a new
team is given now stands 3:1 or more on the tile (WCAG's floor for a graphic). A session file written
before keeps the colours its teams were given."""

from __future__ import annotations

import colorsys

import pytest
from PySide6.QtGui import QColor

from bataille.storage import close_session, new_session, open_session
from bataille.ui.contrast import contrast
from bataille.ui.stage.colours import BACKGROUND, INK, MUTED, PANEL
from bataille.workshop import ManualClock
from bataille.workshop.actions_setup import PALETTE

from .test_stage_scores import stage_of

WASHED_FLOOR = 2.5  # the ink keeps 2.9:1 on the panel washed out; grey at 2.3:1 was the trouble


def washed(colour: str) -> QColor:
    """``colour`` as a washed-out projector shows it: saturation halved, then halfway to white."""
    c = QColor(colour)
    h, lightness, s = colorsys.rgb_to_hls(c.redF(), c.greenF(), c.blueF())
    r, g, b = colorsys.hls_to_rgb(h, lightness, s / 2)
    return QColor.fromRgbF((r + 1) / 2, (g + 1) / 2, (b + 1) / 2)


def test_the_model_of_a_washed_out_projector() -> None:
    assert washed("#000000").name() == "#808080" and washed("#FFFFFF").name() == "#ffffff"
    assert contrast(washed(INK), washed(PANEL)) == pytest.approx(2.88, abs=0.02)


@pytest.mark.parametrize("moment", ["timeline", "debate", "scenario", "debrief"])
def test_every_text_on_the_stages_ground_stays_legible_washed_out(qtbot, translations, bundled_deck, app_font,
                                                                  moment) -> None:
    """Every text on the stage's panels and ground (not those on a theme's band or the timer's box,
    drawn in white on their own colour), washed out, keeps WASHED_FLOOR against the panel (the
    lighter of the two grounds, so the harder)."""
    stage = stage_of(qtbot, bundled_deck, app_font, 5, moment, (1920, 1080))
    if moment == "scenario":
        c = stage.controller
        team = c.state.teams[0].id
        path = c.state.scenario_path(team)
        decision = next(d for d in c.deck.scenario(path.scenario_id).decisions if d.id == path.next_decision)
        c.act(c.session.choose_option, team, decision.options[0].id, decision.id)
    scene = stage.build()
    items = [i for i in scene.text_items() if i.text.strip() and i.role not in ("theme", "timer", "timer-note")]
    assert items
    if moment == "scenario":
        assert {i.colour for i in items if i.role == "indicator-name"} == {INK}
    for item in items:
        ratio = contrast(washed(item.colour), washed(PANEL))
        assert ratio >= WASHED_FLOOR, (item.role, item.text, item.colour, round(ratio, 2))


def test_the_grey_keeps_its_place_below_the_ink() -> None:
    assert contrast(washed(MUTED), washed(PANEL)) >= WASHED_FLOOR
    assert QColor(MUTED).lightness() < QColor(INK).lightness()


@pytest.mark.parametrize("colour", PALETTE)
def test_each_team_colour_stands_out_on_its_tile(colour) -> None:
    """The tile of a team's chip in the scores' strip (its swatch is outlined in the ink besides)."""
    assert contrast(QColor(colour), QColor(BACKGROUND)) >= 3.0, colour


def test_a_session_file_keeps_the_colours_its_teams_were_given(tmp_path, bundled_deck) -> None:
    """A file written when the eighth colour was the indigo reopens with it: colours are in its events."""
    path = tmp_path / "older.bataille"
    session = new_session(path, bundled_deck, ManualClock(), "fr")
    for i in range(7):
        session.add_team(f"Équipe {i + 1}")
    session.add_team("Les Pics", "#332288")  # the eighth team, as the older palette gave it
    session.start()
    close_session(session)
    again = open_session(path, bundled_deck, ManualClock())
    try:
        colours = [t.colour for t in again.state.teams]
        assert colours == [*PALETTE[:7], "#332288"]
        assert "#332288" not in PALETTE
    finally:
        close_session(again)
