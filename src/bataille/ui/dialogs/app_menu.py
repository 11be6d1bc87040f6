"""Welcome, About and Preferences for a window's menus, in one go and kept translated.

A window's menus are built when it opens; the dialogs themselves are imported when asked for (a
session opens without the welcome's, the about box's or the preferences' code and Qt classes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from bataille.ui.commands import Command, Commands, Scope
from bataille.ui.settings import Settings

if TYPE_CHECKING:
    from bataille.deck.models import Deck
    from bataille.ui.dialogs.welcome import WelcomeDialog


class AppMenuActions(QObject):
    """Welcome, About and Preferences for one window's menus, retranslated with the window."""

    def __init__(self, window: QWidget, settings: Settings, deck: Callable[[], Deck | None] = lambda: None,
                 choose_language: Callable[[str], None] | None = None,
                 cards_language: Callable[[], str | None] = lambda: None) -> None:
        super().__init__(window)
        self._cards_language = cards_language  # the session's, in the console: Welcome's cards speak it
        self._window = window
        self._settings = settings
        self._deck = deck
        self._choose_language = choose_language
        self.dialog: QDialog | None = None  # the one opened last (tests and screenshots look at it)
        self.commands = Commands(window, Scope.APP)
        self.welcome = self.commands[Command.WELCOME]
        self.about = self.commands[Command.ABOUT]
        self.preferences = self.commands[Command.PREFERENCES]
        self.preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.welcome.triggered.connect(self.show_welcome)
        self.about.triggered.connect(self.show_about)
        self.preferences.triggered.connect(self.show_preferences)
        window.installEventFilter(self)  # retranslate when the window does
        self.retranslate()

    def add_to(self, help_menu: QMenu, settings_menu: QMenu, about: bool = True) -> None:
        """Welcome first in Help, About last (unless the window has its own About action);
        Preferences in the settings (Tools/Edit) menu."""
        first = help_menu.actions()[0] if help_menu.actions() else None
        help_menu.insertAction(first, self.welcome)
        if first is not None:
            help_menu.insertSeparator(first)
        if about:
            help_menu.addAction(self.about)
        settings_menu.addAction(self.preferences)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # getattr: Qt may still send events while Python tears the object down at exit.
        if watched is getattr(self, "_window", None) and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.commands.retranslate()

    def show_welcome(self) -> WelcomeDialog:
        from bataille.ui.dialogs.welcome import WelcomeDialog  # imported when asked for

        dialog = WelcomeDialog(self._settings, self._deck, self._window, self._cards_language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog

    def close_welcome(self) -> None:
        """A session opens and this window goes (the start screen): its welcome goes with it, never
        left over the console (seen: it does not open by itself again; Help › Welcome there does)."""
        for dialog in self._window.findChildren(QDialog, "welcomeDialog"):
            if dialog.isVisible():
                dialog.reject()

    def show_welcome_on_first_run(self) -> WelcomeDialog | None:
        """The welcome, unless it was seen before (call once the main window is shown)."""
        return None if self._settings.welcome_shown else self.show_welcome()

    def show_about(self) -> QDialog:
        from bataille.ui.dialogs.about import open_about  # imported when asked for

        self.dialog = open_about(self._settings, self._window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return self.dialog

    def show_preferences(self) -> QDialog:
        from bataille.ui.dialogs.preferences import open_preferences  # imported when asked for

        self.dialog = open_preferences(self._settings, self._window, self._choose_language)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return self.dialog
