"""Ctrl+Z on the phones' votes (see bataille.ui.undo_steps): the question just asked is stopped first;
a vote closed, recorded and shown in one step is taken back in one, the phones voting again with
their answers and the boxes holding what they held; a debate closed with counts typed is reopened
with those counts in their boxes, not recorded.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from bataille.ui.console.debate_closing import asked_for
from bataille.ui.console.phones_panel import COUNTDOWNS_S
from bataille.workshop.state import CHOICES

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class PhonesUndo:
    """Mixed into DebatePanel through PhoneVoting (``controller``, ``phones``, ``votes``, ``_asked``)."""

    def asked_now(self, question_id: int) -> None:
        """The phones were just asked ``question_id``: Ctrl+Z stops it first."""
        number, stage = asked_for(question_id)
        what = self._debate_words(
            translate("DebatePanel", "Phones asked to vote before the debate"),
            translate("DebatePanel", "Phones asked to vote before debate %1"), number) if stage == "before" \
            else self._debate_words(translate("DebatePanel", "Phones asked to vote after the debate"),
                                    translate("DebatePanel", "Phones asked to vote after debate %1"), number)
        self.controller.asked_phones(lambda: self._stop_question(question_id), what)

    def _stop_question(self, question_id: int) -> str:
        """Ctrl+Z right after the phones were asked: they wait again, the answers given so far are
        not kept (said); what was recorded before stays. "" when that vote is no longer open."""
        phones = self.phones
        if phones is None or not phones.on or phones.asking is None or phones.asking.id != question_id \
                or self._show_when_closed or self._record_when_closed or self._close_when_closed is not None:
            return ""
        number, stage = asked_for(question_id)
        rnd = self.controller.state.open_round
        recorded = len(rnd.phone_votes(stage)) if rnd is not None and rnd.number == number else 0
        lost = max(0, phones.answered - recorded)
        self._asked += 1  # its countdown, if any, closes nothing now
        self.countdown_ends = None
        phones.done_with_vote(taken_back=True)  # the pages forget their answers: none goes again by itself
        self._refresh_phones()
        said = self._debate_words(
            translate("DebatePanel", "The phones asked to vote before the debate: they wait again"),
            translate("DebatePanel", "The phones asked to vote before debate %1: they wait again"), number) \
            if stage == "before" else self._debate_words(
            translate("DebatePanel", "The phones asked to vote after the debate: they wait again"),
            translate("DebatePanel", "The phones asked to vote after debate %1: they wait again"), number)
        if lost:
            said += " · " + translate("DebatePanel", "answers not kept: %1").replace("%1", str(lost))
        return said

    def put_back_after_undo(self, question_id: int | None, votes: dict, counts: dict[str, dict[str, int]],
                            left: float | None = None) -> Callable[[], None]:
        """What an undo of a step that closed the phones' vote on ``question_id`` (None: none) or a
        debate puts back besides the session: the ``counts`` its boxes held, by stage; the phones
        voting again, from their answers (``votes``), with the countdown it had: the seconds it had
        ``left`` when it closed (None: none), or, when it ran out, the shortest the console offers."""

        def put_back() -> None:
            rnd = self.controller.state.open_round
            if rnd is None:
                return
            for stage, held in counts.items():
                if rnd.vote(stage) is None:
                    self.votes[stage].set_counts(*(held[c] for c in CHOICES))
            phones = self.phones
            if question_id is None or phones is None or not phones.on or phones.asking is not None:
                return
            number, stage = asked_for(question_id)
            question = self._phone_question(stage)
            if question is None or question.id != question_id or rnd.revealed(stage):
                return
            seconds = reopened_countdown(left)
            # Before the phones are asked: what keeps the open vote (phones_resume.py) keeps its end too.
            self.countdown_ends = (question_id, time.time() + seconds) if seconds > 0 else None
            phones.ask(question, dict(votes), seconds)
            self._asked += 1
            self.start_countdown(question_id, seconds, kept=True)
            self._refresh_phones()
            self._say("info", self._debate_words(
                translate("DebatePanel", "The phones vote again, their answers kept (answers: %2)."),
                translate("DebatePanel", "The phones vote again on debate %1, their answers kept (answers: %2)."),
                number, len(votes)))

        return put_back


def reopened_countdown(left: float | None) -> float:
    """The countdown of a vote opened again by Ctrl+Z on its close: the whole seconds it showed when it
    closed (the time it stood closed is not the room's: nobody could answer), or, when it had run out,
    the shortest the console offers (COUNTDOWNS_S[0]: time to answer, not a vote that closes at once
    again); 0, none, when it had none."""
    if left is None:
        return 0
    return float(math.ceil(left)) if left >= 1 else float(COUNTDOWNS_S[0])
