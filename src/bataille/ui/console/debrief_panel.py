"""Controls of the debrief: what the room takes away, and who commits to what."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.console.common import compact, fill_teams, labelled
from bataille.ui.controller import SessionController
from bataille.ui.phones import Phones
from bataille.workshop import Changes, Session
from bataille.workshop.events import Part

_LONG_WORD = re.compile(r"\S{25,}")


def cut_long_words(text: str) -> str:
    """``text`` with each word too long for a line cut to its first 24 characters and « … » (a
    pupil's « MDRMDRMDR… », an address): one such word widened the page past the window, its buttons
    cut off. A glance on the console: the whole text is kept in the session and its summary."""
    return _LONG_WORD.sub(lambda m: m.group()[:24] + "…", text)


class DebriefPanel(QWidget):
    """Type a takeaway or a commitment (of the room or of a team); Enter records it."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.takeaway = QLineEdit()
        self.takeaway.setObjectName("takeawayText")
        self.takeaway_label = QLabel()
        self.takeaway_button = QPushButton()
        self.commitment = QLineEdit()
        self.commitment.setObjectName("commitmentText")
        self.commitment_label = QLabel()
        self.commitment_team = compact(QComboBox())
        self.commitment_button = QPushButton()
        self.recorded = QListWidget()
        self.recorded.setWordWrap(True)
        self.recorded.setObjectName("debriefLines")
        self.recorded.installEventFilter(self)  # Delete takes the selected line back
        self.remove_button = QPushButton()  # a line mistyped, or given to the wrong team (undo: only the last)
        self.remove_button.setObjectName("removeDebriefLine")
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.recorded.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(self._selected_line() is not None))
        self.phones: Phones | None = None
        self.feedback: dict[str, tuple[int, str | None, str]] = {}  # token -> answer, this session
        self._written: tuple[dict, tuple] = ({}, ())  # the answers last written, and as recorded (``_kept``)
        self._left_note = ""  # said once the press that left the debrief (and kept them) is done
        self._asked = False  # the phones were asked for their feedback (this console)
        self.feedback_box = QGroupBox()
        self.ask_feedback_button = QPushButton()
        self.ask_feedback_button.setObjectName("askFeedback")
        self.feedback_summary = QLabel()
        self.feedback_summary.setObjectName("feedbackSummary")
        self.feedback_summary.setWordWrap(True)
        self.keep_feedback_button = QPushButton()
        self.keep_feedback_button.setObjectName("keepFeedback")
        feedback_layout = QVBoxLayout(self.feedback_box)
        for widget in (self.ask_feedback_button, self.feedback_summary, self.keep_feedback_button):
            feedback_layout.addWidget(widget)
        self.feedback_box.hide()  # shown while Phones is on
        self.ask_feedback_button.clicked.connect(self.ask_feedback)
        self.keep_feedback_button.clicked.connect(self.keep_feedback)
        self.box = QGroupBox()
        form = QVBoxLayout(self.box)
        form.addLayout(labelled(self.takeaway_label, self.takeaway, self.takeaway_button, stretch_last=False))
        form.addLayout(labelled(self.commitment_label, self.commitment_team, self.commitment,
                                self.commitment_button, stretch_last=False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.feedback_box)
        layout.addWidget(self.recorded, 1)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(self.remove_button)
        layout.addLayout(below)
        for signal in (self.takeaway.returnPressed, self.takeaway_button.clicked):
            signal.connect(self.add_takeaway)
        for signal in (self.commitment.returnPressed, self.commitment_button.clicked):
            signal.connect(self.add_commitment)
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def add_takeaway(self) -> None:
        if self.controller.act(self.controller.session.add_takeaway, self.takeaway.text()):
            self.takeaway.setText("")

    def add_commitment(self) -> None:
        team_id = self.commitment_team.currentData()
        if self.controller.act(self.controller.session.add_commitment, self.commitment.text(), team_id):
            self.commitment.setText("")
            self._to_next_team(team_id)

    def _to_next_team(self, noted: str | None) -> None:
        """After a team's commitment, the chooser on the next team with none yet (in the teams' order,
        from the one after it, round to the first): the teams speak in turn, none picked by hand. Where
        it is when every team has one, or after the whole room's."""
        ids = [team.id for team in self.controller.state.teams]
        if noted not in ids:
            return
        committed = {team_id for team_id, _text in self.controller.state.debrief.commitments}
        start = ids.index(noted)
        for step in range(1, len(ids)):
            team_id = ids[(start + step) % len(ids)]
            if team_id not in committed:
                self.commitment_team.setCurrentIndex(self.commitment_team.findData(team_id))
                return

    def _selected_line(self) -> tuple[str, int] | None:
        """("takeaway" or "commitment", its index) of the line selected in the list, if any."""
        item = self.recorded.currentItem()
        line = item.data(Qt.ItemDataRole.UserRole) if item is not None and item.isSelected() else None
        return tuple(line) if line else None

    def remove_selected(self) -> None:
        line = self._selected_line()
        if line is not None:
            self.controller.act(self.controller.session.remove_debrief_line, *line)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (watched is self.recorded and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected_line() is not None):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    # -- feedback from the phones ------------------------------------------------------------

    def attach_phones(self, phones: Phones) -> None:
        self.phones = phones
        phones.stateChanged.connect(lambda on: self.feedback_box.setVisible(on))
        self.feedback_box.setVisible(phones.on)  # the page may be built while the phones are on
        phones.feedbackReceived.connect(self._feedback_received)
        phones.stateChanged.connect(lambda *_: self._show_feedback())  # moved: the count says how many came before
        self.controller.feedback_asker = self  # "next" asks for the feedback first (controller.next_step)
        for signal in (phones.stateChanged, phones.countChanged):
            signal.connect(lambda *_: self.controller.stepChanged.emit())

    def feedback_askable(self) -> bool:
        """Phones on with phones connected, their feedback neither asked in this session nor kept."""
        p = self.phones
        return (p is not None and p.on and p.connected > 0 and not self._asked
                and not self.controller.state.debrief.phone_feedback)

    def ask_feedback(self) -> None:
        c = self.controller
        if self.phones is not None:
            self.phones.ask_feedback(tuple((t.id, t.name.get(c.lang)) for t in c.deck.themes))
            self._asked = True
            self._show_feedback()
            c.stepChanged.emit()
            c.asked_phones(self._stop_feedback, self.tr("Phones asked for their feedback"))  # Ctrl+Z stops it first

    def _stop_feedback(self) -> str:
        """Ctrl+Z right after the phones were asked for their feedback: they wait again; the answers
        received stay on the console, to keep. "" when the form is no longer asked."""
        if self.phones is None or not self.phones.asking_feedback:
            return ""
        self.phones.done_with_vote()
        self._asked = False
        self._show_feedback()
        self.controller.stepChanged.emit()
        return self.tr("The phones asked for their feedback: they wait again (answers received, still here "
                       "to keep: %1)").replace("%1", str(len(self.feedback)))

    def ask_feedback_again_after_a_stop(self) -> bool:
        """The phones' feedback was asked when the app stopped abruptly, and its answers were in memory
        only: asked again (each phone that had sent its form sends it again) unless some was kept; True
        when asked."""
        if self.phones is None or not self.phones.on or self.controller.state.debrief.phone_feedback:
            return False
        self.ask_feedback()
        return True

    def _feedback_received(self, token: str, rating: int, theme: object, text: str) -> None:
        self.feedback[token] = (rating, theme if isinstance(theme, str) else None, text)
        self._show_feedback()

    def _show_feedback(self) -> None:
        """The aggregate, on the console only: nothing is projected without the facilitator."""
        answers = list(self.feedback.values())
        self.keep_feedback_button.setEnabled(bool(answers))
        # Asked: the button says so, with the answers come so far, and asks no more (Ctrl+Z takes the
        # asking back; the phones turned off and on again are asked anew).
        asked = self.phones is not None and self.phones.on and self.phones.asking_feedback
        self.ask_feedback_button.setEnabled(not asked)
        self.ask_feedback_button.setText(self.tr("Feedback asked — %n answer(s)", "", len(answers)) if asked
                                         else self.tr("Ask the phones for their &feedback"))
        if not answers:
            self.feedback_summary.setText(self.tr("No answer yet."))
            return
        average = sum(a[0] for a in answers) / len(answers)
        counts: dict[str, int] = {}
        for _rating, theme, _text in answers:
            if theme:
                counts[theme] = counts.get(theme, 0) + 1
        # The interface's own decimal sign (Translations sets the default locale): "4,0" in French.
        lines = [self.tr("%n answer(s), average %1 out of 5", "", len(answers))
                 .replace("%1", QLocale().toString(average, "f", 1))]
        # After a move, its phones came back as new ones (Room.feedback_moved): the facilitator reads why
        # the phones still owe more than the count seems to say (phones_panel.feedback_coming).
        server = self.phones.server if self.phones is not None else None
        moved = server.room.feedback_moved if server is not None else 0
        if 0 < moved <= len(answers):
            lines[0] += " (" + self.tr("%n of them before voting moved to a new address", "", moved) + ")"
        deck, lang = self.controller.deck, self.controller.lang
        names = {t.id: t.name.get(lang) for t in deck.themes}
        for theme, n in sorted(counts.items(), key=lambda kv: -kv[1])[:3]:
            lines.append(self._colon(names.get(theme, theme), str(n)))
        # The same commitment written by many phones is said once, with how many wrote it, as the summary says it.
        from bataille.export.summary_phones import counted, grouped_commitments

        written = grouped_commitments(text for _r, _t, text in answers if text)
        lines += [f"• {cut_long_words(counted(text, n))}" for text, n in written][:5]
        self.feedback_summary.setText("\n".join(lines))

    @property
    def _kept(self) -> dict[str, tuple[int, str | None, str]]:
        """The answers the session holds now (none after their keeping was undone)."""
        recorded = self.controller.state.debrief.phone_feedback
        sent, written = self._written
        if recorded and recorded == written:
            return sent
        return {token: (rating, theme, text) for token, rating, theme, text in recorded}

    def _wrote(self) -> None:
        self._written = (dict(self.feedback), self.controller.state.debrief.phone_feedback)

    def keep_feedback(self) -> None:
        if self.feedback and self.controller.act(self.controller.session.record_phone_feedback,
                                                  dict(self.feedback)) is not None:
            self._wrote()

    def keep_on_leaving(self, session: Session) -> Changes | None:
        """Inside the press that ends the debrief (controller: one press, one undo): the answers not
        kept yet are kept by it, after it. What that recorded, if anything."""
        if not self.feedback or self.feedback == self._kept:
            return None
        changes = session.record_phone_feedback(dict(self.feedback))
        self._wrote()
        self._left_note = self.tr("The phones' feedback is kept in the session (%n answer(s)).", "",
                                  len(self.feedback))
        return changes

    def keep_unkept_feedback(self) -> str:
        """Answers come since the facilitator last kept them are kept now, as the debrief ends or the
        session closes (the votes' answers are too): what it did, in a sentence, or ""."""
        if not self.feedback or self.feedback == self._kept:
            return ""
        self.keep_feedback()
        if self.feedback != self._kept:  # the session refused them (it says why)
            return ""
        return self.tr("The phones' feedback is kept in the session (%n answer(s)).", "", len(self.feedback))

    def _say_left_note(self) -> None:
        note, self._left_note = self._left_note, ""
        if note:
            self.controller.status.emit("info", note)

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.DEBRIEF, Part.TEAMS}:
            self.refresh()
        if self._left_note:  # after the press's own line, not inside it
            QTimer.singleShot(0, self, self._say_left_note)

    def refresh(self) -> None:
        state = self.controller.state
        fill_teams(self.commitment_team, state, room=self.tr("The whole room"))
        self.recorded.clear()
        takeaways, commitments = state.debrief.takeaways, state.debrief.commitments
        if not takeaways and not commitments:  # an empty white box said nothing of what goes there
            self._note(self.tr("Nothing noted yet. What the room takes away and its commitments "
                               "are listed here, and shown on the stage."))
            return
        # Two headed lists, as the stage shows them: a commitment is not mistaken for a takeaway.
        self._note(self.tr("What we take away (%1)").replace("%1", str(len(takeaways))), heading=True)
        for index, text in enumerate(takeaways):
            self._line("• " + text, ("takeaway", index))
        self._note(self.tr("Commitments (%1)").replace("%1", str(len(commitments))), heading=True)
        for index, (team_id, text) in enumerate(commitments):
            who = state.team(team_id).name if team_id and state.has_team(team_id) else self.tr("The whole room")
            self._line("• " + self._colon(who, text), ("commitment", index))
        self.remove_button.setEnabled(False)  # the list is new: nothing selected

    def _line(self, text: str, line: tuple[str, int]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, list(line))
        self.recorded.addItem(item)

    def _note(self, text: str, heading: bool = False) -> None:
        """A line of the list that is not something recorded, not selectable: a note greyed, a heading
        bold in the text's own colour (greyed, it read as disabled)."""
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled if heading else Qt.ItemFlag.NoItemFlags)
        if heading:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.recorded.addItem(item)

    def _colon(self, label: str, value: str) -> str:
        """``label: value``, its colon as the interface's language writes it ("Les Hiboux : …" in French,
        a no-break space before it), as the about dialog joins its own."""
        return self.tr("%1: %2").replace("%1", label).replace("%2", value)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Debrief"))
        self.takeaway_label.setText(self.tr("What we take a&way:"))
        self.takeaway.setAccessibleName(self.tr("What we take away"))
        self.takeaway_button.setText(self.tr("&Add"))
        self.takeaway_button.setAccessibleName(self.tr("Add to what we take away"))
        self.commitment_label.setText(self.tr("&Commitment:"))
        self.commitment_team.setAccessibleName(self.tr("Who commits"))
        self.commitment.setAccessibleName(self.tr("Commitment"))
        self.commitment_button.setText(self.tr("A&dd"))
        self.commitment_button.setAccessibleName(self.tr("Add the commitment"))
        self.recorded.setAccessibleName(self.tr("What we take away, and the commitments"))
        self.remove_button.setText(self.tr("Remove this &line"))
        self.remove_button.setToolTip(self.tr("Takes the selected line off the list (Delete key too); Ctrl+Z brings it back"))
        self.feedback_box.setTitle(self.tr("Feedback from the phones"))
        self.keep_feedback_button.setText(self.tr("&Keep the phones' feedback in the session"))
        self._show_feedback()
        self.refresh()
