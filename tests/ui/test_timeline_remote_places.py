"""The presenter remote places a timeline card: a card held up (clicked on the laptop, or a team's
last, held by itself), Up and Down choose its place, and PageDown puts it there; the primary button
names that place before the press, and the status line says where it went (Ctrl+Z takes it back).
Before, the remote turned every phase and placed nothing: PageDown only said what the phase waited
for. Nothing held up, PageDown still places nothing. Real widgets, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.console.timeline_panel import Gap

from .conftest import deliberately, open_console


def test_page_down_puts_the_card_held_up_in_the_place_chosen(qtbot, translations, bundled_deck) -> None:
    console = open_console(qtbot, bundled_deck)
    c, panel = console.controller, console.phase.timeline
    try:
        c.act(c.session.start_phase, "timeline")
        panel.per_team.setValue(3)
        console.next_panel.button.click()  # deals
        QApplication.processEvents()
        team = panel.team.currentData()
        qtbot.mouseClick(panel.hand_buttons[1], Qt.MouseButton.LeftButton)  # the team's choice, on the laptop
        held = panel.picked
        deliberately(qtbot, console)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # the middle place
        assert [(p.team_id, p.card_id) for p in c.state.timeline.placements] == [(team, held)]
        # The next team: nothing held up, PageDown places nothing (it says what the phase waits for).
        assert panel.picked is None
        deliberately(qtbot, console)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
        assert len(c.state.timeline.placements) == 1
        assert console.status_line.toolTip().startswith("En attente")
        assert not console.next_panel.button.isEnabled()
        qtbot.mouseClick(panel.hand_buttons[0], Qt.MouseButton.LeftButton)
        held = panel.picked
        focus = QApplication.focusWidget()
        assert isinstance(focus, Gap)
        qtbot.keyClick(focus, Qt.Key.Key_Down)  # the remote's Down: the last place, after the last card
        assert len(panel.gaps) == 3 and QApplication.focusWidget() is panel.gaps[-1]
        words = console.next_panel.button.toolTip()
        assert words.startswith("Placer la carte tenue") and "après" in words, words
        assert " — " not in words  # the card beside it by its date: the button's line or two, not cut
        assert [g.text() for g in panel.gaps] == ["Ici", "Ici", "Ici (Page suiv.)"]  # the key, on the place
        assert console.next_panel.button.isEnabled()
        deliberately(qtbot, console)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
        last = c.state.timeline.placements[-1]
        assert (last.card_id, last.position) == (held, 2)  # after both cards
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert len(c.state.timeline.placements) == 1  # taken back
    finally:
        console.phones.turn_off()
