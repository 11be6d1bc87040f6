"""`bataille --session FILE` shows the console at once, then reads the deck and the file and fills in.

The console and the stage are painted before the deck, the session file or the workshop's rules
are read or even imported (a fast start: benchmarks/bench_startup.py); once painted, the console
reads them and shows the session. A file that cannot be opened ends on the start screen, which
says why, and the console goes; a deck with problems ends there too, which lists them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bataille.ui.app import Application
from bataille.ui.start.launch import open_console_first

NOT_BEFORE_THE_FIRST_PAINT = (
    "bataille.deck", "bataille.workshop", "bataille.storage", "bataille.ui.controller",
    "bataille.ui.console.phase_panel", "bataille.ui.stage.layout", "bataille.ui.dialogs", "yaml", "sqlite3",
)


def test_the_console_shows_before_the_session_is_read_then_fills_in(qtbot, qapp, session_file: Path,
                                                                     tmp_path: Path) -> None:
    path = session_file
    application = Application(qapp, "fr")
    application.settings.last_good_deck = ""
    try:
        console = open_console_first(application, str(path))  # closed below: the launcher deletes it then
        # Shown at once, saying what it does; no session, no panel yet.
        assert console.isVisible() and console.controller is None
        assert console.opening.text() == '<p align="center">Ouverture de la séance…</p>'
        assert console.windowTitle() == "Bataille IA — Console"
        assert not hasattr(console, "phase") and application.deck is None
        console.grab().save(str(tmp_path / "first-paint.png"))
        # Once painted: the deck, the file, the panels; the same window, no other one.
        qtbot.waitUntil(lambda: console.controller is not None, timeout=10_000)
        assert application.deck is not None and console.controller.session.store.path == path
        # The deck that opened it is the one offered when a deck given later has problems.
        assert application.settings.last_good_deck == str(application.deck.root)
        assert [t.name for t in console.controller.state.teams] == ["Les Hiboux", "Les Loutres"]
        qtbot.waitUntil(console.phase.isVisible, timeout=5_000)  # shown on the event loop's next turn
        assert console.opening is None and console.isVisible()
        deck_title = console.controller.deck.title.get("fr")
        assert console.windowTitle() == f"{path.stem} — {deck_title} — Console"  # the session it opened, by name
        assert application.launcher.console is console
        assert application.launcher._start is None  # the start screen is built when first needed
        assert console.stage.controller is console.controller  # the stage draws the session too
        console.close()
        assert application.launcher.start.isVisible()  # as after any session: back to the start screen
    finally:
        application.translations.uninstall()


def test_a_file_that_cannot_be_opened_ends_on_the_start_screen(qtbot, qapp, tmp_path: Path) -> None:
    path = tmp_path / "notes.bataille"
    path.write_text("not a session\n", encoding="utf-8")
    application = Application(qapp, "fr")
    try:
        console = open_console_first(application, str(path))
        qtbot.addWidget(console)
        qtbot.waitUntil(lambda: getattr(application, "launcher", None) is not None, timeout=10_000)
        start = application.launcher.start
        qtbot.addWidget(start)
        qtbot.waitUntil(lambda: not console.isVisible(), timeout=5_000)
        assert start.isVisible() and start.message_bar.isVisible()
        assert "notes.bataille" in start.message.text()
        assert application.launcher.console is None and path.read_text(encoding="utf-8") == "not a session\n"
        if application.launcher.app_actions.dialog is not None:  # the first run's welcome
            application.launcher.app_actions.dialog.close()
    finally:
        application.translations.uninstall()


def test_a_deck_with_problems_ends_on_the_start_screen_that_lists_them(qtbot, qapp, small_deck: Path,
                                                                      tmp_path: Path) -> None:
    (small_deck / "cards" / "broken.yaml").write_text("cards: [unclosed\n", encoding="utf-8")
    application = Application(qapp, "fr")
    try:
        console = open_console_first(application, str(tmp_path / "any.bataille"), small_deck)
        qtbot.addWidget(console)
        qtbot.waitUntil(lambda: application.deck_window is not None, timeout=10_000)
        qtbot.addWidget(application.deck_window)
        qtbot.waitUntil(lambda: not console.isVisible(), timeout=5_000)
        start = application.launcher.start
        qtbot.addWidget(start)
        assert application.deck is None and not application.deck_window.isVisible()
        assert start.isVisible() and start.trouble.isVisible() and start.trouble.fix_button.isVisible()
    finally:
        application.translations.uninstall()
        if application.deck_window is not None:
            application.deck_window.close()


def test_nothing_of_the_deck_or_the_session_is_imported_before_the_console_paints(tmp_path: Path) -> None:
    # A fresh process: console and stage shown and painted as `bataille --session FILE` does first.
    script = (
        "import sys, PySide6.QtCore as core\n"
        "from bataille.ui.app import create_application\n"
        "from bataille.ui.start.launch import new_console\n"
        "from bataille.ui.settings import Settings\n"
        "app = create_application([], icon=False)\n"  # as the app does: the icon once painted
        "console = new_console(Settings())\n"
        "console.resize(1366, 768); console.show(); console.stage.present(console.screen())\n"
        "app.processEvents()\n"
        "assert not console.grab().isNull() and not console.stage.grab().isNull()\n"
        f"print([m for m in {NOT_BEFORE_THE_FIRST_PAINT!r} if m in sys.modules])\n"
        "print('Qt' in vars(core))\n"
        "from bataille.ui.app import set_app_icon\n"  # once painted, as the app does
        "set_app_icon(app)\n"
        "print(sorted(s.width() for s in app.windowIcon().availableSizes()))\n"
        "print('libQt6Svg' in open('/proc/self/maps').read())\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               BATAILLE_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True,
                          timeout=120)
    imported, qt_namespace, icon_sizes, svg_library = done.stdout.split("\n")[:4]
    assert imported == "[]"
    assert qt_namespace == "False"  # Qt's namespace of enums (~15 ms) waits for the session
    # The window icon, drawn by the deck's icon reader: Qt's SVG library is never loaded.
    assert icon_sizes == "[16, 32, 64, 256]" and svg_library == "False"


def test_a_window_gone_before_its_first_paint_signal_leaves_nothing_behind(qtbot, qapp) -> None:
    """The first-paint signal is queued with its window: a console (or start screen) deleted before
    the queue runs takes it along, instead of raising "Signal source has been deleted" later."""
    import shiboken6
    from PySide6.QtCore import QTimer

    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.settings import Settings
    from bataille.ui.start.window import StartWindow

    for window in (ConsoleWindow(settings=Settings()), StartWindow(None, "fr")):
        window.show()
        window.grab()  # painted now (into a picture): the signal is queued
        assert window.painted if isinstance(window, ConsoleWindow) else window._painted
        if isinstance(window, ConsoleWindow):
            window.stage.close()
        shiboken6.delete(window)
    late: list[str] = []
    QTimer.singleShot(20, lambda: late.append("after"))
    qtbot.waitUntil(lambda: late == ["after"])  # the queue ran; pytest-qt fails on any exception in it


def test_the_console_fills_a_laptop_screen_even_with_nothing_to_maximise_it(qtbot, qapp, monkeypatch) -> None:
    """Under a bare X session or a kiosk (no window manager), showMaximized does nothing: the
    console is given the screen's size first, rather than opening at its smallest."""
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.settings import Settings
    from bataille.ui.start.launch import show_console

    console = ConsoleWindow(settings=Settings())
    qtbot.addWidget(console)
    qtbot.addWidget(console.stage)
    monkeypatch.setattr(console, "showMaximized", console.show)  # what a missing window manager amounts to
    available = console.screen().availableGeometry()
    assert available.width() <= 1440  # a laptop's screen (the offscreen one is 800x600)
    show_console(console)
    assert console.isVisible() and console.size() == available.size()
