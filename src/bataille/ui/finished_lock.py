"""A finished workshop opened again is there to be read and exported, not changed by a stray key.

The console opened on a session whose workshop is already over (last week's, opened from its file)
holds it as it was: the first action that would write to it (Ctrl+Z, a point, a team renamed, the
phones turned on) asks once, in the interface's language, whether to change it; the default changes
nothing, and the status line says so. Answered « Change it », the session is the facilitator's again
until the console closes. A workshop that ends in this console is not held: Ctrl+Z right after the
end takes it back, as it always did (the facilitator undoing a mistaken end).

Every action goes through the controller (``SessionController._perform`` and ``undo``), so this is
asked in one place; the window supplies the question (``ask_to_change``, console/finished_question.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from bataille.workshop import flow

if TYPE_CHECKING:
    from bataille.deck.models import Deck
    from bataille.workshop import SessionState

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class FinishedLock:
    """Mixed into SessionController (``state``, ``deck``, ``quick_debate``, ``_say``)."""

    state: SessionState
    deck: Deck

    def init_finished_lock(self) -> None:
        # Held from the start when the workshop was over before this console opened it.
        self.held_finished = self.workshop_over()
        # The question, put by the window: True to change the workshop anyway. None: nobody to ask,
        # nothing changes.
        self.ask_to_change: Callable[[], bool] | None = None

    def workshop_over(self) -> bool:
        """Every phase of the agenda done or skipped: the workshop (or the quick debate) has ended."""
        return self.state.started and flow.next_step(self.state, self.deck).kind == flow.StepKind.OVER

    def may_change(self) -> bool:
        """True when an action may write to the session now: it is not a finished workshop opened
        again, or the facilitator said to change it (asked here, once); else the status line says
        nothing changed."""
        if not self.held_finished:
            return True
        if self.ask_to_change is not None and self.ask_to_change():
            self.held_finished = False
            return True
        self._say("info", self.unchanged_words())  # type: ignore[attr-defined]
        return False

    def unchanged_words(self) -> str:
        if self.quick_debate:  # type: ignore[attr-defined]
            return translate("SessionController", "Nothing changed: the debate is over, opened to read "
                             "and export it.")
        return translate("SessionController", "Nothing changed: the workshop is over, opened to read "
                         "and export it.")
