"""One press, one session: the start screen in a hurry.

A double click on « Start the session », or Enter pressed twice in the last team's name, created two
session files and two consoles (the second press came from the queue once the first one's console
had hidden the start screen). A recent session activated twice quickly opened once, then the second
open found the file locked by the app itself and said it was open « in another Bataille IA window »
(the app's own process), a message left on the start screen after the console closed. Real windows,
real session files in the data folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def session_files(tmp_path) -> list:
    return sorted((tmp_path / "data").rglob("*.bataille"))


def started(make_launcher, translations, qtbot, deck):
    translations.set_language("en")
    launcher = make_launcher(deck)
    launcher.set_first_deck(deck)
    qtbot.waitExposed(launcher.start)
    return launcher


def test_a_double_click_on_start_makes_one_session(qtbot, make_launcher, translations, bundled_deck, tmp_path):
    launcher = started(make_launcher, translations, qtbot, bundled_deck)
    button = launcher.start.start_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    console = launcher.console
    assert console is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the second click, already queued
    QApplication.processEvents()
    assert len(session_files(tmp_path)) == 1
    assert launcher.console is console and console.isVisible()


def test_enter_twice_in_the_last_teams_name_makes_one_session(qtbot, make_launcher, translations, bundled_deck,
                                                              tmp_path):
    launcher = started(make_launcher, translations, qtbot, bundled_deck)
    last = launcher.start.teams.rows[-1].name
    last.setFocus()
    last.setText("Foxes")
    qtbot.keyClick(last, Qt.Key.Key_Return)
    console = launcher.console
    assert console is not None
    qtbot.keyClick(last, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert len(session_files(tmp_path)) == 1 and launcher.console is console
    assert [t.name for t in console.controller.state.teams][-1] == "Foxes"


def _a_recent_session(launcher, tmp_path):
    launcher.start.start_button.click()
    c = launcher.console.controller
    c.act(c.session.start_phase)
    launcher.console.close()
    QApplication.processEvents()
    assert launcher.console is None and launcher.start.isVisible()
    return session_files(tmp_path)[0]


def test_a_recent_session_activated_twice_opens_once_and_says_nothing_false(qtbot, make_launcher, translations,
                                                                            bundled_deck, tmp_path):
    launcher = started(make_launcher, translations, qtbot, bundled_deck)
    path = _a_recent_session(launcher, tmp_path)
    start = launcher.start
    start.recent.setCurrentRow(0)
    item = start.recent.item(0)
    start.recent.itemActivated.emit(item)
    console = launcher.console
    assert console is not None and console.controller.session.store.path == path
    start.recent.itemActivated.emit(item)  # the second activation, already queued
    QApplication.processEvents()
    assert launcher.console is console and start.message.text() == ""
    console.close()
    QApplication.processEvents()
    assert start.isVisible() and start.message.text() == ""  # no "already open in another window" left


def test_asked_to_open_the_session_open_here_brings_its_console_forward(qtbot, make_launcher, translations,
                                                                       bundled_deck, tmp_path):
    launcher = started(make_launcher, translations, qtbot, bundled_deck)
    path = _a_recent_session(launcher, tmp_path)
    console = launcher.open(path)
    assert console is not None
    again = launcher.open(path)  # from the file chooser, from the command line…: the same file
    assert again is console and launcher.console is console and console.isVisible()
    assert launcher.start.message.text() == ""
