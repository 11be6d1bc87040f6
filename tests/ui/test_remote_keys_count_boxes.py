"""The remote's B, "." and Space after a vote was typed: a count box cannot take them, so they black
the stage out and go on as everywhere else; a text box keeps them (a "b" is a letter there), and
Ctrl+B blacks out from it; the arrows stay the count box's. A list passes them on too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget

from .conftest import open_console


def _debate(qtbot, deck):
    console = open_console(qtbot, deck, ("Les Hiboux", "Les Loutres", "Les Renards"))
    c = console.controller
    c.act(c.session.start_phase, "debates")
    console.next_panel.button.click()  # opens the first debate
    QApplication.processEvents()
    assert c.state.open_round is not None
    return console


def _type_count(qtbot, box, digits: str) -> None:
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, digits)


def test_b_dot_and_space_work_from_a_count_box(qtbot, translations, bundled_deck) -> None:
    console = _debate(qtbot, bundled_deck)
    c = console.controller
    counts = console.phase.debate.votes["before"].boxes
    _type_count(qtbot, counts["agree"], "12")
    _type_count(qtbot, counts["disagree"], "7")
    box = counts["disagree"]
    assert console.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_B)
    assert c.blackout and box.value() == 7
    qtbot.keyClick(box, Qt.Key.Key_Period)
    assert not c.blackout and box.value() == 7
    qtbot.keyClick(box, Qt.Key.Key_Right)  # the box's: it moves in the number
    qtbot.keyClick(box, Qt.Key.Key_Left)
    assert c.state.open_round.before is None
    qtbot.keyClick(box, Qt.Key.Key_Space)  # "next": the vote typed is taken and shown
    rnd = c.state.open_round
    assert rnd.before is not None and (rnd.before.total.agree, rnd.before.total.disagree) == (12, 7)
    assert rnd.revealed_before


def test_the_timeline_count_box_too(qtbot, translations, bundled_deck) -> None:
    console = open_console(qtbot, bundled_deck)
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    QApplication.processEvents()
    box = console.phase.timeline.per_team
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Period)
    assert c.blackout
    qtbot.keyClick(box, Qt.Key.Key_B)
    assert not c.blackout


def test_a_text_box_keeps_its_letters_and_ctrl_b_blacks_out(qtbot, translations, bundled_deck) -> None:
    console = _debate(qtbot, bundled_deck)
    c = console.controller
    argument = console.phase.debate.argument_text
    qtbot.mouseClick(argument, Qt.MouseButton.LeftButton)  # the typist's box (a click, not the console)
    qtbot.keyClicks(argument, "b. b")
    assert argument.text() == "b. b" and not c.blackout
    qtbot.keyClick(argument, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert c.blackout and argument.text() == "b. b"


def test_the_remote_keys_reach_the_session_from_a_list(console, qtbot) -> None:
    """When a session opens the keyboard is on the agenda, a list, which read B, "." and Space as the
    start of a phase's name: the stage was not blacked out, the workshop did not move on."""
    c = console.controller
    for name in ("agendaList", "teamsList", "history"):
        listed = console.findChild(QListWidget, name)
        listed.setFocus()
        qtbot.waitUntil(listed.hasFocus, timeout=2000)
        qtbot.keyClick(listed, Qt.Key.Key_B)
        assert c.blackout, name
        qtbot.keyClick(listed, Qt.Key.Key_Period)
        assert not c.blackout, name
    before = c.state.agenda.current
    qtbot.keyClick(console.findChild(QListWidget, "agendaList"), Qt.Key.Key_Space)
    assert c.state.agenda.current is not before and c.state.agenda.current.id == "welcome"
