"""``bataille --self-test``: the app, offscreen, on the bundled deck and a fresh temporary session.

It goes the way a session opens in the app: the console and the stage are shown and painted
first (:func:`show_windows`), then the deck is read, the session created and both windows drawn
again with it (:func:`fill`). It closes them, prints OK and returns 0; any failure prints its
reason and returns 1 (a packaged build runs this to prove it starts).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.settings import Settings


def _fail(reason: str) -> int:
    print(f"FAILED: {reason}")
    return 1


def run(app: QApplication, language: str | None = None, deck_path: Path | None = None,
        painted: Callable[[], None] | None = None) -> int:
    """Open a temporary session, paint both windows, close everything; 0 when all drew. ``painted``
    runs once both are first painted, as the app's own start does then (it sets the app's icon)."""
    from bataille.ui.i18n import Translations, resolve_language
    from bataille.ui.settings import Settings

    settings = Settings()
    translations = Translations(parent=app)
    translations.set_language(language or resolve_language(settings.language))
    console = show_windows(app, settings)
    try:
        if console is None:
            return _fail("a window could not be painted")
        return fill(app, console, translations.language, deck_path, painted)
    finally:
        if console is not None and console.controller is None:  # the session never opened
            console.close()


def show_windows(app: QApplication, settings: Settings) -> ConsoleWindow | None:
    """The console and the stage shown and painted before anything is read; None if one drew nothing."""
    from bataille.ui.console.window import ConsoleWindow

    console = ConsoleWindow(settings=settings)
    console.resize(1366, 768)
    console.show()
    console.stage.present(console.screen())  # as the app does: 1280×720 without a projector
    app.processEvents()
    # Painted on screen (counted, not grabbed: fill grabs each once, and a grab is a screenful of pixels).
    return console if console.painted and console.stage.paints else None


def fill(app: QApplication, console: ConsoleWindow, language: str, deck_path: Path | None = None,
         painted: Callable[[], None] | None = None) -> int:
    """What comes once both windows are painted: ``painted``, then the deck read, the session created
    in a temporary folder, both windows drawn with it and closed."""
    from bataille.deck import DeckError, bundled_deck_path, load_deck
    from bataille.ui.controller import SessionController
    from bataille.ui.start.request import NewSessionRequest
    from bataille.ui.start.session_files import SessionOpenError, create_session

    if painted is not None:
        painted()
    try:
        deck = load_deck(deck_path or bundled_deck_path())
    except DeckError as error:
        return _fail("; ".join(error.lines(language)[:3]))  # in the app's language, as validate says them
    with tempfile.TemporaryDirectory(prefix="bataille-self-test-") as folder:
        request = NewSessionRequest(language, 90, (("A", "#E69F00"), ("B", "#56B4E9")))
        try:
            session = create_session(deck, request, Path(folder) / "self-test.bataille")
        except SessionOpenError as error:
            return _fail(str(error))
        controller = SessionController(session)
        try:
            console.open(controller)
            app.processEvents()
            # One image at a time: each is a screenful of pixels, and nothing keeps them.
            if console.grab().isNull() or console.stage.grab().isNull():
                return _fail("a window could not be painted")
            if console.stage.scene is None or not console.stage.scene.texts():
                return _fail("the stage drew nothing")
        finally:  # before the temporary folder goes
            console.close()
            controller.close()
    print("OK")
    sys.stdout.flush()
    return 0
