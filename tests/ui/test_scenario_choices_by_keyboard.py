"""A team's choice from the keyboard: Space on its option records it, and the grid's buttons are
rebuilt for the next decision. The keyboard fell on « +1 min » then, thirteen Tabs from the grid,
where the next Space added a minute; it now stays on the grid: the first option of the team that
chose, at its next decision, or of the next team once that team has no decision left. Real widgets,
real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .test_scenario_choices import scenario_grid


def _focused_team(grid) -> str | None:
    return next((team for (team, _o), b in grid.buttons.items() if b is QApplication.focusWidget()), None)


def test_the_keyboard_stays_on_the_grid_after_each_choice(qtbot, translations, bundled_deck) -> None:
    console = scenario_grid(qtbot, bundled_deck, 3, (1366, 768), same=True)
    c, grid = console.controller, console.phase.scenario.choices
    try:
        first = c.state.teams[0].id
        button = grid.buttons[(first, "a")]
        button.setFocus()
        qtbot.waitUntil(button.hasFocus, timeout=2000)
        extra = c.state.agenda.current.extra_minutes
        decisions = 0
        while c.state.scenario_path(first).next_decision is not None:
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
            decisions += 1
            QApplication.processEvents()
            if c.state.scenario_path(first).next_decision is not None:
                assert _focused_team(grid) == first, QApplication.focusWidget()
        assert decisions == len(c.state.scenario_path(first).choices)
        assert _focused_team(grid) == c.state.teams[1].id  # its walk over: the next team's first option
        assert c.state.agenda.current.extra_minutes == extra  # Space never reached « +1 min »
    finally:
        console.controller.close()
