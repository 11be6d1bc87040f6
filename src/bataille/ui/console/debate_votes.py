"""The debate panel's two votes, before and after: their boxes (the three counts, Record, Show, their
state, Ask the phones), what Record says, the counts a round starts from, and the shift the
facilitator reads before the room sees it.

A vote's three boxes hold the hands counted and typed, and only them, whatever the phones do: the
phones' answers are shown beside them, read-only ("+ 22 phones: …, 26 in all"), and added when the
vote is recorded. (They meant the hands before the phones' vote first closed and the phones' answers
plus the hands after it: hands typed after a reopen replaced the answers and were lost.) While the
phones vote, the console shows no shares: they would be those of a part of the room. While the phones
are on, the boxes' row says it holds the hands (« Mains levées : »): it read 0 / 0 / 0 under the
shares of the phones' answers (43 % / 35 % / 22 %), and a hurried teacher could take the answers for
lost and type them in, counted twice."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from bataille.ui.console.common import VoteCounts
from bataille.ui.stage.parts import percent
from bataille.words import for_the_font
from bataille.workshop import DebateRound
from bataille.workshop.state import CHOICES, Counts

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class DebateVotes:
    """Mixed into DebatePanel (``controller``, ``record`` and ``phone_button`` of PhoneVoting)."""

    def init_votes(self) -> None:
        """Both votes' boxes, before and after, once the phone voting is set up."""
        self.votes: dict[str, VoteCounts] = {}
        self._counts_of: int | None = None  # the debate whose vote the count boxes hold
        self.record_buttons: dict[str, QPushButton] = {}
        self.reveal_buttons: dict[str, QPushButton] = {}
        self.vote_boxes: dict[str, QGroupBox] = {}
        self.vote_states: dict[str, QLabel] = {}
        self.phones_parts: dict[str, QLabel] = {}  # the phones' answers beside the hands typed
        self.hands_labels: dict[str, QLabel] = {}  # « Mains levées : » before the boxes, phones on
        for stage in ("before", "after"):
            self._vote_box(stage)

    def _vote_box(self, stage: str) -> None:
        """A vote's box: the three counts, Record, Show, its state, Ask the phones."""
        counts, record, reveal = VoteCounts(), QPushButton(), QPushButton()
        state_label = QLabel()
        record.setObjectName(f"record_{stage}")
        reveal.setObjectName(f"reveal_{stage}")
        record.clicked.connect(lambda _=False, s=stage: self.record(s))
        for number in counts.boxes.values():  # Enter in a count records the vote, as the button does
            number.lineEdit().returnPressed.connect(lambda s=stage: self.record(s))
            number.valueChanged.connect(lambda _value: self.controller.stepChanged.emit())  # "next" may take it
            number.valueChanged.connect(lambda _value, s=stage: self._show_phones_part(s))  # after the shares
        part = QLabel()
        part.setObjectName(f"phonesPart_{stage}")
        part.setWordWrap(True)
        part.hide()
        reveal.clicked.connect(lambda _=False, s=stage: self.controller.act(self.controller.session.reveal_votes, s))
        hands = QLabel()  # at the boxes' height, beside them: the row costs no line of the page
        hands.setObjectName(f"handsLabel_{stage}")
        hands.hide()
        beside = QVBoxLayout()
        beside.addStretch(1)
        beside.addWidget(hands)
        row = QHBoxLayout()
        row.addLayout(beside)
        row.addWidget(counts, 1)
        box = QGroupBox()
        grid = QGridLayout(box)
        grid.addLayout(row, 0, 0, 1, 3)
        grid.addWidget(part, 1, 0, 1, 3)
        grid.addWidget(record, 2, 0)
        grid.addWidget(reveal, 2, 1)
        grid.addWidget(state_label, 2, 2)
        grid.addWidget(self.phone_button(stage), 3, 0, 1, 3)
        if stage == "after":  # the shift, once both votes are recorded, before the room sees it
            self.shift_label = QLabel()
            self.shift_label.setObjectName("shiftLabel")
            self.shift_label.setWordWrap(True)
            grid.addWidget(self.shift_label, 4, 0, 1, 3)
        self.votes[stage], self.record_buttons[stage], self.reveal_buttons[stage] = counts, record, reveal
        self.vote_boxes[stage], self.vote_states[stage] = box, state_label
        self.phones_parts[stage], self.hands_labels[stage] = part, hands

    def phones_part(self, stage: str) -> Counter:
        """The phones' answers to the open round's ``stage`` the session holds (those of its last close)."""
        rnd = self.controller.state.open_round
        return Counter(choice for _, choice in rnd.phone_votes(stage)) if rnd is not None else Counter()

    def whole_counts(self, stage: str) -> dict[str, int]:
        """What recording ``stage`` records: the hands typed plus the phones' answers the session holds."""
        hands, phones = self.votes[stage].counts(), self.phones_part(stage)
        return {choice: hands[choice] + phones[choice] for choice in CHOICES}

    def _show_phones_part(self, stage: str) -> None:
        """Beside the hands typed: the phones' part and the whole, and the shares of the whole; while
        the phones vote, how many answered and no shares (the stage shows none either)."""
        counts, label = self.votes[stage], self.phones_parts[stage]
        phones, answered = self.phones_part(stage), self.phones_answered(stage)
        self._say_hands(stage)
        if answered is not None:
            label.setText(translate("DebatePanel", "+ 1 phone answer so far, added at the close (no % until then)")
                          if answered == 1 else
                          translate("DebatePanel", "+ %1 phone answers so far, added at the close (no % until "
                                    "then)").replace("%1", str(answered)))
            label.show()
            for share in counts.shares.values():
                share.clear()
            return
        whole = Counts(**self.whole_counts(stage))
        for choice, share in zip(CHOICES, whole.whole_shares(), strict=True):  # of the whole vote
            counts.shares[choice].setText(percent(share) if whole.total else "")
        if phones:
            one = sum(phones.values()) == 1
            said = (translate("DebatePanel", "+ 1 phone (agree %2, disagree %3, undecided %4) = %5 voters") if one
                    else translate("DebatePanel", "+ %1 phones (agree %2, disagree %3, undecided %4) = %5 "
                                   "voters").replace("%1", str(sum(phones.values()))))
            label.setText(said.replace("%2", str(phones["agree"])).replace("%3", str(phones["disagree"]))
                          .replace("%4", str(phones["undecided"])).replace("%5", str(whole.total)))
        label.setVisible(bool(phones))

    def _say_hands(self, stage: str) -> None:
        """Phones on, the boxes' row is « Mains levées : », at the boxes' height, and a screen reader
        hears it with each box; the phones off, every count is a hand and nothing is said."""
        on = self.phones is not None and self.phones.on
        hands, boxes = self.hands_labels[stage], self.votes[stage].boxes
        hands.setText(translate("DebatePanel", "Raised hands:"))
        hands.setFixedHeight(next(iter(boxes.values())).sizeHint().height())
        hands.setVisible(on)
        said = translate("DebatePanel", "Raised hands only: the phones' answers are added") if on else ""
        for box in boxes.values():
            box.setAccessibleDescription(said)

    def _refresh_votes(self, rnd: DebateRound | None) -> None:
        """Each vote's box on the open round: enabled once it may be taken, its counts (from nothing
        for another debate), its state, what Record says."""
        opened = (rnd.number if rnd else None) != self._counts_of and rnd is not None
        if (rnd.number if rnd else None) != self._counts_of:  # another debate: its votes start from nothing
            self._counts_of = rnd.number if rnd else None
            for counts in self.votes.values():
                counts.set_counts(0, 0, 0)
        for stage in ("before", "after"):
            vote = rnd.vote(stage) if rnd else None
            enabled = rnd is not None and (stage == "before" or rnd.before is not None)
            self.vote_boxes[stage].setEnabled(enabled)
            self.reveal_buttons[stage].setEnabled(vote is not None and not rnd.revealed(stage))
            self._say_record(stage, rnd is not None and rnd.revealed(stage))
            if vote is not None:  # the hands in it: the phones' part is beside them
                phones = self.phones_part(stage)
                self.votes[stage].set_counts(*(max(0, getattr(vote.total, c) - phones[c]) for c in CHOICES))
                shown = rnd.revealed(stage)
                self.vote_states[stage].setText(translate("DebatePanel", "shown on the stage") if shown
                                                else translate("DebatePanel", "hidden from the room"))
            else:
                if rnd is None or (stage == "after" and rnd.before is None):
                    self.votes[stage].set_counts(0, 0, 0)
                self.vote_states[stage].setText(translate("DebatePanel", "not recorded"))
            self._show_phones_part(stage)
        if opened and rnd.before is None:
            self._keyboard_to_the_vote_before()

    def _keyboard_to_the_vote_before(self) -> None:
        """A debate opened: the keyboard on its first count, the room's hands up (it was left on the
        last debate's vote after, now greyed out, fifteen Tabs away). Not out of a text box being
        typed in."""
        focus = QApplication.focusWidget()
        typing = isinstance(focus, QLineEdit) and not isinstance(focus.parent(), QAbstractSpinBox) \
            and focus.isEnabled() and focus.isVisible()
        if self.isVisible() and not typing:
            next(iter(self.votes["before"].boxes.values())).setFocus()

    def _say_record(self, stage: str, shown: bool) -> None:
        """Record says where its counts go: hidden from the room until the vote is shown, on the stage
        at once after (a correction then shows); the same key either way."""
        if stage == "before":  # once shown, a press corrects what the room sees: said as such
            words = (translate("DebatePanel", "Corr&ect (shown)") if shown
                     else translate("DebatePanel", "R&ecord (hidden)"))
        else:
            words = (translate("DebatePanel", "Co&rrect (shown)") if shown
                     else translate("DebatePanel", "Record (h&idden)"))
        self.record_buttons[stage].setText(words)

    def _show_shift(self, rnd: DebateRound | None) -> None:
        """How the room moved, in the stage's words: the facilitator reads it before showing it."""
        from bataille.ui.stage.parts import choice_label
        from bataille.ui.stage.vote_boxes import shift_points, verdict

        shift = rnd.shift if rnd is not None else None  # set once the vote after is recorded
        if shift is not None and self.shift_label.isHidden():  # it comes: in sight on a short page too
            QTimer.singleShot(0, self, self._scroll_to_shift)
        self.shift_label.setVisible(shift is not None)
        if shift is None:
            self.shift_label.clear()
            return
        moves = " · ".join(f"{choice_label(choice)} {shift_points(getattr(shift, choice))}" for choice in CHOICES)
        said = translate("DebatePanel", "Shift: %1. %2.").replace("%1", moves).replace("%2", verdict(shift))
        before, after = rnd.before.total.total, rnd.after.total.total
        if abs(after - before) > max(3, before // 4):  # a count typed wrong (160 for 16?): said before the room sees it
            said += "\n" + translate("DebatePanel", "%1 voters after, %2 before: check the counts.") \
                .replace("%1", str(after)).replace("%2", str(before))
        elif after != before:  # latecomers, phones that did not answer again: the shares are of other numbers
            said += "\n" + translate("DebatePanel", "%1 voters after, %2 before.") \
                .replace("%1", str(after)).replace("%2", str(before))
        self.shift_label.setText(for_the_font(said))

    def _scroll_to_shift(self) -> None:
        """The page scrolled to the shift, just shown: on a laptop at 150 % (895 x 440 points), the
        page is twice as tall as its window, and the shift was below its bottom edge."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and self.shift_label.isVisible():
            for _ in range(3):  # the page laid out with the vote shown (its lines, its shares), then the shift's place
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            area.ensureWidgetVisible(self.shift_label, 0, 8)
