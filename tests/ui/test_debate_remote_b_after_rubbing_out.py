"""The remote's B blacks the stage out from the debate's argument box once the facilitator has left
it empty and gone: an argument begun and rubbed out by hand (or the box clicked and left) kept the
keyboard, and more than ten seconds later, the remote's B typed « b » in the box, the stage still lit.
A facilitator typing words keeps every letter: in a box with words in it, and in an empty one
touched within the last seconds. Real console, real keys, real clicks; the clock is stubbed."""

from __future__ import annotations

import time as real_time

from PySide6.QtCore import Qt

from bataille.ui.commands import ControlKeys

from .test_remote_keys_count_boxes import _debate


def _clock(monkeypatch) -> list[float]:
    now = [real_time.monotonic()]
    monkeypatch.setattr("bataille.ui.commands.monotonic", lambda: now[0])
    return now


def test_b_blacks_out_from_an_argument_box_rubbed_out_and_left(qtbot, translations, bundled_deck,
                                                               monkeypatch) -> None:
    now = _clock(monkeypatch)
    console = _debate(qtbot, bundled_deck)
    c, argument = console.controller, console.phase.debate.argument_text
    try:
        qtbot.mouseClick(argument, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(argument, "Une IA")
        argument.selectAll()
        qtbot.keyClick(argument, Qt.Key.Key_Backspace)  # rubbed out: the keyboard stays in the box
        assert argument.text() == "" and argument.hasFocus()
        now[0] += 3  # at once, a new start: letters
        qtbot.keyClicks(argument, "bof")
        assert argument.text() == "bof" and not c.blackout
        for _ in range(3):
            qtbot.keyClick(argument, Qt.Key.Key_Backspace)
        now[0] += ControlKeys.AWAY_S + 1  # at the front, the remote in hand
        qtbot.keyClick(argument, Qt.Key.Key_B)
        assert c.blackout and argument.text() == ""
        qtbot.keyClick(argument, Qt.Key.Key_B)
        assert not c.blackout and argument.text() == ""
        now[0] += 1
        qtbot.keyClicks(argument, "Rien. b")  # typing words: a letter first, then every key is a letter
        assert argument.text() == "Rien. b" and not c.blackout
    finally:
        console.phones.turn_off()


def test_b_blacks_out_from_an_argument_box_clicked_and_left(qtbot, translations, bundled_deck,
                                                            monkeypatch) -> None:
    now = _clock(monkeypatch)
    console = _debate(qtbot, bundled_deck)
    c, argument = console.controller, console.phase.debate.argument_text
    try:
        qtbot.mouseClick(argument, Qt.MouseButton.LeftButton)
        now[0] += ControlKeys.AWAY_S + 1
        qtbot.keyClick(argument, Qt.Key.Key_Period)
        assert c.blackout and argument.text() == ""
        qtbot.keyClick(argument, Qt.Key.Key_Period)
        assert not c.blackout
        qtbot.mouseClick(argument, Qt.MouseButton.LeftButton)  # clicked again: the typist's
        qtbot.keyClicks(argument, "b")
        assert argument.text() == "b" and not c.blackout
    finally:
        console.phones.turn_off()
