"""The console's commands, declared once with their keys (the deck window keeps its own registry).

Kept apart from ``bataille.ui.actions`` on purpose: that registry gives every window every
action, and F5 there reloads the deck while here it shows the stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

CONTEXT = "ConsoleActions"


class ConsoleAction(StrEnum):
    """The named commands of the console and the stage."""

    NEXT = "next"
    BACK = "back"
    UNDO = "undo"
    START_PAUSE = "start_pause"
    PLUS_1 = "plus_1"
    PLUS_5 = "plus_5"
    NEXT_PHASE = "next_phase"
    SHOW_STAGE = "show_stage"
    BLACKOUT = "blackout"
    FULLSCREEN = "fullscreen"
    LEAVE_FULLSCREEN = "leave_fullscreen"
    BEEP = "beep"
    SHORTCUTS = "shortcuts"
    CLOSE = "close"
    JOIN = "join"
    CLOSE_REVEAL = "close_reveal"
    EXPORT_SUMMARY = "export_summary"


@dataclass(frozen=True)
class Spec:
    text: str
    keys: tuple[str, ...] = ()
    checkable: bool = False


SPECS: dict[ConsoleAction, Spec] = {
    ConsoleAction.NEXT: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&Next Step"), ("PgDown",)),
    ConsoleAction.BACK: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&Previous Step"), ("PgUp",)),
    ConsoleAction.UNDO: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&Undo"), ("Ctrl+Z",)),
    ConsoleAction.START_PAUSE: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "Start / &Pause Timer"), ("Ctrl+P",)),
    ConsoleAction.PLUS_1: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "+&1 Minute"), ("Ctrl+1",)),
    ConsoleAction.PLUS_5: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "+&5 Minutes"), ("Ctrl+5",)),
    ConsoleAction.NEXT_PHASE: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "Next P&hase"), ("Ctrl+N",)),
    ConsoleAction.SHOW_STAGE: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&Show the Stage"), ("F5",)),
    ConsoleAction.BLACKOUT: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&Black Screen"), ("B", ".", "Ctrl+B"), True),
    ConsoleAction.FULLSCREEN: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "Stage &Full Screen"), ("F11",), True),
    ConsoleAction.LEAVE_FULLSCREEN: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&Leave Full Screen"), ("Esc",)),
    ConsoleAction.BEEP: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "Beep When &Time Is Up"), (), True),
    ConsoleAction.SHORTCUTS: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&Keyboard Shortcuts"), ("F1",)),
    ConsoleAction.CLOSE: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&Close Session"), ("Ctrl+W",)),
    ConsoleAction.JOIN: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "Phones: &Join Screen"), ("Ctrl+J",)),
    ConsoleAction.EXPORT_SUMMARY: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "E&xport the Summary…"), ("Ctrl+Shift+E",)),
    ConsoleAction.CLOSE_REVEAL: Spec(QT_TRANSLATE_NOOP("ConsoleActions", "&End the Vote and Show It"), ("Ctrl+E",)),
}


class ConsoleActions(QObject):
    """The QActions shared by the console and the stage (their shortcuts work in both windows)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[ConsoleAction, QAction] = {}
        for action_id, spec in SPECS.items():
            action = QAction(parent)
            action.setObjectName(f"action_{action_id}")
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(spec.checkable)
            self._actions[action_id] = action
        self.retranslate()

    def __getitem__(self, action_id: ConsoleAction) -> QAction:
        return self._actions[action_id]

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def retranslate(self) -> None:
        for action_id, spec in SPECS.items():
            action = self._actions[action_id]
            text = QCoreApplication.translate(CONTEXT, spec.text)
            action.setText(text)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "")
            action.setToolTip(f"{plain} ({keys})" if keys else plain)
