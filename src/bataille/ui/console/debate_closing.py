"""Closing a debate, or the session, while the phones vote on it keeps their answers.

The vote closes first, as Record does: its answers go into that round's counts and into the session
file, then the round (or the session) closes. The server answers through its network thread, so a
round's closing waits for ``voteClosed`` (see PhoneVoting._phones_closed), and the session's, which
cannot wait for a later turn of the event loop, waits in place (Phones.close_vote_and_wait). Either
waits ANSWERS_WAIT_MS at most: a server that does not answer holds nothing up, and the console says
how many answers were lost, if any.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox

from bataille.ui import phones as ui_phones
from bataille.ui.console.leaving import ask_holding_the_session
from bataille.workshop import DebateRound
from bataille.workshop.flow import close_debate, opened_after_time_up, time_up
from bataille.workshop.state import CHOICES

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def typed_words(stages: list[str], sentence: str) -> str:
    """``sentence`` with %1 the votes of ``stages`` (see ClosingKeepsAnswers.record_typed)."""
    if len(stages) > 1:
        votes = translate("DebatePanel", "both votes")
    elif stages == ["before"]:
        votes = translate("DebatePanel", "the vote before the debate")
    else:
        votes = translate("DebatePanel", "the vote after the debate")
    return sentence.replace("%1", votes)


def asked_for(question_id: int) -> tuple[int, str]:
    """The round number and the stage a phone question was asked for."""
    return question_id // 2, "after" if question_id % 2 else "before"


class ClosingKeepsAnswers:
    """Mixed into DebatePanel through PhoneVoting (``controller``, ``phones``, ``votes``, ``_say``)."""

    def init_closing(self) -> None:
        self._close_when_closed: tuple[int, Callable[[], object]] | None = None  # (round, how): it waits
        self._closings = 0  # how many times a close waited: a late timer closes only its own
        self.close_question: QMessageBox | None = None  # open while it waits for an answer
        self._asked_about = 0  # the debate (its number) the question asks about

    # -- the Close button ------------------------------------------------------------------------

    def close_pressed(self) -> None:
        """« Clore le débat »: read as "stop arguing, vote again", it closed the debate before its vote
        after, and the lesson's point, the shift of opinion, was lost in one click. While the phase has
        time left, closing before that vote asks first (the default: go on debating); time up, the
        clock has said to move on (unless this debate was opened once it was up: it asks). Closed, the status line says how to take it back."""
        c = self.controller
        rnd = c.state.open_round
        if rnd is None:
            return
        if self.close_question is not None:  # already asked: one question, brought forward
            self.close_question.raise_()
            self.close_question.activateWindow()
            return
        moving_on = time_up(c.state, c.session.now()) and not opened_after_time_up(c.state)  # the clock said so
        if not self.loses_the_shift(rnd) or moving_on:
            self._close_by_button(rnd.number)
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("DebatePanel", "Close the debate?"),
                          translate("DebatePanel", "The vote after the debate is not recorded yet: the shift of "
                                    "opinion will not be measured. Close anyway?"), QMessageBox.StandardButton.NoButton,
                          self)
        close = box.addButton(translate("DebatePanel", "Close without the vote after"), QMessageBox.ButtonRole.DestructiveRole)
        close.setObjectName("closeAnyway")
        stay = box.addButton(translate("DebatePanel", "Keep debating"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)  # Enter, from the keyboard, keeps the debate open
        box.setEscapeButton(stay)
        self.close_question, self._asked_about = box, rnd.number

        def answered(_result: int) -> None:
            self.close_question = None
            now = c.state.open_round
            if box.clickedButton() is close and now is not None and now.number == rnd.number:
                self._close_by_button(now.number)

        box.finished.connect(answered)
        ask_holding_the_session(box)  # not exec(): the console keeps running (timers, phones) while it asks

    def drop_stale_question(self) -> None:
        """The question about closing a debate no longer stands once that debate is closed, or has its
        vote after, another way (Ctrl+Z, the remote with the time up, the phones' vote): it goes, not
        left asking about a debate that is not there any more."""
        box, rnd = self.close_question, self.controller.state.open_round
        if box is not None and (rnd is None or rnd.number != self._asked_about or not self.loses_the_shift(rnd)):
            box.reject()  # answered() runs: no button clicked, nothing closed

    def loses_the_shift(self, rnd: DebateRound) -> bool:
        """Closing ``rnd`` now leaves it without its vote after: none recorded, no counts typed for it
        (they are recorded as it closes), no phones' answers to it on their way."""
        if rnd.after is not None or "after" in self.typed_counts():
            return False
        phones = self.phones
        asking = phones is not None and phones.on and phones.asking is not None
        return not (asking and asked_for(phones.asking.id) == (rnd.number, "after") and phones.answered)

    def _close_by_button(self, number: int) -> None:
        """Close the open debate as « Clore le débat » does, then say that Ctrl+Z takes it back."""
        c = self.controller

        def close() -> None:
            if c.act(close_debate, c.session) is not None:
                self._say("info", self._debate_words(
                    translate("DebatePanel", "Debate closed: Ctrl+Z reopens it."),
                    translate("DebatePanel", "Debate %1 closed: Ctrl+Z reopens it."), number))

        self.close_round(close)

    def close_round(self, close: Callable[[], object] | None = None) -> None:
        """Close the open round (``close``: how, the session's close_round by default). A phone vote
        open on it closes first, as Record does: its answers go into the round's counts and the
        session file, then the round closes; a server that does not answer in time holds nothing up."""
        c = self.controller
        close = close or (lambda: c.act(close_debate, c.session))  # its winning teams get their points
        phones, rnd = self.phones, c.state.open_round
        if self._close_when_closed is not None:  # already closing (the remote pressed again): once
            return
        if phones is None or not phones.on or phones.asking is None or rnd is None \
                or asked_for(phones.asking.id)[0] != rnd.number:
            counts = {stage: dict(zip(CHOICES, held, strict=True)) for stage, held in self.typed_counts().items()}
            with c.one_step(self.put_back_after_undo(None, {}, counts)):  # one Ctrl+Z: open, typed again
                typed = self.record_typed()
                close()
            if typed:
                self._say("info", typed_words(typed, translate(
                    "DebatePanel", "The counts typed for %1 were recorded, hidden, as the debate closed.")))
            return
        self._close_when_closed = (rnd.number, close)
        self._closings += 1
        phones.close_vote()
        QTimer.singleShot(ui_phones.ANSWERS_WAIT_MS, self,
                          lambda n=self._closings, lost=phones.answered: self._close_without_answers(n, lost))

    def record_typed(self) -> list[str]:
        """Counts typed for a vote of the open round and not recorded yet are recorded, hidden, as
        Record would: a debate (or a session) closed before its Record loses no raised hands. The
        votes recorded ("before", "after"). A vote the phones are asking is left to its closing."""
        c, recorded = self.controller, []
        for stage in ("before", "after"):
            rnd = c.state.open_round
            if rnd is None or (stage == "after" and rnd.before is None):
                break
            counts = self.whole_counts(stage)  # the hands typed and the phones' answers kept
            if rnd.vote(stage) is None and not self._asking(stage) and any(counts.values()):
                c.act(c.session.record_vote, stage, counts)
                recorded.append(stage)
        return recorded

    def typed_not_recorded(self) -> list[str]:
        """The votes of the open round whose counts are typed and not recorded (raised hands typed on
        top of a vote the phones are asking too): what "back" would lose by taking the debate's
        opening back."""
        return list(self.typed_counts())

    def typed_counts(self) -> dict[str, tuple[int, int, int]]:
        """Those votes' counts (agree, disagree, undecided), by stage: the hands typed in their boxes,
        which never hold the phones' answers (the session file keeps those, see _phones_closed)."""
        rnd = self.controller.state.open_round
        typed: dict[str, tuple[int, int, int]] = {}
        for stage in ("before", "after") if rnd is not None else ():
            if (stage == "after" and rnd.before is None) or rnd.vote(stage) is not None:
                continue
            counts = self.votes[stage].counts()
            if any(counts.values()):
                typed[stage] = (counts["agree"], counts["disagree"], counts["undecided"])
        return typed

    def _close_after_answers(self, stage: str, answered: int) -> None:
        """The phones' answers are in the counts (see _phones_closed): record them, close the round."""
        number, close = self._close_when_closed
        self._close_when_closed = None
        c = self.controller
        rnd = c.state.open_round
        if rnd is None or rnd.number != number:  # closed, or undone, while the phones answered
            return
        counts = self.whole_counts(stage)
        if rnd.vote(stage) is None and any(counts.values()):
            c.act(c.session.record_vote, stage, counts)
        close()
        if answered:
            self._say("info", self._debate_words(
                translate("DebatePanel", "The debate is closed: the phones' vote was closed first, their "
                          "answers are in its counts (answers: %2)."),
                translate("DebatePanel", "Debate %1 closed: the phones' vote was closed first, "
                          "their answers are in its counts (answers: %2)."), number, answered))

    def _close_without_answers(self, closings: int, lost: int = 0) -> None:
        """The server did not answer in time (or the phones are off): the round closes all the same."""
        if self._close_when_closed is None or closings != self._closings:
            return
        number, close = self._close_when_closed
        self._close_when_closed = self._record_when_closed = self._show_when_closed = None
        phones = self.phones
        if phones is not None:
            lost = max(lost, phones.answered if phones.asking is not None else 0)
            phones.done_with_vote()  # the phones leave the claim; late answers find the round closed
        self._refresh_phones()
        close()
        if lost:
            self._say("error", self._debate_words(
                translate("DebatePanel", "The phones' vote did not close in time: the debate is closed "
                          "without their answers (answers lost: %2)."),
                translate("DebatePanel", "The phones' vote did not close in time: debate %1 is "
                          "closed without their answers (answers lost: %2)."), number, lost))

    def _debate_words(self, quick: str, numbered: str, number: int, answered: int = 0) -> str:
        """A message about debate ``number``: ``quick`` in a quick debate, whose one debate has no
        number, else ``numbered`` (%1 the number); %2 the answers."""
        said = quick if self.controller.quick_debate else numbered
        return said.replace("%1", str(number)).replace("%2", str(answered))

    def keep_answers_now(self) -> str:
        """The session closes: a phone vote open now is closed and its answers recorded in its round
        first, waiting ANSWERS_WAIT_MS at most; hands typed on top of it are recorded with them,
        hidden (see _keep_hands). What the start screen should say then ("" when no phone had
        answered and no hand was typed: nothing is lost)."""
        phones = self.phones
        if phones is None or not phones.on or phones.asking is None:
            return ""
        (number, stage), answered = asked_for(phones.asking.id), phones.answered
        hands = stage in self.typed_counts()  # typed on top of the answers the file already holds
        votes = phones.close_vote_and_wait()
        kept = bool(votes) and self._kept(number, stage, votes)
        said = [self._debate_words(
            translate("DebatePanel", "The phones' vote was closed before the session closed: its "
                      "answers are kept in the session (answers: %2)."),
            translate("DebatePanel", "The phones' vote on debate %1 was closed before the "
                      "session closed: its answers are kept in the session (answers: %2)."), number, len(votes))
            if kept else self._debate_words(
            translate("DebatePanel", "The phones' vote did not close in time: its answers were not "
                      "recorded (answers lost: %2)."),
            translate("DebatePanel", "The phones' vote on debate %1 did not close in time: its "
                      "answers were not recorded (answers lost: %2)."), number, len(votes or ()) or answered)
            if votes or (votes is None and answered) else ""]  # no answer to keep: nothing is lost
        if hands and self._keep_hands(number, stage):
            said.append(typed_words([stage], translate(
                "DebatePanel", "The hands typed on top of the phones' answers were recorded with them, hidden, "
                "in %1.") if kept else translate(
                "DebatePanel", "The hands typed on top of the phones' vote were recorded, hidden, in %1.")))
        return " ".join(s for s in said if s)

    def _keep_hands(self, number: int, stage: str) -> bool:
        """The session closes with hands typed on top of the phones' vote on ``stage`` of round
        ``number``, now closed: the vote is recorded, hidden, as Record would have recorded it, with
        what its boxes hold (the hands, and the phones' answers that came in). The session file keeps
        no typed hands but in a recorded vote, and a session closed properly brings nothing back from
        the preferences (counts_resume.py): unrecorded, the hands were lost. True when recorded."""
        c = self.controller
        rnd = c.state.open_round
        if rnd is None or rnd.number != number or rnd.vote(stage) is not None \
                or getattr(c.session.store, "closed", False):
            return False
        counts = self.whole_counts(stage)
        return any(counts.values()) and c.act(c.session.record_vote, stage, counts) is not None

    def _kept(self, number: int, stage: str, votes: dict) -> bool:
        """``votes`` are already the phones' answers kept in round ``number`` (a vote closed twice)."""
        try:
            return dict(self.controller.state.round(number).phone_votes(stage)) == votes
        except KeyError:
            return False
