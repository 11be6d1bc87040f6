"""On a laptop at 150 % (895×440 for the window), the start screen's message — « Mêmes équipes »'s
note, a file that will not open — does not push the three ways in out of sight: the page still does
not scroll, « Commencer la séance », « Lancer le débat express » and « Reprendre » (with « Mêmes
équipes » and « Ouvrir un fichier de séance… ») stay whole in the window, and so does the message.

The bar sat under the columns, outside their scrolling area: its height was taken from the columns,
and the page scrolled by about 36 pixels, the recent sessions' buttons below its edge. Beside the
quick debate and the recent sessions, it now sits under the new session's column, which scrolls
by itself and gives up that height.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import DamagedSessionError
from bataille.ui.paths import sessions_dir

from .test_start_main_actions_in_sight import LAPTOP_150, in_sight, opened_on_the_laptop, settle


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def three_ways_in_sight(start) -> None:
    page = start.columns_area
    assert page.verticalScrollBar().maximum() == 0  # the page does not scroll
    assert page.horizontalScrollBar().maximum() == 0
    viewport = QRect(page.viewport().mapTo(start, QPoint(0, 0)), page.viewport().size())
    for button in (start.quick_button, start.resume_button, start.same_button, start.file_button):
        assert in_sight(button, start), button.text()
        assert viewport.contains(QRect(button.mapTo(start, QPoint(0, 0)), button.size())), button.text()
    assert in_sight(start.start_button, start)
    assert in_sight(start.quick_card, start)
    assert in_sight(start.message_bar, start) and in_sight(start.message, start)


@pytest.fixture
def laptop_start(qtbot, translations, deck, in_app_font):
    return lambda lang: opened_on_the_laptop(qtbot, translations, deck, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_same_teams_note_leaves_the_three_ways_in_sight(lang, laptop_start) -> None:
    launcher, start = laptop_start(lang)
    start.same_button.click()
    settle()
    assert start.message_bar.isVisible() and start.message.text()
    three_ways_in_sight(start)
    assert in_sight(start.teams.rows[0].name, start)  # the teams just filled in, in their own column


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_refused_file_leaves_the_three_ways_in_sight(lang, laptop_start) -> None:
    launcher, start = laptop_start(lang)
    launcher.open(Path(sessions_dir()) / "gone.bataille")
    settle()
    assert start.message_bar.isVisible() and start.message.warning
    three_ways_in_sight(start)
    # A damaged file: the recovery button under the words, in sight as well.
    start.show_open_error(Path(sessions_dir()) / "atelier 1.bataille", DamagedSessionError("damaged", 12, 20))
    settle()
    three_ways_in_sight(start)
    assert in_sight(start.recover_button, start)
    start.show_message("")  # the bar goes: the new session's column takes its height back
    settle()
    assert not start.message_bar.isVisible()
    assert start.columns_area.verticalScrollBar().maximum() == 0
    assert in_sight(start.resume_button, start) and in_sight(start.quick_button, start)


def test_wide_the_bar_is_across_the_window_again(qtbot, translations, deck, in_app_font) -> None:
    """One column above the other (a narrow window, the page scrolls): the message under the
    columns, across the window, as before, never scrolled away with them."""
    from bataille.ui.start.window import StartWindow

    start = StartWindow(deck, "fr")
    qtbot.addWidget(start)
    start.resize(480, 600)
    start.show()
    qtbot.waitExposed(start)
    settle()
    start.show_message("Une note.", error=False)
    settle()
    assert start._arrangement == 1
    assert in_sight(start.message_bar, start)
    assert start.message_bar.parentWidget() is start
    start.resize(*LAPTOP_150)
    settle()
    assert start._arrangement == 2
    assert in_sight(start.message_bar, start)
    assert start.message_bar.parentWidget() is not start
    start.resize(480, 600)
    settle()
    assert start.message_bar.parentWidget() is start and in_sight(start.message_bar, start)
