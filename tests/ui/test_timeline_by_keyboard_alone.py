"""The timeline from the keyboard alone (or a remote and the laptop's keys): after the deal, the
keyboard stayed where the deal was asked (the agenda, or the number of cards), eleven Tabs away from
the first card of the hand. It now goes to the first card of the hand whose turn it is after the deal
and after each card placed, and once every card is down, to the timeline, where Space goes on.
Real widgets, real keys, a real session file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.console.timeline_panel import Gap, HandCard

from .conftest import deliberately, open_console


def test_deal_pick_place_and_go_on_with_the_keyboard_alone(qtbot, translations, bundled_deck, tmp_path) -> None:
    console = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    c = console.controller
    try:
        qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the welcome
        deliberately(qtbot, console)  # the rules said first: two presses, not a double one
        qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the timeline
        panel = console.phase.timeline
        panel.per_team.setFocus()  # the facilitator chose the number of cards
        panel.per_team.selectAll()
        qtbot.keyClicks(panel.per_team, "2")
        assert panel.per_team.value() == 2
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # deal
        assert c.state.timeline.dealt
        presses = 0
        while c.state.timeline.in_hand:
            focus = QApplication.focusWidget()
            assert isinstance(focus, (HandCard, Gap)), f"the keyboard is on {focus!r}, not on the hand or the timeline"
            qtbot.keyClick(focus, Qt.Key.Key_Space if isinstance(focus, HandCard) else Qt.Key.Key_Return)
            presses += 1
            assert presses <= 2 * 4, "more than two keys a card"
        # Two teams, two cards each: Space picks, Enter places; a team's last card, held up by itself, Enter alone.
        assert presses == 2 * 4 - 2
        assert len(c.state.timeline.placements) == 4
        focus = QApplication.focusWidget()
        assert focus is panel.scroll, focus
        qtbot.keyClick(focus, Qt.Key.Key_Space)  # the remote's Space: on to the debates
        assert c.state.agenda.current.kind == "debate"
    finally:
        console.phones.turn_off()
        c.close()
