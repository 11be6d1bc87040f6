"""Ctrl+Z on the console: the session's undo, unless a text box has typing of its own to undo.

The presenter keys themselves (PageDown, the arrows, Space, B, ".") are declared with their
commands in ``bataille.ui.commands``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget


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
