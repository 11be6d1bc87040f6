"""Ending the debrief with nothing noted asks first. The debrief is the last phase: its primary step
is « Terminer l'atelier », and one PageDown at its start ended the session in silence (« Merci !
L'atelier est terminé » on the stage) with nothing the room takes away, nor any commitment. Now the
console asks, as it does before leaving the other phases' content; the safe answer is the default,
and it puts the cursor where the takeaways are typed. Real console, real keys."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bataille.ui.commands import Command
from bataille.workshop.flow import StepKind, next_step


def _to_the_debrief(console) -> None:
    c = console.controller
    for phase in c.state.agenda.phases:  # the debrief is the last phase: ending it ends the workshop
        if phase.id != "debrief" and phase.status == "pending":
            c.act(c.session.skip_phase, phase.id)
    c.act(c.session.start_phase, "debrief")
    assert next_step(c.state, c.deck).kind == StepKind.END and c.next_step().leaves


def test_pagedown_at_the_start_of_the_debrief_asks_before_ending_the_workshop(qtbot, console, tmp_path) -> None:
    c, debrief = console.controller, console.phase.debrief
    _to_the_debrief(console)
    console.actions_[Command.NEXT].trigger()  # PageDown, the remote, « Terminer l'atelier »
    box = console.leave_guard.question
    assert box is not None and box.isVisible()
    assert c.state.agenda.current is not None  # not ended behind the question
    assert box.windowTitle() == "Terminer l’atelier\u00a0?"
    assert box.text() == ("Rien n’est encore noté dans le bilan (ce que la salle retient, ses engagements). "
                          "Terminer l’atelier quand même\u00a0?")
    stay, end = box.button(QMessageBox.StandardButton.No), box.button(QMessageBox.StandardButton.Yes)
    assert (stay.text(), end.text()) == ("Noter le bilan", "Terminer quand même")
    assert box.defaultButton() is stay  # Enter, from the keyboard, stays
    assert box.informativeText() == "Par la télécommande\u00a0: Page suiv. termine l’atelier, Page préc. reste au bilan."
    folder = Path(os.environ.get("BATAILLE_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    box.grab().save(str(folder / "debrief-end-asks.png"))
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert console.leave_guard.question is None and c.state.agenda.current.kind == "debrief"
    qtbot.waitUntil(lambda: debrief.takeaway.hasFocus(), timeout=2000)  # where the room's takeaway is typed

    console.actions_[Command.NEXT].trigger()  # staying was not an answer for ever: it asks again
    box = console.leave_guard.question
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_PageDown)  # the remote: ends, as the button that asked offered
    assert console.leave_guard.question is None
    assert c.state.agenda.current is None and next_step(c.state, c.deck).kind == StepKind.OVER


def test_one_line_noted_and_the_debrief_ends_at_once(qtbot, console) -> None:
    c, debrief = console.controller, console.phase.debrief
    _to_the_debrief(console)
    debrief.takeaway.setText("Vérifier avant de partager")
    qtbot.keyClick(debrief.takeaway, Qt.Key.Key_Return)
    assert c.state.debrief.takeaways == ("Vérifier avant de partager",)
    console.actions_[Command.NEXT].trigger()
    assert console.leave_guard.question is None and c.state.agenda.current is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_in_english(qtbot, console, translations) -> None:
    translations.set_language("en")
    _to_the_debrief(console)
    console.agenda.go_to_next_phase()  # the agenda's own button asks the same
    box = console.leave_guard.question
    assert box is not None and box.windowTitle() == "End the workshop?"
    assert box.text() == ("Nothing is noted in the debrief yet (what the room takes away, its commitments). "
                          "End the workshop anyway?")
    assert [box.button(b).text() for b in (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)] == [
        "Note the debrief", "End anyway"]
    box.button(QMessageBox.StandardButton.No).click()
    assert console.controller.state.agenda.current.kind == "debrief"


def test_time_up_in_the_debrief_still_asks_before_ending_with_nothing_noted(qtbot, console) -> None:
    """Time up, what a phase holds is left on purpose and not asked about; a debrief with nothing
    noted still is, in the words of ending the workshop (the question once said « La quitter »)."""
    c = console.controller
    _to_the_debrief(console)
    c.session.clock.advance(11 * 60)  # the debrief's 10 minutes are over
    c._check_time_up()
    console.actions_[Command.NEXT].trigger()
    box = console.leave_guard.question
    assert box is not None and box.windowTitle() == "Terminer l’atelier\u00a0?"
    assert box.text().startswith("Rien n’est encore noté dans le bilan") and "La quitter" not in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert c.state.agenda.current is None
