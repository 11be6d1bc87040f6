"""The normal start shows the start screen first, then reads the deck and the recent sessions.

The start screen is painted before the deck, the session files and the workshop's rules are read
or even imported (a fast start: benchmarks/bench_startup.py); once painted it reads them and shows
them. A deck with problems: the start screen lists them (tests/ui/test_deck_trouble_at_launch.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.ui.app import Application
from bataille.ui.paths import sessions_dir
from bataille.ui.start.launch import open_start_screen
from bataille.workshop import SystemClock

NOT_BEFORE_THE_FIRST_PAINT = (
    "bataille.deck", "bataille.workshop", "bataille.storage", "bataille.ui.controller", "bataille.ui.console",
    "bataille.ui.dialogs", "bataille.ui.start.teams_editor", "yaml", "sqlite3", "dataclasses",
    "bataille.ui.marks",  # the painting classes it needs (QPainter, QPixmap…), once a warning shows
    "bataille.ui.start.claim_combo",  # QStyle and its enums, for the quick debate's list, once it has cards
)


def test_the_start_screen_shows_before_the_deck_then_fills_in(qtbot, qapp, tmp_path: Path) -> None:
    deck = load_deck(bundled_deck_path())
    session = new_session(sessions_dir() / "atelier.bataille", deck, SystemClock(), "fr")
    session.add_team("Les Hiboux", "#E69F00")
    close_session(session)
    application = Application(qapp, "fr")
    try:
        launcher = open_start_screen(application)
        start = launcher.start
        qtbot.addWidget(start)
        # Shown at once, saying what it waits for; nothing that needs the deck can be asked yet.
        assert start.isVisible() and start.deck is None and launcher.deck is None
        assert start.deck_label.text() == "Lecture du jeu…"
        assert start.teams is None and start.recent.count() == 0
        assert not any(b.isEnabled() for b in (start.start_button, start.quick_button, start.file_button,
                                                start.resume_button, start.deck_button, start.browse_button))
        assert not start.preferences_button.isEnabled() and launcher.app_actions is None
        start.grab().save(str(tmp_path / "first-paint.png"))
        # Once painted: the deck, the teams editor, the quick debate's cards and the recent sessions.
        qtbot.waitUntil(lambda: start.deck is not None, timeout=10_000)
        assert launcher.deck is application.deck and start.deck.id == deck.id
        assert start.deck_label.text().startswith("Jeu\u00a0: ") and str(len(deck.cards)) in start.deck_label.text()
        assert len(start.teams.rows) == 4 and start.teams.isVisible() and start.quick_card.count() > 0
        assert start.focusWidget() is start.deck_button  # where it is when the deck is read first
        assert all(b.isEnabled() for b in (start.start_button, start.quick_button, start.file_button,
                                            start.resume_button, start.deck_button, start.browse_button))
        assert start.preferences_button.isEnabled() and launcher.app_actions is not None
        assert [start.recent.item(i).text().split("\n")[0] for i in range(start.recent.count())] == [
                "atelier · Bataille IA"]
        assert launcher.app_actions.dialog is not None  # the first run's welcome, as before
        launcher.app_actions.dialog.close()
    finally:
        application.translations.uninstall()


def test_a_deck_with_problems_keeps_the_start_screen_which_lists_them(qtbot, qapp, small_deck: Path) -> None:
    # The deck window reads and watches the files, out of sight; the start screen says what is wrong.
    (small_deck / "cards" / "broken.yaml").write_text("cards: [unclosed\n", encoding="utf-8")
    application = Application(qapp, "fr")
    try:
        launcher = open_start_screen(application, small_deck)
        qtbot.addWidget(launcher.start)
        qtbot.waitUntil(lambda: application.deck_window is not None, timeout=10_000)
        qtbot.addWidget(application.deck_window)
        assert application.deck is None and launcher.start.deck is None
        assert launcher.start.isVisible() and not application.deck_window.isVisible()
        assert launcher.start.trouble.isVisible() and "broken.yaml:1:17: YAML invalide" in launcher.start.trouble.list.item(0).text()
        assert launcher.deck_window is application.deck_window
    finally:
        application.translations.uninstall()
        if application.deck_window is not None:
            application.deck_window.close()


def test_nothing_of_the_deck_or_the_sessions_is_imported_before_the_first_paint() -> None:
    # A fresh process, as the app starts: the modules the first paint needs, and what they import.
    script = (
        "import sys, PySide6.QtCore as core\n"
        "import bataille.cli, bataille.ui.app, bataille.ui.start.launch, bataille.ui.start.window\n"
        f"print([m for m in {NOT_BEFORE_THE_FIRST_PAINT!r} if m in sys.modules])\n"
        "print('Qt' in vars(core))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True,
                          timeout=120)
    imported, qt_namespace = done.stdout.split("\n")[:2]
    assert imported == "[]"
    # Qt's namespace of enums (about 90 of them, ~15 ms to build) waits for the first message or list.
    assert qt_namespace == "False"


def test_the_start_screen_is_built_without_qt_s_enums() -> None:
    """Building the start screen (as the app does before its first paint, the deck not read) did not
    build Qt's namespace of enums: reading a focus policy did (30 ms, the start screen painted at 1.51×
    the empty window)."""
    script = (
        "import PySide6.QtCore as core\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from bataille.ui.start.window import StartWindow\n"
        "window = StartWindow(None, 'fr', 90)\n"
        "window.resize(1200, 700)\n"
        "print('Qt' in vars(core))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True,
                          timeout=120)
    assert done.stdout.split("\n")[0] == "False"


def test_the_start_screen_fits_a_1024_pixel_screen(qtbot, qapp) -> None:
    # A laptop mirrored to an old classroom projector runs at 1024×768. In the app's own font.
    from bataille.ui.fonts import apply_app_font
    from bataille.ui.start.launch import Launcher

    deck = load_deck(bundled_deck_path())
    font = qapp.font()
    apply_app_font(qapp)
    try:
        for lang in ("fr", "en"):
            application = Application(qapp, lang)
            try:
                start = Launcher(application.translations, application.settings, deck).start
                qtbot.addWidget(start)
                hint = start.minimumSizeHint()
                assert hint.width() <= 1024 and hint.height() <= 768 - 60, (lang, hint)  # 60: the desktop's bars
            finally:
                application.translations.uninstall()
    finally:
        qapp.setFont(font)


def test_no_recent_session_yet_is_said_in_the_empty_list(qtbot, qapp, translations) -> None:
    """Empty, the list says where sessions will appear, once they have been looked for (not
    while they are read); with one, it shows the session and no sentence."""
    import time

    from bataille.storage import RecentSession
    from bataille.ui.start.window import StartWindow

    start = StartWindow(None, "fr")
    qtbot.addWidget(start)
    start.resize(1200, 700)
    start.show()
    qtbot.waitExposed(start)
    before = start.recent.grab().toImage()
    assert start.recent.hint == ""  # not read yet: nothing claimed
    start.set_recent([])
    assert start.recent.hint.startswith("Aucune séance")
    said = start.recent.grab().toImage()
    assert said != before  # the sentence is drawn
    start.set_recent([RecentSession(Path("/nulle/part/atelier.bataille"), time.time(), teams=("A", "B"))])
    assert start.recent.count() == 1
    assert start.recent.grab().toImage() != said


def test_the_cards_language_follows_the_interface_until_the_facilitator_picks_one(qtbot, qapp) -> None:
    """An English interface starts English cards (the combo shown while the deck is read held
    French, and the deck then kept it); a language picked by hand survives a retranslation."""
    from bataille.ui.start.window import StartWindow

    start = StartWindow(None, "en")
    qtbot.addWidget(start)
    assert start.session_lang.currentData() == "en"  # while the deck is read
    start.set_deck(load_deck(bundled_deck_path()))
    assert start.session_lang.currentData() == "en"
    start.session_lang.setCurrentIndex(start.session_lang.findData("fr"))  # the facilitator's pick
    start.retranslate()
    assert start.session_lang.currentData() == "fr"


def test_the_length_shows_each_phase_and_its_minutes_in_the_cards_language(qtbot, qapp, translations) -> None:
    """Choosing "1 hour" shows what it shortens, as the console's agenda will list it; nothing is
    said while the deck is read."""
    from bataille.ui.start.window import StartWindow

    start = StartWindow(None, "fr")
    qtbot.addWidget(start)
    assert start.agenda.text() == ""  # no deck yet: no agenda
    start.set_deck(load_deck(bundled_deck_path()))
    start.length.setCurrentIndex(start.length.findData(90))
    assert start.agenda.text().splitlines() == [
        "Accueil et règles du jeu — 10 min", "La frise de l’IA — 20 min", "Débats en cinq thèmes — 30 min",
        "Scénarios pour 2035 — 20 min", "Bilan — 10 min"]
    start.length.setCurrentIndex(start.length.findData(60))
    lines = start.agenda.text().splitlines()
    assert len(lines) == 5 and sum(int(line.split(" — ")[1].split()[0]) for line in lines) == 60
    start.session_lang.setCurrentIndex(start.session_lang.findData("en"))
    assert start.agenda.text().splitlines()[1].startswith("The AI timeline — ")


def test_the_length_box_offers_the_lengths_the_guide_gives(qtbot, qapp, translations) -> None:
    """The start screen and the guide each wrote 60, 90 and 120 minutes, a test holding them equal:
    both read them from bataille/lengths.py, which the start screen imports before its first paint
    at no cost (it imports nothing)."""
    from bataille import lengths
    from bataille.export import guide_agenda
    from bataille.ui.start import new_session
    from bataille.ui.start.window import StartWindow

    assert new_session.LENGTHS is lengths.LENGTHS and guide_agenda.LENGTHS is lengths.LENGTHS
    start = StartWindow(None, "fr")
    qtbot.addWidget(start)
    assert tuple(start.length.itemData(i) for i in range(start.length.count())) == lengths.LENGTHS


def test_the_cards_language_of_an_earlier_session_or_picked_stays_when_the_interface_changes(qtbot, qapp) -> None:
    """« Same teams » set a French session's cards in French; the facilitator then switched the
    interface to English (the start screen's « Interface » box, or Preferences) and the cards
    became English: only a language nobody chose follows the interface."""
    from bataille.ui.start.window import StartWindow

    start = StartWindow(None, "fr")
    qtbot.addWidget(start)
    start.set_deck(load_deck(bundled_deck_path()))
    start.set_ui_language("en", "en")  # nobody chose: the cards follow the interface
    assert start.session_lang.currentData() == "en"
    start.fill_new_session("en", 60, (("Owls", "#E69F00"), ("Otters", "#56B4E9")))
    start.set_ui_language("fr", "fr")
    assert start.session_lang.currentData() == "en"  # as the earlier session was
    start.session_lang.setCurrentIndex(start.session_lang.findData("fr"))
    start.session_lang.activated.emit(start.session_lang.currentIndex())  # picked by hand
    start.set_ui_language("en", "en")
    assert start.session_lang.currentData() == "fr"
