"""Every team's next decision on one grid: a team's choice is one click, on buttons that keep their
place from one decision to the next (A, B, C… in the same column for every team). Teams at the
same decision share one statement of its options, above their rows of A, B, C."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

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
    """Every team walking a scenario, with one button per option of its next decision. A team on
    its own: its name and decision, then buttons that say the options' words (a facilitator reads
    out what A, B and C are). Teams at the same decision of the same scenario (one scenario started
    for every team): the decision once, the options' words once above their columns, then a row per
    team of buttons A, B, C: six teams' words read whole, not cut to two lines six times over."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.column = QVBoxLayout(self)
        self.column.setSpacing(2)
        self.buttons: dict[tuple[str, str], WrappedButton] = {}  # (team id, option id) -> button
        self.legends: dict[tuple[str, str], QLabel] = {}  # (team id, option id) -> the option's words above it
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

    def groups(self) -> list[list[tuple[Team, Decision]]]:
        """Neighbouring teams at one decision of one scenario together, every team in its own place:
        the teams' order never changes, so a team's row is where it was after another team chose
        (grouping every team at a decision sent a team that went ahead to the bottom of the grid)."""
        c, groups, last = self.controller, [], None
        for team, decision in self.decisions():
            key = (c.state.scenario_path(team.id).scenario_id, decision.id)
            if key != last:
                groups.append([])
            groups[-1].append((team, decision))
            last = key
        return groups

    def refresh(self) -> None:
        focused = next((team for (team, _o), b in self.buttons.items() if b.hasFocus()), None)
        while self.column.count():
            widget = self.column.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons, self.legends = {}, {}
        groups = self.groups()
        lines = CHOICE_LINES if sum(len(g) for g in groups) <= ROOMY_TEAMS else CROWDED_LINES
        for index, group in enumerate(groups):
            block = QWidget()
            grid = QGridLayout(block)
            grid.setContentsMargins(0, 6 if index else 0, 0, 0)  # the next team a little further down
            grid.setVerticalSpacing(2)  # a decision close above its buttons
            (self._shared if len(group) > 1 else self._alone)(grid, group, lines)
            self.column.addWidget(block)
            block.show()  # at once: a click may come before the event loop would show it
        self.setVisible(bool(groups))
        self.setTitle(self.tr("Every team's next decision: one click records its choice"))
        if focused is not None:
            self._keyboard_back(focused)

    def _keyboard_back(self, team_id: str) -> None:
        """The buttons rebuilt under the keyboard: it goes to the first option of the team that just
        chose (its next decision), else of the next team with one to make (it fell on « +1 min »,
        thirteen Tabs away, where Space added a minute)."""
        order = [t.id for t in self.controller.state.teams]
        start = order.index(team_id) if team_id in order else 0
        for team in order[start:] + order[:start]:
            first = next((b for (t, _o), b in self.buttons.items() if t == team), None)
            if first is not None:
                first.setFocus()
                return

    def _button(self, team: Team, option, text: str, lines: int) -> WrappedButton:
        label = option.label.get(self.controller.lang)
        button = WrappedButton(for_the_font(text), max_lines=lines)
        button.setObjectName(f"choice_{team.id}_{option.id}")
        button.setToolTip(label)
        button.setAccessibleName(self.tr("%1 chooses %2").replace("%1", team.name).replace("%2", label))
        button.clicked.connect(lambda _=False, t=team.id, o=option.id: self.choose(t, o))
        self.buttons[(team.id, option.id)] = button
        return button

    def _alone(self, grid: QGridLayout, group: list[tuple[Team, Decision]], lines: int) -> None:
        """One team at its decision: its name and the decision, then the options' words on its buttons."""
        (team, decision), lang = group[0], self.controller.lang
        name = QLabel(f"<b>{escape(team.name)}</b> — {escape(for_the_font(decision.title.get(lang)))}")
        name.setToolTip(team.name)
        name.setWordWrap(True)
        grid.addWidget(name, 0, 0, 1, max(1, len(decision.options)))
        for col, option in enumerate(decision.options):
            grid.addWidget(self._button(team, option, f"{option.id.upper()}. {option.label.get(lang)}", lines), 1, col)
            grid.setColumnStretch(col, 1)  # A, B, C… as wide as one another, team after team
        for col in range(len(decision.options), MAX_OPTIONS):
            grid.setColumnStretch(col, 1)

    def _shared(self, grid: QGridLayout, group: list[tuple[Team, Decision]], _lines: int) -> None:
        """Teams at one decision: the decision and the options' words once, a row of A, B, C per team."""
        decision, lang = group[0][1], self.controller.lang
        # The decision on a line of its own, over the whole width: in the names' column, a title
        # of a few words wrapped word by word and was cut (« Un tuteur IA pour chaqu… »).
        title = QLabel(f"<b>{escape(for_the_font(decision.title.get(lang)))}</b> — "
                       + escape(self.tr("%1 teams").replace("%1", str(len(group)))))
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, len(decision.options) + 1)
        for col, option in enumerate(decision.options, start=1):
            words = QLabel(escape(for_the_font(f"{option.id.upper()}. {option.label.get(lang)}")))
            words.setWordWrap(True)
            words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            words.setObjectName(f"legend_{option.id}")
            grid.addWidget(words, 1, col)
            grid.setColumnStretch(col, 1)
            for team, _decision in group:
                self.legends[(team.id, option.id)] = words
        for row, (team, _decision) in enumerate(group, start=2):
            name = QLabel(f"<b>{escape(team.name)}</b>")
            name.setToolTip(team.name)
            grid.addWidget(name, row, 0)
            for col, option in enumerate(decision.options, start=1):
                grid.addWidget(self._button(team, option, option.id.upper(), 1), row, col)
