"""A team's last timeline card is held up by itself: there is no choice to make, so a click on its
place (or Enter, the keyboard already on a gap) puts it there. Before, the facilitator had to click
the lone card first, and a click on « Here » alone said « Pick one of the team's cards first ».
Sixteen cards, two teams of eight: 32 clicks before, 30 now. Real widgets, real clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.console.timeline_panel import Gap

from .conftest import open_console


def _dealt(qtbot, deck, per_team: int):
    console = open_console(qtbot, deck)
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    panel = console.phase.timeline
    panel.per_team.setValue(per_team)
    console.next_panel.button.click()  # deals
    QApplication.processEvents()
    assert c.state.timeline.dealt
    return console, panel


def test_sixteen_cards_take_thirty_clicks(qtbot, translations, bundled_deck) -> None:
    console, panel = _dealt(qtbot, bundled_deck, 8)
    c = console.controller
    try:
        clicks = 0
        while c.state.timeline.in_hand:
            hand = c.state.timeline.hand(panel.team.currentData())
            if panel.picked is None:
                assert len(hand) > 1, "a lone card is held up by itself"
                qtbot.mouseClick(panel.hand_buttons[0], Qt.MouseButton.LeftButton)
                clicks += 1
            held = panel.picked
            assert c.placing == (panel.team.currentData(), held)  # the room sees it held up
            qtbot.mouseClick(panel.gaps[len(panel.gaps) // 2], Qt.MouseButton.LeftButton)
            clicks += 1
            assert c.state.timeline.placements[-1].card_id == held
            QApplication.processEvents()
        assert len(c.state.timeline.placements) == 16
        assert clicks == 30  # 2 clicks a card, 1 for each team's last
    finally:
        console.phones.turn_off()


def test_the_last_card_is_placed_by_one_enter(qtbot, translations, bundled_deck) -> None:
    console, panel = _dealt(qtbot, bundled_deck, 1)
    c = console.controller
    try:
        first = c.state.teams[0].id
        assert panel.picked == c.state.timeline.hand(first)[0]
        focus = QApplication.focusWidget()
        assert isinstance(focus, Gap), focus  # the keyboard is on a place, not on the lone card
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        assert [p.team_id for p in c.state.timeline.placements] == [first]
        focus = QApplication.focusWidget()
        assert isinstance(focus, Gap) and panel.picked is not None  # the other team's lone card, held
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        assert not c.state.timeline.in_hand
    finally:
        console.phones.turn_off()
