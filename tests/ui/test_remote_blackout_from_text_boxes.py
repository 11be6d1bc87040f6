"""The remote's B and "." black the stage out even where the console itself put the keyboard in a
text box: after « Note the debrief » (PageUp to the question that ends the workshop), and after an
argument recorded by Enter (the box, emptied, keeps the keyboard). They typed "bb" into the takeaway,
which was recorded later as "bbAn AI can be wrong…" on the stage and in the summary. A typist's
box keeps its letters: one clicked in, or typed in, takes "b" and "." as letters. Real console, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.commands import Command

from .test_debrief_end_asks import _to_the_debrief
from .test_remote_keys_count_boxes import _debate


def test_b_after_note_the_debrief_blacks_out_and_types_nothing(qtbot, console) -> None:
    c, takeaway = console.controller, console.phase.debrief.takeaway
    _to_the_debrief(console)
    console.actions_[Command.NEXT].trigger()  # PageDown with nothing noted: "End the workshop?"
    box = console.leave_guard.question
    qtbot.keyClick(box, Qt.Key.Key_PageUp)  # stays, the keyboard in « What we take away »
    qtbot.waitUntil(takeaway.hasFocus, timeout=2000)
    qtbot.keyClick(takeaway, Qt.Key.Key_B)
    assert c.blackout and takeaway.text() == ""
    assert "cliquez d’abord dans la case" in console.status_line.toolTip()
    qtbot.keyClick(takeaway, Qt.Key.Key_B)
    assert not c.blackout and takeaway.text() == ""
    qtbot.keyClick(takeaway, Qt.Key.Key_Period)
    assert c.blackout and takeaway.text() == ""
    qtbot.keyClick(takeaway, Qt.Key.Key_Period)
    assert not c.blackout
    # A letter typed makes the box the typist's: "b" and "." are letters from then on.
    qtbot.keyClicks(takeaway, "Retenir b.")
    assert takeaway.text() == "Retenir b." and not c.blackout
    qtbot.keyClick(takeaway, Qt.Key.Key_Return)
    assert c.state.debrief.takeaways == ("Retenir b.",)


def test_a_click_in_the_box_makes_b_a_letter(qtbot, console) -> None:
    c, takeaway = console.controller, console.phase.debrief.takeaway
    _to_the_debrief(console)
    QApplication.processEvents()
    takeaway.setFocus()  # as « Note the debrief » does
    qtbot.mouseClick(takeaway, Qt.MouseButton.LeftButton)  # the typist's
    qtbot.keyClicks(takeaway, "bien")
    assert takeaway.text() == "bien" and not c.blackout
    qtbot.keyClick(takeaway, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)  # a capital, never the remote's
    assert not c.blackout


def test_b_after_an_argument_recorded_blacks_out(qtbot, translations, bundled_deck) -> None:
    console = _debate(qtbot, bundled_deck)
    c, argument = console.controller, console.phase.debate.argument_text
    qtbot.mouseClick(argument, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(argument, "Une IA peut se tromper")
    qtbot.keyClick(argument, Qt.Key.Key_Return)
    assert len(c.state.open_round.arguments) == 1 and argument.text() == "" and argument.hasFocus()
    qtbot.keyClick(argument, Qt.Key.Key_B)  # the remote, from where the console left the keyboard
    assert c.blackout and argument.text() == ""
    qtbot.keyClick(argument, Qt.Key.Key_Period)
    assert not c.blackout and argument.text() == ""
    qtbot.keyClicks(argument, "Et. b")  # the next argument, typed: letters
    assert argument.text() == "Et. b" and not c.blackout
    qtbot.keyClick(argument, Qt.Key.Key_Backspace)
    qtbot.keyClick(argument, Qt.Key.Key_Backspace)
    qtbot.keyClick(argument, Qt.Key.Key_Backspace)
    qtbot.keyClick(argument, Qt.Key.Key_Backspace)
    qtbot.keyClick(argument, Qt.Key.Key_Backspace)
    assert argument.text() == ""
    qtbot.keyClick(argument, Qt.Key.Key_B)  # emptied by the typist: still theirs
    assert argument.text() == "b" and not c.blackout
