"""Every command of the app declared once: its id, the windows it serves, its words and its keys.

Menus, shortcuts, the presenter remote and the F1 sheet all read this one table, so they never
disagree. A command's ``scope`` says which windows have it: the app's own (every window's Help and
settings menus), the deck window's, or the session's (the console and the stage, where the remote
works whichever window has the focus). ``keys`` are the QAction's shortcuts, the remote's arrows
among them: a text or count box claims them first (they move in its text), and no other control
keeps them (a button moved the keyboard to its neighbour with them, so a remote sending arrows did
nothing after a click on the console). ``presenter_keys`` are plain keys (Space, B, ".") read only
when no control used them, so a text box keeps its spaces and a button its Space; a count box,
which cannot take Space, B or ".", and a list, which would look for an item by them, pass them on
(``ControlKeys``). No key is bound twice within
the windows that share a scope.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from time import monotonic

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QSpinBox, QWidget

StandardKey = QKeySequence.StandardKey
CONTEXT = "Commands"  # lupdate needs the literal in each QT_TRANSLATE_NOOP below


class Scope(StrEnum):
    APP = "app"  # every window: welcome, about, preferences
    DECK = "deck"  # the deck window
    SESSION = "session"  # the console and the stage


# The windows and the scopes each one holds: a key is bound once within each.
WINDOWS: dict[str, tuple[Scope, ...]] = {"deck": (Scope.DECK, Scope.APP), "console": (Scope.SESSION, Scope.APP),
                                         "start": (Scope.APP,)}


class Command(StrEnum):
    # app
    WELCOME = "welcome"
    ABOUT = "about"
    PREFERENCES = "preferences"
    # deck window
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
    EDIT_DECK = "edit_deck"
    SAVE_DECK = "save_deck"
    SAVE_DECK_COPY = "save_deck_copy"
    PRINT_THIS_CARD = "print_this_card"
    EDIT_UNDO = "edit_undo"
    EDIT_REDO = "edit_redo"
    NEW_DECK = "new_deck"
    IMPORT_CARDS = "import_cards"
    # session: console and stage
    NEXT = "next"
    BACK = "back"
    UNDO = "undo"
    REDO = "redo"
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
    SAVE_KIT = "save_kit"


@dataclass(frozen=True)
class Spec:
    """How a command looks: its text (English source, translated in CONTEXT), tip and keys."""

    id: Command
    scope: Scope
    text: str
    tip: str = ""
    keys: tuple[StandardKey | str, ...] = ()
    presenter_keys: tuple[str, ...] = ()  # plain keys, read when no control took them
    checkable: bool = False
    group: str = ""  # actions in the same group are mutually exclusive
    translated: bool = True  # language names are shown in their own language
    once: bool = False  # a held key runs it once (a step of the workshop), not at the key's repeat rate


A, D, S = Scope.APP, Scope.DECK, Scope.SESSION
SPECS: tuple[Spec, ...] = (
    Spec(Command.WELCOME, A, QT_TRANSLATE_NOOP("Commands", "&Welcome")),
    Spec(Command.ABOUT, A, QT_TRANSLATE_NOOP("Commands", "&About Bataille IA")),
    Spec(Command.PREFERENCES, A, QT_TRANSLATE_NOOP("Commands", "&Preferences…"), keys=("Ctrl+,",)),
    Spec(Command.OPEN_DECK, D, QT_TRANSLATE_NOOP("Commands", "&Open Deck Folder…"),
         QT_TRANSLATE_NOOP("Commands", "Open a folder holding cards/deck.yaml"), (StandardKey.Open,)),
    Spec(Command.RELOAD_DECK, D, QT_TRANSLATE_NOOP("Commands", "&Reload Deck"),
         QT_TRANSLATE_NOOP("Commands", "Read the deck files again"), (StandardKey.Refresh, "Ctrl+R")),
    Spec(Command.PRINT_CARDS, D, QT_TRANSLATE_NOOP("Commands", "&Print Cards…"),
         QT_TRANSLATE_NOOP("Commands", "Save the cards as PDF sheets to print and cut out"),
         (StandardKey.Print, "Ctrl+P")),
    Spec(Command.PRINT_THIS_CARD, D, QT_TRANSLATE_NOOP("Commands", "Print &This Card…"),
         QT_TRANSLATE_NOOP("Commands", "Print only the card chosen, with its back")),
    Spec(Command.GUIDE, D, QT_TRANSLATE_NOOP("Commands", "Facilitator’s &Guide…"),
         QT_TRANSLATE_NOOP("Commands", "Save the facilitator's guide as PDF")),
    # StandardKey.Quit is empty on Windows: Ctrl+Q keeps one way to quit everywhere.
    Spec(Command.QUIT, D, QT_TRANSLATE_NOOP("Commands", "&Quit"), keys=(StandardKey.Quit, "Ctrl+Q")),
    Spec(Command.FIND, D, QT_TRANSLATE_NOOP("Commands", "&Search Cards"),
         QT_TRANSLATE_NOOP("Commands", "Move to the search field"), (StandardKey.Find,)),
    Spec(Command.ZOOM_IN, D, QT_TRANSLATE_NOOP("Commands", "&Larger Cards"), keys=(StandardKey.ZoomIn, "Ctrl+=")),
    Spec(Command.ZOOM_OUT, D, QT_TRANSLATE_NOOP("Commands", "&Smaller Cards"), keys=(StandardKey.ZoomOut,)),
    Spec(Command.LANGUAGE_SYSTEM, D, QT_TRANSLATE_NOOP("Commands", "Follow the &System Language"),
         checkable=True, group="language"),
    Spec(Command.LANGUAGE_FR, D, "&Français", keys=("Ctrl+Shift+F",), checkable=True, group="language",
         translated=False),
    Spec(Command.LANGUAGE_EN, D, "&English", keys=("Ctrl+Shift+E",), checkable=True, group="language",
         translated=False),
    Spec(Command.EDIT_DECK, D, QT_TRANSLATE_NOOP("Commands", "&Edit the Deck"),
         QT_TRANSLATE_NOOP("Commands", "Switch between browsing the cards and editing the deck"),
         keys=("Ctrl+E",), checkable=True),
    Spec(Command.SAVE_DECK, D, QT_TRANSLATE_NOOP("Commands", "&Save the Deck"),
         QT_TRANSLATE_NOOP("Commands", "Write the edits into the deck files"), keys=("Ctrl+S",)),
    Spec(Command.SAVE_DECK_COPY, D, QT_TRANSLATE_NOOP("Commands", "Save a Cop&y of the Deck…"),
         QT_TRANSLATE_NOOP("Commands", "Save the deck, with your edits, in a folder of yours, and go on with the copy")),
    Spec(Command.EDIT_UNDO, D, QT_TRANSLATE_NOOP("Commands", "&Undo Edit"), keys=("Ctrl+Z",)),
    Spec(Command.EDIT_REDO, D, QT_TRANSLATE_NOOP("Commands", "&Redo Edit"), keys=("Ctrl+Shift+Z", "Ctrl+Y")),
    Spec(Command.NEW_DECK, D, QT_TRANSLATE_NOOP("Commands", "&New Deck…"),
         QT_TRANSLATE_NOOP("Commands", "Create a deck folder, from the bundled deck or empty"), keys=("Ctrl+N",)),
    Spec(Command.IMPORT_CARDS, D, QT_TRANSLATE_NOOP("Commands", "&Import Cards from a Spreadsheet (CSV)…"),
         QT_TRANSLATE_NOOP("Commands", "Add cards from a CSV file with one column per field and language")),
    Spec(Command.NEXT, S, QT_TRANSLATE_NOOP("Commands", "&Next Step"), keys=("PgDown", "Right"),
         presenter_keys=("Space",), once=True),
    Spec(Command.BACK, S, QT_TRANSLATE_NOOP("Commands", "&Previous Step"),
         QT_TRANSLATE_NOOP("Commands", "Go back one move of the presentation (Ctrl+Z undoes entered data)"),
         keys=("PgUp", "Left"), once=True),
    Spec(Command.UNDO, S, QT_TRANSLATE_NOOP("Commands", "&Undo"), keys=("Ctrl+Z",), once=True),
    Spec(Command.REDO, S, QT_TRANSLATE_NOOP("Commands", "&Redo"),
         QT_TRANSLATE_NOOP("Commands", "Take back the last undo"), keys=("Ctrl+Y", "Ctrl+Shift+Z"), once=True),
    Spec(Command.START_PAUSE, S, QT_TRANSLATE_NOOP("Commands", "Start / &Pause Timer"), keys=("Ctrl+P",)),
    Spec(Command.PLUS_1, S, QT_TRANSLATE_NOOP("Commands", "+&1 Minute"), keys=("Ctrl+1",)),
    Spec(Command.PLUS_5, S, QT_TRANSLATE_NOOP("Commands", "+&5 Minutes"), keys=("Ctrl+5",)),
    Spec(Command.NEXT_PHASE, S, QT_TRANSLATE_NOOP("Commands", "End P&hase"), keys=("Ctrl+N",), once=True),
    # Shift+F5 is many remotes' "start the slideshow"; pressed again on a stage shown in a window, it
    # puts the stage full screen (a remote has no F11).
    Spec(Command.SHOW_STAGE, S, QT_TRANSLATE_NOOP("Commands", "&Show the Stage"), keys=("F5", "Shift+F5"), once=True),
    Spec(Command.BLACKOUT, S, QT_TRANSLATE_NOOP("Commands", "&Black Screen"), keys=("Ctrl+B",),
         presenter_keys=("B", "."), checkable=True, once=True),
    Spec(Command.FULLSCREEN, S, QT_TRANSLATE_NOOP("Commands", "Stage &Full Screen"), keys=("F11",), checkable=True,
         once=True),
    Spec(Command.LEAVE_FULLSCREEN, S, QT_TRANSLATE_NOOP("Commands", "&Leave Full Screen"), keys=("Esc",)),
    Spec(Command.BEEP, S, QT_TRANSLATE_NOOP("Commands", "Beep When &Time Is Up"), checkable=True),
    Spec(Command.SHORTCUTS, S, QT_TRANSLATE_NOOP("Commands", "&Keyboard Shortcuts"), keys=("F1",)),
    Spec(Command.CLOSE, S, QT_TRANSLATE_NOOP("Commands", "&Close Session"), keys=("Ctrl+W",)),
    Spec(Command.JOIN, S, QT_TRANSLATE_NOOP("Commands", "Phones: &Join Screen"), keys=("Ctrl+J",)),
    Spec(Command.EXPORT_SUMMARY, S, QT_TRANSLATE_NOOP("Commands", "E&xport the Summary…"), keys=("Ctrl+Shift+E",)),
    Spec(Command.SAVE_KIT, S, QT_TRANSLATE_NOOP("Commands", "Workshop &Kit…"),
         QT_TRANSLATE_NOOP("Commands", "Voting cards, team signs and take-home card for this session, and "
                           "the join poster while the phones are on, as PDF")),
    Spec(Command.CLOSE_REVEAL, S, QT_TRANSLATE_NOOP("Commands", "&End the Vote and Show It"), keys=("Ctrl+E",),
         once=True),
)
SPEC = {spec.id: spec for spec in SPECS}
# The plain keys of the presenter remote (and the laptop's arrows), each to its command.
PRESENTER_KEYS: dict[int, Command] = {
    QKeySequence(key)[0].key(): spec.id for spec in SPECS for key in spec.presenter_keys
}


def key_sequences(keys: tuple[StandardKey | str, ...]) -> list[QKeySequence]:
    """The shortcuts of ``keys`` on this platform (a standard key may have several, or none)."""
    sequences: list[QKeySequence] = []
    for key in keys:
        found = QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]
        sequences.extend(s for s in found if not s.isEmpty() and s not in sequences)
    return sequences


def key_text(spec: Spec) -> str:
    """Every key of a command as the platform writes it, shortcuts then presenter keys ("PgDown, →")."""
    shown = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in key_sequences(spec.keys)]
    shown += [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in spec.presenter_keys]
    return ", ".join(shown)


class Commands(QObject):
    """The QActions of one window, for the commands of ``scopes``, kept translated."""

    def __init__(self, parent: QObject, *scopes: Scope) -> None:
        super().__init__(parent)
        self.specs = tuple(spec for spec in SPECS if spec.scope in scopes)
        self._actions: dict[Command, QAction] = {}
        groups: dict[str, QActionGroup] = {}
        for spec in self.specs:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.id}")
            action.setShortcuts(key_sequences(spec.keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setCheckable(spec.checkable)
            action.setAutoRepeat(not spec.once)  # a held PageDown walked through the workshop's steps
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            self._actions[spec.id] = action
        self.retranslate()

    def __getitem__(self, command: Command) -> QAction:
        return self._actions[command]

    def __iter__(self):
        return iter(self._actions.values())

    def all(self) -> list[QAction]:
        return list(self._actions.values())

    def sheet(self) -> list[tuple[str, str]]:
        """(what, keys) for every command with a key, in the table's order: the F1 sheet."""
        return [(self._actions[spec.id].text().replace("&", ""), key_text(spec)) for spec in self.specs
                if spec.keys or spec.presenter_keys]

    def presenter_key(self, event: QKeyEvent) -> bool:
        """Run the command of a plain presenter key that no control took; True when it was one. A held
        key runs it once: its repeats are taken, and do nothing (a held Space walked through the steps)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        command = PRESENTER_KEYS.get(event.key())
        if command not in self._actions or mods not in (Qt.KeyboardModifier.NoModifier,
                                                        Qt.KeyboardModifier.ShiftModifier):
            return False
        action = self._actions[command]
        if action.isEnabled() and not (event.isAutoRepeat() and not action.autoRepeat()):
            action.trigger()
        event.accept()
        return True

    def retranslate(self) -> None:
        """Set every text in the current language (call on QEvent.LanguageChange)."""
        for spec in self.specs:
            action = self._actions[spec.id]
            text = QCoreApplication.translate(CONTEXT, spec.text) if spec.translated else spec.text
            action.setText(text)
            tip = QCoreApplication.translate(CONTEXT, spec.tip) if spec.tip else text.replace("&", "").rstrip("…")
            keys = key_text(spec)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
            action.setStatusTip(tip)


class ControlKeys(QObject):
    """The remote's keys that type a character (B and "." black the stage out, Space is "next") run
    their command from a count box or a list too: a box of whole numbers cannot take them, and
    swallowed them after a vote was typed; a list read them as the start of an item's name (the
    agenda, where the keyboard is when a session opens, blacked nothing out). Up and Down stay
    theirs (they move the number, or from item to item).

    A text box keeps every key once it is the typist's: clicked or tabbed into, or typed in. One
    the console put the keyboard in itself (« Note the debrief ») is not yet: a lone B or "." (no
    Shift, no Ctrl) blacks the stage out there, as everywhere else, and says how to type it instead
    (a click in the box). An empty box (emptied by the console, the argument or takeaway just
    recorded by Enter, or by the typist, its words rubbed out; or clicked and left) stays the
    typist's while they go on, and stops being theirs after AWAY_S without a key or a click: the
    facilitator back at the front with the remote (a box rubbed out by hand kept the keyboard, and
    the remote's B typed « b » in it). A box with words in it is the typist's. Only the blackout's
    keys: a Space is a space in any text box."""

    TYPED = "typedHere"  # a text box's property: True once it is the typist's
    EMPTIED = "emptiedAt"  # when it was last emptied, clicked or typed in while empty (monotonic())
    AWAY_S = 10.0  # seconds: the next argument comes within them; the walk to the front takes longer

    @classmethod
    def theirs(cls, box: QObject) -> bool:
        """Whether a text box's keys are the typist's (keys.py asks it too, for Esc)."""
        if not box.property(cls.TYPED):
            return False
        emptied = box.property(cls.EMPTIED)
        return emptied is None or bool(box.text()) or monotonic() - emptied < cls.AWAY_S

    def __init__(self, commands: Commands, said: Callable[[str], None] | None = None) -> None:
        super().__init__(commands)
        self.commands = commands
        self.said = said  # where to say what a blackout from a text box did (the status line)
        self._edited: tuple[QLineEdit, str] | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if isinstance(watched, QLineEdit):
            return self._text_box(watched, event)
        if (kind == QEvent.Type.KeyPress and isinstance(watched, (QSpinBox, QListWidget))
                and isinstance(event, QKeyEvent) and event.text() and event.key() in PRESENTER_KEYS):
            return self.commands.presenter_key(event)
        return False

    def _text_box(self, box: QLineEdit, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            reason = event.reason()
            if reason in USER_FOCUS:
                self._touched(box)
            elif reason == Qt.FocusReason.OtherFocusReason:  # the console's own setFocus()
                box.setProperty(self.TYPED, False)
        elif kind == QEvent.Type.MouseButtonPress:
            self._touched(box)
        elif (kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not self.theirs(box)
              and PRESENTER_KEYS.get(event.key()) == Command.BLACKOUT and event.text()
              and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier):
            self.commands.presenter_key(event)
            if self.said is not None:
                self.said(self.tr("“%1” blacked the stage out or lit it again, and was not typed: the console had "
                                  "put the keyboard in this box. To type it there, click in the box first.")
                          .replace("%1", event.text()))
            return True
        return False

    def _touched(self, box: QLineEdit) -> None:
        """Clicked or tabbed into: the typist's, for good while it holds words, for AWAY_S while empty."""
        box.setProperty(self.TYPED, True)
        box.setProperty(self.EMPTIED, monotonic())

    def _typed(self, box: QLineEdit, text: str) -> None:
        self._touched(box)  # rubbed out to nothing: the typist's a while yet, as a box the console emptied
        self._edited = (box, text)

    def _changed(self, box: QLineEdit, text: str) -> None:
        if self._edited == (box, text):  # the typist's own change (textEdited came first)
            self._edited = None
        elif not text:  # emptied by the console (an argument or takeaway recorded): the typist's a while yet
            box.setProperty(self.EMPTIED, monotonic())

    def cover(self, widget: QWidget) -> None:
        """Watch the count boxes, lists and text boxes of ``widget`` (a phase's page, built when its phase comes)."""
        for control in (*widget.findChildren(QSpinBox), *widget.findChildren(QListWidget)):
            control.installEventFilter(self)
        for box in widget.findChildren(QLineEdit):
            if isinstance(box.parent(), (QSpinBox, QComboBox)) or box.property(self.TYPED) is not None:
                continue  # a count box's own line, or a search box's: not a text box to note in
            box.setProperty(self.TYPED, True)  # until the console puts the keyboard in it
            box.installEventFilter(self)
            box.textEdited.connect(lambda text, box=box: self._typed(box, text))
            box.textChanged.connect(lambda text, box=box: self._changed(box, text))


USER_FOCUS = (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
              Qt.FocusReason.ShortcutFocusReason)
