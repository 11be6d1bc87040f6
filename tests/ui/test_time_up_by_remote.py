"""Time up, the remote moves on: the primary button offers the end of the phase (said in its words),
PageDown takes it, and the question before leaving a phase is answered from the remote too. Real
widgets, real keys, the session's manual clock."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def _key(qtbot, console, key) -> None:
    qtbot.keyClick(console, key)


def _over_time(console) -> None:
    c = console.controller
    c.session.clock.advance(c.state.agenda.current.planned_seconds + 1)
    c._on_tick()  # the clock's wake-up: time is up, the console turns red


def _to_the_shift(qtbot, console) -> None:
    c, debate = console.controller, console.phase.debate
    _key(qtbot, console, Qt.Key.Key_PageDown)  # opens a debate
    debate.votes["before"].set_counts(6, 5, 3)
    _key(qtbot, console, Qt.Key.Key_PageDown)  # recorded and shown
    debate.votes["after"].set_counts(4, 9, 1)
    _key(qtbot, console, Qt.Key.Key_PageDown)  # recorded and shown: the shift
    assert c.state.open_round.revealed_after


def _first_phases_skipped(c, phase_id: str) -> None:
    for phase in c.state.agenda.phases:
        if phase.id == phase_id:
            break
        c.act(c.session.skip_phase, phase.id)
    c.act(c.session.start_phase, phase_id)


def test_time_up_after_a_debate_the_button_and_pagedown_leave_for_the_next_phase(qtbot, console) -> None:
    c, button = console.controller, console.next_panel.button
    _first_phases_skipped(c, "debates")
    _to_the_shift(qtbot, console)
    assert "ouvrir le suivant" in button.toolTip()
    _over_time(console)
    following = c.state.agenda.next_pending
    assert "Clore ce débat" in button.toolTip() and "ouvrir le suivant" not in button.toolTip(), button.toolTip()
    _key(qtbot, console, Qt.Key.Key_PageDown)  # one press: the debate closed, the next phase under way
    assert console.leave_guard.question is None
    assert len(c.state.rounds) == 1 and c.state.rounds[0].closed
    assert c.state.agenda.current.id == following.id


def test_time_up_between_debates_pagedown_opens_no_other_debate(qtbot, console) -> None:
    c, button = console.controller, console.next_panel.button
    _first_phases_skipped(c, "debates")
    _to_the_shift(qtbot, console)
    c.act(c.session.close_round)
    _over_time(console)
    assert "débat" not in button.toolTip().split(":")[0].lower(), button.toolTip()
    _key(qtbot, console, Qt.Key.Key_PageDown)  # themes are left, time is up: no question, the next phase
    assert console.leave_guard.question is None
    assert len(c.state.rounds) == 1 and c.state.agenda.current.kind != "debate"


def test_time_up_on_the_timeline_with_cards_in_hand_pagedown_moves_on(qtbot, console) -> None:
    c = console.controller
    _first_phases_skipped(c, "timeline")
    _key(qtbot, console, Qt.Key.Key_PageDown)  # deals
    assert c.state.timeline.in_hand and not console.next_panel.button.isEnabled()  # waits for placements
    _over_time(console)
    assert console.next_panel.button.isEnabled()
    _key(qtbot, console, Qt.Key.Key_PageDown)
    assert c.state.agenda.current.kind != "timeline"


def test_the_leaving_question_is_answered_by_the_remote(qtbot, console) -> None:
    """With time left, leaving with cards in hand asks; PageDown did nothing on the question
    (« Non » its default): the facilitator had to walk to the laptop."""
    c = console.controller
    _first_phases_skipped(c, "timeline")
    _key(qtbot, console, Qt.Key.Key_PageDown)  # deals
    console.agenda.next_phase.click()  # "End phase", cards still in hand: it asks
    box = console.leave_guard.question
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert QApplication.activeModalWidget() is box
    # The key reaches the button that has the focus, « Non », the default (Enter stays), and goes up to the question.
    qtbot.keyClick(box.defaultButton(), Qt.Key.Key_PageUp)  # stays
    assert console.leave_guard.question is None and c.state.agenda.current.kind == "timeline"
    console.agenda.next_phase.click()
    box = console.leave_guard.question
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(box.defaultButton(), Qt.Key.Key_PageDown)  # leaves, as the button that asked offered
    assert console.leave_guard.question is None and c.state.agenda.current.kind != "timeline"
