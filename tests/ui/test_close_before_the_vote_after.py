"""« Clore le débat » before the vote after: a teacher read it as "stop arguing, now vote again", and
one click closed the quick debate (the page greyed, the vote after no longer typed), the lesson's
point, the shift of opinion, lost. With time left, closing before that vote now asks first, in one
sentence that says what is lost, the default being to go on debating; the button says it closes
without that vote; once closed, the status says Ctrl+Z reopens it. The same in a full workshop's
debate. Time up, the clock has said to move on: no question. Real widgets, real keys, a real
session file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bataille.storage.reader import read_session
from bataille.workshop.flow import open_debate

from .conftest import open_console
from .test_console_words import quick  # noqa: F401 - the fixture

# As the screen shows it: the app's font has no narrow no-break space (a no-break space instead).
QUESTION = ("Le vote après n’est pas encore enregistré\u00a0: l’évolution de l’opinion ne sera pas mesurée. "
            "Clore quand même\u00a0?")


@pytest.fixture
def workshop(qtbot, translations, bundled_deck, tmp_path):
    """A French console on two teams, a debate open, its session in a real session file."""
    window = open_console(qtbot, bundled_deck, path=tmp_path / "atelier.bataille")
    c = window.controller
    c.act(c.session.start_phase, "debates")
    c.act(open_debate, c.session)
    QApplication.processEvents()
    yield window
    window.phones.turn_off()
    window.controller.close()


def _vote_before(c) -> None:
    """« Enregistrer et dévoiler le vote avant »: recorded, shown."""
    c.act(c.session.record_vote, "before", {"agree": 12, "disagree": 8, "undecided": 5})
    c.act(c.session.reveal_votes, "before")
    QApplication.processEvents()


def _question(page) -> QMessageBox:
    box = page.close_question
    assert box is not None and box.isVisible()
    return box


def _status(console) -> str:
    QApplication.processEvents()  # the panel's line comes after the action's own
    return console.status_line.text()


def test_a_quick_debates_close_asks_first_and_keeps_debating_by_default(quick, qtbot) -> None:  # noqa: F811
    c, page = quick.controller, quick.phase.debate
    _vote_before(c)
    assert page.close_button.text().replace("&", "") == "Clore sans le vote après"
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = _question(page)
    assert box.text() == QUESTION
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton().text() == "Continuer le débat"
    assert c.state.open_round is not None  # nothing closed while it asks
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter: the default, not closing
    assert page.close_question is None and c.state.open_round is not None
    assert page.vote_boxes["after"].isEnabled()  # the vote after can still be typed
    assert not page.round_label.text().startswith("Le débat express est terminé")


def test_closing_anyway_says_ctrl_z_reopens_it_and_ctrl_z_does(quick, qtbot) -> None:  # noqa: F811
    c, page = quick.controller, quick.phase.debate
    _vote_before(c)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = _question(page)
    close = next(b for b in box.buttons() if b is not box.defaultButton())
    assert close.text() == "Clore sans le vote après"  # as the button that asked
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert c.state.open_round is None and c.state.rounds[0].after is None
    qtbot.waitUntil(lambda: _status(quick) == "Débat clos\u00a0: Ctrl+Z le rouvre.", timeout=2000)
    label = page.round_label.text()
    assert label.startswith("Le débat express est terminé") and label.endswith("Ctrl+Z le rouvre."), label
    quick.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is quick, timeout=2000)
    qtbot.keyClick(quick, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.open_round is not None and c.state.open_round.before is not None
    assert page.vote_boxes["after"].isEnabled()


def test_a_full_workshops_debate_asks_the_same(workshop, qtbot) -> None:
    c, page = workshop.controller, workshop.phase.debate
    _vote_before(c)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = _question(page)
    assert box.text() == QUESTION and box.defaultButton().text() == "Continuer le débat"
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert c.state.open_round is not None
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = _question(page)
    qtbot.mouseClick(next(b for b in box.buttons() if b is not box.defaultButton()), Qt.MouseButton.LeftButton)
    assert c.state.open_round is None
    qtbot.waitUntil(lambda: _status(workshop) == "Débat 1 clos\u00a0: Ctrl+Z le rouvre.", timeout=2000)
    assert page.round_label.text().endswith("Débat clos trop tôt\u00a0? Ctrl+Z le rouvre.")
    kinds = [type(e).__name__ for e in read_session(c.session.store.path)]
    assert kinds.count("RoundClosed") == 1  # asked once, closed once


def test_no_question_once_the_vote_after_is_recorded_or_typed(workshop, qtbot) -> None:
    c, page = workshop.controller, workshop.phase.debate
    _vote_before(c)
    page.votes["after"].set_counts(4, 9, 1)  # typed, not recorded: it is recorded as the debate closes
    QApplication.processEvents()
    assert page.close_button.text().replace("&", "") == "Clore le débat"
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert page.close_question is None and c.state.open_round is None
    assert c.state.rounds[0].after is not None and c.state.rounds[0].shift is not None
    QApplication.processEvents()
    assert "Ctrl+Z" not in page.round_label.text()  # played to its shift: not "closed too soon?"


def test_time_up_the_close_asks_nothing(workshop, qtbot) -> None:
    """The clock has said to move on (the big button closes without the vote): so does this one."""
    c, page = workshop.controller, workshop.phase.debate
    _vote_before(c)
    c.session.clock.advance(c.state.agenda.current.remaining(c.session.now()) + 1)
    c._on_tick()
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert page.close_question is None and c.state.open_round is None


def test_the_question_goes_when_the_debate_is_closed_or_given_its_vote_after_another_way(workshop, qtbot) -> None:
    """It stayed on screen, asking about a debate already closed (the remote at time up, Ctrl+Z) or
    already given its vote after."""
    c, page = workshop.controller, workshop.phase.debate
    _vote_before(c)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = _question(page)
    c.act(c.session.record_vote, "after", {"agree": 10, "disagree": 10, "undecided": 5})
    QApplication.processEvents()
    assert page.close_question is None and not box.isVisible()
    assert c.state.open_round is not None  # nothing closed by the question going
    c.act(c.session.close_round)
    c.act(open_debate, c.session)
    _vote_before(c)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    box = _question(page)
    c.act(c.session.close_round)  # closed another way
    QApplication.processEvents()
    assert page.close_question is None and not box.isVisible()
    assert len(c.state.rounds) == 2
