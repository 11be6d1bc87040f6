"""Shift+F5, which many remotes send for "start the slideshow", shows the stage as F5 does; and on a
single screen, where F5 shows the stage in a window, F5 (or Shift+F5) pressed again puts it full
screen: the welcome asked for "F5, then F11", and a remote has no F11. Real console, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.commands import SPEC, Command, key_text
from bataille.ui.stage.window import projector_screen


def test_shift_f5_shows_the_stage_and_lights_it(qtbot, console) -> None:
    assert projector_screen(console.screen()) is None  # one screen: the stage in a window first
    stage, c = console.stage, console.controller
    stage.hide()
    c.set_blackout(True)
    qtbot.keyClick(console, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert stage.isVisible() and not stage.isFullScreen() and not c.blackout
    qtbot.keyClick(console, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # again: full screen
    assert stage.isFullScreen()
    qtbot.wait(50)
    assert QApplication.activeWindow() is console  # the keyboard stays with the facilitator
    assert "Maj+F5" in key_text(SPEC[Command.SHOW_STAGE]) or "Shift+F5" in key_text(SPEC[Command.SHOW_STAGE])


def test_f5_twice_puts_the_stage_full_screen_and_esc_takes_it_out(qtbot, console) -> None:
    stage = console.stage
    stage.hide()
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert stage.isVisible() and not stage.isFullScreen()
    qtbot.keyClick(console, Qt.Key.Key_F5)
    assert stage.isFullScreen()
    qtbot.keyClick(console, Qt.Key.Key_F5)  # a third: it stays full screen
    assert stage.isFullScreen()
    qtbot.keyClick(console, Qt.Key.Key_Escape)
    assert stage.isVisible() and not stage.isFullScreen()
