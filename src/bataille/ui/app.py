"""Application set-up and the GUI entry point used by ``bataille`` (see bataille.cli)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from bataille.cli import gui_options
from bataille.ui.fonts import apply_app_font
from bataille.ui.i18n import Translations, resolve_language
from bataille.ui.identity import APPLICATION_DISPLAY_NAME, set_identity
from bataille.ui.paths import assets_dir
from bataille.ui.settings import Settings

ICON_SIZES = (16, 32, 64, 256)  # the window manager scales between them

if TYPE_CHECKING:
    from bataille.deck.models import Deck
    from bataille.ui.deck_window.window import DeckWindow


def create_application(qt_argv: list[str] | None = None, icon: bool = True) -> QApplication:
    """The QApplication with our names, icon and hyperlegible font (reused if it exists).

    ``icon`` False leaves the icon to :func:`set_app_icon`: the app sets it once its first window is
    painted (drawing it reads the SVG with the deck's icon reader, which imports the deck package).
    """
    set_identity()
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "bataille", *(qt_argv or [])])
    QGuiApplication.setApplicationDisplayName(APPLICATION_DISPLAY_NAME)
    if icon:
        set_app_icon(app)
    apply_app_font(app)
    return app


def set_app_icon(app: QApplication) -> None:
    """Every window's icon: the app's SVG icon from the assets, when they are there.

    Drawn by the deck's own icon reader (ui/icon_paint.py) at a few sizes rather than by Qt's
    SVG plugin, which would load Qt's SVG library for this one picture (0.7 MiB resident).
    """
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QIcon, QPainter, QPixmap

    from bataille.ui.icon_paint import paint_icon

    assets = assets_dir()
    path = assets / "app-icon.svg" if assets else None
    if path is None or not path.is_file():
        return
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        drawn = paint_icon(painter, path, QRectF(0, 0, size, size))
        painter.end()
        if drawn:
            icon.addPixmap(pixmap)
    if not icon.isNull():
        app.setWindowIcon(icon)


class Application:
    """What lives as long as the app: settings, translations, the deck and the open windows."""

    def __init__(self, app: QApplication, language: str | None = None) -> None:
        self.qt = app
        self.settings = Settings()
        self.translations = Translations(parent=app)
        self.translations.set_language(language or resolve_language(self.settings.language))
        self.deck: Deck | None = None
        self.deck_gone: Path | None = None  # the deck taken last time, no longer there (open_deck)
        # The deck browser is built when it is needed (problems to show, or "Browse the deck"):
        # the start screen does not show it, and it costs a third of the start-up time.
        self.deck_window: DeckWindow | None = None

    def open_deck(self, path: Path | None) -> None:
        """Load the deck (by default the one the start screen took last time, else the bundled one);
        on problems, the deck window reads them (built, not shown: the start screen lists them, and
        shows the window to fix them). A deck remembered and gone (a USB stick) leaves the bundled one
        and ``deck_gone`` says which it was."""
        from bataille.deck import bundled_deck_path, load_deck
        from bataille.deck.folder import MANIFEST

        self.deck_gone = None
        if path is None and self.settings.last_good_deck:
            remembered = Path(self.settings.last_good_deck)
            if (remembered / MANIFEST).is_file():
                path = remembered  # the teacher's own deck, as they left it
            else:
                self.deck_gone = remembered
        path = path if path is not None else bundled_deck_path()
        try:
            self.deck = load_deck(path)
        except Exception:  # noqa: BLE001 - DeckError, OSError or a loader bug: the deck window says which
            self.deck = None
            self.deck_window_on(path)

    def deck_window_on(self, path: Path | None = None) -> DeckWindow:
        """The deck window on ``path`` (default: the deck open), built on first use, not shown."""
        from bataille.ui.deck_window.window import DeckWindow  # after the QApplication exists

        if self.deck_window is None:
            self.deck_window = DeckWindow(self.translations, self.settings)
            folder = path if path is not None else (self.deck.root if self.deck is not None else None)
            if folder is not None:
                self.deck_window.open_deck(folder)
        return self.deck_window


NO_DISPLAY = {
    "fr": "Aucun écran n’est disponible (ni DISPLAY ni WAYLAND_DISPLAY) : lancez Bataille IA depuis une "
          "session graphique, ou imprimez et exportez avec les commandes (bataille --help).",
    "en": "No screen is available (neither DISPLAY nor WAYLAND_DISPLAY): start Bataille IA from a desktop "
          "session, or print and export with the commands (bataille --help).",
}


def display_problem(env: dict[str, str], platform: str, qt_argv: list[str], lang: str) -> str | None:
    """One sentence when Qt would find no screen to open a window on (instead of Qt's abort)."""
    if not platform.startswith("linux") or env.get("QT_QPA_PLATFORM") or "-platform" in qt_argv:
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY["fr" if lang == "fr" else "en"]


def main(argv: list[str] | None = None) -> int:
    """Start the GUI (``argv`` without the program name: --deck PATH, --lang fr|en)."""
    try:  # our options; the rest is Qt's (-platform, -style…)
        args, qt_argv = gui_options(list(sys.argv[1:] if argv is None else argv))
    except ValueError as error:
        print(f"bataille: {error}", file=sys.stderr)
        return 2
    deck = None if args.deck is None else Path(args.deck)
    if args.self_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    problem = display_problem(dict(os.environ), sys.platform, qt_argv, resolve_language(args.lang or ""))
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = create_application(qt_argv, icon=False)  # the icon once the first window is painted
    if args.self_test:  # console and stage on a fresh temporary session (bataille.ui.selftest)
        from bataille.ui.selftest import run as run_self_test

        return run_self_test(app, args.lang, deck, painted=lambda: set_app_icon(app))
    application = Application(app, args.lang)
    from bataille.ui.start.launch import (  # the start screen, or --session FILE
        open_console_first,
        open_start_screen,
    )

    if args.session is None:  # shown at once; the deck, the recent sessions and the icon once it is painted
        launcher = open_start_screen(application, deck)
        launcher.start.firstPainted.connect(lambda: set_app_icon(app))
        return app.exec()
    # --session FILE: the console shown at once; the deck, the file and the icon once it is painted
    console = open_console_first(application, args.session, deck)
    console.firstPainted.connect(lambda: set_app_icon(app))
    return app.exec()
