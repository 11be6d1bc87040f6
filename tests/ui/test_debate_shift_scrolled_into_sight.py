"""On a window too short for the debate's page (a laptop at 150 %: 895 x 440 points, where the page
is twice as tall as its window), the page scrolls to the shift (« Évolution ») as it appears, the
vote after recorded: it stayed below the bottom edge, and the facilitator scrolled to read it before
showing it. Real console, real keys; the votes typed as hands counted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .conftest import deliberately, open_console


def _in_sight(console, widget) -> bool:
    viewport = console.phase.scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return 0 <= top and top + widget.height() <= viewport.height()


def test_the_page_scrolls_to_the_shift_as_it_appears(qtbot, translations, bundled_deck) -> None:
    console = open_console(qtbot, bundled_deck)
    c, debate = console.controller, console.phase.debate
    try:
        console.resize(1366, 440)
        c.act(c.session.start_phase, "debates")
        c.act(c.session.open_round)
        QApplication.processEvents()
        bar = console.phase.scroll.verticalScrollBar()
        assert bar.maximum() > 0, "the page is taller than its window"
        debate.votes["before"].set_counts(6, 5, 3)
        for _ in range(2):  # records the vote before, then shows it
            deliberately(qtbot, console)
            qtbot.keyClick(console, Qt.Key.Key_PageDown)
        bar.setValue(0)  # the facilitator back at the top of the page, to the debate's card
        debate.votes["after"].set_counts(4, 9, 1)
        deliberately(qtbot, console)
        qtbot.keyClick(console, Qt.Key.Key_PageDown)  # records the vote after and shows it with the shift
        assert c.state.open_round.shift is not None
        shift = debate.shift_label
        qtbot.waitUntil(lambda: shift.isVisible() and _in_sight(console, shift), timeout=2000)
    finally:
        console.phones.turn_off()
