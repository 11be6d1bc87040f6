"""Presenter keys: what a classroom remote (or the laptop keyboard) sends, and what it does.

PageDown/PageUp, F5, Esc, B and F1 are QActions (shown in the menus). Space, the arrows, B
and "." also arrive as plain key presses: they reach the window only when no control used
them (a text field keeps its spaces, a focused button its Space), so they are read here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

from bataille.ui.controller import SessionController

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
BLACK_KEYS = (Qt.Key.Key_B, Qt.Key.Key_Period)


def presenter_key(controller: SessionController, event: QKeyEvent, window: QWidget) -> bool:
    """Act on a presenter key that no control took; True when it was one."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
        return False
    key = event.key()
    if key in NEXT_KEYS:
        controller.advance()
    elif key in BACK_KEYS:
        controller.back()
    elif key in BLACK_KEYS:
        controller.toggle_blackout()
    elif key == Qt.Key.Key_Escape and window.isFullScreen():
        window.showNormal()
    else:
        return False
    event.accept()
    return True


class SessionUndoFirst(QObject):
    """Ctrl+Z undoes the session's last action, unless a text box has text of its own to undo.

    A focused QLineEdit claims Ctrl+Z for its own typing; once an argument or takeaway is
    recorded the box is empty, and the facilitator means the session's undo.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit)
                and event.matches(QKeySequence.StandardKey.Undo)
                and (not watched.text() or isinstance(watched.parent(), QAbstractSpinBox))):
            return True  # not accepted: the window's Undo shortcut runs
        return False


def undo_reaches_session(window: QWidget) -> SessionUndoFirst:
    """Install :class:`SessionUndoFirst` on every text box of ``window``."""
    guard = SessionUndoFirst(window)
    for edit in window.findChildren(QLineEdit):
        edit.installEventFilter(guard)
    return guard
