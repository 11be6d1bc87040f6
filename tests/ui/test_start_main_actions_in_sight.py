"""A teacher with twenty minutes, on a school laptop of 1366×768 at 150 % (911×512 points): the
start screen's three ways in (« Commencer la séance », « Lancer le débat express », « Reprendre »
a recent session) are all in sight without scrolling, in French and in English.

« Reprendre » sat under the quick debate, below the window's edge, because the page scrolled as
high as the tallest column (the teams editor). Now the new session's column scrolls by itself,
its labels above its fields; the recent sessions' list takes what height is left and scrolls by
itself, its three buttons on one line; the debate card sits beside its label.

Once in the app itself (a child process, ``QT_SCALE_FACTOR=1.5`` on a screen of that laptop, some
sessions already run), once with the window's own widgets at that size.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.ui.paths import sessions_dir
from bataille.workshop import SystemClock

from .app_in_a_child import run
from .test_start_laptop_at_150_percent import CHILD, LAPTOP, LAPTOP_150

TEAMS = ("Les Hiboux", "Les Loutres", "Les Castors", "Les Renards")


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def some_sessions(folder: Path, deck, count: int = 5) -> None:
    """``count`` workshops already run, four teams each."""
    folder.mkdir(parents=True, exist_ok=True)
    first = folder / "atelier 0.bataille"
    session = new_session(first, deck, SystemClock(), "fr", 90)
    for name, colour in zip(TEAMS, ("#E69F00", "#56B4E9", "#009E73", "#F0E442"), strict=True):
        session.add_team(name, colour)
    session.start()
    close_session(session)
    for number in range(1, count):
        shutil.copy(first, folder / f"atelier {number}.bataille")


def settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def opened_on_the_laptop(qtbot, translations, deck, lang: str = "fr", sessions: int = 5):
    """The start screen as the app opens it, ``sessions`` workshops already run, at 895×440."""
    from bataille.ui.settings import Settings
    from bataille.ui.start.launch import Launcher

    translations.set_language(lang)
    some_sessions(sessions_dir(), deck, sessions)
    launcher = Launcher(translations, Settings(), deck)
    start = launcher.start
    qtbot.addWidget(start)
    start.resize(*LAPTOP_150)
    start.show()
    qtbot.waitExposed(start)
    launcher.list_recent()
    settle()
    return launcher, start


def in_sight(widget: QWidget, window: QWidget) -> bool:
    """Shown whole, not cut by a scroll area, and inside the window."""
    inside = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    return (widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()
            and window.rect().contains(inside))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_three_ways_in_are_in_sight_on_a_laptop_at_150_percent(lang, qtbot, translations, deck,
                                                                    in_app_font) -> None:
    launcher, start = opened_on_the_laptop(qtbot, translations, deck, lang)
    assert start.recent.count() == 5
    page = start.columns_area
    assert page.verticalScrollBar().maximum() == 0  # the page does not scroll: nothing below its edge
    assert page.horizontalScrollBar().maximum() == 0
    viewport = QRect(page.viewport().mapTo(start, QPoint(0, 0)), page.viewport().size())
    for button in (start.quick_button, start.resume_button, start.same_button, start.file_button):
        assert in_sight(button, start), button.text()
        assert viewport.contains(QRect(button.mapTo(start, QPoint(0, 0)), button.size())), button.text()
        assert button.isEnabled(), button.text()
    assert in_sight(start.start_button, start)
    assert in_sight(start.quick_card, start) and in_sight(start.quick_claim, start)  # the card chosen, its claim
    # The recent sessions' list scrolls by itself, a whole session at least in sight.
    assert start.recent.verticalScrollBar().maximum() > 0
    first = start.recent.visualItemRect(start.recent.item(0))
    assert start.recent.viewport().rect().contains(first)
    # The teams editor scrolls in its own column, which is never scrolled sideways.
    assert start.new_area.horizontalScrollBar().maximum() == 0
    start.new_area.ensureWidgetVisible(start.teams)
    settle()
    assert start.new_area.verticalScrollBar().value() > 0
    assert in_sight(start.quick_button, start) and in_sight(start.resume_button, start)  # still


def test_resume_is_one_click_away_at_150_percent(qtbot, translations, deck, in_app_font) -> None:
    """The newest session is chosen and « Reprendre » opens it: one click, no scrolling."""
    launcher, start = opened_on_the_laptop(qtbot, translations, deck, sessions=3)
    assert start.recent.currentRow() == 0
    assert in_sight(start.resume_button, start)
    with qtbot.waitSignal(start.openRequested, timeout=2000) as opened:
        start.resume_button.click()
    assert Path(opened.args[0]) == Path(start.recent.item(0).data(256))


def test_wide_again_the_columns_get_back_their_places(qtbot, translations, deck, in_app_font) -> None:
    """At 100 % on the same laptop (1200×700 asked for): three columns side by side, the labels
    beside their fields, the card's list under its label, « Ouvrir un fichier de séance… » under
    Resume and Same teams, as before; narrower, then wider again, the same."""
    from bataille.ui.start.window import StartWindow

    start = StartWindow(deck, "fr")
    qtbot.addWidget(start)
    start.resize(1200, 700)
    start.show()
    qtbot.waitExposed(start)
    settle()

    def placed() -> tuple:
        return (start._arrangement, start.new_form.rowWrapPolicy(), start.quick_card.y() > start.quick_card_label.y(),
                start.file_button.y() > start.resume_button.y())

    wide = placed()
    assert wide[0] == 3 and wide[2] and wide[3]
    assert wide[1] == start.new_form.RowWrapPolicy.DontWrapRows
    start.resize(*LAPTOP_150)
    settle()
    narrow = placed()
    assert narrow[0] == 2 and not narrow[2] and not narrow[3]
    assert narrow[1] == start.new_form.RowWrapPolicy.WrapAllRows
    start.resize(1200, 700)
    settle()
    assert placed() == wide


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_in_the_app_at_150_percent_resume_needs_no_scroll(lang: str, tmp_path: Path, deck) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [LAPTOP]}), encoding="utf-8")
    data = tmp_path / "child-data"
    some_sessions(data / "sessions", deck)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", QT_SCALE_FACTOR="1.5",
               BATAILLE_DATA_DIR=str(data), XDG_CONFIG_HOME=str(tmp_path / "config"))
    seen, done = run(CHILD, env, lang)

    assert seen["screen"][2:] == [911, 512]
    assert seen["count"] == 5
    assert seen["page"] == 0, seen
    assert seen["start_whole"] and seen["quick_button"] and seen["resume_button"], seen
    assert done.returncode == 0, done.stderr


def test_same_teams_brings_the_teams_filled_in_into_sight(qtbot, translations, deck, in_app_font) -> None:
    """« Mêmes équipes » at 150 %: the new session's column, which scrolls by itself, shows the
    first team's name just filled in (with the focus), not the top of the form."""
    from bataille.ui.settings import Settings
    from bataille.ui.start.launch import Launcher

    some_sessions(sessions_dir(), deck, 2)
    launcher = Launcher(translations, Settings(), deck)
    start = launcher.start
    qtbot.addWidget(start)
    start.resize(LAPTOP_150[0], 400)  # a window a little shorter still
    start.show()
    qtbot.waitExposed(start)
    launcher.list_recent()
    settle()
    first = start.teams.rows[0].name
    assert not in_sight(first, start)  # below the column's edge at first
    start.same_button.click()
    settle()
    assert first.text() == TEAMS[0]
    assert in_sight(first, start)
    assert first.hasFocus()


def test_tab_through_the_teams_scrolls_their_column(qtbot, translations, deck, in_app_font) -> None:
    """By keyboard at 150 %: each field of the new session's column comes into sight as Tab reaches
    it (the column scrolls by itself), then the quick debate's."""
    from PySide6.QtCore import Qt

    from bataille.ui.start.window import StartWindow

    start = StartWindow(deck, "fr")
    qtbot.addWidget(start)
    start.resize(*LAPTOP_150)
    start.show()
    qtbot.waitExposed(start)
    settle()
    start.length.setFocus()
    reached = []
    for _ in range(14):
        widget = QApplication.focusWidget()
        reached.append(widget.objectName())
        assert in_sight(widget, start), widget.objectName()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        settle()
    assert "teamName4" in reached and "quickCard" in reached
    assert start.new_area.verticalScrollBar().value() > 0
