"""Which deck the next session runs on: "Other deck…", "Browse the cards", the deck window's saves,
and a deck given at launch with problems (fix it in the deck editor, or run on the deck offered).

A session already running keeps the deck it started with; only the console hears that its files
moved on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bataille.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from bataille.deck.models import Deck

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class DeckChoice:
    """Mixed into Launcher (which has ``start``, ``settings``, ``translations``, ``deck``,
    ``deck_window``, ``console`` and ``controller``)."""

    _broken_choice: Path | None = None  # a deck "Other deck…" chose that has problems, while the bar shows them

    # -- "Other deck…" and "Browse the cards" ----------------------------------------------------

    def choose_deck(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from bataille.deck import DeckError, load_deck

        folder = QFileDialog.getExistingDirectory(self.start, translate("Launcher", "Open a deck folder"),
                                                  self.settings.last_deck_folder or str(self.deck.root))
        if not folder:
            return
        try:
            deck = load_deck(Path(folder))
        except DeckError as error:
            self._show_broken_choice(Path(folder), list(error.problems))
            return
        if not self._show_in_deck_window(deck.root):
            return  # the deck window kept the unsaved edits of its deck: both stay on the deck they had
        self._broken_choice = None
        self.settings.last_deck_folder = folder
        self.settings.last_good_deck = str(deck.root)
        self.deck = deck
        self.start.set_deck(deck)
        self.start.show_message(translate("Launcher", "Deck loaded."), error=False)

    def _show_broken_choice(self, folder: Path, problems: list) -> None:
        """"Other deck…" chose a deck with problems: the start screen's bar lists every one, as for a deck
        given at launch, with the ways out: fix it in the deck editor (saved, the next session starts on
        it), or keep the deck the start screen had, which stays chosen meanwhile."""
        from bataille.ui.start.fallback import Fallback

        self._broken_choice = folder
        self._fallback = Fallback(self.deck, remembered=True)
        self.start.show_message("")
        self.start.show_deck_trouble(folder, problems, self._fallback)

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
            self._broken_choice = None  # a deck "Other deck…" chose with problems, fixed: its bar goes
            self.deck = deck
            self.settings.last_good_deck = str(deck.root)
            if self._start is not None:
                self._start.set_deck(deck)
            return
        self.set_first_deck(deck)
        if self.console is None:
            fit_to_screen(self.start, 1200, 700)
            self.start.show()
            self.start.raise_()
            self.start.activateWindow()
        self.app_actions.show_welcome_on_first_run()

    def _on_deck_files_changed(self, _problems: list) -> None:
        # The session keeps the deck it started with; the facilitator only needs to know the files moved on.
        watcher = getattr(self.deck_window, "watcher", None)
        trouble = self._start.trouble if self._start is not None else None
        broken = self.deck is None or (self._broken_choice is not None and watcher.folder is not None
                                       and Path(watcher.folder).resolve() == self._broken_choice.resolve())
        if broken and trouble is not None and trouble.isVisibleTo(self._start):
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
        """The deck window, in the editor, at the deck's first problem (the deck "Other deck…" chose with
        problems: the deck window moves to it first, or is built on it)."""
        from bataille.ui.deck_window.window import DeckWindow

        broken = self._broken_choice
        if broken is not None and self.deck_window is None:
            self.deck_window = DeckWindow(self.translations, self.settings)
            self.deck_window.open_deck(broken)
        elif broken is not None and not self._show_in_deck_window(broken):
            return  # the deck window kept the unsaved edits of its deck
        self._follow_deck_window()
        window = self.deck_window
        window.show()
        window.raise_()
        window.activateWindow()
        window.edit_first_problem()

    def use_fallback_deck(self) -> None:
        """Run the workshop on the deck offered in place of the broken one; the broken files stay as
        they are (the deck window still watches them: fixed, they take its place, as any deck saved there)."""
        if self._broken_choice is not None and self.deck is not None:  # "Other deck…" chose a broken deck
            self._keep_deck()
            return
        fallback, broken = self._fallback, getattr(self.deck_window.watcher, "folder", "")
        if fallback is None or self.deck is not None:
            return
        self.set_first_deck(fallback.deck)
        self._say_runs_on(fallback.deck, broken)
        self.app_actions.show_welcome_on_first_run()

    def _keep_deck(self) -> None:
        """The deck "Other deck…" chose has problems, and the start screen keeps the deck it had."""
        broken, self._broken_choice = self._broken_choice, None
        if self.start.trouble is not None:
            self.start.trouble.hide()
        self.start.set_deck(self.deck)
        self._say_runs_on(self.deck, broken)

    def _say_runs_on(self, deck, broken) -> None:
        """The start screen says which deck the workshop runs on, the broken one left as it is."""
        from bataille.ui.start.window import fill

        lang = self.translations.language
        title = deck.title.get(lang if lang in deck.languages else deck.languages[0])
        said = translate("Launcher", "The workshop runs on “%1”. The deck in %2 was left as it is, with "
                                     "its problems.")
        self.start.show_message(fill(said, title, broken), error=False)
        self.start.start_button.setFocus()
