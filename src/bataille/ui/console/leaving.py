"""Leaving a phase with content left undone asks once, on the console only (never on the stage);
not when the phase's time is up (the console's clock has said to move on), and the remote answers
it: PageDown leaves, as the button that asked offered, PageUp stays. Ending the debrief with nothing
noted (it ends the workshop) asks too: the safe answer, the default, goes back to the debrief."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from bataille.ui.controller import SessionController
from bataille.ui.steps import unfinished_words
from bataille.workshop.flow import Unfinished, phase_title, time_up, unfinished

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def ask_holding_the_session(box: QDialog) -> None:
    """Show a question whose premise is the session as it stands: not in a loop of its own (timers and
    phones go on), but in front of every window of the app, the stage too. Modal to the console only,
    the remote's keys on the stage ran the session's commands behind it (recorded the vote, closed the
    debate), and the question then asked about a session that was not there any more."""
    box.setWindowModality(Qt.WindowModality.ApplicationModal)
    box.show()


class LeaveGuard:
    """Asks before the first move out of a phase that still holds content; then trusts the facilitator."""

    def __init__(self, controller: SessionController, parent: QWidget) -> None:
        self.controller = controller
        self.parent = parent
        self.asked: set[str] = set()  # phases the facilitator chose to leave as they are
        self.question: QMessageBox | None = None  # open while it waits for an answer
        # What else leaving would cut short, that the console knows and the session does not (the
        # phones still filling in their feedback): words, in the interface language.
        self.also: Callable[[], list[str]] = list

    def leave(self, then: Callable[[], None]) -> None:
        """Run ``then`` (a move out of the current phase), after asking once if content is left."""
        c = self.controller
        phase = c.state.agenda.current
        # Time up, what the phase still holds is left on purpose (the clock said so; back takes the
        # move back): only what the session cannot take back is asked about (the phones' feedback),
        # and a debrief with nothing noted (ending it ends the workshop).
        held = [] if phase is None else list(unfinished(c.state, c.deck))
        if held and time_up(c.state, c.session.now()):
            held = [w for w in held if w == Unfinished.NOTHING_NOTED]
        if Unfinished.NOTHING_NOTED in held and getattr(c.feedback_asker, "feedback", None):
            held.remove(Unfinished.NOTHING_NOTED)  # the phones' answers received are kept as it ends
        debrief = Unfinished.NOTHING_NOTED in held
        left = [unfinished_words(w) for w in held if w != Unfinished.NOTHING_NOTED] + self.also() \
            if phase is not None else []
        if not (left or debrief) or phase.id in self.asked:
            then()
            return
        if self.question is not None:  # already asked (the remote pressed again): one question, brought forward
            self.question.raise_()
            self.question.activateWindow()
            return
        title = phase_title(c.deck, phase.id, c.lang, c.state)
        box = QMessageBox(QMessageBox.Icon.Question, translate("LeaveGuard", "Leave “%1”?").replace("%1", title),
                          translate("LeaveGuard", "In “%1”, %2. Leave it anyway?")
                          .replace("%1", title).replace("%2", listed(left)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.parent)
        box.setInformativeText(translate("LeaveGuard", "With the remote: PageDown leaves, PageUp stays."))
        ending = c.state.agenda.next_pending is None  # leaving the last phase ends the workshop
        if debrief:
            self._word_debrief(box, left, ending)
        elif ending:
            box.setWindowTitle(translate("LeaveGuard", "End the workshop?"))
            box.setText(translate("LeaveGuard", "In “%1”, %2. End the workshop anyway?")
                        .replace("%1", title).replace("%2", listed(left)))
            box.setInformativeText(translate("LeaveGuard", "With the remote: PageDown ends the workshop, PageUp stays."))
            box.button(QMessageBox.StandardButton.Yes).setText(translate("LeaveGuard", "End anyway"))
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter, from the keyboard, stays
        box.installEventFilter(RemoteAnswers(box))
        self.question = box

        def answered(_result: int) -> None:
            self.question = None
            # The console active again: without a window manager (a bare X session) nothing took the
            # activation back as the question closed, and the remote's next PageDown went nowhere.
            self.parent.activateWindow()
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.asked.add(phase.id)
                then()
            elif debrief:
                self._to_the_takeaway()

        box.finished.connect(answered)
        ask_holding_the_session(box)  # not exec(): the console keeps running (timers, phones) while it asks


    @staticmethod
    def _word_debrief(box: QMessageBox, others: list[str], ending: bool) -> None:
        """The question about a debrief with nothing noted: its words, and its buttons named for what they do."""
        text = translate("LeaveGuard", "Nothing is noted in the debrief yet (what the room takes away, its commitments).")
        if others:
            text += " " + translate("LeaveGuard", "Also, %1.").replace("%1", listed(others))
        text += " " + (translate("LeaveGuard", "End the workshop anyway?") if ending
                       else translate("LeaveGuard", "Leave it anyway?"))
        box.setText(text)
        if ending:
            box.setWindowTitle(translate("LeaveGuard", "End the workshop?"))
            box.setInformativeText(translate("LeaveGuard", "With the remote: PageDown ends the workshop, "
                                             "PageUp stays in the debrief."))
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("LeaveGuard", "End anyway") if ending else translate("LeaveGuard", "Leave anyway"))
        box.button(QMessageBox.StandardButton.No).setText(translate("LeaveGuard", "Note the debrief"))

    def _to_the_takeaway(self) -> None:
        """« Noter le bilan »: the cursor in the field of what the room takes away, when it is on screen."""
        field = self.parent.findChild(QLineEdit, "takeawayText")
        if field is not None and field.isVisible():
            field.setFocus(Qt.FocusReason.OtherFocusReason)


def listed(reasons: list[str]) -> str:
    """"a", "a and b", "a, b and c", in the interface language."""
    if len(reasons) < 2:
        return "".join(reasons)
    return translate("LeaveGuard", "%1 and %2").replace("%1", ", ".join(reasons[:-1])).replace("%2", reasons[-1])


class RemoteAnswers(QObject):
    """The question answered from the remote, away from the laptop: PageDown (what the button that
    asked offered: leave) is Yes, PageUp is No. Its parent is the question it answers."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) or not isinstance(event, QKeyEvent):
            return False
        from PySide6.QtCore import Qt

        key = event.key()
        answer = (QMessageBox.StandardButton.Yes if key == Qt.Key.Key_PageDown
                  else QMessageBox.StandardButton.No if key == Qt.Key.Key_PageUp else None)
        box = self.parent()
        if answer is None or not isinstance(box, QMessageBox):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:  # the key is the question's, not a window shortcut's
            event.accept()
            return True
        box.button(answer).click()
        return True
