"""Leaving a phase with content left undone asks once, on the console only (never on the stage)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from bataille.ui.controller import SessionController
from bataille.ui.steps import unfinished_words
from bataille.workshop.flow import phase_title, unfinished

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


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
        left = [unfinished_words(w) for w in unfinished(c.state, c.deck)] + self.also() if phase is not None else []
        if not left or phase.id in self.asked:
            then()
            return
        if self.question is not None:  # already asked (the remote pressed again): one question, brought forward
            self.question.raise_()
            self.question.activateWindow()
            return
        title = phase_title(c.deck, phase.id, c.lang, c.state)
        box = QMessageBox(QMessageBox.Icon.Question, translate("LeaveGuard", "Leave “%1”?").replace("%1", title),
                          translate("LeaveGuard", "In “%1”, %2. Leave it anyway?")
                          .replace("%1", title).replace("%2", _listed(left)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.question = box

        def answered(_result: int) -> None:
            self.question = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.asked.add(phase.id)
                then()

        box.finished.connect(answered)
        box.open()  # not exec(): the console keeps running (timers, phones) while it asks


def _listed(reasons: list[str]) -> str:
    """"a", "a and b", "a, b and c", in the interface language."""
    if len(reasons) < 2:
        return "".join(reasons)
    return translate("LeaveGuard", "%1 and %2").replace("%1", ", ".join(reasons[:-1])).replace("%2", reasons[-1])
