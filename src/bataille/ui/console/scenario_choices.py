"""Every team's next decision on one grid: a team's choice is one click, on buttons that keep their
place from one decision to the next (A, B, C… in the same column for every team). The teams of one
scenario share one statement of its options, above their rows of A, B, C; each team keeps its row
while it walks, a step ahead of the others or not."""

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
        self.own_legends: dict[tuple[str, str], QLabel] = {}  # the same for a team ahead: its words below
        self.in_rows: set[str] = set()  # the teams whose row says their step (a scenario's shared rows)
        self.chosen_by: Callable[[str], None] | None = None  # the page follows the team that chose

    def choose(self, team_id: str, option_id: str) -> None:
        c = self.controller
        if self.chosen_by is not None:  # the stage follows it: its consequence, then its next decision
            self.chosen_by(team_id)
        c.act(c.session.choose_option, team_id, option_id)

    def _next(self, team: Team) -> tuple[str, Decision | None] | None:
        """The team's scenario and the decision it faces next (None: every decision made); None when
        it has no scenario (or one the deck no longer has)."""
        c = self.controller
        path = c.state.scenario_path(team.id)
        if path is None:
            return None
        try:
            scenario = c.deck.scenario(path.scenario_id)
        except KeyError:
            return None
        if path.next_decision is None:
            return path.scenario_id, None
        decision = next((d for d in scenario.decisions if d.id == path.next_decision), None)
        return None if decision is None else (path.scenario_id, decision)

    def groups(self) -> list[list[tuple[Team, Decision | None]]]:
        """The teams of each scenario together, in the teams' order, each in its own row: a team
        that chose keeps its row, a step ahead of the others (its buttons for its next decision),
        and so does a team that has made every decision while another of its scenario still walks
        (``None``): one team choosing never moves another team's buttons (a team that went ahead
        left the shared rows for a block of its own, the rows below moving down at each decision)."""
        blocks: dict[str, list[tuple[Team, Decision | None]]] = {}
        for team in self.controller.state.teams:
            found = self._next(team)
            if found is not None:
                blocks.setdefault(found[0], []).append((team, found[1]))
        return [block for block in blocks.values() if any(decision is not None for _t, decision in block)]

    def _earliest(self, block: list[tuple[Team, Decision | None]]) -> Decision:
        """The decision the teams of one scenario reach first: the one whose options' words are shown."""
        c = self.controller
        walking = [(len(c.state.scenario_path(t.id).choices), d) for t, d in block if d is not None]
        return min(walking, key=lambda pair: pair[0])[1]

    def refresh(self) -> None:
        focused = next((team for (team, _o), b in self.buttons.items() if b.hasFocus()), None)
        while self.column.count():
            widget = self.column.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons, self.legends, self.own_legends, self.in_rows = {}, {}, {}, set()
        groups = self.groups()
        crowded = sum(len(g) for g in groups) > ROOMY_TEAMS
        lines = CROWDED_LINES if crowded else CHOICE_LINES
        # Five or six teams on several futures, two on one: a team's options on its own buttons (two
        # futures' words above their columns overflowed a 1280×720 page).
        groups = [unit for g in groups for unit in ([g] if len(g) > 2 or (len(g) > 1 and not crowded)
                                                    else [[m] for m in g if m[1] is not None])]
        for index, group in enumerate(groups):
            block = QWidget()
            grid = QGridLayout(block)
            grid.setContentsMargins(0, 6 if index else 0, 0, 0)  # the next scenario a little further down
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

    def _shared(self, grid: QGridLayout, group: list[tuple[Team, Decision | None]], _lines: int) -> None:
        """Teams of one scenario: its earliest decision and its options' words once, then a row per
        team of A, B, C, in a fixed place; a team ahead has its row too, its step said beside its name
        and its own options' words on its buttons (the header's words are another decision's)."""
        decision, lang, c = self._earliest(group), self.controller.lang, self.controller
        at = [team for team, d in group if d is not None and d.id == decision.id]
        # The decision on a line of its own, over the whole width: in the names' column, a title
        # of a few words wrapped word by word and was cut (« Un tuteur IA pour chaqu… »).
        steps = len(c.deck.scenario(c.state.scenario_path(group[0][0].id).scenario_id).decisions)
        number = len(c.state.scenario_path(at[0].id).choices) + 1
        where = self.tr("Decision %1 of %2", "the decision most teams of a scenario are at, above their rows")
        title = QLabel(f"<b>{escape(where.replace('%1', str(number)).replace('%2', str(steps)))} — "
                       f"{escape(for_the_font(decision.title.get(lang)))}</b> — "
                       + escape(self.tr("%n team(s)", "", len(at))))  # « 1 équipe », not « 1 équipes »
        title.setWordWrap(True)
        grid.addWidget(title, 0, 0, 1, MAX_OPTIONS + 2)
        for col, option in enumerate(decision.options, start=2):
            words = QLabel(escape(for_the_font(f"{option.id.upper()}. {option.label.get(lang)}")))
            words.setWordWrap(True)
            words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            words.setObjectName(f"legend_{option.id}")
            grid.addWidget(words, 1, col)
            for team in at:
                self.legends[(team.id, option.id)] = words
        for col in range(2, MAX_OPTIONS + 2):
            grid.setColumnStretch(col, 1)  # A, B, C… as wide as one another, whatever the decision
        tags = [self.step(steps), self.tr("done", "a team that has made every decision of its scenario")]
        grid.setColumnMinimumWidth(1, max(self.fontMetrics().horizontalAdvance(t) for t in tags) + 8)
        height = WrappedButton("A", max_lines=1).sizeHint().height()  # a row as high with or without buttons
        ahead_at: dict[int, tuple[Decision, list[Team]]] = {}  # step -> its decision and the teams at it
        for row, (team, own) in enumerate(group, start=2):
            self.in_rows.add(team.id)
            name = QLabel(f"<b>{escape(team.name)}</b>")
            name.setToolTip(team.name)
            grid.addWidget(name, row, 0)
            grid.setRowMinimumHeight(row, height)
            ahead = own is not None and own.id != decision.id
            number = len(c.state.scenario_path(team.id).choices) + 1
            if own is None or ahead:
                tag = QLabel(tags[1] if own is None else self.step(number))
                tag.setObjectName(f"step_{team.id}")
                tag.setToolTip(for_the_font(own.title.get(lang)) if own is not None else "")
                grid.addWidget(tag, row, 1)
            if ahead:
                ahead_at.setdefault(number, (own, []))[1].append(team)
            for col, option in enumerate(own.options if own is not None else (), start=2):
                # A team ahead: « 2A », « 2B »… (a bare « A » under the header's A recorded another
                # option), its decision's words whole below the rows (its own words on its one-line
                # buttons were cut: a row grown to hold them would move every row under it).
                text = f"{number if ahead else ''}{option.id.upper()}"
                grid.addWidget(self._button(team, option, text, 1), row, col)
        self._ahead_words(grid, 2 + len(group), ahead_at)

    def _ahead_words(self, grid: QGridLayout, row: int, ahead_at: dict[int, tuple[Decision, list[Team]]]) -> None:
        """Under the rows, for each decision a team ahead is at: its title, its teams, and its options'
        words, whole, one a line across the block (« 2A. … »), as its teams' buttons name them."""
        lang = self.controller.lang
        for number, (decision, teams) in sorted(ahead_at.items()):
            title = QLabel(f"<b>{escape(self.step(number))} — {escape(for_the_font(decision.title.get(lang)))}</b>"
                           f" — {escape(', '.join(team.name for team in teams))}")
            title.setWordWrap(True)
            title.setContentsMargins(0, 6, 0, 0)
            grid.addWidget(title, row, 0, 1, MAX_OPTIONS + 2)
            row += 1
            for option in decision.options:
                words = QLabel(escape(for_the_font(f"{number}{option.id.upper()}. {option.label.get(lang)}")))
                words.setWordWrap(True)
                words.setObjectName(f"legend_{number}{option.id}")
                words.setContentsMargins(12, 0, 0, 0)
                grid.addWidget(words, row, 0, 1, MAX_OPTIONS + 2)
                row += 1
                for team in teams:
                    self.own_legends[(team.id, option.id)] = words

    def step(self, number: int) -> str:
        """Beside a team ahead's name: the decision its buttons are for."""
        return self.tr("Decision %1", "a team ahead of the others: the decision its buttons are for"
                       ).replace("%1", str(number))
