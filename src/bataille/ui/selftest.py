"""``bataille --self-test``: the app, offscreen, on the bundled deck and a fresh temporary session.

Paints the console and the stage once, closes them, prints OK and returns 0; any failure
prints its reason and returns 1 (a packaged build runs this to prove it starts).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication


def _fail(reason: str) -> int:
    print(f"FAILED: {reason}")
    return 1


def run(app: QApplication, language: str | None = None, deck_path: Path | None = None) -> int:
    """Open a temporary session, paint both windows once, close everything; 0 when all drew."""
    from bataille.deck import DeckError, bundled_deck_path, load_deck
    from bataille.ui.i18n import Translations, resolve_language
    from bataille.ui.settings import Settings
    from bataille.ui.start.launch import SessionOpenError, create_session
    from bataille.ui.start.window import NewSessionRequest

    translations = Translations(parent=app)
    translations.set_language(language or resolve_language(Settings().language))
    try:
        deck = load_deck(deck_path or bundled_deck_path())
    except DeckError as error:
        return _fail("; ".join(str(p) for p in error.problems[:3]))
    with tempfile.TemporaryDirectory(prefix="bataille-self-test-") as folder:
        request = NewSessionRequest(translations.language, 90, (("A", "#E69F00"), ("B", "#56B4E9")))
        try:
            session = create_session(deck, request, Path(folder) / "self-test.bataille")
        except SessionOpenError as error:
            return _fail(str(error))
        return _paint(app, session, Settings())


def _paint(app: QApplication, session, settings) -> int:
    from bataille.ui.console.window import ConsoleWindow
    from bataille.ui.controller import SessionController

    controller = SessionController(session)
    console = ConsoleWindow(controller, settings)
    try:
        console.resize(1366, 768)
        console.show()
        console.stage.present(console.screen())  # as the app does: 1280×720 without a projector
        app.processEvents()
        # One image at a time: each is a screenful of pixels, and nothing keeps them.
        if console.grab().isNull() or console.stage.grab().isNull():
            return _fail("a window could not be painted")
        if console.stage.scene is None or not console.stage.scene.texts():
            return _fail("the stage drew nothing")
    finally:
        console.close()
        controller.close()
    print("OK")
    sys.stdout.flush()
    return 0
