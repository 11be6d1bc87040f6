"""The start screen from the keyboard: the teams' names came twelve Tabs after the length (the teams
editor is added once the deck is read, at the end of the keyboard's order), and Enter in a team's
name did nothing although « Commencer la séance » is the screen's default button. Now Tab goes from
the length to the first team's name, Enter from one name to the next, and Enter in the last name
starts the session. Real widgets, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.deck import bundled_deck_path, load_deck


def test_tab_reaches_the_teams_and_enter_in_the_last_name_starts(qtbot, qapp, translations) -> None:
    from bataille.ui.start.window import StartWindow

    start = StartWindow(None, "fr")
    qtbot.addWidget(start)
    start.resize(1366, 768)
    start.show()
    qtbot.waitExposed(start)
    start.set_deck(load_deck(bundled_deck_path()))
    asked = []
    start.newRequested.connect(asked.append)
    start.length.setFocus()
    qtbot.waitUntil(start.length.hasFocus, timeout=2000)
    qtbot.keyClick(start.length, Qt.Key.Key_Tab)
    rows = start.teams.rows
    assert QApplication.focusWidget() is rows[0].name, QApplication.focusWidget()
    for i, row in enumerate(rows):
        box = QApplication.focusWidget()
        assert box is row.name
        box.selectAll()
        qtbot.keyClicks(box, f"Équipe {i + 1}")
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert len(asked) == 1  # the last Enter started the session
    assert [name for name, _colour in asked[0].teams] == [f"Équipe {i + 1}" for i in range(len(rows))]


def test_a_team_added_takes_its_place_in_the_keyboard_order(qtbot, qapp, translations) -> None:
    from bataille.ui.start.window import StartWindow

    start = StartWindow(None, "fr")
    qtbot.addWidget(start)
    start.show()
    qtbot.waitExposed(start)
    start.set_deck(load_deck(bundled_deck_path()))
    start.teams.add_row()
    last = start.teams.rows[-1]
    assert last.name.nextInFocusChain() is last.colour_button
    assert last.colour_button.nextInFocusChain() is start.teams.add_button
