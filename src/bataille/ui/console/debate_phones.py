"""The debate panel's phone votes: ask the phones, close their vote (by hand, by a countdown or
with "End the vote and show it"), add their answers to the counts and keep them in the session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QPushButton

from bataille.phones.room import Question
from bataille.ui.phones import Phones

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class PhoneVoting:
    """Mixed into DebatePanel (which has ``controller``, ``votes`` and ``vote_boxes``)."""

    def init_phone_voting(self) -> None:
        self.phones: Phones | None = None
        self.countdown: Callable[[], int] | None = None
        self._show_when_closed: str | None = None  # "End the vote and show it" waits for the phones
        self.phone_buttons: dict[str, QPushButton] = {}

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
        phones.countChanged.connect(lambda *_: self._refresh_phones())
        phones.stateChanged.connect(lambda *_: self._refresh_phones())
        phones.voteClosed.connect(self._phones_closed)
        self._refresh_phones()  # the page may be built while the phones are on

    def _phone_question(self, stage: str) -> Question | None:
        rnd = self.controller.state.open_round
        if rnd is None:
            return None
        try:
            card = self.controller.deck.card(rnd.card_id)
            title, claim = card.title.get(self.controller.lang), card.claim.get(self.controller.lang)
        except (KeyError, AttributeError):
            title = claim = rnd.card_id
        return Question(rnd.number * 2 + (stage == "after"), title, claim, stage)

    def ask_or_close_phones(self, stage: str) -> None:
        """First click: the phones get the claim; second click: their vote closes."""
        phones = self.phones
        if phones is None or not phones.on:
            return
        question = self._phone_question(stage)
        if phones.asking is not None and question is not None and phones.asking.id == question.id:
            phones.close_vote()
        elif question is not None:
            phones.ask(question)
            if self.countdown is not None and self.countdown() > 0:
                QTimer.singleShot(self.countdown() * 1000, self, lambda q=question: self._countdown_over(q))
        self._refresh_phones()

    def _countdown_over(self, question: Question) -> None:
        phones = self.phones
        if phones is not None and phones.asking is not None and phones.asking.id == question.id:
            phones.close_vote()

    def _phones_closed(self, question_id: int, votes: dict, teams: dict) -> None:
        """The phones' answers are added to the counts (raised hands may be typed on top)."""
        stage = "after" if question_id % 2 else "before"
        box = self.votes[stage]
        counts = box.counts()
        for choice in votes.values():
            counts[choice] = counts.get(choice, 0) + 1
        box.set_counts(counts["agree"], counts["disagree"], counts["undecided"])
        if self.phones is not None:
            self.phones.asking = None
        if votes:  # kept in the session file, one answer per phone: the table of who changed their mind
            self.controller.act(self.controller.session.record_phone_votes, stage, dict(votes), teams=dict(teams))
        if self._show_when_closed == stage:
            self._show_when_closed = None
            self._record_and_show(stage)
        self._refresh_phones()

    def _refresh_phones(self) -> None:
        phones = self.phones
        for stage, button in self.phone_buttons.items():
            on = phones is not None and phones.on
            button.setVisible(on)
            if not on:
                continue
            question = self._phone_question(stage)
            asking = phones.asking is not None and question is not None and phones.asking.id == question.id
            button.setEnabled(self.vote_boxes[stage].isEnabled() and (asking or phones.asking is None))
            button.setText(translate("DebatePanel", "Close the phones' vote (%1 answered)").replace("%1", str(phones.answered))
                           if asking else translate("DebatePanel", "Ask the &phones"))

    def record(self, stage: str) -> None:
        self.controller.act(self.controller.session.record_vote, stage, self.votes[stage].counts())

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
        phones = self.phones
        if phones is not None and phones.asking is not None and phones.asking.stage == stage:
            self._show_when_closed = stage  # the phones answer through the network: continue then
            phones.close_vote()
            return
        self._record_and_show(stage)

    def _record_and_show(self, stage: str) -> None:
        rnd = self.controller.state.open_round
        if rnd is not None and rnd.vote(stage) is None:
            if self.controller.act(self.controller.session.record_vote, stage, self.votes[stage].counts()) is None:
                return
        self.controller.act(self.controller.session.reveal_votes, stage)

