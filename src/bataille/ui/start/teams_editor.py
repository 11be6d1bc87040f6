"""The teams of a new session: a name and a colour each, 2 to 8 of them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QMouseEvent
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.console.teams_panel import swatch
from bataille.workshop.actions_setup import MAX_NAME, MAX_TEAMS, MIN_TEAMS, PALETTE


class TeamName(QLineEdit):
    """A team's name, whole selected when it gets the focus (by a click too, which Qt's line edit
    leaves out): typing replaces « Équipe 1 » rather than adding to it."""

    _select_on_press = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)  # selects all itself for Tab, Shift+Tab and a mnemonic
        reason = event.reason()
        if reason == Qt.FocusReason.MouseFocusReason:  # the press puts the cursor where it is: select after it
            self._select_on_press = True
        elif reason == Qt.FocusReason.OtherFocusReason:  # Enter in the previous name, a team added, Same teams
            self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self._select_on_press = False
        super().focusOutEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mousePressEvent(event)
        if self._select_on_press:  # only the click that brought the focus: a second one places the cursor
            self._select_on_press = False
            self.selectAll()


class TeamRow(QWidget):
    """One team: its name, and a button showing (and choosing) its colour."""

    def __init__(self, number: int, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.colour = colour
        self.name = TeamName()
        self.name.setObjectName(f"teamName{number}")
        self.name.setMaxLength(MAX_NAME)
        self.colour_button = QPushButton()
        self.colour_button.setObjectName(f"teamColour{number}")
        self.colour_button.clicked.connect(self.choose_colour)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.name, 1)
        row.addWidget(self.colour_button)
        self.retranslate()

    def choose_colour(self) -> None:
        # Qt's own colour dialog, before the workshop, on the laptop: never in front of the room.
        colour = QColorDialog.getColor(QColor(self.colour), self, self.tr("Colour of the team"))
        if colour.isValid():
            self.colour = colour.name().upper()
            self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if not self.name.isModified():
            self.name.setText(self.tr("Team %1").replace("%1", str(self.number)))
        self.name.setAccessibleName(self.tr("Name of team %1").replace("%1", str(self.number)))
        self.name.setToolTip(self.tr("Up to %1 characters: the stage shows the name whole").replace(
            "%1", str(MAX_NAME)))
        self.colour_button.setIcon(swatch(self.colour, 20))
        self.colour_button.setText(self.tr("Colour…"))
        self.colour_button.setAccessibleName(self.tr("Colour of team %1: %2").replace("%1", str(self.number))
                                             .replace("%2", self.colour))


class TeamsEditor(QWidget):
    """Rows of teams, with buttons to add or remove the last one. Enter in a team's name goes to the
    next team's; in the last one's, ``finished`` (the start screen starts the session, as its
    default button says)."""

    finished = Signal()

    def __init__(self, count: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[TeamRow] = []
        self._tab_ends: tuple[QWidget, QWidget] | None = None
        self.rows_layout = QVBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addTeam")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeTeam")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows_layout)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        for _ in range(count):
            self.add_row()
        self.retranslate()

    def add_row(self) -> None:
        if len(self.rows) >= MAX_TEAMS:
            return
        row = TeamRow(len(self.rows) + 1, PALETTE[len(self.rows) % len(PALETTE)])
        row.name.returnPressed.connect(lambda r=row: self._entered(r))
        self.rows.append(row)
        self.rows_layout.addWidget(row)
        self._enable()
        if self._tab_ends is not None:
            self.order_tabs(*self._tab_ends)
        row.name.setFocus()

    def _entered(self, row: TeamRow) -> None:
        if row in self.rows[:-1]:
            self.rows[self.rows.index(row) + 1].name.setFocus()
        elif row in self.rows:
            self.finished.emit()

    def order_tabs(self, before: QWidget, after: QWidget) -> None:
        """The keyboard from ``before`` through every team (name, colour), then the add and remove
        buttons, to ``after``: added once the deck is read, the teams came last, twelve Tabs away."""
        self._tab_ends = (before, after)  # again for a team added
        chain = [before, *(w for row in self.rows for w in (row.name, row.colour_button)), self.add_button,
                 self.remove_button, after]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def remove_row(self) -> None:
        if len(self.rows) <= MIN_TEAMS:
            return
        row = self.rows.pop()
        self.rows_layout.removeWidget(row)
        row.deleteLater()
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(len(self.rows) < MAX_TEAMS)
        self.remove_button.setEnabled(len(self.rows) > MIN_TEAMS)

    def set_teams(self, teams: tuple[tuple[str, str], ...]) -> None:
        """As many rows as ``teams`` (2 to 8), each with its (name, colour): kept through a change of language."""
        while len(self.rows) < min(len(teams), MAX_TEAMS):
            self.add_row()
        while len(self.rows) > max(len(teams), MIN_TEAMS):
            self.remove_row()
        for row, (name, colour) in zip(self.rows, teams, strict=False):
            row.name.setText(name)
            row.name.setModified(True)  # a name of its own: not renamed "Team 1" on a change of language
            row.colour = colour
            row.retranslate()

    def teams(self) -> list[tuple[str, str]]:
        """(name, colour) of every team, as typed."""
        return [(row.name.text(), row.colour) for row in self.rows]

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a &team"))
        self.remove_button.setText(self.tr("Remo&ve the last team"))
