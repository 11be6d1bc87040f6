"""Fixtures for the widget tests: isolated settings and data folder, a small deck, built .qm files."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
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
def app_font(qapp):
    """The app's own font (Atkinson Hyperlegible, from the assets), as the app's windows have it."""
    from PySide6.QtGui import QFont

    from bataille.ui.fonts import MIN_POINT_SIZE, hyperlegible_family, load_app_fonts

    family = hyperlegible_family(load_app_fonts())
    assert family, "the app's font is in assets/fonts"
    font = QFont(qapp.font())  # as bataille.ui.fonts.apply_app_font makes it
    font.setFamily(family)
    font.setPointSizeF(max(font.pointSizeF(), MIN_POINT_SIZE))
    return font


@pytest.fixture
def in_app_font(qapp, app_font):
    """The app's own font for the windows made meanwhile, as the app sets it before any window (a
    font set on one window afterwards lays it out otherwise: a test must not measure that)."""
    before = qapp.font()
    qapp.setFont(app_font)
    yield app_font
    qapp.setFont(before)


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
    from bataille.storage import new_session
    from bataille.workshop import ManualClock, MemoryStore, Session

    if path is None:
        session = Session.create(deck, MemoryStore(), ManualClock(), "fr", agenda_minutes=minutes)
    else:
        session = new_session(path, deck, ManualClock(), "fr", agenda_minutes=minutes)
    for name in names:
        session.add_team(name)
    session.start()
    return console_on(qtbot, session)


def console_on(qtbot, session):
    """A console at 1366x768 on ``session`` (a new one, or a session file opened again), in front."""
    from PySide6.QtWidgets import QApplication

    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController

    window = ConsoleWindow(SessionController(session))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def stage_on(qtbot, deck, font, lang: str, names):
    """A stage window (not shown) on a started session of ``names`` in ``lang``, in ``font``."""
    from bataille.ui.controller import SessionController
    from bataille.ui.stage.window import StageWindow
    from bataille.workshop import ManualClock, MemoryStore, Session

    session = Session.create(deck, MemoryStore(), ManualClock(), lang)
    for name in names:
        session.add_team(name)
    session.start()
    stage = StageWindow(SessionController(session))
    qtbot.addWidget(stage)
    stage.setFont(font)
    return stage


def deliberately(qtbot, widget) -> None:
    """Before a press of "next" that a person makes after looking at what the last press did (counts
    typed, the shift read): later than a double-click, whose second click the console takes as part
    of the first (console/presses.py). Waits for what is left of that double-click, if anything."""
    from PySide6.QtWidgets import QApplication

    pace = getattr(widget.window(), "pace", None)
    if pace is not None:
        qtbot.waitUntil(lambda: not pace.holds(), timeout=QApplication.doubleClickInterval() + 2000)


def go_to_phase(controller, phase_id: str = "debates") -> None:
    """The phases before ``phase_id`` skipped, then ``phase_id`` started: a facilitator going straight to it."""
    for phase in controller.state.agenda.phases:
        if phase.id == phase_id:
            break
        controller.act(controller.session.skip_phase, phase.id)
    controller.act(controller.session.start_phase, phase_id)


@pytest.fixture
def console(qtbot, translations, bundled_deck):
    """A console at 1366x768 on a started French session of two teams (no phase yet), in front."""
    window = open_console(qtbot, bundled_deck)
    yield window
    window.phones.turn_off()  # the phones' server never outlives its console


@pytest.fixture
def file_console(qtbot, translations, bundled_deck, tmp_path):
    """A French console on two teams, its session in a real session file (SQLite)."""
    window = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    yield window
    window.phones.turn_off()  # the phones' server never outlives its console
    window.controller.close()


@pytest.fixture
def session_file(tmp_path: Path) -> Path:
    """A session file on the bundled deck, in French: two teams, the workshop started."""
    from bataille.deck import bundled_deck_path, load_deck
    from bataille.storage import close_session, new_session
    from bataille.workshop import SystemClock

    path = tmp_path / "atelier.bataille"
    session = new_session(path, load_deck(bundled_deck_path()), SystemClock(), "fr")
    session.add_team("Les Hiboux", "#E69F00")
    session.add_team("Les Loutres", "#56B4E9")
    session.start()
    close_session(session)
    return path


@contextmanager
def _server(command: list[str], what: str) -> Iterator[str]:
    """Start ``command``, which writes its address on the pipe it is given ("{fd}"); stop it after."""
    read, write = os.pipe()
    command = [part.replace("{fd}", str(write)) for part in command]
    server = subprocess.Popen(command, pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        line = answer.readline().strip()  # written once the server accepts clients
    try:
        assert line, f"{what} did not start"
        yield line
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def x_server() -> Iterator[str]:
    """A display of its own: a real X server (Xvfb) with one 1366×768 screen, a laptop's."""
    if not (shutil.which("Xvfb") and shutil.which("xrandr")):
        pytest.skip("Xvfb and xrandr are needed (make test installs them)")
    with _server(["Xvfb", "-displayfd", "{fd}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                 "Xvfb") as display:
        yield f":{display}"


@pytest.fixture
def session_bus() -> Iterator[str]:
    """The address of a D-Bus session bus of its own (dbus-daemon), as a desktop session has."""
    if not shutil.which("dbus-daemon"):
        pytest.skip("dbus-daemon is needed (make test installs it)")
    with _server(["dbus-daemon", "--session", "--nofork", "--print-address={fd}"], "dbus-daemon") as address:
        yield address


@pytest.fixture
def make_launcher(qtbot, translations):
    """``make_launcher(deck, shown=True)``: the app's launcher (start screen, then console and deck
    window) on ``deck``, the start screen shown; whatever it opened is closed after the test, the
    deck window without asking about unsaved edits."""
    from bataille.ui.start.launch import Launcher

    made = []

    def make(deck, shown: bool = True):
        launcher = Launcher(translations, Settings(), deck)
        qtbot.addWidget(launcher.start)
        if shown:
            launcher.show_start()
        made.append(launcher)
        return launcher

    yield make
    for launcher in made:
        if launcher.console is not None:
            launcher.console.close()
        if launcher.deck_window is not None:
            launcher.deck_window.editing.draft = None  # closed without asking
            launcher.deck_window.close()


@pytest.fixture
def stack():
    """Where a test's phones (WebSocket clients) are entered: every socket closes with the test."""
    with ExitStack() as stack:
        yield stack
