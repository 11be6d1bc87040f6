"""Every user command declared once, with a named id and its keyboard shortcuts.

Windows take their QActions from one :class:`ActionRegistry` (as Picard does with
``MainAction``), so menus, toolbars and shortcuts never disagree. Later windows declare
their own commands with :func:`declare`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

StandardKey = QKeySequence.StandardKey


CONTEXT = "Actions"  # lupdate needs the literal in each QT_TRANSLATE_NOOP below


class ActionId(StrEnum):
    """The named commands of the app."""

    OPEN_DECK = "open_deck"
    RELOAD_DECK = "reload_deck"
    PRINT_CARDS = "print_cards"
    GUIDE = "guide"
    QUIT = "quit"
    FIND = "find"
    ZOOM_IN = "zoom_in"
    ZOOM_OUT = "zoom_out"
    LANGUAGE_SYSTEM = "language_system"
    LANGUAGE_FR = "language_fr"
    LANGUAGE_EN = "language_en"
    ABOUT = "about"


@dataclass(frozen=True)
class ActionSpec:
    """How a command looks: its text (English source), shortcuts, and whether it toggles."""

    id: ActionId
    text: str  # untranslated; translated in CONTEXT at display time
    tip: str = ""
    keys: tuple[StandardKey | str, ...] = ()
    checkable: bool = False
    group: str = ""  # actions in the same group are mutually exclusive
    translated: bool = True  # language names are shown in their own language


_SPECS: dict[ActionId, ActionSpec] = {}


def declare(spec: ActionSpec) -> ActionSpec:
    """Add a command to the registry of the app (each id once)."""
    if spec.id in _SPECS:
        raise ValueError(f"action {spec.id!r} declared twice")
    _SPECS[spec.id] = spec
    return spec


def specs() -> tuple[ActionSpec, ...]:
    return tuple(_SPECS.values())


declare(ActionSpec(ActionId.OPEN_DECK, QT_TRANSLATE_NOOP("Actions", "&Open Deck Folder…"),
                   QT_TRANSLATE_NOOP("Actions", "Open a folder holding cards/deck.yaml"), (StandardKey.Open,)))
declare(ActionSpec(ActionId.RELOAD_DECK, QT_TRANSLATE_NOOP("Actions", "&Reload Deck"),
                   QT_TRANSLATE_NOOP("Actions", "Read the deck files again"), (StandardKey.Refresh, "Ctrl+R")))
declare(ActionSpec(ActionId.PRINT_CARDS, QT_TRANSLATE_NOOP("Actions", "&Print Cards…"),
                   QT_TRANSLATE_NOOP("Actions", "Save the cards as PDF sheets to print and cut out"),
                   (StandardKey.Print, "Ctrl+P")))
declare(ActionSpec(ActionId.GUIDE, QT_TRANSLATE_NOOP("Actions", "Facilitator &Guide…"),
                   QT_TRANSLATE_NOOP("Actions", "Save the facilitator's guide as PDF")))
# StandardKey.Quit is empty on Windows: Ctrl+Q keeps one way to quit everywhere.
declare(ActionSpec(ActionId.QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), "", (StandardKey.Quit, "Ctrl+Q")))
declare(ActionSpec(ActionId.FIND, QT_TRANSLATE_NOOP("Actions", "&Search Cards"),
                   QT_TRANSLATE_NOOP("Actions", "Move to the search field"), (StandardKey.Find,)))
declare(ActionSpec(ActionId.ZOOM_IN, QT_TRANSLATE_NOOP("Actions", "&Larger Cards"), "", (StandardKey.ZoomIn, "Ctrl+=")))
declare(ActionSpec(ActionId.ZOOM_OUT, QT_TRANSLATE_NOOP("Actions", "&Smaller Cards"), "", (StandardKey.ZoomOut,)))
declare(ActionSpec(ActionId.LANGUAGE_SYSTEM, QT_TRANSLATE_NOOP("Actions", "Follow the &System Language"),
                   checkable=True, group="language"))
declare(ActionSpec(ActionId.LANGUAGE_FR, "&Français", keys=("Ctrl+Shift+F",), checkable=True,
                   group="language", translated=False))
declare(ActionSpec(ActionId.LANGUAGE_EN, "&English", keys=("Ctrl+Shift+E",), checkable=True,
                   group="language", translated=False))
declare(ActionSpec(ActionId.ABOUT, QT_TRANSLATE_NOOP("Actions", "&About Bataille IA")))


def _key_sequences(keys: tuple[StandardKey | str, ...]) -> list[QKeySequence]:
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]
        sequences.extend(s for s in found if not s.isEmpty() and s not in sequences)
    return sequences


class ActionRegistry(QObject):
    """The QActions of one window, built from the declared specs and kept translated."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._actions: dict[ActionId, QAction] = {}
        self._groups: dict[str, QActionGroup] = {}
        for spec in specs():
            action = QAction(parent)
            action.setObjectName(f"action_{spec.id}")
            action.setShortcuts(_key_sequences(spec.keys))
            action.setCheckable(spec.checkable)
            if spec.group:
                group = self._groups.setdefault(spec.group, QActionGroup(self))
                group.addAction(action)
            self._actions[spec.id] = action
        self.retranslate()

    def __getitem__(self, action_id: ActionId) -> QAction:
        return self._actions[action_id]

    def __iter__(self):
        return iter(self._actions.values())

    def retranslate(self) -> None:
        """Set every text in the current language (call on QEvent.LanguageChange)."""
        for spec in specs():
            action = self._actions.get(spec.id)
            if action is None:
                continue
            text = QCoreApplication.translate(CONTEXT, spec.text) if spec.translated else spec.text
            action.setText(text)
            tip = QCoreApplication.translate(CONTEXT, spec.tip) if spec.tip else text.replace("&", "")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
