"""From the start screen to a running workshop: create or reopen the session file, open console and stage.

The start screen is the app's first window: :func:`open_start_screen` shows it before the deck,
the session files or the workshop's rules are read, and reads them once it is painted. So this
module imports at its top only what that first paint needs; the rest is imported where it is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from bataille.ui.elsewhere import remember_elsewhere, remembered_elsewhere
from bataille.ui.i18n import Translations, interface_language, system_language
from bataille.ui.paths import sessions_dir
from bataille.ui.settings import Settings
from bataille.ui.start.request import DeckNotFoundError, NewSessionRequest

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from bataille.deck.models import Deck
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController
    from bataille.ui.dialogs.app_menu import AppMenuActions
    from bataille.ui.start.fallback import Fallback
    from bataille.ui.start.window import StartWindow
    from bataille.workshop import Session
    from bataille.workshop.clock import Clock


class SessionOpenError(Exception):
    """A session cannot be started or reopened; the message says what to do."""


def _deck_folders() -> QSettings:
    # Which folder holds the deck of each deck id, so that a session reopens with its own deck.
    from PySide6.QtCore import QSettings

    from bataille.ui.identity import APPLICATION_NAME, ORGANISATION_NAME

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION_NAME, APPLICATION_NAME)


def recent_files(folder: Path, limit: int = 12) -> list:
    """The sessions of ``folder`` and those opened elsewhere, newest first (a file no longer there
    last: its drive may be out)."""
    from bataille.storage import recent_sessions
    from bataille.storage.recent import summarise

    found = recent_sessions(folder, limit=limit)
    seen = set()
    for session in found:
        try:
            seen.add(session.path.resolve())
        except OSError:
            seen.add(session.path)
    others = []
    for path in remembered_elsewhere():
        try:
            same = path.resolve() in seen
        except OSError:
            same = False
        if not same:
            others.append(summarise(path))
    return sorted(found + others, key=lambda s: s.modified_at, reverse=True)[:limit]


def new_session_path(folder: Path, quick: bool = False, lang: str = "fr") -> Path:
    """A fresh, readable file name in the sessions folder (never an existing file): its date and
    time, and for a quick debate, the words, in the session's language."""
    from datetime import datetime

    from bataille.storage.files import free_name
    from bataille.workshop.flow import WORDS

    named = f" {WORDS.text('quick_debate', lang)}" if quick else ""
    clock = "%Hh%M" if lang == "fr" else "%H.%M"  # 19h41, 19.41: a colon is no file name's
    return free_name(folder, datetime.now().strftime(f"%Y-%m-%d {clock}") + named)


def create_session(deck: Deck, request: NewSessionRequest, path: Path, clock: Clock | None = None,
                   names: tuple[str, str] = ("For", "Against")) -> Session:
    """Write a new session file for ``request``: teams added, workshop started (a quick debate: two
    camps named ``names``, its debate open)."""
    from bataille.storage import SessionFileError, new_session
    from bataille.storage.words import Said, said
    from bataille.ui.controller import save_failure_reason
    from bataille.workshop import ActionError, NotSavedError, SystemClock
    from bataille.workshop.flow import first_debate_phase, start_quick_debate
    from bataille.workshop.refusals import refusal

    clock = clock or SystemClock()
    quick = request.debate_card is not None
    phase = first_debate_phase(deck) if quick else None
    if quick and phase is None:
        raise SessionOpenError("This deck's agenda has no debate phase: a quick debate needs one.")
    try:
        session = new_session(path, deck, clock, request.lang, request.minutes, [phase] if phase else None)
    except SessionFileError as error:  # a full disk, a read-only folder: said in the interface language
        raise SessionOpenError(said(error, interface_language())) from error
    except ActionError as error:
        raise SessionOpenError(refusal(str(error), interface_language())) from error
    try:
        if quick:
            start_quick_debate(session, request.debate_card, names)
        else:
            for name, colour in request.teams:
                session.add_team(name, colour)
            session.start()
    except ActionError as error:
        _abandon(session, path)
        raise SessionOpenError(refusal(str(error), interface_language())) from error
    except NotSavedError as error:  # the disk filled while the teams were written
        _abandon(session, path)
        message = Said("create_failed", name=path.name, reason=save_failure_reason(error))
        raise SessionOpenError(message.render(interface_language())) from error
    return session


def _abandon(session: Session, path: Path) -> None:
    """Close and remove a session file just created: its set-up could not be finished."""
    from bataille.storage.files import remove_with_journal

    session.store.close()  # not close_session: what waits in memory is being dropped with the file
    remove_with_journal(path)


def deck_for(path: Path, current: Deck) -> Deck:
    """The deck a session file was run with: the one open, the bundled one, or a remembered folder."""
    from bataille.deck import DeckError, bundled_deck_path, load_deck
    from bataille.storage import EmptySessionError, SessionFileError
    from bataille.storage.recent import summarise

    info = summarise(path)
    if isinstance(info.failure, (SessionFileError, OSError)):
        raise info.failure  # typed: the start screen words it (damaged, too new, not a session…)
    if info.failure is not None:
        raise SessionOpenError(info.error) from info.failure
    if info.error:  # read, but no event in it
        raise EmptySessionError(info.error)
    if info.deck_id == current.id:
        return current
    candidates = [_deck_folders().value(f"decks/{info.deck_id}", ""), str(bundled_deck_path())]
    for folder in candidates:
        if not folder:
            continue
        try:
            deck = load_deck(Path(folder))
        except DeckError:
            continue
        if deck.id == info.deck_id:
            return deck
    raise DeckNotFoundError(path, info.deck_id)


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


class Launcher(QObject):
    """Keeps the start screen and the workshop windows; one session open at a time."""

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
        self.start.set_recent(recent_files(sessions_dir(), limit=12))

    def show_start(self) -> None:
        if self.deck is not None:  # else listed with the deck, once the window is painted
            self.list_recent()
        self.start.resize(1200, 700)
        self.start.show()

    # -- sessions --------------------------------------------------------------------------------

    def new(self, request: NewSessionRequest) -> ConsoleWindow | None:
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
        from bataille.workshop import ActionError, SystemClock

        path = Path(path)
        try:
            deck = deck_for(path, self.deck)
            session = open_session(path, deck, SystemClock())
        except (SessionOpenError, DeckNotFoundError, SessionFileError, ActionError, OSError) as error:
            self.start.show_open_error(path, error)
            return None
        return self.run(session, console=console)

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
        _deck_folders().setValue(f"decks/{session.deck.id}", str(session.deck.root))
        own = getattr(session.store, "path", None)
        if own is not None:
            remember_elsewhere(Path(own), sessions_dir())
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
            self.console.show_stage()
        if self._start is not None:
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

    def choose_deck(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from bataille.deck import DeckError, load_deck

        folder = QFileDialog.getExistingDirectory(self.start, self.tr("Open a deck folder"),
                                                  self.settings.last_deck_folder or str(self.deck.root))
        if not folder:
            return
        try:
            deck = load_deck(Path(folder))
        except DeckError as error:
            self.start.show_message("\n".join(p.text(self.translations.language) for p in error.problems[:3]))
            return
        if not self._show_in_deck_window(deck.root):
            return  # the deck window kept the unsaved edits of its deck: both stay on the deck they had
        self.settings.last_deck_folder = folder
        self.settings.last_good_deck = str(deck.root)
        self.deck = deck
        self.start.set_deck(deck)
        self.start.show_message(self.tr("Deck loaded."), error=False)

    def browse_deck(self) -> None:
        from bataille.ui.deck_window.window import DeckWindow

        if self.deck_window is None:
            self.deck_window = DeckWindow(self.translations, self.settings)
            self.deck_window.open_deck(self.deck.root)
        else:  # built for an earlier deck: "Other deck…" may have chosen another since
            self._show_in_deck_window(self.deck.root)
        self._follow_deck_window()
        self.deck_window.show()
        self.deck_window.raise_()

    def _show_in_deck_window(self, root: Path) -> bool:
        """Move the deck window, when there is one, to the deck at ``root`` (it asks about unsaved
        edits first); False when the teacher kept those edits, and with them the deck window's deck."""
        window = self.deck_window
        folder = getattr(getattr(window, "watcher", None), "folder", None)
        if window is None or (folder is not None and Path(folder).resolve() == Path(root).resolve()):
            return True
        return window.switch_deck(Path(root))

    def watch_deck_window(self, window) -> None:
        """The app's deck window (None until one is built), followed from now on."""
        self.deck_window = window
        self._follow_deck_window()

    def _follow_deck_window(self) -> None:
        """When the deck window (the only thing watching the deck files) exists, let the start screen
        and the console hear it."""
        window = self.deck_window
        watcher = getattr(window, "watcher", None)
        if watcher is None or window.property("followedBySession"):
            return
        window.setProperty("followedBySession", True)
        watcher.problemsFound.connect(self._on_deck_files_changed)
        watcher.deckLoaded.connect(self._on_deck_loaded)

    def _on_deck_loaded(self, deck: Deck) -> None:
        """The deck window read a good deck (edits saved, another folder opened): the next session
        starts on it and the start screen names it. A running session keeps the deck it started with.

        The first good deck (the one given at launch had problems, and the teacher has fixed them in
        the deck window) brings the start screen back, which that deck had hidden."""
        if self.deck is not None:
            self.deck = deck
            self.settings.last_good_deck = str(deck.root)
            if self._start is not None:
                self._start.set_deck(deck)
            return
        self.set_first_deck(deck)
        if self.console is None:
            self.start.resize(1200, 700)
            self.start.show()
            self.start.raise_()
            self.start.activateWindow()
        self.app_actions.show_welcome_on_first_run()

    def _on_deck_files_changed(self, _problems: list) -> None:
        # The session keeps the deck it started with; the facilitator only needs to know the files moved on.
        watcher = getattr(self.deck_window, "watcher", None)
        trouble = self._start.trouble if self._start is not None else None
        if self.deck is None and trouble is not None and trouble.isVisibleTo(self._start):
            trouble.show_trouble(watcher.folder, watcher.problems, self._fallback)  # still broken: its problems now
            return
        if self.console is None or self.controller is None or watcher is None or watcher.folder is None:
            return
        if Path(watcher.folder).resolve() == Path(self.controller.deck.root).resolve():
            self.console.deck_banner.show_changed()

    # -- a deck given with problems --------------------------------------------------------------

    def show_deck_trouble(self) -> None:
        """The deck given at launch has problems: the start screen says which, and offers to fix it in
        the deck window (built, not shown, already watching its files: fixed and saved, the start screen
        completes) or to run the workshop now on the last deck that loaded, else the bundled one."""
        from bataille.ui.start.fallback import fallback_deck

        watcher = self.deck_window.watcher
        self._fallback = fallback_deck(self.settings.last_good_deck, Path(watcher.folder))
        self.start.show_deck_trouble(watcher.folder, watcher.problems, self._fallback)
        self.show_start()
        self.start.raise_()

    def fix_deck(self) -> None:
        """The deck window, in the editor, at the deck's first problem."""
        window = self.deck_window
        window.show()
        window.raise_()
        window.activateWindow()
        window.edit_first_problem()

    def use_fallback_deck(self) -> None:
        """Run the workshop on the deck offered in place of the broken one; the broken files stay as
        they are (the deck window still watches them: fixed, they take its place, as any deck saved there)."""
        from bataille.ui.start.window import fill

        fallback, broken = self._fallback, getattr(self.deck_window.watcher, "folder", "")
        if fallback is None or self.deck is not None:
            return
        self.set_first_deck(fallback.deck)
        lang = self.translations.language
        title = fallback.deck.title.get(lang if lang in fallback.deck.languages else fallback.deck.languages[0])
        self.start.show_message(fill(self.tr("The workshop runs on “%1”. The deck in %2 was left as it is, with "
                                             "its problems."), title, broken), error=False)
        self.start.start_button.setFocus()
        self.app_actions.show_welcome_on_first_run()

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
    """Show the start screen at once, then read the deck (``deck_path``, default the bundled one) and
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
        launcher.app_actions.show_welcome_on_first_run()

    launcher.start.firstPainted.connect(read_deck)
    launcher.show_start()
    return launcher
