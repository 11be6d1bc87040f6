"""What every form of the editor shares: the words' context, the declaration of a field, the draft."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from bataille.ui.deck_window.editor.fields import Field

CONTEXT = "DeckEditor"
translate = QCoreApplication.translate  # lupdate reads translate("DeckEditor", "literal")


def tr(text: str) -> str:
    """A label declared with QT_TRANSLATE_NOOP("DeckEditor", …), in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Spec:
    """One field of a form: its key, its label (English source, translated in CONTEXT), its kind.

    kinds: "text" (one line per language), "long" (several lines per language), "wrapped" (one line
    per language shown wrapped, read whole: an argument), "string", "int",
    "bool", "choice", "list" (of mappings declared by ``items``), "texts" (a list of texts), "name" (written
    once, or in each language once another language is given: a source's publisher).
    ``extra`` builds a widget of its own for the kinds a form cannot know (colour, icon, URL…).
    """

    key: str
    label: str
    kind: str = "text"
    items: tuple[Spec, ...] = ()
    new: Callable[[], object] | None = None
    low: int = -9999
    high: int = 9999
    optional: bool = False
    choices: str = ""  # the name of a choice list the editor gives (themes, phase kinds, icons)
    extra: str = ""  # the name of a widget maker the editor gives
    item_label: str = ""  # how one item of a list is called ("Source %1")
    add_label: str = ""  # the button that adds an item to a list ("+ Source")
    tip: str = field(default="", compare=False)


class Context:
    """What every form of one editor shares: the draft, its languages, choice lists, widget makers."""

    def __init__(self, draft, languages: tuple[str, ...], typeset=None) -> None:
        self.draft = draft
        self.languages = languages
        self.typeset = typeset
        self.choices: dict[str, Callable[[tuple], list[tuple[object, str]]]] = {}  # by the field's where
        self.makers: dict[str, Callable[[tuple, Spec], Field]] = {}
        self.on_error: Callable[[Exception], None] = lambda _e: None
        self.say: Callable[[str], None] = lambda _text: None  # a line for the status bar (what was done)
        # By a field's key, what writes a choice made in it when writing the value is not all (a card's
        # theme: the card may go to its theme's file); True when it took the choice, else it is written.
        self.writers: dict[str, Callable[[tuple, object], bool]] = {}

    def value(self, where) -> object:
        try:
            return self.draft.value(where)
        except (KeyError, IndexError, TypeError, ValueError):
            return None

    def run(self, change: Callable[[], object]) -> bool:
        """Make a change to the draft; a refusal is said, never raised into Qt. True when it was made."""
        try:
            change()
        except Exception as error:  # the draft refuses with its own words: show them
            self.on_error(error)
            return False
        return True
