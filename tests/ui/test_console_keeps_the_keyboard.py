"""The facilitator's keyboard stays on the console. Esc typed in a text box (an argument given up)
took the projected stage out of full screen in front of the room: a text box being typed in now keeps
Esc, which the stage and the console's other controls still read as "leave full screen". And F5
left the stage the active window: typing and Tab went nowhere until a click on the console; the
console keeps the keyboard. Real widgets, real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.workshop.flow import open_debate

from .conftest import open_console


@pytest.fixture
def debating(qtbot, translations, bundled_deck):
    window = open_console(qtbot, bundled_deck)
    c = window.controller
    c.act(c.session.start_phase, "debates")
    c.act(open_debate, c.session)
    QApplication.processEvents()
    yield window
    window.controller.close()


def test_esc_in_a_text_box_being_typed_in_leaves_the_stage_in_full_screen(debating, qtbot) -> None:
    console, page = debating, debating.phase.debate
    console.stage.showFullScreen()
    for box in (page.argument_text,):  # a count box gives Esc to the remote (test_remote_esc_from_a_count_box.py)
        box.setFocus()
        qtbot.waitUntil(box.hasFocus, timeout=2000)
        qtbot.keyClicks(box, "3")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert console.stage.isFullScreen(), f"Esc in {box.objectName() or type(box).__name__}"
    console.agenda.phases.setFocus()  # elsewhere on the console, Esc still leaves full screen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not console.stage.isFullScreen()


def test_f5_shows_the_stage_and_the_console_keeps_the_keyboard(debating, qtbot) -> None:
    console = debating
    console.stage.hide()  # not shown yet: F5 shows it
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert console.stage.isVisible()
    for _ in range(5):  # showing a window activates it: the console takes the keyboard back, and keeps it
        qtbot.wait(50)
        assert QApplication.activeWindow() is console
    box = console.phase.debate.argument_text
    box.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Un argument")
    assert box.text() == "Un argument"
