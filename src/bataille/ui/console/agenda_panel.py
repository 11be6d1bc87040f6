"""The agenda: every phase with its status, the current one's timer and its buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QEvent, QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.console.clock_face import ClockFace
from bataille.ui.controller import SessionController
from bataille.ui.i18n import interface_language
from bataille.ui.marks import list_mark
from bataille.ui.phase_clock import format_clock
from bataille.workshop.events import Part
from bataille.workshop.flow import leave_phase, phase_title
from bataille.workshop.pacing import WORDS as PACE_WORDS
from bataille.workshop.pacing import pace, pace_parts
from bataille.workshop.schedule import played_minutes, read_status, schedule

TIME_UP_STYLE = "QLabel { background: #C62828; color: white; border-radius: 6px; padding: 2px 8px; }"
TIMER_STYLE = "QLabel { background: #20252B; color: white; border-radius: 6px; padding: 2px 8px; }"
LAST_MINUTE_STYLE = "QLabel { background: #8A5300; color: white; border-radius: 6px; padding: 2px 8px; }"


def _snug(button: QPushButton) -> None:
    """A button as narrow as its words and an em on each side when room is short (the style asks
    80 px of any button): the agenda column stays narrow on a small screen, and the phase's controls
    get the room. (Measured with the font, not the style's metrics: naming QStyle builds its Python
    class, 0.3 MiB, for these three buttons.)"""
    fm = button.fontMetrics()
    button.setMinimumWidth(fm.horizontalAdvance(button.text().replace("&", "")) + fm.horizontalAdvance("MM"))


def _note(name: str) -> QLabel:
    """A line under the clock, centred, wrapped when the column is narrow."""
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label


def _min_height(label: QLabel, text: str) -> int:
    label.setText(text)
    return label.minimumSizeHint().height()


def _clock_time(at: float) -> str:
    """The time of day of ``at`` (seconds since the epoch), as the room's clock says it: 11:30."""
    return QDateTime.fromSecsSinceEpoch(round(at)).toString("HH:mm")


class AgendaPanel(QGroupBox):
    """The phases of the session, the timer of the current one, and start / pause / +1 / +5 / next."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.timer_label = ClockFace()
        self.timer_label.setObjectName("consoleTimer")
        font = QFont(self.font())
        font.setPixelSize(44)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_note = QLabel()
        self.timer_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The workshop as a whole, for the facilitator only (the room does not need it): its planned
        # end and how far behind or ahead it runs (workshop.schedule).
        self.workshop_note = _note("workshopTime")
        # The debates' pace, in the debate phase (workshop.pacing), the facilitator's only (the room
        # sees the clock): how long the debate under way has run inside the clock's box, under its
        # digits (« Débat 2 : 7 min »), and the time each debate to come can have on one line under
        # the planned end. On two lines of their own, the list of phases kept three rows, not four,
        # at 768 pixels high, and the next step's words were cut at 125 %.
        self.debate_clock = self.timer_label.under
        self.debate_note = _note("debatePace")
        self.start_pause = QPushButton()
        self.plus_1 = QPushButton()
        self.plus_5 = QPushButton()
        self.next_phase = QPushButton()
        self.phases = QListWidget()
        self.phases.setObjectName("agendaList")
        self.phases.setWordWrap(True)
        self.phases.itemActivated.connect(self._start_chosen)
        self._tallest = 0  # the lines under the clock at their tallest (_reserve)
        self._lay_out()

        self.start_pause.clicked.connect(self.toggle_timer)
        self.plus_1.clicked.connect(lambda: controller.act(controller.session.extend_timer, 1))
        self.plus_5.clicked.connect(lambda: controller.act(controller.session.extend_timer, 5))
        self.before_leaving: Callable[[Callable[[], None]], None] = lambda then: then()  # the console's guard
        # How the open debate closes before the phase is left: the console's debate page closes its
        # phones' vote first, their answers into its counts (else they came after it closed, lost).
        self.closing_debate: Callable[[Callable[[], object]], None] = lambda then: then()
        self.next_phase.clicked.connect(self.go_to_next_phase)
        controller.changed.connect(self._on_changed)
        controller.tick.connect(self.show_time)
        controller.timeUp.connect(lambda _up: self.show_time())
        self.retranslate()

    def _lay_out(self) -> None:
        """The clock with +1 and +5 stacked beside it (as tall as it), then pause and end: a row less
        than three buttons under the clock and "End phase" under them, for the list of phases (six
        teams and the phones left it three rows at 768 pixels high, the next phase out of sight)."""
        extend = QVBoxLayout()
        extend.setSpacing(6)
        extend.addWidget(self.plus_1)
        extend.addWidget(self.plus_5)
        clock = QHBoxLayout()
        clock.setSpacing(6)
        clock.addWidget(self.timer_label, 1)
        clock.addLayout(extend)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.start_pause)
        buttons.addWidget(self.next_phase, 1)
        # The clock and the lines under it read as one block; the rest tighter than the style's 9 and
        # 6 pixels: with the debates' pace under the planned end, six teams and the phones, the list
        # keeps four rows at 768 pixels high.
        head = QVBoxLayout()
        head.setSpacing(0)
        head.addLayout(clock)
        head.addSpacing(2)
        for note in (self.timer_note, self.workshop_note, self.debate_note):
            head.addWidget(note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 5, 9, 4)
        layout.setSpacing(3)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(self.phases, 1)

    # -- commands --------------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        """Start the next phase when none runs, else pause or resume the current one."""
        phase = self.controller.state.agenda.current
        if phase is None:
            self.controller.act(self.controller.session.start_phase)
        elif phase.status == "paused":
            self.controller.act(self.controller.session.resume_timer)
        else:
            self.controller.act(self.controller.session.pause_timer)

    def go_to_next_phase(self) -> None:
        """Leave the current phase for the next (the console asks first when content is left)."""
        self.before_leaving(self._go_to_next_phase)

    def _go_to_next_phase(self) -> None:
        self._leave()

    def _leave(self, phase_id: str | None = None) -> None:
        """Leave the phase (for ``phase_id``, else the next), the open debate closed first, with its
        points, after its phones' vote."""
        def leave() -> None:
            self.controller.act(leave_phase, self.controller.session, phase_id)

        if self.controller.state.open_round is None:
            leave()
        else:
            self.closing_debate(leave)

    def _start_chosen(self, item: QListWidgetItem) -> None:
        """A phase to come, or one passed over (the rules let it be played still), starts; the one
        under way or a phase over says why nothing starts, and what would go back to it."""
        phase_id = item.data(Qt.ItemDataRole.UserRole)
        phase = self.controller.state.agenda.phase(phase_id)
        if phase.status in ("pending", "skipped"):
            self.before_leaving(lambda: self._leave(phase_id))
        else:
            self.controller.status.emit("info" if phase.status in ("running", "paused") else "error",
                                        self._not_started(phase_id, phase.status))

    def _not_started(self, phase_id: str, status: str) -> str:
        """Why choosing the phase ``phase_id`` started nothing: it is under way, or over (played to its
        end): Ctrl+Z goes back into it, taking back the actions since, as many as it says."""
        c = self.controller
        title = phase_title(c.deck, phase_id, c.lang, c.state)
        if status in ("running", "paused"):
            return self.tr("“%1” is already under way.").replace("%1", title)
        undos = 0
        while (state := c.session.state_before_undo(undos + 1)) is not None:
            undos += 1
            if state.agenda.phase(phase_id).status in ("running", "paused"):
                break
        else:  # out of Ctrl+Z's reach
            return self.tr("“%1” is over: a phase played to its end does not start again.").replace("%1", title)
        said = (self.tr("“%1” is over; Ctrl+Z can take you back to it.") if undos == 1 else
                self.tr("“%1” is over; to go back to it, Ctrl+Z undoes the last %2 actions."))
        return said.replace("%1", title).replace("%2", str(undos))

    # -- drawing ---------------------------------------------------------------------------------

    def _on_changed(self, parts: frozenset) -> None:
        if parts & {Part.AGENDA, Part.TIMER, Part.SETTINGS}:
            self.refresh()
        elif Part.DEBATE in parts:  # a debate opened or closed: the debates' pace at once, paused too
            self.show_time()

    def refresh(self) -> None:
        c = self.controller
        state = c.state
        words = {"pending": self.tr("to come"), "running": self.tr("running"), "paused": self.tr("paused"),
                 "done": self.tr("done"), "skipped": self.tr("skipped")}
        current_row = -1
        self.phases.clear()
        for i, phase in enumerate(state.agenda.phases):
            title = phase_title(c.deck, phase.id, c.lang, c.state)
            text = f"{title} — {self._minutes(phase)}"
            # A timeline ended with no card placed reads as passed over, as the summary says it.
            status = read_status(state, phase)
            said = (self.tr("skipped, no card placed") if status != phase.status
                    else words.get(status, status))
            item = QListWidgetItem(list_mark(self.phases, status), text)  # the status is drawn (bataille.ui.marks)
            item.setToolTip(self.tr("%1: %2").replace("%1", title).replace("%2", said))
            item.setData(Qt.ItemDataRole.UserRole, phase.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text} ({said})")
            # The current phase: its mark and the selection say it (in bold, it wrapped to two lines
            # beside the agenda's scroll bar).
            if phase.status in ("running", "paused"):
                current_row = i
            self.phases.addItem(item)
        if current_row >= 0:
            self.phases.setCurrentRow(current_row)
        self._show_what_comes()
        phase = state.agenda.current
        if phase is None:  # short: the button's width is the agenda column's least width
            # Between phases (and once the last is over) the primary button ("What comes next") is the
            # one way on: these two wait for a phase, so three buttons never start the same one.
            self.start_pause.setText(self.tr("St&art"))
            long = self.tr("No phase under way: the button under What comes next starts the next one")
        elif phase.status == "paused":
            self.start_pause.setText(self.tr("&Resume"))
            long = self.tr("Resume the timer")
        else:
            self.start_pause.setText(self.tr("&Pause"))
            long = self.tr("Pause the timer")
        self.start_pause.setAccessibleName(long)
        self.start_pause.setToolTip(long)
        _snug(self.start_pause)
        for button in (self.plus_1, self.plus_5, self.start_pause, self.next_phase):
            button.setEnabled(phase is not None)
        self.next_phase.setToolTip(long if phase is None else self.tr(
            "End this phase and start the next (an open debate is closed, with its points)"))
        # A quick debate has one phase: "End phase" would end it beside the one way forward (What
        # comes next), a second button a teacher looking for "next" would press before the vote.
        self.next_phase.setVisible(not c.quick_debate)
        self._reserve()
        self.show_time()

    def _minutes(self, phase) -> str:
        """A phase's minutes in the list: those it took once over (« 28 min (prévu 20) »), else its plan."""
        played = played_minutes(phase)
        if played is None:
            return f"{phase.minutes + phase.extra_minutes} min"
        took, paused = played
        if paused:
            return (self.tr("%1 min + %2 min paused (planned %3)").replace("%1", str(took))
                    .replace("%2", str(paused)).replace("%3", str(phase.minutes)))
        if took == phase.minutes:
            return f"{took} min"
        return self.tr("%1 min (planned %2)").replace("%1", str(took)).replace("%2", str(phase.minutes))

    def _show_what_comes(self) -> None:
        """A short list (six teams and the phones, at 768 pixels high) shows the current phase at its
        top and those to come under it, the phases done scrolled out above: it showed the phases done
        and the current one, the next out of sight."""
        phases = self.controller.state.agenda.phases
        first = next((i for i, p in enumerate(phases) if p.status in ("running", "paused", "pending")), None)
        if first is not None:
            self.phases.scrollToItem(self.phases.item(first), QAbstractItemView.ScrollHint.PositionAtTop)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show_what_comes()  # the splitter or the window made the list shorter or taller

    def show_time(self) -> None:
        c = self.controller
        phase = c.state.agenda.current
        self.timer_label.setText(format_clock(c.remaining()))
        self.timer_label.setStyleSheet(TIME_UP_STYLE if c.time_up else LAST_MINUTE_STYLE if c.last_minute
                                       else TIMER_STYLE)
        if phase is None:
            note = self.tr("No phase under way")
        elif phase.status == "paused":  # over time too: a red clock that does not move reads as stuck
            note = self.tr("Paused — %1").replace("%1", phase_title(c.deck, phase.id, c.lang, c.state))
        elif c.time_up:
            note = self.tr("Time's up — %1").replace("%1", phase_title(c.deck, phase.id, c.lang, c.state))
        elif c.last_minute:
            note = self.tr("Last minute — %1").replace("%1", phase_title(c.deck, phase.id, c.lang, c.state))
        else:
            note = ""
        self.timer_note.setText(note or phase_title(c.deck, phase.id, c.lang, c.state))
        # One line under the clock while the phase runs as planned: the workshop's time (the phase's
        # name is the list's first line, selected), the list keeping its four rows at 768 pixels high.
        # A quick debate's one phase is the workshop: its clock says it all.
        workshop = "" if c.quick_debate else self._workshop_time()
        self.workshop_note.setText(workshop)
        self.workshop_note.setVisible(bool(workshop))
        self.timer_note.setVisible(bool(note) or not workshop)
        # On the clock's tick (no timer of its own). A quick debate's one debate opened with its phase:
        # the clock already says how long it has run and has left (pace() is None there).
        debates = pace(c.session)
        parts = () if debates is None else pace_parts(debates, interface_language())
        running = parts[0] if debates is not None and debates.debate is not None else ""  # its part first
        share = " · ".join(parts[1:] if running else parts)
        self.timer_label.say_under(running)
        if share != self.debate_note.text():
            self.debate_note.setText(share)
        self.debate_note.setVisible(bool(share))
        self.timer_label.setAccessibleName(self.tr("Time left: %1").replace("%1", self.timer_label.text()))

    def _workshop_time(self) -> str:
        """« Fin prévue 11:30 · 13 min de retard »: the workshop's planned end, and how far behind or
        ahead it runs. While no clock runs (a pause, between two phases) the app does not wake up to
        redraw it: the line says how late it was when the clock stopped, and since when it stopped."""
        agenda = self.controller.state.agenda
        now = self.controller.session.now()
        current = agenda.current
        stopped = None
        if current is not None and current.status == "paused":
            stopped = current.paused_at
        elif current is None and agenda.next_pending is not None:
            stopped = max((p.ended_at for p in agenda.phases if p.ended_at is not None), default=None)
        plan = schedule(agenda, now if stopped is None else stopped)
        if plan is None:
            return self.tr("%1 min planned").replace("%1", str(agenda.minutes)) if agenda.phases else ""
        late = plan.late_minutes
        said = (self.tr("Planned end %1 · on time") if late == 0 else
                self.tr("Planned end %1 · %2 min behind") if late > 0 else self.tr("Planned end %1 · %2 min ahead"))
        said = said.replace("%1", _clock_time(plan.planned_end)).replace("%2", str(abs(late)))
        if stopped is not None:
            said = self.tr("%1, plus the stop since %2").replace("%1", said).replace("%2", _clock_time(stopped))
        return said

    def _reserve(self) -> None:
        """The lines under the clock at their tallest (a debate paused: state, planned end and stop, share),
        the list taking what they leave: on two columns « Et ensuite » moved between phases."""
        c = self.controller
        lines = [(self.timer_note, [self.tr("No phase under way")])]  # not wrapped: one line
        if not c.quick_debate:
            ends = [self.tr(end).replace("%1", "88:88").replace("%2", "88") for end in
                    ("Planned end %1 · on time", "Planned end %1 · %2 min behind", "Planned end %1 · %2 min ahead")]
            stopped = [self.tr("%1, plus the stop since %2").replace("%1", end).replace("%2", "88:88") for end in ends]
            planned = self.tr("%1 min planned").replace("%1", str(c.state.agenda.minutes))
            lines.append((self.workshop_note, [planned, *ends, *stopped]))
            if any(p.kind == "debate" for p in c.state.agenda.phases):
                lines.append((self.debate_note, [PACE_WORDS.text(key, interface_language()).format(
                    left=88, count=88, each=88, fits=88) for key in ("share", "fits", "none")]))
        probe = QLabel(self, visible=False)  # never shown: each line's font, style and wrapping
        tallest = 0
        for label, texts in lines:
            probe.setObjectName(label.objectName())
            probe.setWordWrap(label.wordWrap())
            probe.ensurePolished()
            tallest += max(_min_height(probe, text) for text in texts)
        probe.setParent(None)  # gone now, never shown with the window
        if tallest != self._tallest:
            self._tallest = tallest
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Two columns: as tall as with the lines under the clock at their tallest (_reserve)."""
        hint = super().minimumSizeHint()
        if not getattr(getattr(self.window(), "columns", None), "merged", False):  # three: the scores' room
            return hint
        notes = (self.timer_note, self.workshop_note, self.debate_note)
        shown = sum(label.minimumSizeHint().height() for label in notes if not label.isHidden())
        return QSize(hint.width(), hint.height() + max(0, self._tallest - shown))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Agenda and timer"))
        self.plus_1.setText(self.tr("+&1 min"))
        self.plus_1.setAccessibleName(self.tr("Add one minute"))
        self.plus_5.setText(self.tr("+&5 min"))
        _snug(self.plus_1)
        _snug(self.plus_5)
        self.plus_5.setAccessibleName(self.tr("Add five minutes"))
        self.next_phase.setText(self.tr("End phase"))  # no Alt letter left on every page: Ctrl+N
        self.next_phase.setAccessibleName(self.tr("End this phase"))
        self.phases.setAccessibleName(self.tr("Phases of the agenda (Enter starts a phase to come)"))
        self.refresh()
