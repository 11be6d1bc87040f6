"""Every team's next decision on one grid: a team's choice is one click, on buttons that keep their
place from one decision to the next (A, B, C… in the same column for every team)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from bataille.ui.console.wrapped_button import WrappedButton
from bataille.ui.controller import SessionController
from bataille.ui.rich_text import escape
from bataille.words import for_the_font

if TYPE_CHECKING:
    from collections.abc import Callable

    from bataille.deck.models import Decision
    from bataille.workshop.state import Team

# An option's words on its button: on three lines most read whole, a longer one ends in "…"; with
# five or six teams, two lines each, so that every team's buttons show at 1280×720.
CHOICE_LINES, CROWDED_LINES, ROOMY_TEAMS = 3, 2, 4
MAX_OPTIONS = 3  # as the scenario schema allows


class ChoiceGrid(QGroupBox):
    """Two rows per team walking a scenario: its name and its decision, then one button per option
    that says the option's words (a facilitator reads out what A, B and C are)."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.grid = QGridLayout(self)
        self.grid.setVerticalSpacing(2)  # a team's decision close above its buttons; the next team's
        for column in range(MAX_OPTIONS):
            self.grid.setColumnStretch(column, 1)  # A, B, C… as wide as one another, row after row
        self.buttons: dict[tuple[str, str], WrappedButton] = {}  # (team id, option id) -> button
        self.chosen_by: Callable[[str], None] | None = None  # the page follows the team that chose

    def choose(self, team_id: str, option_id: str) -> None:
        c = self.controller
        if self.chosen_by is not None:  # the stage follows it: its consequence, then its next decision
            self.chosen_by(team_id)
        c.act(c.session.choose_option, team_id, option_id)

    def decisions(self) -> list[tuple[Team, Decision]]:
        """Each team walking a scenario, with the decision it faces next."""
        c, found = self.controller, []
        for team in c.state.teams:
            path = c.state.scenario_path(team.id)
            if path is None or path.next_decision is None:
                continue
            try:
                scenario = c.deck.scenario(path.scenario_id)
            except KeyError:
                continue
            decision = next((d for d in scenario.decisions if d.id == path.next_decision), None)
            if decision is not None:
                found.append((team, decision))
        return found

    def refresh(self) -> None:
        c = self.controller
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons = {}
        rows = self.decisions()
        lines = CHOICE_LINES if len(rows) <= ROOMY_TEAMS else CROWDED_LINES
        for row, (team, decision) in enumerate(rows):
            name = QLabel(f"<b>{escape(team.name)}</b> — {escape(for_the_font(decision.title.get(c.lang)))}")
            name.setToolTip(team.name)
            name.setWordWrap(True)
            name.setContentsMargins(0, 6 if row else 0, 0, 0)  # ...a little further down
            self.grid.addWidget(name, 2 * row, 0, 1, max(1, len(decision.options)))
            name.show()
            for col, option in enumerate(decision.options):
                label = option.label.get(c.lang)
                button = WrappedButton(for_the_font(f"{option.id.upper()}. {label}"), max_lines=lines)
                button.setObjectName(f"choice_{team.id}_{option.id}")
                button.setToolTip(label)
                button.setAccessibleName(self.tr("%1 chooses %2").replace("%1", team.name).replace("%2", label))
                button.clicked.connect(lambda _=False, t=team.id, o=option.id: self.choose(t, o))
                self.grid.addWidget(button, 2 * row + 1, col)
                button.show()
                self.buttons[(team.id, option.id)] = button
        self.setVisible(bool(rows))
        self.setTitle(self.tr("Every team's next decision: one click records its choice"))
