"""Every team's indicators on the stage, with five teams or more: a row per indicator, its name whole."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from bataille.ui.stage.layout import build_scene
from bataille.ui.stage.parts import StageContext
from bataille.ui.stage.room_words import to_the_room
from bataille.workshop import ManualClock, MemoryStore, Session

from .test_stage import TEAMS


@pytest.mark.parametrize("teams", [5, 6])
def test_the_indicators_names_are_whole_beside_six_teams(qapp, bundled_deck, app_font, teams) -> None:
    """The names' column was 470 px of 1080p, whatever the names: « Confiance dans l’information »
    read « Confiance dans … » at 1280×720 in the system's font. It is now as wide as they need."""
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), "fr")
    for name in TEAMS[:teams]:
        session.add_team(name)
    session.start()
    phase = next(p.id for p in session.state.agenda.phases if p.kind == "scenario")
    session.start_phase(phase)
    scenario = bundled_deck.scenarios[0]
    for team in session.state.teams:
        session.start_scenario(team.id, scenario.id)
    first = session.state.teams[0].id
    session.choose_option(first, scenario.decisions[0].options[0].id)
    plain = QFont(qapp.font())  # the system's font too, whose words are wider than the app's
    for font in (app_font, plain):
        for size in ((1920, 1080), (1366, 768), (1280, 720)):
            ctx = StageContext(session.state, bundled_deck, "fr", 600.0, scenario_team=first)
            with to_the_room("fr"):
                scene = build_scene(ctx, size[0], size[1], font)
            names = [item for item in scene.text_items() if item.role == "indicator-name"]
            assert len(names) == len(scenario.indicators)
            assert not [item.text for item in names if item.cut], (font.family(), size)
            values = [item for item in scene.text_items() if item.role == "indicator-value"]
            assert len(values) == teams * len(scenario.indicators) and not any(v.cut for v in values)
