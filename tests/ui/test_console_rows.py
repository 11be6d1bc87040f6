"""A label stands next to its control, and a box for a one- or two-digit number is not as wide as
the panel (the count of cards to deal ran across the whole page; « Scénario : » stood far from its list)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_deal_count_is_a_narrow_box_beside_its_button(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    c.advance()  # dealt: the box deals again, with another number
    QApplication.processEvents()
    timeline = console.phase.timeline
    spin, button = timeline.per_team, timeline.deal_button
    assert spin.isVisible() and spin.width() <= 2 * spin.sizeHint().width(), (spin.width(), spin.sizeHint())
    assert 0 <= button.x() - spin.geometry().right() <= 24  # the button right after it


def test_the_scenario_label_stands_next_to_its_list(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "scenarios")
    QApplication.processEvents()
    panel = console.phase.scenario
    label, combo = panel.scenario_label, panel.scenario
    assert label.isVisible() and combo.isVisible()
    gap = combo.x() - (label.x() + label.sizeHint().width())  # its words' width, its « & » not drawn
    assert 0 <= gap <= 24, gap
    assert combo.width() > 3 * label.width()  # the list takes the row's room
