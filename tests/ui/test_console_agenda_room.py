"""The agenda keeps showing what comes next in a full left column: six teams and the phones on, at
1366x768, the list of phases was three rows high and showed the phases done and the current one,
the next out of sight."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from .conftest import open_console

SIX = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues")


@pytest.fixture
def full(qtbot, translations, bundled_deck, in_app_font):
    """A console at 1366x768 in the app's font, six teams, the phones on."""
    window = open_console(qtbot, bundled_deck, SIX, 90)
    window.phones.turn_on("127.0.0.1", 0)
    yield window
    window.phones.turn_off()


def _rows_seen(window) -> list[str]:
    listed = window.agenda.phases
    viewport = listed.viewport().rect()
    return [listed.item(row).text() for row in range(listed.count())
            if viewport.contains(listed.visualItemRect(listed.item(row)))]


@pytest.mark.parametrize("phases_started", [1, 3, 4])
def test_the_current_phase_and_those_to_come_are_in_sight(full, phases_started) -> None:
    c = full.controller
    for _ in range(phases_started):
        c.act(c.session.start_phase)
    QApplication.processEvents()
    assert full.phones_panel.isVisible() and full.teams.list.count() == 6
    seen = _rows_seen(full)
    phases = c.state.agenda.phases
    current = next(i for i, p in enumerate(phases) if p.status == "running")
    titles = [full.agenda.phases.item(i).text() for i in range(len(phases))]
    # Four rows high (a phase over may take two lines: « 28 min (prévu 20) » beside its name).
    listed = full.agenda.phases
    assert listed.viewport().height() >= 4 * listed.sizeHintForRow(current), seen
    assert titles[current:current + 3] == [t for t in seen if titles.index(t) >= current][:3], seen


def test_the_clock_keeps_its_buttons_beside_it(full) -> None:
    """+1 and +5 stand beside the clock, pause and "End phase" on one row under it."""
    c = full.controller
    c.act(c.session.start_phase)
    QApplication.processEvents()
    agenda = full.agenda
    clock = agenda.timer_label.geometry()
    for button in (agenda.plus_1, agenda.plus_5):
        assert button.isVisible() and button.x() > clock.right() and clock.top() <= button.y() <= clock.bottom()
    assert agenda.start_pause.y() == agenda.next_phase.y()
