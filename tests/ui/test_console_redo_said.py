"""A redo said as one, in the interface's language: the status line's « Rétabli — … » said again in
the new language after Preferences → English (it went blank), and the history's line of a redone
action marked « Rétabli — … » as an undone one is marked « Annulé — … » (it read as a new action)."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from .test_hurried_questions_language import debate, switch  # noqa: F401 - the fixture

REDONE_FR = "Rétabli — Vote avant dévoilé (débat 1)"
REDONE_EN = "Redone — Vote before revealed (debate 1)"


def _history(console) -> list[str]:
    box = console.findChild(QListWidget, "history")
    return [box.item(i).text() for i in range(box.count())]


def _undo_redo(console) -> None:
    c = console.controller
    c.undo()
    assert not c.state.open_round.revealed_before
    c.redo()
    assert c.state.open_round.revealed_before


def test_the_line_of_a_redo_is_said_again_in_the_new_language(debate, translations) -> None:  # noqa: F811
    _undo_redo(debate)
    assert debate.status_line.text() == REDONE_FR
    switch(translations, "en")
    assert debate.status_line.text() == REDONE_EN
    assert debate.status_line.toolTip() == REDONE_EN
    switch(translations, "fr")
    assert debate.status_line.text() == REDONE_FR


def test_a_redo_no_longer_last_is_not_said_again(debate, translations) -> None:  # noqa: F811
    c = debate.controller
    c.undo()
    c.undo()  # the vote itself taken back too
    assert c.state.open_round.before is None
    c.redo()  # the vote, not its reveal
    assert debate.status_line.text() == "Rétabli — Vote avant enregistré (débat 1)"
    switch(translations, "en")
    assert debate.status_line.text() == "Redone — Vote before recorded (debate 1)"
    c.act(c.session.add_argument, c.state.teams[0].id, "Sources matter.", "for")
    debate.show_status("info", "Redone — Vote before recorded (debate 1)")
    switch(translations, "fr")
    assert debate.status_line.text() == ""


def test_the_history_shows_a_redone_action_as_redone(debate, translations) -> None:  # noqa: F811
    _undo_redo(debate)
    history = _history(debate)
    assert history[:3] == [REDONE_FR, "Annulé — Vote avant dévoilé (débat 1)", "Vote avant dévoilé (débat 1)"]
    switch(translations, "en")
    assert _history(debate)[:3] == [REDONE_EN, "Undone — Vote before revealed (debate 1)", "Vote before revealed (debate 1)"]
    c = debate.controller
    c.undo()  # the redone action undone again: said by what it took back, plainly
    assert _history(debate)[:2] == ["Undone — Vote before revealed (debate 1)", REDONE_EN]
