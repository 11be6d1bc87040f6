"""The remote's B and "." black the stage out even where the console itself put the keyboard in a
text box: after « Note the debrief » (PageUp to the question that ends the workshop), and after an
argument recorded by Enter (the box, emptied, keeps the keyboard), once the typist has gone. They typed "bb" into the takeaway,
which was recorded later as "bbAn AI can be wrong…" on the stage and in the summary. A typist's
box keeps its letters: one clicked in, or typed in, takes "b" and "." as letters. Real console, real keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.ui.commands import Command, ControlKeys

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


def test_b_after_an_argument_recorded_blacks_out_once_the_typist_has_gone(qtbot, translations, bundled_deck,
                                                                         monkeypatch) -> None:
    """Enter records the argument and empties the box: the typist goes on with the next one (« bien
    que… » is typed, not a blackout); a while without a key, and the remote's B from the front blacks out."""
    import time as real_time

    now = [real_time.monotonic()]
    monkeypatch.setattr("bataille.ui.commands.monotonic", lambda: now[0])
    console = _debate(qtbot, bundled_deck)
    c, argument = console.controller, console.phase.debate.argument_text
    qtbot.mouseClick(argument, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(argument, "Une IA peut se tromper")
    qtbot.keyClick(argument, Qt.Key.Key_Return)
    assert len(c.state.open_round.arguments) == 1 and argument.text() == "" and argument.hasFocus()
    now[0] += 3  # the next argument, at once: letters
    qtbot.keyClicks(argument, "bien que")
    assert argument.text() == "bien que" and not c.blackout
    qtbot.keyClick(argument, Qt.Key.Key_Return)
    assert len(c.state.open_round.arguments) == 2 and argument.text() == ""
    now[0] += ControlKeys.AWAY_S + 1  # back at the front, the remote in hand
    qtbot.keyClick(argument, Qt.Key.Key_B)
    assert c.blackout and argument.text() == ""
    qtbot.keyClick(argument, Qt.Key.Key_Period)
    assert not c.blackout and argument.text() == ""
    qtbot.keyClicks(argument, "Et. b")  # the next argument, typed: letters
    assert argument.text() == "Et. b" and not c.blackout
    for _ in range(5):
        qtbot.keyClick(argument, Qt.Key.Key_Backspace)
    assert argument.text() == ""
    now[0] += ControlKeys.AWAY_S + 1
    qtbot.keyClick(argument, Qt.Key.Key_B)  # emptied by the typist and left: the remote's, as emptied by Enter
    assert argument.text() == "" and c.blackout
