"""PageDown or PageUp while the stage is black only lights it again, as presentation software does:
B then PageDown dealt the cards on a black stage, the room seeing nothing of it. The next press moves
on. Real console, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import deliberately


def test_pagedown_on_a_black_stage_lights_it_and_deals_nothing(qtbot, console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    QApplication.processEvents()
    step, events = c.next_step().label, c.session.event_count
    qtbot.keyClick(console, Qt.Key.Key_B)
    assert c.blackout
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert not c.blackout and c.session.event_count == events and c.next_step().label == step
    assert console.status_line.toolTip() == ("La projection est de nouveau affichée\u00a0; rien d’autre n’a été "
                                             "fait. Appuyez encore pour avancer.")
    deliberately(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # now the step: the cards dealt
    assert c.session.event_count > events and c.next_step().label != step


def test_pageup_on_a_black_stage_lights_it_and_takes_nothing_back(qtbot, console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    QApplication.processEvents()
    deal = c.next_step().label
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the deal
    dealt, events = c.next_step().label, c.session.event_count
    assert dealt != deal
    qtbot.keyClick(console, Qt.Key.Key_Period)
    assert c.blackout
    qtbot.keyClick(console, Qt.Key.Key_PageUp)
    assert not c.blackout and c.session.event_count == events and c.next_step().label == dealt
    qtbot.keyClick(console, Qt.Key.Key_PageUp)  # now back: the deal taken back
    assert c.next_step().label == deal
