"""« Stage Full Screen » in the Stage menu is ticked as the stage is.

Esc (« Leave Full Screen ») took the stage out of full screen and left the menu's tick on: the next
look at the menu said the room saw a full screen it did not. The tick now follows the stage's window,
whatever changed it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.commands import Command


def test_the_tick_follows_the_stage_out_of_full_screen(console, qtbot) -> None:
    a, stage = console.actions_, console.stage
    a[Command.SHOW_STAGE].trigger()
    a[Command.FULLSCREEN].trigger()  # F11
    QApplication.processEvents()
    assert stage.isFullScreen() and a[Command.FULLSCREEN].isChecked()
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    qtbot.keyClick(console, Qt.Key.Key_Escape)  # « Leave Full Screen »
    QApplication.processEvents()
    assert not stage.isFullScreen()
    assert not a[Command.FULLSCREEN].isChecked()
    stage.showFullScreen()  # the stage's own way in (the window manager, its own keys)
    QApplication.processEvents()
    assert a[Command.FULLSCREEN].isChecked()
    stage.showNormal()
    QApplication.processEvents()
    assert not a[Command.FULLSCREEN].isChecked()
    a[Command.FULLSCREEN].trigger()  # F11 again goes in, as the tick said it was out
    QApplication.processEvents()
    assert stage.isFullScreen() and a[Command.FULLSCREEN].isChecked()
