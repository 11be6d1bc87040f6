"""Ctrl+Z on the console: the session's undo, unless a text box has typing of its own to undo (and
Ctrl+Y, Ctrl+Shift+Z: its redo, unless the box has typing of its own to redo); and
Esc in a text box being typed in: nothing (it left the projected stage's full screen in front of
the room). In a count box, Esc leaves full screen, as it does elsewhere.

The presenter keys themselves (PageDown, the arrows, Space, B, ".") are declared with their
commands in ``bataille.ui.commands``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QWidget

from bataille.ui.commands import ControlKeys


class SessionUndoFirst(QObject):
    """Ctrl+Z undoes the session's last action, unless a text box has text of its own to undo (Ctrl+Y
    and Ctrl+Shift+Z redo the session's undo the same way).

    A focused QLineEdit claims Ctrl+Z for its own typing; once an argument or takeaway is
    recorded the box is empty, and the facilitator means the session's undo; so does a box whose
    text the console set (the fact search box's title), with no typing to undo. A text box being
    typed in claims Esc, which means "forget it" there, never "leave the stage's full screen".
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if event.key() == Qt.Key.Key_Escape:
            # Typing abandoned, not "leave the stage's full screen" (Esc on the stage, F11 do that);
            # but a count box has no typing for Esc to forget (its digits stay), and the console puts
            # the keyboard in one as each debate opens: there, as in a text box the console put the
            # keyboard in and nobody typed in yet, Esc is the remote's "leave full screen".
            watched_box = isinstance(watched, QLineEdit) and watched.property(ControlKeys.TYPED) is not None
            if _counts(watched) or (watched_box and not ControlKeys.theirs(watched)):
                return False
            event.accept()
            return True
        redo = _is_redo(event)
        if not redo and not event.matches(QKeySequence.StandardKey.Undo):
            return False
        # A count box, or a search box (an editable list), passes the key to its own line edit
        # directly, where no filter sees it: they are watched themselves. A count's digits are not
        # typing worth an undo of their own.
        if isinstance(watched, QAbstractSpinBox):
            return True  # not accepted: the window's Undo (or Redo) shortcut runs
        if isinstance(watched, QComboBox):
            return watched.lineEdit() is not None and not _own(watched.lineEdit(), redo)
        # A box with typing of its own to undo (or redo) keeps the key; one emptied by a recorded
        # argument, or holding only a title set by the console (the fact search box), leaves it to the session.
        return isinstance(watched, QLineEdit) and (not _own(watched, redo)
                                                   or isinstance(watched.parent(), QAbstractSpinBox))

    def cover(self, widget: QWidget) -> None:
        """Watch the text and count boxes of ``widget`` (a phase's page, built when its phase comes)."""
        editable = [combo for combo in widget.findChildren(QComboBox) if combo.isEditable()]
        for box in (*widget.findChildren(QLineEdit), *widget.findChildren(QAbstractSpinBox), *editable):
            box.installEventFilter(self)


REDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))


def _is_redo(event: QKeyEvent) -> bool:
    """Ctrl+Y or Ctrl+Shift+Z (the console's Redo), or the platform's own redo key."""
    return event.matches(QKeySequence.StandardKey.Redo) or QKeySequence(event.keyCombination()) in REDO_KEYS


def _counts(watched: QObject) -> bool:
    """A count box, or its own line of digits."""
    return isinstance(watched, QAbstractSpinBox) or isinstance(watched.parent(), QAbstractSpinBox)


def _own(box: QLineEdit, redo: bool) -> bool:
    """The box has typing of its own to redo (or undo)."""
    return box.isRedoAvailable() if redo else box.isUndoAvailable()


def undo_reaches_session(window: QWidget) -> SessionUndoFirst:
    """Install :class:`SessionUndoFirst` on every text box of ``window`` (``cover`` the ones built later)."""
    guard = SessionUndoFirst(window)
    guard.cover(window)
    return guard
