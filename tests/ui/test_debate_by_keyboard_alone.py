"""A debate from the keyboard alone: when a debate opens, the keyboard goes to its first count (the
room's hands up for the vote before). It stayed on the last debate's vote after, then greyed out,
or on « +1 min »: fifteen Tabs to the first count, and Space on « +1 min » added a minute. Real
widgets, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import deliberately, go_to_phase, open_console


def _type_counts(qtbot, counts: tuple[int, int, int]) -> None:
    """Three counts typed where the keyboard is, Tab between them, Enter records them."""
    for i, count in enumerate(counts):
        box = QApplication.focusWidget()
        assert box.lineEdit().selectedText() == box.text(), "its number is typed over"
        qtbot.keyClicks(box, str(count))
        qtbot.keyClick(box, Qt.Key.Key_Return if i == 2 else Qt.Key.Key_Tab)


def test_each_debate_opens_with_the_keyboard_on_its_first_count(qtbot, translations, bundled_deck, tmp_path) -> None:
    console = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    c = console.controller
    try:
        go_to_phase(c)  # the phases before skipped, the debates started
        page = console.phase.debate
        for number in (1, 2):
            deliberately(qtbot, console)  # the shift read first
            qtbot.keyClick(QApplication.focusWidget() or console, Qt.Key.Key_PageDown)  # opens the debate
            assert c.state.open_round is not None and c.state.open_round.number == number
            assert QApplication.focusWidget() is page.votes["before"].boxes["agree"], QApplication.focusWidget()
            _type_counts(qtbot, (12, 8, 5))
            assert c.state.open_round.before is not None
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # shown
            page.votes["after"].boxes["agree"].setFocus(Qt.FocusReason.TabFocusReason)  # the vote after, by Tab
            _type_counts(qtbot, (9, 12, 4))
            assert c.state.open_round.after is not None
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)  # shown: the shift
            assert c.state.open_round.revealed_after
            # The next PageDown closes this debate and opens the next: the loop's top.
    finally:
        console.phones.turn_off()
        c.close()
