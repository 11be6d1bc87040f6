"""Raised hands typed into a vote's boxes and not recorded yet are kept when the debate closes first:
a teacher types the counts, then presses « Clore le débat ». Before, the debate closed with no vote
and the counts were gone. (Closing the window with counts typed asks first, and quitting anyway keeps
them typed for the session's reopening: tests/ui/test_close_during_a_vote.py.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from .test_console_words import quick  # noqa: F401 - the fixture


def _open_debate(console):
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    return c, console.phase.debate


def test_closing_a_debate_records_the_counts_typed_first(console, qtbot) -> None:
    c, page = _open_debate(console)
    page.votes["before"].set_counts(10, 8, 4)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    page.close_question.findChild(QPushButton, "closeAnyway").click()  # no vote after: asked first
    rnd = c.state.rounds[0]
    assert rnd.closed and rnd.before is not None
    assert (rnd.before.total.agree, rnd.before.total.disagree, rnd.before.total.undecided) == (10, 8, 4)
    assert not rnd.revealed("before")  # hidden, as Record keeps it: the facilitator shows it or not
    qtbot.waitUntil(lambda: "vote avant le débat ont été enregistrés" in console.status_line.text(), timeout=2000)
    c.undo()  # one press, one undo: the debate open again, its counts typed again, not recorded
    assert c.state.open_round is not None and c.state.open_round.before is None
    assert page.votes["before"].counts() == {"agree": 10, "disagree": 8, "undecided": 4}


def test_the_vote_after_typed_is_recorded_with_its_shift(console, qtbot) -> None:
    c, page = _open_debate(console)
    page.votes["before"].set_counts(6, 5, 3)
    page.record("before")
    page.votes["after"].set_counts(4, 9, 1)  # not recorded
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    rnd = c.state.rounds[0]
    assert rnd.closed and rnd.after is not None and rnd.shift is not None
    assert (rnd.after.total.agree, rnd.after.total.disagree, rnd.after.total.undecided) == (4, 9, 1)
    # Hidden: the room has not seen the shift, so no side gets the debate's points for it.
    assert not rnd.revealed("after") and all(t.score == 0 for t in c.state.teams)
    qtbot.waitUntil(lambda: "vote après le débat ont été enregistrés" in console.status_line.text(), timeout=2000)


def test_nothing_typed_records_nothing(console, qtbot) -> None:
    c, page = _open_debate(console)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    page.close_question.findChild(QPushButton, "closeAnyway").click()  # no vote after: asked first
    assert c.state.rounds[0].closed and c.state.rounds[0].before is None


def test_a_quick_debate_ends_as_a_debate(quick, qtbot) -> None:  # noqa: F811
    c = quick.controller
    for stage, counts in (("before", {"agree": 5, "disagree": 3, "undecided": 2}),
                          ("after", {"agree": 3, "disagree": 6, "undecided": 1})):
        c.act(c.session.record_vote, stage, counts)
        c.act(c.session.reveal_votes, stage)
    c.act(c.session.close_round)
    assert quick.next_panel.button.toolTip() == "Terminer le débat"  # not « Terminer l’atelier »
