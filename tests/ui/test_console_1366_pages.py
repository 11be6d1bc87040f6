"""A phase's page on a laptop (1366x768) takes its own height, not that of a taller page shown
before it: after a scenario page of six teams (taller than the window), the debrief scrolled,
its « Retirer cette ligne » out of sight under a list stretched to the scenario page's height (a
stack of pages asks each its height for a width, hidden ones too)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from .conftest import open_console
from .test_stage_long_names import NAMES


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_the_debrief_after_a_tall_scenario_page_fits_the_laptop(qtbot, translations, bundled_deck, in_app_font):
    console = open_console(qtbot, bundled_deck, names=NAMES[:6])
    try:
        c, s = console.controller, console.controller.session
        c.act(s.start_phase, "scenarios")
        for i, team in enumerate(s.state.teams):
            c.act(s.start_scenario, team.id, s.deck.scenarios[i % len(s.deck.scenarios)].id)
        c.act(s.choose_option, s.state.teams[0].id, "a")
        c.show_scenario_team(s.state.teams[0].id)
        console.phones.turn_on("127.0.0.1", 0)  # its panel takes the left column's height
        settle()
        panel = console.phase
        viewport = panel.scroll.viewport()
        assert panel.stack.height() > viewport.height()  # the scenarios of six teams: taller than the window
        c.act(s.start_phase, "debrief")
        settle()
        assert panel.stack.currentWidget() is panel.debrief
        assert panel.stack.height() <= viewport.height(), (panel.stack.height(), viewport.height())
        button = panel.debrief.remove_button
        seen = QRect(button.mapTo(viewport, QPoint(0, 0)), button.size())
        assert viewport.rect().contains(seen), (seen, viewport.rect())
        c.undo()  # back to the tall page: it scrolls again, whole
        settle()
        assert panel.stack.currentWidget() is panel.scenario and panel.stack.height() > viewport.height()
    finally:
        console.phones.turn_off()
