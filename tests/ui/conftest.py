"""Fixtures for the widget tests: isolated settings and data folder, a small deck, built .qm files."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests use Qt through pytest-qt too, not only through bataille.ui: protect None's reference
# count from the PySide6 6.12 bug first (see bataille/ui/qt_workarounds.py).
import bataille.ui  # noqa: F401
from bataille.ui import i18n_build
from bataille.ui.deck_window.window import DeckWindow
from bataille.ui.i18n import Translations
from bataille.ui.settings import Settings, use_settings_folder

SMALL_DECK = Path(__file__).parent / "data" / "small-deck"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets empty settings and its own data folder, never the user's."""
    folder = tmp_path / "settings"
    use_settings_folder(folder)
    monkeypatch.setenv("BATAILLE_DATA_DIR", str(tmp_path / "data"))
    return folder


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translations compiled from the .ts files in git, as `make translations` does."""
    folder = tmp_path_factory.mktemp("qm")
    i18n_build.release(output_dir=folder)
    return folder


@pytest.fixture
def small_deck(tmp_path: Path) -> Path:
    """A copy of a four-card deck (two themes, one timeline event) that a test may edit."""
    folder = tmp_path / "small-deck"
    shutil.copytree(SMALL_DECK, folder)
    return folder


@pytest.fixture
def other_deck(tmp_path: Path, small_deck: Path) -> Path:
    """A second deck: the small deck under another id and title."""
    folder = tmp_path / "other-deck"
    shutil.copytree(small_deck, folder)
    deck_file = folder / "cards" / "deck.yaml"
    deck_file.write_text(deck_file.read_text(encoding="utf-8").replace("id: small-deck", "id: other-deck")
                         .replace("Petit jeu d'essai", "Autre jeu"), encoding="utf-8")
    return folder


@pytest.fixture
def translations(qapp, qm_folder: Path) -> Iterator[Translations]:
    translations = Translations(folder=qm_folder)
    translations.set_language("fr")
    yield translations
    translations.uninstall()


@pytest.fixture
def window(qtbot, translations: Translations, small_deck: Path) -> DeckWindow:
    """The deck window on the small deck, in French."""
    window = DeckWindow(translations, Settings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.open_deck(small_deck)
    window.show()
    return window


@pytest.fixture(scope="session")
def bundled_deck():
    from bataille.deck import bundled_deck_path, load_deck

    return load_deck(bundled_deck_path())


def open_console(qtbot, deck, names=("Les Hiboux", "Les Loutres"), minutes: int | None = 60, path: Path | None = None):
    """A console at 1366x768 on a started French session of ``names`` (no phase yet), in front; in
    memory, or in the session file ``path`` (the caller closes it)."""
    from PySide6.QtWidgets import QApplication

    from bataille.storage import new_session
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController
    from bataille.workshop import ManualClock, MemoryStore, Session

    if path is None:
        session = Session.create(deck, MemoryStore(), ManualClock(), "fr", agenda_minutes=minutes)
    else:
        session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=minutes)
    for name in names:
        session.add_team(name)
    session.start()
    window = ConsoleWindow(SessionController(session))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


@pytest.fixture
def console(qtbot, translations, bundled_deck):
    """A console at 1366x768 on a started French session of two teams (no phase yet), in front."""
    window = open_console(qtbot, bundled_deck)
    yield window
    window.phones.turn_off()  # the phones' server never outlives its console
