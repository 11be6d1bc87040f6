"""After « End the workshop? » is answered from the remote (PageUp: stay), the console is the active
window again, so the remote's next PageDown reaches it. Without a window manager (a bare X session,
which the app supports) nothing took the activation back when the question closed, and the next
PageDown did nothing. Real console, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.commands import Command

from .test_debrief_end_asks import _to_the_debrief


def test_pageup_to_the_question_gives_the_keyboard_back_to_the_console(qtbot, console) -> None:
    c = console.controller
    _to_the_debrief(console)
    console.actions_[Command.NEXT].trigger()  # "End the workshop?"
    box = console.leave_guard.question
    qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=2000)
    qtbot.keyClick(box, Qt.Key.Key_PageUp)  # stays in the debrief
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    assert console.phase.debrief.takeaway.hasFocus()
    target = QApplication.focusWidget()
    qtbot.keyClick(target, Qt.Key.Key_PageDown)  # the remote again: asks again
    assert console.leave_guard.question is not None and c.state.agenda.current is not None
