"""The welcome phase's page: what to have ready while the room arrives, a line each, with its state
drawn before it (done, to do: ``bataille.ui.marks``, the app's font has neither mark) and one button
that does it through the console's own command, never a second way of doing it: the projection
(Stage → Show the Stage, or Stage Full Screen), the phones (the Phones box's switch, Phones: Join
Screen), the teams (the Teams box's Rename); then what the stage shows and the next step.

Built when the welcome phase first comes (phase_panel.py); it keeps no state of its own: each line
is read again from the stage, the phones and the session whenever one of them changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bataille.ui.console.wrapped_label import WrappedLabel
from bataille.ui.controller import SessionController
from bataille.ui.marked_label import MarkedLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

# The stage's events that change what the projection line says: shown, hidden, full screen or not,
# moved to another screen.
STAGE_EVENTS = (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Close, QEvent.Type.WindowStateChange,
                QEvent.Type.Move, QEvent.Type.ScreenChangeInternal)
LINES = ("projection", "phones", "teams")


class CheckLine(MarkedLabel):
    """A line of the list: its words, the mark of its state before them (and the state in words, for
    the tooltip and a screen reader: never in the picture alone)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"welcome_{name}")
        self.setWordWrap(True)
        self.done = False

    def show_state(self, text: str, done: bool, state_words: str) -> None:
        self.done = done
        self.setText(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(state_words)
        self.setToolTip(state_words)
        self.set_mark("done" if done else "pending")


class WelcomePage(QWidget):
    """Projection, phones, teams: each with its state and its button; then what comes next."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.controller = controller
        self.console = None  # the console whose commands the buttons trigger (attach)
        self.heading = QLabel()
        self.heading.setObjectName("welcomeHeading")
        self.heading.setWordWrap(True)
        self.lines = {name: CheckLine(name) for name in LINES}
        self.buttons = {name: QPushButton() for name in LINES}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        for row, name in enumerate(LINES):  # in reading order: Tab goes down the buttons
            self.buttons[name].setObjectName(f"welcome_{name}_button")
            self.buttons[name].setEnabled(False)  # until the console's commands are there
            grid.addWidget(self.lines[name], row, 0)
            grid.addWidget(self.buttons[name], row, 1, Qt.AlignmentFlag.AlignTop)
        self.then = WrappedLabel()
        self.then.setObjectName("welcomeThen")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(14)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addWidget(self.then)
        layout.addStretch(1)
        self.buttons["projection"].clicked.connect(self._project)
        self.buttons["phones"].clicked.connect(self._phones)
        self.buttons["teams"].clicked.connect(self._rename)
        controller.changed.connect(lambda _parts: self.refresh())  # teams renamed, the stage black, next step
        controller.stepChanged.connect(self.refresh)  # time up: "next" says something else
        self.retranslate()

    def attach(self, console) -> None:
        """The console's stage, phones, Teams box and commands: the buttons trigger its own."""
        self.console = console
        StageWatch(console.stage, self)
        console.phones.stateChanged.connect(lambda *_: self.refresh())
        console.phones.countChanged.connect(lambda *_: self.refresh())
        for button in self.buttons.values():
            button.setEnabled(True)
        self.refresh()

    def _action(self, command: str) -> QAction:
        from bataille.ui.commands import Command

        return self.console.actions_[Command(command)]

    def _project(self) -> None:
        """Stage → Show the Stage (F5), or, shown in a window, Stage Full Screen (F11): the menu's commands."""
        stage = self.console.stage
        shown = stage.isVisible() and not self.controller.blackout
        self._action("fullscreen" if shown and not stage.isFullScreen() else "show_stage").trigger()

    def _phones(self) -> None:
        """Off: the Phones box's switch, as if clicked; on: Stage → Phones: Join Screen."""
        if self.console.phones.on:
            self._action("join").trigger()
        else:
            self.console.phones_panel.switch.click()

    def _rename(self) -> None:
        """The Teams box's Rename, on the team clicked there (the first one when none is)."""
        teams = self.console.teams
        if not teams.list.selectedItems() and teams.list.count():
            teams.list.setCurrentRow(0)
        teams.rename_button.click()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("While the room arrives, check:"))
        self.buttons["teams"].setText(self.tr("Rename…"))
        self.buttons["teams"].setAccessibleName(self.tr("Rename a team"))
        self.refresh(whatever=True)

    def refresh(self, whatever: bool = False) -> None:
        """Each line as things are now (only while the page is shown, or asked: it is read again when shown)."""
        if not (whatever or self.isVisible()):
            return
        done, to_do = self.tr("Done"), self.tr("To do")
        self._projection(done, to_do)
        self._phones_line(done, to_do)
        teams = self.controller.state.teams
        names = ", ".join(t.name for t in teams)
        self.lines["teams"].show_state(self.tr("%n team(s): %1", "", len(teams)).replace("%1", names),
                                       len(teams) > 0, done if teams else to_do)
        step = self.controller.next_step().label
        self.then.setText(self.tr("The stage shows the themes, the plan and the rules. %1 (PageDown).")
                          .replace("%1", step.rstrip(".")))

    def _projection(self, done: str, to_do: str) -> None:
        line, button = self.lines["projection"], self.buttons["projection"]
        stage = self.console.stage if self.console is not None else None
        shown = stage is not None and stage.isVisible()
        screens = QGuiApplication.screens()
        number = str(screens.index(stage.screen()) + 1) if shown and stage.screen() in screens else "1"
        if not shown:
            text = self.tr("Projection: not shown")
        elif self.controller.blackout:
            text = self.tr("Projection: black screen, on screen %1").replace("%1", number)
        elif stage.isFullScreen():
            text = self.tr("Projection: shown full screen on screen %1").replace("%1", number)
        else:
            text = self.tr("Projection: shown in a window on screen %1").replace("%1", number)
        lit = shown and not self.controller.blackout
        line.show_state(text, lit, done if lit else to_do)
        windowed = lit and not stage.isFullScreen()
        key = self._key("fullscreen" if windowed else "show_stage")
        button.setText((self.tr("Full screen (%1)") if windowed else self.tr("Show full screen (%1)"))
                       .replace("%1", key).replace(" ()", ""))
        button.setAccessibleName(self.tr("Show the stage full screen"))

    def _key(self, command: str) -> str:
        if self.console is None:
            return ""
        return self._action(command).shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _phones_line(self, done: str, to_do: str) -> None:
        line, button = self.lines["phones"], self.buttons["phones"]
        phones = self.console.phones if self.console is not None else None
        if phones is None or not phones.on:
            line.show_state(self.tr("Phones: off (optional)"), False, to_do)
            button.setText(self.tr("Turn the phones on"))
            button.setAccessibleName(self.tr("Turn the phones on"))
            return
        if phones.connected:
            line.show_state(self.tr("%n phone(s) connected", "", phones.connected), True, done)
        else:  # on, and the room still to join
            line.show_state(self.tr("Phones on: none connected yet"), False, to_do)
        button.setText(self.tr("Hide the join screen") if phones.join_shown else self.tr("Join screen"))
        button.setAccessibleName(self.tr("Hide the join screen on the stage") if phones.join_shown
                                 else self.tr("Show the join screen on the stage"))


class StageWatch(QObject):
    """Redraws the page when the stage is shown, hidden, put full screen or moved to another screen
    (by anything: F5, its title bar's X, the window manager). Its parent is the page."""

    def __init__(self, stage: QWidget, page: WelcomePage) -> None:
        super().__init__(page)
        self.page = page
        stage.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in STAGE_EVENTS:
            QTimer.singleShot(0, self, self.page.refresh)  # once the window has its new state
        return False
