"""The deck window's menu bar: File, Edit, View, Language, Tools and Help, each command wired to what
the window does (the commands themselves, their keys and texts, are in ``ui/commands.py``), the
menus' titles in the interface's language, and the Language menu's check on the language chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bataille.ui.commands import Command
from bataille.ui.dialogs.app_menu import AppMenuActions
from bataille.ui.settings import SYSTEM_LANGUAGE, Settings

if TYPE_CHECKING:
    from bataille.ui.deck_window.window import DeckWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def build_menus(window: DeckWindow, settings: Settings) -> None:
    """Wire the window's commands and put them in its menus (``window.file_menu``…)."""
    a = window.registry
    a[Command.OPEN_DECK].triggered.connect(window.ask_open_deck)
    a[Command.RELOAD_DECK].triggered.connect(window.watcher.reload)
    a[Command.PRINT_CARDS].triggered.connect(window.print_cards)
    a[Command.GUIDE].triggered.connect(window.save_guide)
    a[Command.QUIT].triggered.connect(window.close)
    a[Command.EDIT_DECK].triggered.connect(window.set_editing)
    a[Command.SAVE_DECK].triggered.connect(window.editing.save)
    a[Command.EDIT_UNDO].triggered.connect(window.editing.undo)
    a[Command.EDIT_REDO].triggered.connect(window.editing.redo)
    a[Command.NEW_DECK].triggered.connect(window.new_deck)
    a[Command.IMPORT_CARDS].triggered.connect(window.import_cards)
    a[Command.FIND].triggered.connect(window.find)
    a[Command.ZOOM_IN].triggered.connect(lambda: window.zoom(+1))
    a[Command.ZOOM_OUT].triggered.connect(lambda: window.zoom(-1))
    a[Command.LANGUAGE_SYSTEM].triggered.connect(lambda: window.choose_language(SYSTEM_LANGUAGE))
    a[Command.LANGUAGE_FR].triggered.connect(lambda: window.choose_language("fr"))
    a[Command.LANGUAGE_EN].triggered.connect(lambda: window.choose_language("en"))
    a[Command.SAVE_DECK_COPY].triggered.connect(window.save_copy)
    a[Command.PRINT_THIS_CARD].triggered.connect(window.print_card)  # the card chosen, alone on the sheet
    window.save_copy_action, window.print_card_action = a[Command.SAVE_DECK_COPY], a[Command.PRINT_THIS_CARD]
    window.file_menu = window.menuBar().addMenu("")
    window.file_menu.addActions([a[Command.NEW_DECK], a[Command.OPEN_DECK], a[Command.RELOAD_DECK],
                                 a[Command.SAVE_DECK], a[Command.SAVE_DECK_COPY], a[Command.IMPORT_CARDS]])
    window.file_menu.addSeparator()
    window.file_menu.addActions([a[Command.PRINT_CARDS], a[Command.PRINT_THIS_CARD], a[Command.GUIDE]])
    window.file_menu.addSeparator()
    window.file_menu.addAction(a[Command.QUIT])
    window.edit_menu = window.menuBar().addMenu("")
    window.edit_menu.addActions([a[Command.EDIT_DECK], a[Command.EDIT_UNDO], a[Command.EDIT_REDO]])
    window.view_menu = window.menuBar().addMenu("")
    window.view_menu.addActions([a[Command.FIND], a[Command.ZOOM_IN], a[Command.ZOOM_OUT]])
    window.language_menu = window.menuBar().addMenu("")
    window.language_menu.addAction(a[Command.LANGUAGE_SYSTEM])
    window.language_menu.addSeparator()
    window.language_menu.addActions([a[Command.LANGUAGE_FR], a[Command.LANGUAGE_EN]])
    window.tools_menu = window.menuBar().addMenu("")
    window.help_menu = window.menuBar().addMenu("")
    # Welcome and About (Help), Preferences (Tools): the same as the console's.
    window.menu_actions = AppMenuActions(window, settings, lambda: window.deck, window.choose_language)
    window.menu_actions.add_to(window.help_menu, window.tools_menu)


def name_menus(window: DeckWindow) -> None:
    window.file_menu.setTitle(translate("DeckWindow", "&File"))
    window.edit_menu.setTitle(translate("DeckWindow", "&Edit"))
    window.view_menu.setTitle(translate("DeckWindow", "&View"))
    window.language_menu.setTitle(translate("DeckWindow", "&Language"))
    window.tools_menu.setTitle(translate("DeckWindow", "&Tools"))
    window.help_menu.setTitle(translate("DeckWindow", "&Help"))


def check_language(window: DeckWindow, chosen: str) -> None:
    """Check the language ``chosen`` in the Language menu (the system's, French or English)."""
    ids = {SYSTEM_LANGUAGE: Command.LANGUAGE_SYSTEM, "fr": Command.LANGUAGE_FR, "en": Command.LANGUAGE_EN}
    window.registry[ids.get(chosen, Command.LANGUAGE_SYSTEM)].setChecked(True)
