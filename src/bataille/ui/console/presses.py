"""How the console takes a press: "next" once per deliberate press, Enter on a focused button, and
the status bar's "Stage: …" kept true when the stage window is closed by its own title bar.

A double-click on the primary button (or a key, a remote's "next" pressed twice by a nervous
thumb) ran two steps: the welcome skipped, a debate closed and the next opened before the room saw
the shift, the export dialog opened at once on « End the workshop ». A press of "next" that comes
within the platform's double-click interval of a step it changed is the second click of that
double-click: it is dropped. A deliberate press afterwards works as before.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget


class StepPace:
    """The one guard of "next" (the primary button, PageDown, the remote, Space, Enter on the button).

    ``where`` is what a step changes (the session's actions, what "next" does now); ``in_flight`` is
    True while a step goes on after its press (the phones' vote closing, their answers on their
    way). A press is held back when it comes within a double-click of the step the press before
    ran, and nothing changed since but that step's own end: the facilitator did nothing in between
    (counts typed, a vote recorded, "previous" pressed make the next press a deliberate one)."""

    def __init__(self, where: Callable[[], Hashable], in_flight: Callable[[], bool],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._where, self._in_flight, self._clock = where, in_flight, clock
        self._stepped_at: float | None = None
        self._left: Hashable = None  # where the last step left the session
        self._going_on = False  # and that step went on after its press

    def holds(self) -> bool:
        """This press is the second click of a double-click on the step just run: it runs nothing."""
        at = self._stepped_at
        if at is None or (self._clock() - at) * 1000 >= QApplication.doubleClickInterval():
            return False
        return self._going_on or self._where() == self._left

    def press(self, run: Callable[[], None]) -> None:
        """Run the press ``run`` unless held back; when it changed something, the pace starts from now."""
        if self.holds():
            return
        before = self._where()
        run()
        after = self._where()
        if after != before:
            self._stepped_at, self._left, self._going_on = self._clock(), after, self._in_flight()


def press_focused_button(window: QWidget, event: QKeyEvent) -> bool:
    """Enter or Return on a focused push button of ``window`` presses it, as Space does (a button of a
    main window, not a dialog, ignored them). A text box keeps its Enter (an argument added): it is
    the focus then, not a button. A held key presses once."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier != Qt.KeyboardModifier.NoModifier:
        return False
    button = QApplication.focusWidget()
    if not isinstance(button, QPushButton) or button.window() is not window or not button.isEnabled():
        return False
    event.accept()
    if not event.isAutoRepeat():
        button.click()
    return True


class StageShownWatch(QObject):
    """Calls ``refresh`` when the stage window is shown or hidden by anything, its title bar's X
    among them (nothing else told the console, which said « Stage: shown » with the stage gone)."""

    def __init__(self, stage: QWidget, refresh: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._refresh = refresh
        stage.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Close):
            QTimer.singleShot(0, self, self._refresh)  # once the window has its new state
        return False
