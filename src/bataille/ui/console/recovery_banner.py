"""The strip that says a session came back after the app stopped abruptly: where it is back to, and
what came back that its file does not hold (the phones and their vote, the stage as the room saw it).

It goes by itself once read and the workshop has moved on: at the first action recorded after it
has been on screen READ_MS, or after LONGEST_MS whatever happens. At 1366×768 its lines took the
room of half the teams' scores and the agenda's last phase; kept until OK was clicked, they were
lost for the rest of the session. What it says stays in the history, at the place of the stop
(``said``): its tooltip holds it whole, Enter or a double-click shows the strip again.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bataille.ui.console.banners import Banner
from bataille.ui.controller import SessionController
from bataille.words import for_the_font

READ_MS = 20_000  # on screen at least this long before an action takes it away: time to read it
LONGEST_MS = 180_000  # gone after this, even with nothing recorded (the room's time goes on)


class RecoveryBanner(Banner):
    """Says the session was recovered after the app stopped abruptly, and where the safety copy is.

    A second line says where the session has come back to (its last saved action, and how long ago),
    and what came back that the file does not hold: the phones on again and their vote asked again
    (its answers were in memory only: each phone sends its own again), its countdown, the stage black,
    the card a team held up and the team whose scenario it followed (phones_resume.py, stage_resume.py);
    or what to do again (the timer went on counting; phones that could not come back)."""

    said = Signal(str)  # the whole of what it says, each time it is worded (for the history)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__("recoveryBanner", parent)
        self.controller = controller
        self.dismissed = False
        self.whole = ""  # what it says, its two lines in one
        self.after_actions = len(controller.session.events)  # its place in the history: after these
        self._shown = 0  # how many times it came on screen: a timer of an earlier showing does nothing
        self._read = False  # on screen READ_MS: the next action recorded takes it away
        self._count = 0  # the session's actions when it came on screen
        self.phones = (False, False)  # the phones on again by themselves, and their vote asked again
        self.feedback = False  # ...or their feedback, not a vote
        self.closes_at, self.ran_out = 0.0, False  # when its countdown closes it; it ran out meanwhile
        # Black again; the card held up again; the team whose scenario the stage follows again.
        self.stage: tuple[bool, tuple[str, str] | None, str | None] = (False, None, None)
        self.counts: tuple[tuple[str, tuple[int, int, int]], ...] = ()  # typed, not recorded, back in their boxes
        self.counts_on_phones: tuple[str, ...] = ()  # ...as hands typed on top of the phones' vote
        self.detail = QLabel()
        self.detail.setObjectName("recoveryDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.hide()
        row = self.layout()
        row.removeWidget(self.label)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.label)
        column.addWidget(self.detail)
        row.insertLayout(0, column, 1)
        # When the app stopped: its last action's time, taken before anything new is recorded.
        events = controller.session.events
        self._stopped = events[-1] if events else None
        self.button.clicked.connect(self.dismiss)
        controller.changed.connect(self._moved_on)
        self.retranslate()

    def dismiss(self) -> None:
        self.dismissed = True
        self.hide()

    def show_again(self) -> None:
        """Asked for again (from the history): on screen as it first was, until read and moved on again."""
        if self.controller.stopped_abruptly:
            self.dismissed = False
            self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if event.spontaneous():  # the window shown again, not the strip
            return
        self._shown += 1
        self._read, self._count = False, self.controller.session.event_count
        QTimer.singleShot(READ_MS, self, lambda n=self._shown: self._been_read(n))
        QTimer.singleShot(LONGEST_MS, self, lambda n=self._shown: n == self._shown and self.dismiss())

    def _been_read(self, shown: int) -> None:
        if shown == self._shown:
            self._read = True
            self._moved_on()

    def _moved_on(self, _parts: frozenset = frozenset()) -> None:
        """Read, and an action recorded (or taken back) since it came: the workshop has moved on."""
        if self._read and self.isVisible() and self.controller.session.event_count != self._count:
            self.dismiss()

    def phones_back(self, on: bool, asked: bool, closes_at: float = 0.0, ran_out: bool = False,
                    feedback: bool = False) -> None:
        """The app turned the phones on again by itself (and asked their vote again, closed by itself at
        ``closes_at``, after a countdown that ``ran_out`` while it was stopped; or, ``feedback``, their
        feedback): said instead of asking the facilitator to."""
        self.phones, self.closes_at, self.ran_out = (on, asked), closes_at, ran_out
        self.feedback = feedback
        self.retranslate()

    def stage_back(self, black: bool, held: tuple[str, str] | None, scenario_team: str | None = None) -> None:
        """The stage came back black, (team id, card id) the card a team held up is held up again, and
        the stage follows that team's scenario again."""
        self.stage = (black, held, scenario_team)
        self.retranslate()

    def counts_back(self, counts: tuple[tuple[str, tuple[int, int, int]], ...], on_phones: tuple[str, ...] = ()) -> None:
        """The counts typed and not recorded are back in their boxes: (stage, (agree, disagree, undecided));
        for the stages ``on_phones``, hands typed on top of the phones' vote."""
        self.counts, self.counts_on_phones = counts, on_phones
        self.retranslate()

    def retranslate(self) -> None:
        self.name_button(self.tr("OK"))
        copy = self.controller.recovered_copy
        if not self.controller.stopped_abruptly:
            return
        missing = getattr(self.controller.session.store, "missing", 0)
        kind = "info"
        if copy is None:  # stopped right after the file was checkpointed: nothing to replay, nothing to copy
            text = self.tr("Session reopened after an abrupt stop; every action was in its file.")
        elif missing:  # a damaged -wal: SQLite's replay left actions out; the copy holds them, untouched
            text = self.tr("Session recovered after an abrupt stop, but %n action(s) could not be read back "
                           "(the file beside it, its -wal, was damaged). The file as it was is kept untouched "
                           "in %1", "", missing).replace("%1", str(copy))
            kind = "error"
        else:
            text = self.tr("Session recovered after an abrupt stop; a safety copy is in %1").replace("%1", str(copy))
        self.detail.setText(self.resumed_text())
        self.detail.setVisible(bool(self.detail.text()))
        self.whole = f"{text} {self.detail.text()}".strip()
        if not self.dismissed:  # gone (read, or OK): worded all the same, for the history
            self.show_message(kind, text, button=True)
            self.setAccessibleName(self.whole)
        self.said.emit(self.whole)

    def resumed_text(self) -> str:
        """Where the session is back to, and what to do again (the phones, maybe the timer)."""
        session, stopped = self.controller.session, self._stopped
        if stopped is None:
            return ""
        last = self.controller.said(stopped)  # the action the app stopped after, not one made since
        minutes = max(0, int((session.now() - stopped.at) // 60))
        if minutes:
            text = self.tr("The session is back where it stopped. Last action saved %n minute(s) ago: %1.", "", minutes)
        else:
            text = self.tr("The session is back where it stopped. Last action saved less than a minute ago: %1.")
        text = text.replace("%1", last)
        phase = self.controller.state.agenda.current
        if phase is not None and phase.status == "running":
            text += " " + self.tr("The timer went on counting meanwhile (+1 min or +5 min give time back).")
        return " ".join((text, *self._stage_words(), *self._counts_words(), self._phones_words()))

    def _phones_words(self) -> str:
        on, asked = self.phones
        if asked and self.feedback:
            return self.tr("The phones are on again at the same address, and their feedback is asked again: they "
                           "reconnect by themselves, and each phone that had sent its feedback sends it again.")
        if asked:
            text = self.tr("The phones are on again at the same address, and their vote is asked again: they "
                           "reconnect by themselves, and each phone that had answered sends its answer again.")
            at = time.strftime("%H:%M:%S", time.localtime(self.closes_at))
            if self.closes_at and self.ran_out:
                text += " " + self.tr("Its countdown ran out meanwhile: the vote closes by itself at %1, time for "
                                      "the phones to send their answers again.").replace("%1", at)
            elif self.closes_at:
                text += " " + self.tr("Its countdown goes on: the vote closes by itself at %1.").replace("%1", at)
            return text
        if on:
            return self.tr("The phones are on again at the same address: they reconnect by themselves.")
        return self.tr("If the phones were on, turn them on again: they reconnect by themselves. For a vote that "
                       "was not closed, press “Ask the phones” again: each phone that had answered sends its "
                       "answer again.")

    def _stage_words(self) -> list[str]:
        black, held, scenario_team = self.stage
        c = self.controller
        names = {t.id: t.name for t in c.state.teams}
        words = [self.tr("The stage stays black, as it was: %1 shows the picture again.")
                 .replace("%1", _blackout_key())] if black else []
        if held is not None:
            words.append(self.tr("Team %1 holds the card “%2” up again.").replace("%1", names.get(held[0], held[0]))
                         .replace("%2", for_the_font(c.deck.card_title(held[1], c.lang))))
        if scenario_team is not None:
            words.append(self.tr("The stage shows team %1’s scenario again.")
                         .replace("%1", names.get(scenario_team, scenario_team)))
        return words

    def _counts_words(self) -> list[str]:
        words = []
        for stage, (agree, disagree, undecided) in self.counts:
            if stage in self.counts_on_phones:  # the phones' answers come again once their vote is asked again
                text = (self.tr("The raised hands typed on top of the phones' vote before the debate, not recorded, "
                                "are back in their boxes: %1 agree, %2 disagree, %3 undecided. The phones' answers "
                                "are added to them when their vote closes.") if stage == "before" else
                        self.tr("The raised hands typed on top of the phones' vote after the debate, not recorded, "
                                "are back in their boxes: %1 agree, %2 disagree, %3 undecided. The phones' answers "
                                "are added to them when their vote closes."))
                words.append(text.replace("%1", str(agree)).replace("%2", str(disagree)).replace("%3", str(undecided)))
                continue
            text = (self.tr("The counts typed for the vote before the debate, not recorded, are back in their "
                            "boxes: %1 agree, %2 disagree, %3 undecided.") if stage == "before" else
                    self.tr("The counts typed for the vote after the debate, not recorded, are back in their "
                            "boxes: %1 agree, %2 disagree, %3 undecided."))
            words.append(text.replace("%1", str(agree)).replace("%2", str(disagree)).replace("%3", str(undecided)))
        return words

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _blackout_key() -> str:
    """The black screen's shortcut as this platform writes it (Ctrl+B)."""
    from PySide6.QtGui import QKeySequence

    from bataille.ui.commands import SPECS, Command, key_sequences

    spec = next(spec for spec in SPECS if spec.id == Command.BLACKOUT)
    return key_sequences(spec.keys)[0].toString(QKeySequence.SequenceFormat.NativeText)
