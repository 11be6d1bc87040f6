"""From the start screen to a running workshop: the session file created or reopened (session_files.py),
console and stage opened.

The start screen is the app's first window: :func:`open_start_screen` shows it before the deck,
the session files or the workshop's rules are read, and reads them once it is painted. So this
module imports at its top only what that first paint needs; the rest is imported where it is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from bataille.ui.elsewhere import remember_elsewhere
from bataille.ui.i18n import Translations, system_language
from bataille.ui.paths import sessions_dir
from bataille.ui.screen_fit import fit_to_screen
from bataille.ui.settings import Settings
from bataille.ui.start.deck_choice import DeckChoice
from bataille.ui.start.request import DeckNotFoundError, NewSessionRequest

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from bataille.deck.models import Deck
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController
    from bataille.ui.dialogs.app_menu import AppMenuActions
    from bataille.ui.start.fallback import Fallback
    from bataille.ui.start.window import StartWindow
    from bataille.workshop import Session


def open_in_text_editor(path: Path) -> None:
    """The system's program for the file (a text editor for .yaml); the deck window sees it saved."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def new_console(settings: Settings, choose_language: Callable[[str], None] | None = None) -> ConsoleWindow:
    """A console window not yet on a session (it says the session is being opened)."""
    from bataille.ui.console.window import ConsoleWindow  # not needed to paint the start screen

    return ConsoleWindow(settings=settings, choose_language=choose_language)


def show_console(console: ConsoleWindow) -> None:
    """Maximised on a laptop's screen, else a window of a laptop's size."""
    available = console.screen().availableGeometry()
    if available.width() <= 1440:
        # The screen's size first: with no window manager to maximise it (a kiosk, a bare X
        # session), a window would otherwise open at its smallest, the phase column crushed.
        console.setGeometry(available)
        console.showMaximized()
    else:
        console.resize(1366, 768)
        console.show()


class Launcher(DeckChoice, QObject):
    """Keeps the start screen and the workshop windows; one session open at a time. The deck the next
    session runs on: DeckChoice (deck_choice.py)."""

    def __init__(self, translations: Translations, settings: Settings, deck: Deck | None,
                 parent: QObject | None = None) -> None:
        """``deck`` None: the start screen waits for :meth:`set_first_deck` (see open_start_screen)."""
        super().__init__(parent)
        self.translations = translations
        self.settings = settings
        self.deck = deck
        self.controller: SessionController | None = None
        self.console: ConsoleWindow | None = None
        self.deck_window: QWidget | None = None
        self.app_actions: AppMenuActions | None = None  # Welcome, About, Preferences: with the deck
        # Built when first needed: `bataille --session FILE` that opens never shows it.
        self._start: StartWindow | None = None
        self._fallback: Fallback | None = None  # the deck offered when the one given has problems

    @property
    def start(self) -> StartWindow:
        """The start screen, built on first use."""
        if self._start is None:
            self._start = self._make_start()
        return self._start

    def _make_start(self) -> StartWindow:
        # Imported here: a session opened from its file never shows the start screen.
        from bataille.ui.start.window import StartWindow

        start = StartWindow(self.deck, self.translations.language, getattr(self.settings, "session_minutes", 90))
        self._start = start  # before the app's actions, which take it as their parent
        start.preferences_button.clicked.connect(lambda: self.app_actions.preferences.trigger())
        start.welcome_button.clicked.connect(lambda: self.app_actions.welcome.trigger())
        start.set_ui_language(self.translations.language, self.settings.language)
        if self.deck is not None:
            self._add_app_actions()
        else:
            start.preferences_button.setEnabled(False)
            start.welcome_button.setEnabled(False)
        start.newRequested.connect(self.new)
        start.openRequested.connect(self.open)
        start.sameTeamsRequested.connect(self.same_teams)
        start.recoverRequested.connect(self.recover)
        start.chooseFileRequested.connect(self.choose_file)
        start.chooseDeckRequested.connect(self.choose_deck)
        start.browseDeckRequested.connect(self.browse_deck)
        start.fixDeckRequested.connect(self.fix_deck)
        start.fallbackDeckRequested.connect(self.use_fallback_deck)
        start.textEditorRequested.connect(open_in_text_editor)
        start.uiLanguageChosen.connect(self.choose_ui_language)
        return start

    def _add_app_actions(self) -> None:
        from bataille.ui.dialogs.app_menu import AppMenuActions

        self.app_actions = AppMenuActions(self.start, self.settings, lambda: self.deck, self.choose_ui_language)
        self.start.preferences_button.setEnabled(True)
        self.start.welcome_button.setEnabled(True)

    def set_first_deck(self, deck: Deck) -> None:
        """The deck read after the first paint: the start screen completes, the recent sessions are listed."""
        start = self.start  # built before the deck is set when it never showed (bataille --session)
        self.deck = deck
        self.settings.last_good_deck = str(deck.root)  # offered when a deck given later has problems
        start.set_deck(deck)
        self._add_app_actions()
        self.list_recent()

    def list_recent(self) -> None:
        from bataille.ui.start.session_files import recent_files

        self.start.set_recent(recent_files(sessions_dir()))

    def show_start(self) -> None:
        if self.deck is not None:  # else listed with the deck, once the window is painted
            self.list_recent()
        fit_to_screen(self.start, 1200, 700)
        self.start.show()

    # -- sessions --------------------------------------------------------------------------------

    def new(self, request: NewSessionRequest) -> ConsoleWindow | None:
        from bataille.ui.start.session_files import (
            SessionOpenError,
            create_session,
            new_session_path,
        )

        if self.console is not None:  # one press, one session: this press was queued behind the one that
            return self.console  # opened it (a double click, Enter twice), the start screen already hidden
        names = (self.tr("For"), self.tr("Against"))
        try:
            session = create_session(self.deck, request, new_session_path(sessions_dir(), request.debate_card is not None, request.lang),
                                     names=names)
        except SessionOpenError as error:
            self.start.show_message(str(error))
            return None
        return self.run(session)

    def open(self, path: Path, console: ConsoleWindow | None = None) -> ConsoleWindow | None:
        """Reopen the session file ``path`` in ``console`` (one shown while it was read) or a new one;
        None when it cannot be opened (the start screen says why)."""
        from bataille.storage import SessionFileError, open_session
        from bataille.ui.start.session_files import SessionOpenError, deck_for
        from bataille.workshop import ActionError, SystemClock

        path = Path(path)
        if self._open_here(path):  # asked again for the session open here (a recent one activated twice
            # quickly): it is brought forward, not refused as "open in another window" (its lock is ours)
            self.console.raise_()
            self.console.activateWindow()
            return self.console
        try:
            deck = deck_for(path, self.deck)
            session = open_session(path, deck, SystemClock())
        except (SessionOpenError, DeckNotFoundError, SessionFileError, ActionError, OSError) as error:
            self.start.show_open_error(path, error)
            return None
        return self.run(session, console=console)

    def _open_here(self, path: Path) -> bool:
        """``path`` is the session file of the console open in this app (its lock is this app's own)."""
        own = getattr(self.controller.session.store, "path", None) if self.controller is not None else None
        return self.console is not None and own is not None and Path(own).resolve() == path.resolve()

    def same_teams(self, path: Path) -> None:
        """« Same teams »: the new session's form set as ``path`` was (its deck when it is found, its
        language, length and teams); nothing starts."""
        from bataille.storage import SessionFileError
        from bataille.ui.start.session_files import deck_for, past_setup

        path = Path(path)
        try:
            setup = past_setup(path)
        except (SessionFileError, OSError) as error:
            self.start.show_open_error(path, error)
            return
        note = translate("Launcher", "Form filled in from “%1”: check it, then start the session.").replace("%1", path.stem)
        if setup.deck_id != self.deck.id:
            try:
                deck = deck_for(path, self.deck)
            except (DeckNotFoundError, SessionFileError, OSError):
                deck = None
                note = translate("Launcher", "Form filled in from “%1”, with the open deck: this session's deck "
                                 "(%2) is not on this computer.").replace("%1", path.stem).replace(
                    "%2", setup.deck_id)
            if deck is not None and self._show_in_deck_window(deck.root):
                self.deck = deck
                self.settings.last_good_deck = str(deck.root)
                self.start.set_deck(deck)
        self.start.fill_new_session(setup.lang, setup.minutes, setup.teams)
        self.start.show_message(note, error=False)

    def recover(self, path: Path) -> ConsoleWindow | None:
        """Copy the intact actions of a damaged session to a new file beside it, then open that one.

        The damaged file is only read; the console says where it stays.
        """
        from bataille.storage import SessionFileError, recover_session

        path = Path(path)
        try:
            recovered = recover_session(path)
        except (SessionFileError, OSError) as error:
            self.start.show_recovery_error(path, error)
            return None
        console = self.open(recovered)
        if console is not None:
            console.rescue_banner.show_rescue(path, recovered, console.controller.session.event_count)
        return console

    def run(self, session: Session, show_stage: bool = True, console: ConsoleWindow | None = None) -> ConsoleWindow:
        """Open the console (and the stage, when a projector is connected) on ``session``; ``console``:
        one already shown while the session was being opened (see :func:`open_console_first`)."""
        from bataille.ui.controller import SessionController
        from bataille.ui.stage.window import projector_screen

        if self.console is not None and not self.console.close():
            return self.console  # its last actions are not saved and the facilitator kept it open
        self.settings.set_deck_folder(session.deck.id, str(session.deck.root))
        self.settings.set_deck_title(session.deck.id, dict(session.deck.title.values))
        own = getattr(session.store, "path", None)
        if own is not None:
            remember_elsewhere(Path(own), sessions_dir())
            from time import time

            from bataille.ui.start.session_files import note_seen

            note_seen({str(Path(own).absolute()): time()})  # listed in its place if its stick is out later
        self.controller = SessionController(session, self)
        self.console = console if console is not None else new_console(self.settings, self.choose_ui_language)
        self.console.choose_language = self.choose_ui_language
        self.console.open(self.controller)
        self._follow_deck_window()
        self.console.closed.connect(self._on_console_closed)
        if console is None:
            show_console(self.console)
        # With a projector the stage goes fullscreen there; with one screen it waits for F5 (the
        # console shows its picture), never opened on top of the console.
        if show_stage and projector_screen(self.console.screen(), self.settings.stage_screen) is not None:
            self.console.present_stage()  # a stage brought back black stays black
        if self._start is not None:
            if self.app_actions is not None:  # a first run's welcome, not left over the console
                self.app_actions.close_welcome()
            self._start.hide()
        return self.console

    def _on_console_closed(self) -> None:
        if self.controller is not None:
            try:
                self.controller.close()
            except Exception as error:  # noqa: BLE001 - shown, not raised: the window is gone
                self.start.show_message(str(error))
            else:
                if self.controller.closing_note:
                    self.start.show_message(self.controller.closing_note, error=False)
            self.controller.deleteLater()
        self.controller = None
        if self.console is not None:
            self.console.deleteLater()
        self.console = None
        self.show_start()

    # -- start screen requests -------------------------------------------------------------------

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from bataille.storage import SUFFIX

        path, _ = QFileDialog.getOpenFileName(self.start, self.tr("Open a session file"), str(sessions_dir()),
                                              self.tr("Bataille IA sessions (*%1)").replace("%1", SUFFIX))
        if path:
            self.open(Path(path))

    def choose_ui_language(self, preference: str) -> None:
        """Store the interface language ("" follows the system) and switch every window to it."""
        self.settings.language = preference
        lang = preference or system_language()
        self.translations.set_language(lang)
        if self._start is not None:  # else it is built in this language
            self._start.set_ui_language(lang, preference)


def open_console_first(application, session_path: str, deck_path: Path | None = None) -> ConsoleWindow:
    """`bataille --session FILE`: the console shown at once, saying the session is being opened; once
    it is painted, the deck and the file are read and the console fills in. When the file cannot be
    opened, the console goes and the start screen says why (as if it had never shown); a deck with
    problems: the start screen lists them, with the ways out (Launcher.show_deck_trouble)."""
    console = new_console(application.settings)
    show_console(console)

    def read() -> None:
        application.open_deck(deck_path)
        if application.deck is None:  # the start screen shows its problems and the ways out
            launcher = Launcher(application.translations, application.settings, None, parent=application.qt)
            launcher.watch_deck_window(application.deck_window)
            application.launcher = launcher
            launcher.show_deck_trouble()  # before the console goes: the app quits with its last window
            console.close()
            return
        launcher = Launcher(application.translations, application.settings, application.deck,
                            parent=application.qt)
        application.settings.last_good_deck = str(application.deck.root)  # as a start screen's deck is
        launcher.watch_deck_window(application.deck_window)  # None unless built: "Browse" builds it
        application.launcher = launcher  # kept alive as long as the app
        if launcher.open(Path(session_path), console) is None:
            launcher.show_start()  # before the console goes: the app quits with its last window
            console.close()
            launcher.app_actions.show_welcome_on_first_run()

    console.firstPainted.connect(read)
    return console


def open_start_screen(application, deck_path: Path | None = None) -> Launcher:
    """Show the start screen at once, then read the deck (``deck_path``, by default the one taken last
    time, else the bundled one) and
    the recent sessions when it is painted. A deck with problems: the start screen lists them, with a
    button to fix them in the deck editor and one to run on another deck (see Launcher.show_deck_trouble)."""
    launcher = Launcher(application.translations, application.settings, None, parent=application.qt)
    application.launcher = launcher  # kept alive as long as the app

    def read_deck() -> None:
        application.open_deck(deck_path)
        launcher.watch_deck_window(application.deck_window)  # None unless built: "Browse" builds it
        if application.deck is None:  # its problems, a way to fix them, another deck to run on now
            launcher.show_deck_trouble()
            return
        launcher.set_first_deck(application.deck)
        if application.deck_gone is not None:
            launcher.start.show_message(translate("Launcher", "The deck used last time is no longer at %1 (a USB "
                                                  "stick taken out?): the bundled deck is open. “Other deck…” "
                                                  "opens another.").replace("%1", str(application.deck_gone)),
                                        error=False)
        launcher.app_actions.show_welcome_on_first_run()

    launcher.start.firstPainted.connect(read_deck)
    launcher.show_start()
    return launcher
