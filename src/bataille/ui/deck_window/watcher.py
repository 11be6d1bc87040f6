"""Keeps the deck in step with its files: reloads after an edit, keeps the last good deck.

Editors save by writing a new file and renaming it over the old one, which silently drops
it from QFileSystemWatcher; so every path is watched again after each change. Bursts of
change signals (one save can send several) are merged by a single-shot timer: no timer
runs while nothing changes, so an idle app uses no CPU.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from bataille.deck import Deck, DeckError, Problem, deck_files, find_deck_root, load_deck

RELOAD_DELAY_MS = 250


def deck_folder_of(path: Path) -> Path:
    """The deck folder for what the user named (folder, cards/ or deck.yaml), even if broken."""
    try:
        return find_deck_root(path)
    except DeckError:
        path = Path(path).expanduser().resolve()
        return path.parent if path.is_file() else path


class DeckWatcher(QObject):
    """Loads the deck of one folder and reloads it whenever its files change on disk."""

    deckLoaded = Signal(object)  # Deck: a new good deck to show
    problemsFound = Signal(list)  # list[Problem | str]: the deck on disk is invalid; the last good one stays

    def __init__(self, parent: QObject | None = None, delay_ms: int = RELOAD_DELAY_MS) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        self._deck: Deck | None = None
        self._problems: list[Problem | str] = []
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_change)
        self._watcher.directoryChanged.connect(self._on_change)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.reload)

    @property
    def folder(self) -> Path | None:
        return self._folder

    @property
    def deck(self) -> Deck | None:
        """The last deck that loaded without problems (None if none did yet)."""
        return self._deck

    @property
    def problems(self) -> list[Problem | str]:
        """What is wrong with the files on disk now (empty when the shown deck is current)."""
        return list(self._problems)

    def open(self, path: Path) -> Deck | None:
        """Switch to the deck at ``path`` and load it now; the previous folder's deck is dropped."""
        self._timer.stop()
        self._folder = deck_folder_of(Path(path))
        self._deck = None
        return self.reload()

    def reload(self) -> Deck | None:
        """Read the deck files again; on success emit deckLoaded, otherwise problemsFound."""
        self._timer.stop()
        if self._folder is None:
            return None
        try:
            deck = load_deck(self._folder)
        except DeckError as error:
            self._problems = list(error.problems) or [str(error)]
        except OSError as error:
            self._problems = [f"{error.filename or self._folder}: {error.strerror or error}"]
        except Exception as error:  # a loader bug must not close the app in front of a class
            traceback.print_exc(file=sys.stderr)
            self._problems = [f"{self._folder}: unexpected error while reading the deck: {error!r}"]
        else:
            self._deck, self._problems = deck, []
        self._watch()
        if self._problems:
            self.problemsFound.emit(self.problems)
        else:
            self.deckLoaded.emit(self._deck)
        return self._deck

    def _watch(self) -> None:
        """Watch the deck folder, its YAML folders and files, and the theme icons (again)."""
        old = self._watcher.files() + self._watcher.directories()
        if old:
            self._watcher.removePaths(old)
        folder = self._folder
        if folder is None:
            return
        paths = [folder, folder / "cards", folder / "scenarios", folder / "assets" / "icons"]
        try:
            paths += deck_files(folder)
        except (DeckError, OSError):
            paths += sorted((folder / "cards").glob("*.yaml")) + sorted((folder / "scenarios").glob("*.yaml"))
        if self._deck is not None:
            paths += [self._deck.asset_path(theme.icon) for theme in self._deck.themes if theme.icon]
        existing = list(dict.fromkeys(str(p) for p in paths if p.exists()))
        if existing:
            self._watcher.addPaths(existing)

    def _on_change(self, _path: str) -> None:
        self._timer.start()  # restarts the wait: a burst of signals makes one reload
