"""The debate panel's phone votes: ask the phones, close their vote (by hand, by a countdown, with
"End the vote and show it" or with Record), put their answers in the counts of the round and stage
they were asked for, and keep them in the session.

A phone vote belongs to one round and one stage (its question's id is ``round * 2 + after``). Closing
its round or the session closes it first and keeps its answers (debate_closing.py); so does leaving
its phase by the agenda, which closes the open debate (AgendaPanel.closing_debate). When its phase
ends otherwise, the vote is closed into its round; when its round goes away (undo), the vote is
stopped and its answers go with the round. The console says which. Asked again, the vote opens from
the answers already given (each phone sees its own and may change it).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton

from bataille.phones.room import Question
from bataille.ui import phones as ui_phones
from bataille.ui.console.debate_closing import ClosingKeepsAnswers, asked_for
from bataille.ui.console.phones_undo import PhonesUndo
from bataille.ui.phase_clock import format_clock
from bataille.ui.phones import Phones
from bataille.ui.screen_reader import announce
from bataille.workshop.flow import is_quick_debate
from bataille.workshop.state import CHOICES

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


__all__ = ["PhoneVoting", "asked_for"]


class PhoneVoting(PhonesUndo, ClosingKeepsAnswers):
    """Mixed into DebatePanel (which has ``controller``, ``votes`` and ``vote_boxes``)."""

    def init_phone_voting(self) -> None:
        self.phones: Phones | None = None
        self.countdown: Callable[[], int] | None = None
        self._show_when_closed: str | None = None  # "End the vote and show it" waits for the phones
        self._record_when_closed: str | None = None  # so does Record, while the phones vote
        self._asked = 0  # how many times the phones were asked: a countdown closes only its own vote
        # The vote asked last with a countdown, and when that closes it (time.time()), or, negative, the
        # seconds it keeps while the paused timer holds it (phones_resume.py): kept against a stop.
        self.countdown_ends: tuple[int, float] | None = None
        self._closing_left: int | None = None  # the vote closed because its phase is over, until it is
        self.init_closing()
        self.phone_buttons: dict[str, QPushButton] = {}
        self.controller.vote_taker = self  # "next" takes the vote this page holds (controller.next_step)

    def phone_button(self, stage: str) -> QPushButton:
        """The "Ask the phones" button of a vote box, hidden while Phones is off."""
        button = QPushButton()
        button.setObjectName(f"phones_{stage}")
        button.clicked.connect(lambda _=False, s=stage: self.ask_or_close_phones(s))
        button.hide()
        self.phone_buttons[stage] = button
        return button

    def attach_phones(self, phones: Phones, countdown: Callable[[], int] | None = None) -> None:
        """``countdown()``: 0, or the seconds after which a phone vote closes by itself."""
        self.phones, self.countdown = phones, countdown
        phones.countChanged.connect(lambda *_: (self._refresh_phones(), self.controller.stepChanged.emit()))
        phones.stateChanged.connect(self._phones_on_or_off)
        phones.voteClosed.connect(self._phones_closed)
        phones.countdownChanged.connect(self._time_left)
        self.controller.changed.connect(self._follow_the_round)
        self._refresh_phones()  # the page may be built while the phones are on

    def _phones_on_or_off(self, on: bool) -> None:
        if not on:  # no answer will come: Record and "End the vote and show it" wait no more
            self._show_when_closed = self._record_when_closed = self._closing_left = None
            if self._close_when_closed is not None:  # the round closes without them
                self._close_without_answers(self._closings)
        self._refresh_phones()

    def _phone_question(self, stage: str) -> Question | None:
        rnd = self.controller.state.open_round
        if rnd is None:
            return None
        try:
            card = self.controller.deck.card(rnd.card_id)
            title, claim = card.title.get(self.controller.lang), card.claim.get(self.controller.lang)
        except (KeyError, AttributeError):
            title = claim = rnd.card_id
        return Question(rnd.number * 2 + (stage == "after"), title, claim, stage, lang=self.controller.lang)

    def _asking(self, stage: str) -> bool:
        """The phones vote now on ``stage`` of the open round."""
        phones, question = self.phones, self._phone_question(stage)
        return phones is not None and phones.asking is not None and question is not None \
            and phones.asking.id == question.id

    def ask_or_close_phones(self, stage: str, seconds: float | None = None) -> None:
        """First click: the phones get the claim; second click: their vote closes. Asked again, the
        vote opens again from the answers already given: each phone sees its own and may change it,
        and one that does not answer again keeps it (they were lost: the answers replaced them).
        ``seconds``: the vote's countdown, instead of the one chosen in the Phones panel (0: none)."""
        phones = self.phones
        if phones is None or not phones.on:
            return
        question = self._phone_question(stage)
        if self._asking(stage):
            phones.close_vote()
        elif question is not None and phones.asking is None:
            if seconds is None:
                seconds = self.countdown() if self.countdown is not None else 0
            # Before the phones are asked: what keeps the open vote (phones_resume.py) keeps its end too.
            self.countdown_ends = (question.id, self.end_kept(seconds)) if seconds > 0 else None
            rnd = self.controller.state.open_round
            phones.ask(question, dict(rnd.phone_votes(stage)) if rnd is not None else None, max(0.0, seconds))
            self._asked += 1
            self.asked_now(question.id)  # Ctrl+Z stops it first (phones_undo.py)
            self._say("info", self._asked_words(stage, question.id // 2))
            if phones.earlier_elsewhere:  # recorded before the phones moved: each phone is a new one here
                self._say("info", translate(
                    "DebatePanel", "Vote reopened at the phones' new address: each phone comes back there as a new "
                    "one, so it answers again (answers to give again: %1). The answers recorded at the old address "
                    "stay in the session until the new ones replace them, when this vote closes.").replace(
                    "%1", str(phones.earlier_elsewhere)))
            self.start_countdown(question.id, seconds, kept=True)
        self._refresh_phones()

    def _asked_words(self, stage: str, number: int) -> str:
        """« Vote avant demandé aux téléphones (débat 1) »: the vote named, and shaped, as the history
        names it when it is recorded and shown; a quick debate's one debate has no number."""
        if is_quick_debate(self.controller.state):
            return translate("DebatePanel", "Vote before asked to the phones") if stage == "before" \
                else translate("DebatePanel", "Vote after asked to the phones")
        return (translate("DebatePanel", "Vote before asked to the phones (debate %1)") if stage == "before"
                else translate("DebatePanel", "Vote after asked to the phones (debate %1)")).replace("%1", str(number))

    def start_countdown(self, question_id: int, seconds: float, kept: bool = False) -> None:
        """The vote just asked closes after ``seconds`` (0: by hand): the phones' own countdown closes it
        (ui/phones_countdown.py: it holds while the timer is paused); ``kept``: its end is already in
        ``countdown_ends``, which keeps it against an abrupt stop."""
        if not kept:
            self.countdown_ends = (question_id, self.end_kept(seconds)) if seconds > 0 else None

    def end_kept(self, seconds: float) -> float:
        """What ``countdown_ends`` keeps of a countdown of ``seconds`` starting now: when it closes the
        vote, or, the session's timer paused (it holds at once), minus the seconds it keeps."""
        if self.phones is not None and self.phones.clock.paused:
            return -float(seconds)
        return time.time() + seconds

    def ask_again_after_a_stop(self, question_id: int, seconds: float = 0) -> bool:
        """The phones' vote on ``question_id`` was open when the app stopped abruptly: asked again if it
        is still the open debate's (each phone sends the answer it had given), closed by itself after
        ``seconds`` (0: by hand, as it was); True when asked."""
        stage = "after" if question_id % 2 else "before"
        question, phones = self._phone_question(stage), self.phones
        if question is None or question.id != question_id or phones is None or not phones.on \
                or phones.asking is not None:
            return False
        self.ask_or_close_phones(stage, seconds)
        return self._asking(stage)

    def _follow_the_round(self, _parts: frozenset = frozenset()) -> None:
        """A phone vote left open does not follow the facilitator into another round or phase."""
        phones = self.phones
        if phones is None:
            return
        state = self.controller.state
        rnd, phase = state.open_round, state.agenda.current
        if phones.asking is None:
            closed = phones.closed_question
            if closed is not None and (rnd is None or asked_for(closed)[0] != rnd.number):
                phones.done_with_vote()  # its debate over: they wait, not on its claim through the scenarios
            return
        number = asked_for(phones.asking.id)[0]
        if rnd is None or rnd.number != number:
            # Its round is undone (or closed some other way than close_round above): the session
            # takes no answer into a round that is gone or closed.
            answered = phones.answered
            self._show_when_closed = self._record_when_closed = None
            # The phones leave the old claim and wait for the next question; its answers gone with the
            # debate, the pages forget them (none goes again by itself if that debate comes back).
            phones.done_with_vote(taken_back=True)
            undone = all(r.number != number for r in state.rounds)
            if undone and answered:
                words = (translate("DebatePanel", "The debate is undone: the phones' vote on it is stopped and its "
                                   "answers go with it (answers lost: %2)."),
                         translate("DebatePanel", "Debate %1 is undone: the phones' vote on it is stopped and its "
                                   "answers go with it (answers lost: %2)."))
            elif undone:
                words = (translate("DebatePanel", "The debate is undone: the phones' vote on it is stopped."),
                         translate("DebatePanel", "Debate %1 is undone: the phones' vote on it is stopped."))
            elif answered:
                words = (translate("DebatePanel", "The debate is no longer open: the phones' vote on it is stopped "
                                   "and its answers are not recorded (answers lost: %2)."),
                         translate("DebatePanel", "Debate %1 is no longer open: the phones' vote on it is stopped "
                                   "and its answers are not recorded (answers lost: %2)."))
            else:
                words = (translate("DebatePanel", "The debate is no longer open: the phones' vote on it is "
                                   "stopped."),
                         translate("DebatePanel", "Debate %1 is no longer open: the phones' vote on it is stopped."))
            self._say("error" if answered else "info", self._debate_words(*words, number, answered))
            self._refresh_phones()
        elif (phase is None or phase.kind != "debate") and self._closing_left != phones.asking.id:
            # Its round is still open: the vote closes into it, as the facilitator would have closed it.
            self._closing_left = phones.asking.id
            phones.close_vote()
            self._say("info", self._debate_words(
                translate("DebatePanel", "The phase is over: the phones' vote is closed, its answers are "
                          "kept in the debate."),
                translate("DebatePanel", "The phase is over: the phones' vote of debate %1 is "
                          "closed, its answers are kept in that debate."), number))

    def _say(self, kind: str, text: str) -> None:
        """A line on the console's status bar, after the one saying what the action itself did."""
        QTimer.singleShot(0, self, lambda: self.controller.status.emit(kind, text))

    def _phones_closed(self, question_id: int, votes: dict, teams: dict) -> None:
        """The phones' answers go into the round and stage they were asked for, beside the raised hands
        typed in the boxes (left as they are); answers to an earlier asking of the same vote are replaced."""
        phones = self.phones
        if phones is not None and phones.asking is not None and phones.asking.id == question_id:
            phones.asking = None
        number, stage = asked_for(question_id)
        rnd = self.controller.state.open_round
        self._closing_left = None
        show, self._show_when_closed = self._show_when_closed, None
        record, self._record_when_closed = self._record_when_closed, None
        if rnd is None or rnd.number != number:  # closed just as its debate was: nowhere to go
            self._close_when_closed = None
            if phones is not None:
                phones.done_with_vote()
            if votes and not self._kept(number, stage, votes):
                self._say("error", self._debate_words(
                    translate("DebatePanel", "The phones' answers came after the debate closed: they were "
                              "not recorded."),
                    translate("DebatePanel", "The phones' answers to debate %1 came after it closed: they were "
                              "not recorded."), number))
            self._refresh_phones()
            return
        counts = self.votes[stage].counts()
        left = phones.left_at_close if phones is not None else None
        left = left[1] if left is not None and left[0] == question_id else None
        # One step, however many actions it records: one Ctrl+Z takes it back, the phones voting again
        # (with the time its countdown had left).
        with self.controller.one_step(self.put_back_after_undo(question_id, votes, {stage: counts}, left)):
            self._take_answers(number, stage, votes, teams, counts, show, record)
        self._refresh_phones()

    def _take_answers(self, number: int, stage: str, votes: dict, teams: dict, counts: dict[str, int],
                      show: str | None, record: str | None) -> None:
        if votes:
            # Kept in the session file, one answer per phone (it replaces the earlier ones): the table
            # of who changed their mind, and the phones' part of the vote, beside the hands typed.
            self.controller.act(self.controller.session.record_phone_votes, stage, dict(votes),
                                round_no=number, teams=dict(teams))
            # The hands stay as typed: a vote already taken is redrawn from its old total less the new answers.
            self.votes[stage].set_counts(*(counts[c] for c in CHOICES))
            self._tell_counts(stage)
            if self.controller.state.round(number).vote(stage) is not None:
                record = stage  # the vote already taken gets the phones' new answers
        if record == stage:  # Record was pressed while the phones voted, or the vote is already taken
            self.controller.act(self.controller.session.record_vote, stage, self.whole_counts(stage))
        if show == stage:
            self._record_and_show(stage)
        if self._close_when_closed is not None:  # closing its round waited for the answers
            self._close_after_answers(stage, len(votes))

    def _tell_counts(self, stage: str) -> None:
        """The counts the phones' answers made, said by a screen reader: they came in by themselves."""
        agree, disagree, undecided = (str(self.whole_counts(stage)[c]) for c in CHOICES)
        announce(self, translate("DebatePanel", "The phones' answers are in the counts: %1 agree, %2 disagree, "
                                 "%3 undecided").replace("%1", agree).replace("%2", disagree).replace("%3", undecided))

    def _refresh_phones(self) -> None:
        phones = self.phones
        rnd = self.controller.state.open_round
        for stage, button in self.phone_buttons.items():
            on = phones is not None and phones.on
            asking = on and self._asking(stage)
            shown = rnd is not None and rnd.revealed(stage)  # the room has seen it: that vote is over
            # Over, it is not offered again, greyed: the line it took kept the shift under the bottom
            # edge of a laptop's page once the phones had answered both votes.
            button.setVisible(on and (asking or not shown))
            if not on:
                continue
            button.setEnabled(self.vote_boxes[stage].isEnabled()
                              and (asking or (phones.asking is None and not shown)))
            button.setText(self._phone_button_text(stage, asking))
        for stage in self.phones_parts:  # the phones' part beside the hands, or how many answered
            self._show_phones_part(stage)
        self.controller.stepChanged.emit()  # "next" may ask the phones, or wait for them

    def _phone_button_text(self, stage: str, asking: bool) -> str:
        phones, rnd = self.phones, self.controller.state.open_round
        earlier = len(rnd.phone_votes(stage)) if rnd is not None else 0
        left = phones.seconds_left if asking else None
        if left is not None:  # the time its countdown leaves, beside the answers, as the stage shows it
            return translate("DebatePanel", "Close the phones' vote (answers: %1 · closes in %2)").replace(
                "%1", str(phones.answered)).replace("%2", format_clock(left))
        if asking:
            return translate("DebatePanel", "Close the phones' vote (answers: %1)").replace("%1", str(phones.answered))
        if earlier:
            return translate("DebatePanel", "Reopen the phones' vote (answers kept: %1)").replace("%1", str(earlier))
        return translate("DebatePanel", "Ask the phones")

    def _time_left(self) -> None:
        """Once a second while a countdown closes the phones' vote: its button says the time left, and
        so does "next" (the console's primary button), in the same words."""
        for stage, button in self.phone_buttons.items():
            if self._asking(stage):
                button.setText(self._phone_button_text(stage, True))
        self.controller.stepChanged.emit()

    def phones_seconds_left(self, stage: str) -> int | None:
        """The seconds the phones' vote on ``stage`` has left while a countdown closes it; else None."""
        return self.phones.seconds_left if self._asking(stage) else None

    def record(self, stage: str) -> None:
        """Record the counts; while the phones vote on this stage, their vote closes first and the
        counts are recorded with their answers."""
        if self._asking(stage):
            self._record_when_closed = stage
            self.phones.close_vote()
            return
        self.controller.act(self.controller.session.record_vote, stage, self.whole_counts(stage))

    def vote_ready(self, stage: str) -> bool:
        """A vote "next" can take on ``stage``: counts in its boxes (typed, or the phones' answers
        once their vote closed), or the phones voting on it with answers in."""
        answered = self.phones_answered(stage)
        return bool(answered) or any(self.whole_counts(stage).values())

    def phones_answered(self, stage: str) -> int | None:
        """How many phones answered the vote on ``stage`` while it is open; None when it is not."""
        return self.phones.answered if self._asking(stage) else None

    def phones_connected(self) -> int:
        return self.phones.connected if self.phones is not None and self.phones.on else 0

    def phones_closing(self, stage: str) -> bool:
        return self._show_when_closed == stage and self._asking(stage)

    def phones_can_ask(self, stage: str) -> bool:
        """Phones on and free, the vote on ``stage`` not taken: nothing typed, nothing shown."""
        button = self.phone_buttons.get(stage)
        phones, rnd = self.phones, self.controller.state.open_round
        return (phones is not None and phones.on and phones.asking is None and rnd is not None
                and rnd.vote(stage) is None and not any(self.whole_counts(stage).values())
                and button is not None and button.isEnabled())

    def ask_phones(self, stage: str) -> None:
        if self.phones_can_ask(stage):
            self.ask_or_close_phones(stage)

    def current_stage(self) -> str | None:
        """The vote to take now: 'before' until it is shown, then 'after'; None when both are shown."""
        rnd = self.controller.state.open_round
        if rnd is None:
            return None
        for stage in ("before", "after"):
            if not rnd.revealed(stage):
                return stage
        return None

    def end_vote_and_show(self) -> None:
        """One key: close the phones' vote (if open), record the counts, show them on the stage."""
        stage = self.current_stage()
        if stage is None:
            return
        if self._asking(stage):
            self._show_when_closed = stage  # the phones answer through the network: continue then
            self.phones.close_vote()
            self.controller.stepChanged.emit()  # "next" says it is closing their vote
            QTimer.singleShot(ui_phones.ANSWERS_WAIT_MS, self, lambda s=stage: self._closing_too_long(s))
            return
        self._record_and_show(stage)

    def _closing_too_long(self, stage: str) -> None:
        """A server that does not answer holds "next" up no longer: it offers to close again. The close
        already asked stays the only one (pressed again, "next" waits for its answers once more): a
        server that wakes up answers it once, not twice."""
        if self._show_when_closed == stage and self._asking(stage):
            self._show_when_closed = None
            self._say("error", translate("DebatePanel", "The phones' vote did not close in time: close it "
                                         "again, or count hands in the middle."))
            self.controller.stepChanged.emit()

    def _record_and_show(self, stage: str) -> None:
        rnd = self.controller.state.open_round
        if rnd is not None and rnd.vote(stage) is None:
            if self.controller.act(self.controller.session.record_vote, stage, self.whole_counts(stage)) is None:
                return
        self.controller.act(self.controller.session.reveal_votes, stage)
