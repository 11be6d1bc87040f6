"""PageUp after « Enregistrer et dévoiler » (one press of "next" that recorded a vote and showed it):
it took back the showing and the vote with it, the counts left in their boxes as if nothing had
changed. "Back" undoes moves, never entered data: the room no longer sees the vote, the vote stays
recorded (its boxes say « caché à la salle »), the status line says so; Ctrl+Z takes the vote back.
Real widgets, real keys, a real session file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.storage.reader import read_session

COUNTS = {"agree": 7, "disagree": 4, "undecided": 2}


def _key(qtbot, console, key) -> None:
    qtbot.keyClick(console, key)


def _label(console) -> str:
    QApplication.processEvents()
    return console.next_panel.button.toolTip()


def _first_vote_shown(qtbot, console):
    """A debate opened by PageDown, 7 / 4 / 2 typed, « Enregistrer et dévoiler le vote avant » pressed."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    _key(qtbot, console, Qt.Key.Key_PageDown)
    debate = console.phase.debate
    debate.votes["before"].set_counts(7, 4, 2)
    assert _label(console) == "Enregistrer et dévoiler le vote avant"
    _key(qtbot, console, Qt.Key.Key_PageDown)
    assert c.state.open_round.revealed_before
    assert any("54" in t for t in console.stage.build().texts())  # 7 of 13 agree: the room sees it
    return c, debate


def test_back_after_record_and_show_hides_the_vote_and_keeps_it(qtbot, file_console) -> None:
    console = file_console
    c, debate = _first_vote_shown(qtbot, console)
    _key(qtbot, console, Qt.Key.Key_PageUp)
    rnd = c.state.open_round
    assert rnd.before is not None and rnd.before.total.agree == 7, "the vote recorded was taken back"
    assert not rnd.revealed_before
    assert debate.votes["before"].counts() == COUNTS
    assert debate.vote_states["before"].text() == "caché à la salle"  # what the state now holds
    said = console.status_line.text()
    assert said.startswith("Annulé — Vote avant dévoilé") and "reste enregistré" in said, said
    stage = console.stage.build().texts()  # the room no longer sees the vote, only that it is taken
    assert "Enregistré, pas encore dévoilé" in stage and not any("54" in t for t in stage), stage
    assert _label(console) == "Dévoiler le vote avant"
    kinds = [type(e).__name__ for e in read_session(c.session.store.path)]
    assert kinds[-3:] == ["VoteRecorded", "VotesRevealed", "Undone"], kinds  # the file: only the showing undone
    _key(qtbot, console, Qt.Key.Key_PageDown)  # shown again, the same counts
    assert c.state.open_round.revealed_before and c.state.open_round.before.total.undecided == 2


def test_back_once_more_leaves_the_vote_to_ctrl_z(qtbot, file_console) -> None:
    console = file_console
    c, debate = _first_vote_shown(qtbot, console)
    _key(qtbot, console, Qt.Key.Key_PageUp)
    _key(qtbot, console, Qt.Key.Key_PageUp)  # the vote itself is entered data: back does not take it
    assert c.state.open_round.before is not None and "Ctrl+Z" in console.status_line.text()
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.open_round.before is None
    assert debate.votes["before"].counts() == COUNTS  # kept to be recorded again, and said so
    assert debate.vote_states["before"].text() == "non enregistré"


def test_back_after_the_second_vote_and_the_shift_keeps_that_vote(qtbot, file_console) -> None:
    console = file_console
    c, debate = _first_vote_shown(qtbot, console)
    _key(qtbot, console, Qt.Key.Key_PageDown)  # the debate goes on
    debate.votes["after"].set_counts(3, 9, 1)
    assert _label(console) == "Enregistrer et dévoiler le vote après et l’évolution"
    _key(qtbot, console, Qt.Key.Key_PageDown)
    assert c.state.open_round.revealed_after
    _key(qtbot, console, Qt.Key.Key_PageUp)
    rnd = c.state.open_round
    assert rnd.after is not None and rnd.after.total.disagree == 9 and rnd.shift is not None
    assert not rnd.revealed_after and rnd.revealed_before
    assert debate.vote_states["after"].text() == "caché à la salle"
    assert _label(console) == "Dévoiler le vote après et l’évolution"


def test_ctrl_z_after_record_and_show_still_takes_the_whole_press_back(qtbot, file_console) -> None:
    console = file_console
    c, debate = _first_vote_shown(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.open_round.before is None and debate.votes["before"].counts() == COUNTS


def test_in_english(qtbot, console, translations) -> None:
    translations.set_language("en")
    c = console.controller
    c.act(c.session.start_phase, "debates")
    _key(qtbot, console, Qt.Key.Key_PageDown)
    console.phase.debate.votes["before"].set_counts(7, 4, 2)
    assert _label(console) == "Record and show the vote before"
    _key(qtbot, console, Qt.Key.Key_PageDown)
    _key(qtbot, console, Qt.Key.Key_PageUp)
    assert c.state.open_round.before is not None and not c.state.open_round.revealed_before
    said = console.status_line.text()
    assert said.endswith("The vote stays recorded, hidden from the room (Ctrl+Z takes it back)."), said
    assert console.phase.debate.vote_states["before"].text() == "hidden from the room"
