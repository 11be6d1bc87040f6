"""Looking at the hands (the guide: choose each team under « À jouer » to hand out its cards) does
not take the turn: Page Down, the page shown again, or any card placed, and the hand shown is the
team's whose turn it is (the engine's ``flow.timeline_turn``), whose card the room sees held up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.workshop.flow import timeline_turn

from .conftest import deliberately, open_console


def _dealt(qtbot, deck):
    console = open_console(qtbot, deck, ("Les Hiboux", "Les Loutres", "Les Renards"))
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    console.next_panel.button.click()  # deals
    QApplication.processEvents()
    assert c.state.timeline.dealt
    return console, console.phase.timeline


def _look_at_every_hand(panel) -> None:
    for row in range(panel.team.count()):
        panel.team.setCurrentIndex(row)  # as the facilitator does to hand the printed cards out
        QApplication.processEvents()


def _place_first_card(qtbot, console, panel) -> tuple[str, str]:
    button = panel.hand_buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    held = console.controller.placing
    qtbot.mouseClick(panel.gaps[0], Qt.MouseButton.LeftButton)
    return held


def test_page_down_after_looking_at_the_hands_gives_the_turn_back(qtbot, translations, bundled_deck) -> None:
    console, panel = _dealt(qtbot, bundled_deck)
    c = console.controller
    first = c.state.teams[0]
    _look_at_every_hand(panel)
    assert panel.team.currentData() == c.state.teams[-1].id
    assert "Hors tour" in panel.hint.text() and first.name in panel.hint.text()
    deliberately(qtbot, console)  # looking at the hands takes a person longer than a double-click
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert panel.team.currentData() == first.id == timeline_turn(c.state)
    assert {b.card_id for b in panel.hand_buttons} == set(c.state.timeline.hand(first.id))
    assert "Hors tour" not in panel.hint.text()
    held = _place_first_card(qtbot, console, panel)
    assert held[0] == first.id  # « En train d'être placée — Les Hiboux »
    assert c.state.timeline.placements[-1].team_id == first.id


def test_a_card_placed_out_of_turn_gives_the_turn_back(qtbot, translations, bundled_deck) -> None:
    console, panel = _dealt(qtbot, bundled_deck)
    c = console.controller
    last = c.state.teams[-1]
    panel.team.setCurrentIndex(panel.team.findData(last.id))  # a team out of turn, on purpose
    QApplication.processEvents()
    _place_first_card(qtbot, console, panel)
    assert c.state.timeline.placements[-1].team_id == last.id  # the card chosen is its own
    QApplication.processEvents()
    assert timeline_turn(c.state) == c.state.teams[0].id
    assert panel.team.currentData() == c.state.teams[0].id  # the turn's, not the team that just played


def test_the_page_shown_again_shows_the_turn(qtbot, translations, bundled_deck) -> None:
    console, panel = _dealt(qtbot, bundled_deck)
    c = console.controller
    _look_at_every_hand(panel)
    panel.hide()
    panel.show()
    assert panel.team.currentData() == timeline_turn(c.state)
