"""A facilitator running late: under the phase's clock, the console says when the workshop was
planned to end and how far behind (or ahead) it runs; the agenda gives the phases over the minutes
they really took. The room does not see it (the stage keeps the phase's clock)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QApplication

from .conftest import open_console

MIN = 60.0
FIVE = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx")


def _at(seconds: float) -> str:
    return time.strftime("%H:%M", time.localtime(round(seconds)))


@pytest.fixture
def late(qtbot, translations, bundled_deck, in_app_font):
    """Five teams, 90 minutes; the welcome took 15 minutes instead of 10, the timeline 28 instead of 20."""
    window = open_console(qtbot, bundled_deck, FIVE, 90)
    c = window.controller
    clock = c.session.clock
    start = clock.now()
    c.act(c.session.start_phase)
    clock.advance(15 * MIN)
    c.act(c.session.start_phase)
    clock.advance(28 * MIN)
    c.act(c.session.start_phase)  # the debates
    QApplication.processEvents()
    return window, start


def test_the_console_says_the_planned_end_and_how_late(late) -> None:
    window, start = late
    line = window.agenda.workshop_note
    assert line.isVisible()
    assert line.text() == f"Fin prévue {_at(start + 90 * MIN)} · 13\u00a0min de retard"
    assert "retard" not in " ".join(item.text for item in window.stage.build().items if hasattr(item, "text"))


def test_the_agenda_says_what_the_phases_over_took(late) -> None:
    window, _start = late
    items = [window.agenda.phases.item(i).text() for i in range(window.agenda.phases.count())]
    assert items[0].endswith("— 15\u00a0min (prévu 10)"), items
    assert items[1].endswith("— 28\u00a0min (prévu 20)"), items
    assert items[2].endswith("— 30 min"), items  # under way: its plan


def test_a_pause_is_said_without_waking_the_app(late) -> None:
    window, start = late
    c = window.controller
    c.session.clock.advance(5 * MIN)
    c.act(c.session.pause_timer)
    paused_at = c.session.clock.now()
    c.session.clock.advance(12 * MIN)  # a fire drill: no clock runs, the line stays as it was said
    QApplication.processEvents()
    said = window.agenda.workshop_note.text()
    assert said == (f"Fin prévue {_at(start + 90 * MIN)} · 13\u00a0min de retard, plus l’arrêt depuis {_at(paused_at)}")
    c.act(c.session.resume_timer)
    assert window.agenda.workshop_note.text() == f"Fin prévue {_at(start + 90 * MIN)} · 25\u00a0min de retard"
    c.session.clock.advance(25 * MIN)  # the debates' 30 minutes over: the phase ends
    c.act(c.session.start_phase)
    items = [window.agenda.phases.item(i).text() for i in range(window.agenda.phases.count())]
    assert items[2].endswith("— 30\u00a0min + 12\u00a0min de pause (prévu 30)"), items


def test_ahead_and_on_time_in_english(qtbot, translations, bundled_deck, in_app_font) -> None:
    translations.set_language("en")
    window = open_console(qtbot, bundled_deck, FIVE, 90)
    c = window.controller
    clock = c.session.clock
    start = clock.now()
    assert window.agenda.workshop_note.text() == "90 min planned"
    c.act(c.session.start_phase)
    assert window.agenda.workshop_note.text() == f"Planned end {_at(start + 90 * MIN)} · on time"
    clock.advance(4 * MIN)
    c.act(c.session.start_phase)
    assert window.agenda.workshop_note.text() == f"Planned end {_at(start + 90 * MIN)} · 6 min ahead"
    c.act(c.session.extend_timer, 5)  # a decision to run longer: the end moves
    assert window.agenda.workshop_note.text() == f"Planned end {_at(start + 90 * MIN)} · 1 min ahead"
    c.act(c.session.extend_timer, 1)
    assert window.agenda.workshop_note.text() == f"Planned end {_at(start + 90 * MIN)} · on time"
    c.act(c.session.extend_timer, 1)
    assert window.agenda.workshop_note.text() == f"Planned end {_at(start + 90 * MIN)} · 1 min behind"


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_agenda_box_still_fits(late, size) -> None:
    window, _start = late
    window.resize(*size)
    QApplication.processEvents()
    agenda = window.agenda
    line = agenda.workshop_note
    assert line.height() >= line.heightForWidth(line.width()) - 1, "the line is cut"
    assert line.geometry().bottom() < agenda.start_pause.geometry().top()
    assert agenda.phases.height() >= 3 * agenda.phases.sizeHintForRow(0), "the list of phases left a sliver"
