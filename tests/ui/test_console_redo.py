"""Ctrl+Y (and Ctrl+Shift+Z) on the console: one press of Ctrl+Z too many taken back, whole, instead
of typing a vote's counts again in front of the room. Named in the Session menu beside Undo, on only
while the last thing done was an undo; said on the status line; shown on the stage; kept in the
session file; refused, saying what to do, where the phones would be disturbed. Real widgets, real
keys, a real session file, real phones on loopback."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from bataille.storage import close_session
from bataille.ui.commands import Command

from . import console_killed
from .test_back_over_a_recorded_vote import COUNTS, _first_vote_shown
from .test_counts_resume_after_a_crash import _reopen
from .test_hurried_presses import held, kinds
from .test_phones_console_votes import debate_with_phones, every_phone_answers, receive

CTRL = Qt.KeyboardModifier.ControlModifier


def _undo(qtbot, console) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, console) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Y, CTRL)


def _shown(console) -> bool:
    return any("54" in t for t in console.stage.build().texts())  # 7 of 13 agree: the room sees it


def test_ctrl_y_brings_back_the_vote_typed_recorded_and_shown(qtbot, file_console) -> None:
    console = file_console
    c, debate = _first_vote_shown(qtbot, console)  # 7 / 4 / 2, « Enregistrer et dévoiler »: one press
    redo = console.actions_[Command.REDO]
    assert not redo.isEnabled() and redo.text() == "Ré&tablir"  # nothing undone yet
    _undo(qtbot, console)
    assert c.state.open_round.before is None and not _shown(console)
    assert redo.isEnabled() and redo.text() == "Ré&tablir\u00a0: Enregistrer et dévoiler le vote avant"
    debate.votes["before"].set_counts(0, 0, 0)  # the boxes emptied: only the session has the counts now
    _redo(qtbot, console)
    rnd = c.state.open_round
    assert rnd.before is not None and rnd.revealed_before
    assert (rnd.before.total.agree, rnd.before.total.disagree, rnd.before.total.undecided) == (7, 4, 2)
    assert debate.votes["before"].counts() == COUNTS  # the boxes show the recorded vote
    assert _shown(console)  # and the stage the redone state
    assert console.status_line.text() == "Rétabli — Enregistrer et dévoiler le vote avant"
    assert not redo.isEnabled() and redo.text() == "Ré&tablir"
    _undo(qtbot, console)  # the redone press is undone whole again
    assert c.state.open_round.before is None and debate.votes["before"].counts() == COUNTS


def test_ctrl_shift_z_redoes_and_a_new_action_leaves_nothing_to_redo(qtbot, file_console) -> None:
    console = file_console
    c, debate = _first_vote_shown(qtbot, console)
    _undo(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert c.state.open_round.revealed_before
    _undo(qtbot, console)
    c.act(c.session.add_argument, c.state.teams[0].id, "Les sources comptent.", "for")  # a new action
    assert not console.actions_[Command.REDO].isEnabled()
    count = c.session.event_count
    _redo(qtbot, console)
    assert c.state.open_round.before is None and c.session.event_count == count
    c.redo()  # the item is off; the controller says why all the same
    assert console.status_line.text() == "Rien à rétablir."


def test_a_held_ctrl_y_redoes_one_press(qtbot, file_console) -> None:
    console = file_console
    c, _debate = _first_vote_shown(qtbot, console)
    c.act(c.session.add_argument, c.state.teams[0].id, "Un.", "for")
    c.act(c.session.add_argument, c.state.teams[1].id, "Deux.", "against")
    for _ in range(2):
        _undo(qtbot, console)
    assert not c.state.open_round.arguments
    assert not console.actions_[Command.REDO].autoRepeat()
    start = len(kinds(console))
    QTest.simulateEvent(console, True, Qt.Key.Key_Y, CTRL, "", False)
    held(qtbot)
    for _ in range(3):
        QTest.simulateEvent(console, True, Qt.Key.Key_Y, CTRL, "", True)
    QTest.simulateEvent(console, False, Qt.Key.Key_Y, CTRL, "", False)
    assert kinds(console, start) == ["ArgumentAdded"]  # the first argument only
    assert [a.text for a in c.state.open_round.arguments] == ["Un."]


KILLED_AFTER_A_REDO = """
c.act(c.session.start_phase, "debates")
c.advance()  # the debate opens
app.processEvents()
console.phase.debate.votes["before"].set_counts(7, 4, 2)
app.processEvents()
c.advance()  # recorded and shown, one press
c.undo()
c.redo()  # both back
c.act(c.session.add_argument, c.state.teams[0].id, "Les sources comptent.", "for")
c.undo()  # the argument undone: the app is killed here
app.processEvents()
print("ready", flush=True)
app.exec()
"""


def test_a_killed_app_keeps_what_was_redone_and_offers_what_was_undone(qtbot, translations, bundled_deck, tmp_path,
                                                                       isolated_settings) -> None:
    path = tmp_path / "atelier.bataille"
    console_killed.killed_when_ready(KILLED_AFTER_A_REDO, path, isolated_settings)
    again = _reopen(qtbot, translations, bundled_deck, path)
    try:
        c = again.controller
        rnd = c.state.open_round
        assert rnd.before.total.agree == 7 and rnd.revealed_before and not rnd.arguments  # the redo was kept
        redo = again.actions_[Command.REDO]
        assert redo.isEnabled() and redo.text().startswith("Ré&tablir\u00a0: Les Hiboux")  # read from the file
        redo.trigger()
        assert [a.text for a in c.state.open_round.arguments] == ["Les sources comptent."]
        assert again.status_line.text().startswith("Rétabli — Les Hiboux")
        assert not redo.isEnabled()
        assert again.close()
    finally:
        close_session(again.controller.session)


def test_a_phones_vote_taken_back_is_not_redone(file_console, qtbot, stack) -> None:
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 2, stack)
    panel.phone_buttons["before"].click()
    every_phone_answers(qtbot, phones, sockets, "agree")
    c.advance()  # « Clore le vote et le dévoiler (réponses : 2) »
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=5000)
    for ws in sockets:
        receive(ws, "closed")
    _undo(qtbot, console)  # the phones vote again, their answers kept
    assert phones.asking is not None
    count = c.session.event_count
    _redo(qtbot, console)
    assert console.status_line.text() == (
        "Rétablir ne reprend pas le vote des téléphones\u00a0: clôturez de nouveau leur vote avec Avancer "
        "(Page suiv.), ou saisissez les chiffres et enregistrez-les.")
    assert c.session.event_count == count and phones.asking is not None and c.state.open_round.before is None


def test_a_question_put_to_the_phones_is_not_asked_again_in_english(file_console, qtbot, stack, translations) -> None:
    translations.set_language("en")
    console = file_console
    c, panel, phones, sockets = debate_with_phones(console, qtbot, 1, stack)
    panel.phone_buttons["before"].click()
    receive(sockets[0], "question")
    _undo(qtbot, console)
    assert phones.asking is None
    assert console.actions_[Command.REDO].text() == "&Redo: Phones asked to vote before debate 1"
    _redo(qtbot, console)
    assert console.status_line.text() == "Redo does not ask the phones again: ask them with Next (PageDown)."
    assert phones.asking is None


def test_in_english(qtbot, file_console, translations) -> None:
    translations.set_language("en")
    console = file_console
    c = console.controller
    c.act(c.session.start_phase, "debrief")
    c.act(c.session.add_takeaway, "Check the sources.")
    _undo(qtbot, console)
    assert console.actions_[Command.REDO].text() == "&Redo: Added to what we take away: “Check the sources.”"
    _redo(qtbot, console)
    assert c.state.debrief.takeaways == ("Check the sources.",)
    assert console.status_line.text() == "Redone — Added to what we take away: “Check the sources.”"
    assert ("Redo", "Ctrl+Y, Ctrl+Shift+Z") in console.actions_.sheet()  # the F1 sheet


def test_a_text_box_keeps_ctrl_y_for_its_own_typing(qtbot, file_console) -> None:
    console = file_console
    c = console.controller
    c.act(c.session.start_phase, "debrief")
    c.act(c.session.add_takeaway, "Vérifier les sources.")
    _undo(qtbot, console)  # the session's: the box had no typing of its own
    assert not c.state.debrief.takeaways
    box = console.phase.debrief.takeaway
    box.setFocus()
    qtbot.keyClicks(box, "Douter")
    qtbot.keyClick(box, Qt.Key.Key_Z, CTRL)  # the box's own typing undone
    assert box.text() == "" and not c.state.debrief.takeaways
    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)  # and redone there: the session's undo stays undone
    assert box.text() == "Douter" and not c.state.debrief.takeaways
    box.clear()
    qtbot.keyClick(box, Qt.Key.Key_Y, CTRL)  # nothing of its own to redo: the session's redo
    assert c.state.debrief.takeaways == ("Vérifier les sources.",)
