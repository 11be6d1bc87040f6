""""Next" once per deliberate press: a double-click on the primary button, PageDown or Space pressed
twice within a double-click, a held key (its repeats), each run one step; a press afterwards runs
the next as before; Enter on the focused primary button presses it, Enter in the argument box still
adds the argument. Real widgets, the session in a real file: its events are read back from it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from bataille.storage.reader import read_session
from bataille.ui.commands import Command

from .conftest import go_to_phase


def kinds(console, since: int = 0) -> list[str]:
    """The events the session file holds, from the ``since``-th on."""
    return [type(e).__name__ for e in read_session(console.controller.session.store.path)][since:]


def held(qtbot) -> None:
    """As long as a person holds a key before it repeats, and as a deliberate second press comes."""
    qtbot.wait(QApplication.doubleClickInterval() + 100)


def double_click(qtbot, console) -> None:
    """The two clicks of a double-click on the primary button (mouse down, up, down, up)."""
    button = console.next_panel.button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_double_click_on_the_primary_button_runs_one_step_and_a_later_press_the_next(file_console, qtbot):
    console = file_console
    start = len(kinds(console))
    double_click(qtbot, console)  # « Étape suivante : Accueil et règles du jeu »
    assert kinds(console, start) == ["PhaseStarted"]
    assert console.controller.state.agenda.current.id == "welcome"  # the welcome was not skipped
    held(qtbot)
    qtbot.mouseClick(console.next_panel.button, Qt.MouseButton.LeftButton)  # a deliberate press
    assert kinds(console, start) == ["PhaseStarted", "PhaseStarted"]
    assert console.controller.state.agenda.current.id == "timeline"


def test_a_double_click_on_the_vote_after_does_not_close_the_debate_before_the_room_saw_it(file_console, qtbot):
    console, c = file_console, file_console.controller
    go_to_phase(c, "debates")
    c.act(c.session.open_round)
    c.act(c.session.assign_sides)
    c.act(c.session.record_vote, "before", {"agree": 5, "disagree": 3, "undecided": 2})
    c.act(c.session.reveal_votes, "before")
    for choice, typed in (("agree", "7"), ("disagree", "3"), ("undecided", "2")):
        box = console.phase.debate.votes["after"].boxes[choice]
        box.setFocus()
        box.selectAll()
        qtbot.keyClicks(box.lineEdit(), typed)
    held(qtbot)
    start = len(kinds(console))
    assert "après" in console.next_panel.button.text()  # « Enregistrer et dévoiler le vote après et l’évolution »
    double_click(qtbot, console)
    assert kinds(console, start) == ["VoteRecorded", "VotesRevealed"]  # not RoundClosed, RoundOpened…
    assert not c.state.rounds[0].closed and len(c.state.rounds) == 1


def test_a_double_click_on_end_the_workshop_does_not_open_the_export_at_once(file_console, qtbot):
    console, c = file_console, file_console.controller
    go_to_phase(c, "debrief")
    c.act(c.session.add_takeaway, "Vérifier les sources")  # noted: ending it asks nothing
    exports = []
    console.actions_[Command.EXPORT_SUMMARY].triggered.connect(lambda: exports.append(1))

    def close_dialogs() -> None:  # the old code opened the export's file dialog: closed, counted above
        for dialog in QApplication.topLevelWidgets():
            if isinstance(dialog, QDialog) and dialog.isVisible():
                dialog.reject()

    timer = QTimer()
    timer.timeout.connect(close_dialogs)
    timer.start(100)
    start = len(kinds(console))
    double_click(qtbot, console)  # « Terminer l’atelier »
    qtbot.wait(300)
    timer.stop()
    assert kinds(console, start) == ["PhaseEnded"] and exports == []


def test_pagedown_and_space_twice_within_a_double_click_run_one_step(file_console, qtbot):
    console = file_console
    start = len(kinds(console))
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert kinds(console, start) == ["PhaseStarted"]
    held(qtbot)
    console.agenda.setFocus()  # where the keyboard is when a session opens: Space reaches "next"
    qtbot.keyClick(console, Qt.Key.Key_Space)
    qtbot.keyClick(console, Qt.Key.Key_Space)
    assert kinds(console, start) == ["PhaseStarted", "PhaseStarted"]


def test_a_held_key_runs_one_step(file_console, qtbot):
    """The key's repeats come after the platform's repeat delay: later than a double-click."""
    console = file_console
    assert not console.actions_[Command.NEXT].autoRepeat()
    start = len(kinds(console))
    for key, text in ((Qt.Key.Key_PageDown, ""), (Qt.Key.Key_Space, " ")):
        QTest.simulateEvent(console, True, key, Qt.KeyboardModifier.NoModifier, text, False)
        held(qtbot)
        for _ in range(3):
            QTest.simulateEvent(console, True, key, Qt.KeyboardModifier.NoModifier, text, True)
        QTest.simulateEvent(console, False, key, Qt.KeyboardModifier.NoModifier, text, False)
        held(qtbot)
    assert kinds(console, start) == ["PhaseStarted", "PhaseStarted"]  # one for PageDown, one for Space


def test_repeats_of_a_held_presenter_key_are_taken_and_do_nothing(file_console, qtbot):
    console = file_console
    start = len(kinds(console))
    repeat = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ", True)
    assert console.actions_.presenter_key(repeat) and repeat.isAccepted()
    assert kinds(console, start) == []


def test_enter_on_the_focused_primary_button_presses_it(file_console, qtbot):
    console = file_console
    button = console.next_panel.button
    button.setFocus()
    assert QApplication.focusWidget() is button
    start = len(kinds(console))
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert kinds(console, start) == ["PhaseStarted"]
    held(qtbot)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert kinds(console, start) == ["PhaseStarted", "PhaseStarted"]


def test_enter_in_the_argument_box_and_in_a_count_box_keeps_its_own_meaning(file_console, qtbot):
    console, c = file_console, file_console.controller
    go_to_phase(c, "debates")
    c.act(c.session.open_round)
    c.act(c.session.assign_sides)
    page = console.phase.debate
    box = page.votes["before"].boxes["agree"]
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box.lineEdit(), "4")
    start = len(kinds(console))
    qtbot.keyClick(box, Qt.Key.Key_Return)  # records the vote, as it did (the box has the keyboard)
    assert kinds(console, start) == ["VoteRecorded"], kinds(console, start)
    line = page.argument_text
    line.setFocus()
    qtbot.keyClicks(line, "Les donnees sont biaisees")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # adds the argument, and presses nothing else
    assert kinds(console, start) == ["VoteRecorded", "ArgumentAdded"] and line.text() == ""
