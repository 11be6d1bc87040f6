"""Every team's next decision on one grid: a team's choice is one click, on buttons that keep their
place from one decision to the next (A, B, C… in the same column for every team)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QPushButton, QWidget

from bataille.ui.controller import SessionController
from bataille.words import for_the_font


class ChoiceGrid(QGroupBox):
    """One row per team walking a scenario: its name, its decision, and one button per option."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.grid = QGridLayout(self)
        self.grid.setColumnStretch(1, 1)
        self.buttons: dict[tuple[str, str], QPushButton] = {}  # (team id, option id) -> button

    def choose(self, team_id: str, option_id: str) -> None:
        c = self.controller
        c.act(c.session.choose_option, team_id, option_id)

    def refresh(self) -> None:
        c = self.controller
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons = {}
        row = 0
        for team in c.state.teams:
            path = c.state.scenario_path(team.id)
            if path is None or path.next_decision is None:
                continue
            try:
                scenario = c.deck.scenario(path.scenario_id)
            except KeyError:
                continue
            decision = next((d for d in scenario.decisions if d.id == path.next_decision), None)
            if decision is None:
                continue
            name = QLabel(team.name)
            name.setToolTip(team.name)
            title = QLabel(for_the_font(decision.title.get(c.lang)))
            title.setWordWrap(True)
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(title, row, 1)
            for col, option in enumerate(decision.options):
                button = QPushButton(option.id.upper())
                button.setObjectName(f"choice_{team.id}_{option.id}")
                button.setToolTip(option.label.get(c.lang))
                button.setAccessibleName(self.tr("%1 chooses %2").replace("%1", team.name)
                                         .replace("%2", option.label.get(c.lang)))
                button.setFixedWidth(48)
                button.clicked.connect(lambda _=False, t=team.id, o=option.id: self.choose(t, o))
                self.grid.addWidget(button, row, 2 + col, Qt.AlignmentFlag.AlignCenter)
                button.show()
                self.buttons[(team.id, option.id)] = button
            name.show()
            title.show()
            row += 1
        self.setVisible(row > 0)
        self.setTitle(self.tr("Every team's next decision: one click records its choice"))
