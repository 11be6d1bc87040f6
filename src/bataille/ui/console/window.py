"""The facilitator's console: agenda and timer, teams, the phase's controls, notes, what comes next.

The window can be shown before its session is open (``ConsoleWindow()``, then
:meth:`ConsoleWindow.open`): it says the session is being opened, and the stage beside it shows its
plain background. So this module imports at its top only what that first paint needs; the panels
are imported by :meth:`ConsoleWindow.open`. Its menus and their commands are in ``menus.py``, its
phones in ``session_phones.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from bataille.ui.console.menus import ConsoleMenus
from bataille.ui.console.session_phones import SessionPhones
from bataille.ui.contrast import alarm_colour
from bataille.ui.i18n import interface_language
from bataille.ui.screen_reader import announce
from bataille.ui.settings import Settings
from bataille.ui.stage.window import StageWindow
from bataille.words import for_the_font

if TYPE_CHECKING:
    from bataille.ui.commands import Commands
    from bataille.ui.console.shortcuts import ShortcutSheet
    from bataille.ui.controller import SessionController

TIME_UP_BAR = "QStatusBar { background: #C62828; } QStatusBar QLabel { color: white; font-weight: bold; }"


class ConsoleWindow(ConsoleMenus, SessionPhones, QMainWindow):
    """The laptop's window; it owns the stage window and closes it with the session."""

    closed = Signal()
    firstPainted = Signal()  # once, after the window's first paint: time to open the session

    def __init__(self, controller: SessionController | None = None, settings: Settings | None = None,
                 choose_language: Callable[[str], None] | None = None, parent: QWidget | None = None) -> None:
        """``controller`` None: the window says the session is being opened until :meth:`open`."""
        super().__init__(parent)
        self.setObjectName("consoleWindow")
        self.controller: SessionController | None = None
        self.settings = settings or Settings()
        self.choose_language = choose_language
        self.stage = StageWindow()
        self.actions_: Commands | None = None
        self.shortcut_sheet: ShortcutSheet | None = None
        self.painted = False  # True from its first paint on
        self.opening = QLabel()  # until the session is open: what is happening, in one line
        self.opening.setObjectName("openingLine")
        self.opening.setMargin(24)
        self.setCentralWidget(self.opening)
        self.retranslate()
        if controller is not None:
            self.open(controller)

    def open(self, controller: SessionController) -> None:
        """Build the panels on the open session; the stage shows it too."""
        from bataille.ui.commands import Commands, ControlKeys, Scope
        from bataille.ui.console.keys import undo_reaches_session
        from bataille.ui.console.projector import ProjectorCable
        from bataille.ui.dialogs.app_menu import AppMenuActions

        self.controller = controller
        self.stage.attach(controller)
        self.actions_ = Commands(self, Scope.SESSION)
        self._build_panels(controller)
        from bataille.ui.console.counts_resume import keep_and_bring_back_counts

        self.counts_kept = keep_and_bring_back_counts(self)  # counts typed, after an abrupt stop
        self._lay_out()
        self._build_status_bar()
        self.app_actions = AppMenuActions(self, self.settings, lambda: controller.deck, self.choose_language,
                                          cards_language=lambda: controller.lang)
        self._build_menus()
        self.apply_settings()
        controller.status.connect(self.show_status)
        controller.changed.connect(self._on_changed)
        controller.stepChanged.connect(self._name_the_undo)  # a question put to the phones: Ctrl+Z stops it first
        controller.changed.connect(lambda _parts: QTimer.singleShot(0, self, self.room_for_the_phase))
        controller.timeUp.connect(self._on_time_up)
        self.retranslate()
        self._on_time_up(controller.time_up)
        self._hold_if_finished(controller)
        self._undo_guard = undo_reaches_session(self)
        self._count_keys = ControlKeys(self.actions_, lambda said: self.show_status("info", said))  # B, "." …
        self._count_keys.cover(self)
        self.phase.page_built = self._cover_page  # the phases' pages come later
        self.phase.attach_console(self)  # the welcome page's buttons trigger the console's commands
        self.projector_cable = ProjectorCable(self)  # plugged in or out during the session
        from bataille.ui.console.presses import StageShownWatch

        self.stage_watch = StageShownWatch(self.stage, self.refresh_stage_state, self)  # its X too

    def _build_panels(self, controller: SessionController) -> None:
        from bataille.ui.console.agenda_panel import AgendaPanel
        from bataille.ui.console.banners import (
            DeckChangedBanner,
            MigrationBanner,
            RescueBanner,
            SaveBanner,
            WalNotice,
        )
        from bataille.ui.console.leaving import LeaveGuard
        from bataille.ui.console.phase_panel import PhasePanel
        from bataille.ui.console.recovery_banner import RecoveryBanner
        from bataille.ui.console.side_panel import HistoryPanel, NextPanel, NotesPanel
        from bataille.ui.console.stage_preview import StagePreview
        from bataille.ui.console.teams_panel import TeamsPanel

        self.agenda = AgendaPanel(controller)
        self.teams = TeamsPanel(controller)
        self.phase = PhasePanel(controller)
        self.leave_guard = LeaveGuard(controller, self)
        self.agenda.before_leaving = self.leave_guard.leave
        self.agenda.closing_debate = lambda then: self.phase.debate.close_round(then)
        from bataille.ui.commands import Command
        from bataille.ui.console.presses import StepPace

        # A double-click's second click runs no second step (console/presses.py).
        self.pace = StepPace(lambda: (controller.session.event_count, controller.next_step().label),
                             controller.closing_phones_vote)
        self.next_panel = NextPanel(controller, self.advance, self.actions_[Command.EXPORT_SUMMARY], self.pace)
        self.notes = NotesPanel(controller)
        self.history = HistoryPanel(controller)
        self.preview = StagePreview(self.stage)  # what the room sees, on the laptop
        self._add_phones()
        # On top of everything, on the console only: a save that failed, a file that was recovered.
        self.save_banner = SaveBanner(controller)
        self.recovery_banner = RecoveryBanner(controller)
        if controller.stopped_abruptly:  # what it says stays in the history once it has gone
            banner = self.recovery_banner
            banner.said.connect(lambda said: self.history.note_recovery(banner.after_actions, said))
            self.history.note_recovery(banner.after_actions, banner.whole)
            self.history.recoveryAsked.connect(banner.show_again)
        self.migration_banner = MigrationBanner(controller)
        self.rescue_banner = RescueBanner()
        self.deck_banner = DeckChangedBanner()
        self.wal_notice = WalNotice(controller)

    def _lay_out(self) -> None:
        """Three columns (agenda, teams, phones | the phase | the stage, next, notes, history) under
        the banners (console/columns.py); they take the opening line's place."""
        from PySide6.QtWidgets import QVBoxLayout

        # A quick debate has no teams to score (the start screen says so): its two camps are the
        # debate's sides, on the debate's page; no "For — 0 pts" with points to give.
        self.teams.setHidden(self.controller.quick_debate)
        from bataille.ui.console.columns import ConsoleColumns
        from bataille.ui.console.stage_pages import StagePages

        self.stage_pages = StagePages(self.stage)  # under the picture, while it is one page of several
        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.setSpacing(0)
        shown_layout.addWidget(self.preview, 1)
        shown_layout.addWidget(self.stage_pages)
        self.columns = columns = ConsoleColumns([self.agenda, self.teams, self.phones_panel], self.phase,
                                                [shown, self.next_panel, self.notes, self.history])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        for banner in (self.save_banner, self.recovery_banner, self.migration_banner, self.rescue_banner,
                       self.deck_banner, self.wal_notice):
            layout.addWidget(banner)
        layout.addWidget(columns, 1)
        self.setCentralWidget(central)  # the opening line goes with it
        self.opening = None

    def _hold_if_finished(self, controller: SessionController) -> None:
        """A finished workshop opened again is there to read and export: the first change asks first
        (ui/finished_lock.py), and the status line says so from the start."""
        from bataille.ui.console.finished_question import ask_to_change

        controller.ask_to_change = lambda: ask_to_change(controller, self)
        if controller.held_finished:
            self.show_status("info", self.tr("This session is over: read it and export its summary. Changing "
                                             "it (Ctrl+Z, points, names, phones) asks first."))

    def _build_status_bar(self) -> None:
        from PySide6.QtCore import Qt

        from bataille.ui.console.status_line import StatusLine

        self.status_line = StatusLine()  # one line, a long message ended with "…" short of the words beside it
        self.status_line.setObjectName("statusLine")
        self.status_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.status_line, 1)
        from bataille.ui.console.written_file import OpenWrittenButton

        self.open_written = OpenWrittenButton()  # once an export has written a file, beside its message
        self.statusBar().addPermanentWidget(self.open_written)
        self.stage_state = QLabel()
        self.statusBar().addPermanentWidget(self.stage_state)

    def _cover_page(self, page: QWidget) -> None:
        """A phase's page, built when its phase first comes: Ctrl+Z and the remote's keys reach the
        session from its boxes too."""
        self._undo_guard.cover(page)
        self._count_keys.cover(page)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Reached only by keys no control used (see console/keys.py); Enter on a button presses it.
        from bataille.ui.console.presses import press_focused_button

        if press_focused_button(self, event):
            return
        if self.actions_ is None or not self.actions_.presenter_key(event):
            super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            # Queued: the first frame reaches the screen before whatever is connected runs.
            QTimer.singleShot(0, self, self.firstPainted.emit)  # none if the window is gone

    def advance(self) -> None:
        """The one way forward (PageDown, the remote, the primary button): the next step, after
        asking once when it leaves a phase with content left undone; closing a debate, after its
        phone vote is closed into it. Once per deliberate press: a double-click runs one step (presses.py).
        A black stage is only lit again (lit_first.py)."""
        from bataille.ui.console.lit_first import lit_first

        if not lit_first(self):
            self.pace.press(self._advance_now)

    def _advance_now(self) -> None:
        if "timeline" in self.phase.pages:  # the hands looked at: the turn's team's again
            self.phase.timeline.back_to_turn()
        step = self.controller.next_step()
        if step.closes_round:
            self.phase.debate.close_round(lambda: self.controller.run_step(step))
        elif step.leaves:
            self.leave_guard.leave(self.controller.advance)
        elif step.over:  # what the next-step button says: the summary's export
            self.next_panel.press()
        else:
            self.controller.advance()

    # -- feedback --------------------------------------------------------------------------------

    def show_status(self, kind: str, message: str) -> None:
        """One line at the bottom of the console: never a dialog in front of the room."""
        if kind == "error":  # a red that reads on the desktop's own window colour, light or dark
            red = alarm_colour(self.status_line.palette().window().color())
            self.status_line.setStyleSheet(f"QLabel {{ color: {red}; font-weight: bold; }}")
        else:
            self.status_line.setStyleSheet("")
        self.open_written.withdraw()  # it went with the message that offered it
        # The mark is drawn (the app's font has no ⚠ or ✓): a problem, or a file written.
        self.status_line.set_mark("warning" if kind == "error" else "done" if kind == "done" else "")
        self.status_line.setText(for_the_font(message))  # a card's title may hold a narrow space
        self.status_line.setAccessibleDescription(message)
        announce(self.status_line, message, urgent=kind == "error")  # heard where the keyboard is: time up, a refusal…
        self.status_line.setToolTip(message)  # the whole line, when the window cuts it
        self._status_shown = (kind, message, interface_language())

    def _status_in_new_language(self) -> None:
        """The interface's language changed: the line of what the last actions did, or of the file
        just written, is said again in it; any other line goes (it stayed in the language left)."""
        from bataille.ui.console.written_file import status_in_new_language

        status_in_new_language(self, *getattr(self, "_status_shown", ("info", "", interface_language())))

    def room_for_the_phase(self) -> None:
        """A narrow window (a laptop mirrored to a 1024-pixel projector) gives the phase's controls
        the room they need first, the agenda and the side column down to their least; narrower
        still (a laptop at 150 %), the right column's panels go under the left's; narrower still,
        the phase's page scrolls."""
        columns = getattr(self, "columns", None)
        if columns is None:  # the session is being opened
            return
        spare = columns.arrange()
        self.phase.setMinimumWidth(max(0, min(self.phase.needed_width(), spare)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.room_for_the_phase()

    def refresh_stage_state(self) -> None:
        """The status bar's "Stage: …" and the Stage menu's checks, after the stage was shown or hidden."""
        self._on_changed(frozenset())

    def _on_changed(self, parts: frozenset) -> None:
        from bataille.ui.commands import Command

        blackout = self.controller.blackout
        self.actions_[Command.BLACKOUT].setChecked(blackout)
        self._name_the_undo()
        self._name_the_redo()  # menus.py
        # Between phases the primary button starts the next one: the agenda's buttons and their keys wait.
        self.actions_[Command.START_PAUSE].setEnabled(self.agenda.start_pause.isEnabled())
        self.actions_[Command.NEXT_PHASE].setEnabled(self.agenda.next_phase.isEnabled())
        self.actions_[Command.FULLSCREEN].setChecked(self.stage.isFullScreen())
        if blackout:
            self.stage_state.setText(self.tr("Stage: BLACK"))
        elif self.stage.isVisible():
            self.stage_state.setText(self.tr("Stage: shown"))
        else:
            self.stage_state.setText(self.tr("Stage: hidden (F5)"))

    def _name_the_undo(self) -> None:
        """The Undo item names what it would take back (« Annuler : carte placée… »); with nothing
        to take back it stays on, and Ctrl+Z says why nothing happens."""
        from bataille.ui.commands import Command

        what = self.controller.undo_label()
        if len(what) > 60:
            what = what[:59].rstrip() + "…"
        self.actions_[Command.UNDO].setText(
            self.tr("&Undo: %1").replace("%1", what.replace("&", "&&")) if what else self.tr("&Undo"))

    def _on_time_up(self, up: bool) -> None:
        self.statusBar().setStyleSheet(TIME_UP_BAR if up else "")
        if up:
            self.show_status("info", self.tr("Time's up for this phase: +1 / +5 min, or move on."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._status_in_new_language()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.controller is None:  # the session is being opened
            self.setWindowTitle(self.tr("Bataille IA — Console"))
            self.setAccessibleName(self.tr("Facilitator console"))
            opening = self.tr("Opening the session…")
            # Centred by its paragraph: an alignment flag would build Qt's namespace of enums.
            self.opening.setText(f'<p align="center">{opening.replace("&", "&amp;").replace("<", "&lt;")}</p>')
            return
        self.actions_.retranslate()
        self.session_menu.setTitle(self.tr("&Session"))
        self.timer_menu.setTitle(self.tr("&Timer"))
        self.stage_menu.setTitle(self.tr("Sta&ge"))
        self.help_menu.setTitle(self.tr("&Help"))
        title = self.controller.deck.title.get(self.controller.lang)
        path = getattr(self.controller.session.store, "path", None)  # the session's name: its file's
        self.setWindowTitle(self.tr("%1 — %2 — Console").replace("%2", title).replace("%1", Path(path).stem)
                            if path is not None else self.tr("%1 — Console").replace("%1", title))
        self.setAccessibleName(self.tr("Facilitator console"))
        self.status_line.setAccessibleName(self.tr("Messages"))
        self._on_changed(frozenset())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.controller is None:  # closed while its session was being opened
            self.stage.close()
            super().closeEvent(event)
            self.closed.emit()
            return
        from bataille.ui.console.debate_closing import typed_words
        from bataille.ui.console.unsaved import may_close

        if self.mid_vote.asks_first():  # a vote under way: asked first, the default keeps going
            event.ignore()
            return
        leaving = self.mid_vote.quitting  # quit anyway: the vote is left as an abrupt stop leaves it
        typed = ""
        if not leaving and "debate" in self.phase.pages \
                and not getattr(self.controller.session.store, "closed", False):
            # Counts typed and not recorded are recorded, hidden (a file already closed takes nothing);
            # not a vote the phones are asking: it closes below, its answers kept in the file (to record
            # once reopened), recorded with them, hidden, if hands were typed on top (keep_answers_now).
            stages = self.phase.debate.record_typed()
            typed = stages and typed_words(stages, self.tr(
                "The counts typed for %1 were recorded, hidden, before the session closed."))
        # A phone vote still open is closed first: its answers are written with the session's last actions.
        phones_note = self.phase.debate.keep_answers_now() if self.phones.asking is not None and not leaving else ""
        phones_note = " ".join(n for n in (typed, phones_note) if n)
        if "debrief" in self.phase.pages:  # so is the feedback the phones gave and nobody kept yet
            phones_note = " ".join(n for n in (phones_note, self.phase.debrief.keep_unkept_feedback()) if n)
        if not may_close(self.controller, self):  # actions not saved, and the facilitator kept working
            if phones_note:
                self.show_status("info", phones_note)
            event.ignore()
            return
        if leaving:
            phones_note = " ".join(n for n in (self.mid_vote.leave(), phones_note) if n)
        self.controller.closing_note = " ".join(n for n in (phones_note, self.controller.closing_note) if n)
        self.phones.turn_off()  # the server listens only while a session is open
        phase = self.controller.state.agenda.current
        if phase is not None and phase.status == "running":  # back paused, at the time it had left
            self.controller.act(self.controller.session.pause_timer)
        self.stage.close()
        if self.shortcut_sheet is not None:
            self.shortcut_sheet.close()
        super().closeEvent(event)
        self.closed.emit()
