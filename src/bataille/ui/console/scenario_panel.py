"""Controls of the scenarios: a team starts a 2035 future, then chooses an option at each decision."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.console.common import compact, fill_teams, labelled
from bataille.ui.console.scenario_choices import ROOMY_TEAMS, ChoiceGrid
from bataille.ui.controller import SessionController
from bataille.ui.rich_text import escape
from bataille.words import for_the_font, minus_sign
from bataille.workshop.events import OptionChosen, Part
from bataille.workshop.flow import start_scenarios


class ScenarioPanel(QWidget):
    """Pick a team (the stage follows it), start its scenario, and record its choices one by one."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.team = compact(QComboBox())
        self.team.setObjectName("scenarioTeam")
        self.team_label = QLabel()
        self.scenario = compact(QComboBox())
        self.scenario.setObjectName("scenarioChoice")
        self.scenario_label = QLabel()
        self.start_button = QPushButton()
        self.start_button.setObjectName("startScenario")
        self.start_all_button = QPushButton()
        self.start_all_button.setObjectName("startScenarioForAll")
        self.choices = ChoiceGrid(controller)
        self.choices.chosen_by = self.follow_team
        self._consequence_seen: str | None = None  # the consequence on the stage at the last change
        self.decision = QLabel()
        self.decision.setWordWrap(True)
        self.decision.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        self.consequence.setObjectName("lastConsequence")
        # A wrong team's button clicked before the room: one click takes that choice back (Ctrl+Z
        # did, said nowhere on the page), while it is the last thing recorded.
        self.take_back = QPushButton()
        self.take_back.setObjectName("takeBackChoice")
        self.take_back.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.options_box = QGroupBox()
        self.options_layout = QVBoxLayout(self.options_box)
        self.option_buttons: list[QPushButton] = []
        self.progress = QLabel()
        self.progress.setWordWrap(True)
        self.walk_box = QGroupBox()
        walk = QVBoxLayout(self.walk_box)
        walk.addLayout(labelled(self.team_label, self.team))
        start_row = labelled(self.scenario_label, self.scenario, self.start_button, stretch_last=False)
        start_row.setStretch(1, 1)  # the list takes the room, not the label (it stood far from its list)
        walk.addLayout(start_row)
        walk.addWidget(self.start_all_button)
        walk.addWidget(self.decision)
        layout = QVBoxLayout(self)
        layout.addWidget(self.walk_box)
        layout.addWidget(self.choices)
        layout.addWidget(self.options_box)
        layout.addWidget(self.consequence)
        layout.addWidget(self.take_back)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        self.start_button.clicked.connect(self.start)
        self.start_all_button.clicked.connect(self.start_for_all)
        self.take_back.clicked.connect(self.take_back_choice)
        self.team.currentIndexChanged.connect(self._team_chosen)
        self.team.activated.connect(self._team_picked)  # the facilitator's own pick (not the list refilled)
        # "next" starts the scenario chosen here for every team (controller.next_step)
        controller.scenario_chosen = self.scenario.currentData
        self.scenario.currentIndexChanged.connect(lambda _index: controller.stepChanged.emit())
        controller.changed.connect(self._on_changed)
        self.retranslate()

    def start(self) -> None:
        team_id, scenario_id = self.team.currentData(), self.scenario.currentData()
        if team_id and scenario_id:
            self.controller.act(self.controller.session.start_scenario, team_id, scenario_id)

    def start_for_all(self) -> None:
        """Every team that has no scenario yet starts the chosen one (the usual way: one future, all teams)."""
        c, scenario_id = self.controller, self.scenario.currentData()
        waiting = any(c.state.scenario_path(team.id) is None for team in c.state.teams)
        if scenario_id and waiting:  # one press: one Ctrl+Z takes every team's start back, as "next" does
            c.act(start_scenarios, c.session, scenario_id)

    def choose(self, option_id: str) -> None:
        team_id = self.team.currentData()
        if team_id:
            self.controller.act(self.controller.session.choose_option, team_id, option_id)

    def take_back_choice(self) -> None:
        """Undo the last choice recorded, as Ctrl+Z does (Ctrl+Y records it again)."""
        if self._undoable_choice() is not None:
            self.controller.undo()

    def _undoable_choice(self) -> OptionChosen | None:
        """The choice an undo would take back, if it is the team's whose last choice the page says."""
        last = self.controller.session.undo_event
        shown = self.team.currentData()
        return last if isinstance(last, OptionChosen) and last.team_id == shown else None

    def follow_team(self, team_id: str) -> None:
        """The team whose choice the grid took: the page and the stage follow it."""
        index = self.team.findData(team_id)
        if index >= 0 and index != self.team.currentIndex():
            self.team.setCurrentIndex(index)  # _team_chosen: the stage shows that team

    def _earliest_of(self, team_id: str) -> str:
        """The team the room follows once ``team_id``'s consequence is left: the first, in the teams'
        order, of those of its scenario at the earliest decision not yet made by all of them (the
        room reads the decision most teams face, not the next one of the team that chose first; a
        team alone on its scenario, itself); ``team_id`` when every team of it has made every decision."""
        state = self.controller.state
        path = state.scenario_path(team_id)
        if path is None:
            return team_id
        walking = [(len(p.choices), state.teams.index(state.team(p.team_id)), p.team_id) for p in state.scenarios
                   if p.scenario_id == path.scenario_id and not p.finished and state.has_team(p.team_id)]
        return min(walking)[2] if walking else team_id

    def _team_chosen(self) -> None:
        self.controller.show_scenario_team(self.team.currentData())
        self.refresh()

    def _team_picked(self, _index: int) -> None:
        """Another team picked while a choice's consequence is on the stage: the room moves on to
        that team (the consequence stood before it, whatever the list said), as "next" would have
        left it; Ctrl+Z puts it back."""
        c = self.controller
        if c.consequence_of is not None and c.consequence_of != self.team.currentData():
            c.act(c.session.leave_consequence)

    def _on_changed(self, parts: frozenset) -> None:
        # any action recorded since (a minute added, a pause) is what an undo would take back: gone
        self.take_back.setVisible(self._undoable_choice() is not None)
        if parts & {Part.SCENARIO, Part.TEAMS, Part.SETTINGS}:
            shown = self.controller.consequence_of
            left = self._consequence_seen
            if shown is not None and shown != left:  # a choice, or Ctrl+Z bringing one back:
                self.follow_team(shown)  # the page is on the team whose consequence the stage shows
            elif shown is None and left is not None and self.team.currentData() == left:
                self.follow_team(self._earliest_of(left))  # the consequence left (or the choice undone)
            self._consequence_seen = shown
            self.refresh()

    def refresh(self) -> None:
        c = self.controller
        state = c.state
        fill_teams(self.team, state)
        keep = self.scenario.currentData()
        self.scenario.clear()
        for scenario in c.deck.scenarios:
            self.scenario.addItem(for_the_font(scenario.title.get(c.lang)), scenario.id)
        self.scenario.setCurrentIndex(max(0, self.scenario.findData(keep)))
        path = state.scenario_path(self.team.currentData() or "")
        self.scenario.setEnabled(path is None or any(state.scenario_path(t.id) is None for t in state.teams))
        self.start_button.setEnabled(path is None)
        waiting = any(state.scenario_path(t.id) is None for t in state.teams)
        self.start_all_button.setEnabled(waiting)
        # Once every team has started, starting is over: its row gives its room to the choices.
        for widget in (self.scenario_label, self.scenario, self.start_button, self.start_all_button):
            widget.setVisible(waiting)
        self.choices.refresh()
        for button in self.option_buttons:
            self.options_layout.removeWidget(button)
            button.deleteLater()
        self.option_buttons = []
        decision = None
        if path is not None and path.next_decision is not None:
            scenario = c.deck.scenario(path.scenario_id)
            decision = next((d for d in scenario.decisions if d.id == path.next_decision), None)
        if decision is not None:
            title, situation = (escape(for_the_font(t.get(c.lang))) for t in (decision.title, decision.situation))
            # Its step, as the grid and the stage say it: a team ahead is at another decision than the rows'.
            step = (self.tr("Decision %1 of %2", "a team's next decision, above its situation")
                    .replace("%1", str(len(path.choices) + 1)).replace("%2", str(len(path.decisions))))
            title = f"{escape(step)} — {title}"
            # Rich text: a deck's "<" or "&" stays text. With more than four teams, the choices'
            # grid needs the room of the situation's lines (the stage shows them): in its tooltip.
            crowded = len(state.teams) > ROOMY_TEAMS
            self.decision.setText(f"<b>{title}</b>" if crowded else f"<b>{title}</b><br>{situation}")
            self.decision.setToolTip(for_the_font(decision.situation.get(c.lang)) if crowded else "")
            for option in decision.options:
                button = QPushButton(for_the_font(f"&{option.id.upper()}. {option.label.get(c.lang)}"))
                button.setObjectName(f"option_{option.id}")
                button.setAccessibleName(option.label.get(c.lang))
                button.clicked.connect(lambda _=False, o=option.id: self.choose(o))
                self.options_layout.addWidget(button)
                self.option_buttons.append(button)
        elif path is not None:
            self.decision.setText(self.tr("This team has made every decision."))
        else:
            self.decision.setText(self.tr("Choose a scenario for this team and start it."))
        # The grid of every team's decision is the one place to choose (from the keyboard too: Tab
        # to a team's row, Space; the keyboard stays on the grid after each choice); these show only
        # when the grid does not, a hidden button's Alt letter being no one's.
        self.options_box.setVisible(bool(self.option_buttons) and not self.choices.isVisibleTo(self))
        self.consequence.setText(for_the_font(self._last_consequence(path)))
        self.take_back.setVisible(self._undoable_choice() is not None)
        lines = self._progress_lines()
        self.progress.setText("\n".join(lines))
        self.progress.setVisible(bool(lines))
        if self.isVisible():
            self.controller.show_scenario_team(self.team.currentData())

    def _progress_lines(self) -> list[str]:
        """Each team's count of decisions made, but for the teams whose rows in the grid say their step."""
        state = self.controller.state
        lines = []
        # A team in a scenario's shared rows has its step said there (the decision over the rows, its
        # own beside its name): its line here only pushed the page past the laptop's screen.
        for team in (t for t in state.teams if t.id not in self.choices.in_rows):
            walk = state.scenario_path(team.id)
            if walk is None:
                lines.append(self.tr("%1: not started").replace("%1", team.name))
            else:
                lines.append(self.tr("%1: %2 of %3 decisions").replace("%1", team.name)
                             .replace("%2", str(len(walk.choices))).replace("%3", str(len(walk.decisions))))
        return lines

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.controller.show_scenario_team(self.team.currentData())

    def _last_consequence(self, path) -> str:
        """What the team's last choice led to, for the facilitator to read out."""
        if path is None or not path.choices:
            return ""
        c = self.controller
        decision_id, option_id = path.choices[-1]
        try:
            scenario = c.deck.scenario(path.scenario_id)
            decision = next(d for d in scenario.decisions if d.id == decision_id)
            option = decision.option(option_id)
        except (KeyError, StopIteration):
            return ""
        names = {i.id: i.name.get(c.lang) for i in scenario.indicators}  # the room's words, not ids
        effects = ", ".join(f"{names.get(name, name)} {minus_sign(f'{value:+d}')}" for name, value in option.effects)
        team = c.state.team(path.team_id).name if c.state.has_team(path.team_id) else ""
        # %3 the team: the choice buttons above are every team's, this line is only the chosen one's
        # « 1A », its decision's number before its letter, as the grid names a team's ahead (« 2A »): the
        # grid above has moved on to the next decision, whose « A » is another option
        number = next((i for i, d in enumerate(path.decisions, start=1) if d == decision_id), len(path.choices))
        text = (self.tr("Last choice (%3): %1. %2").replace("%1", f"{number}{option.id.upper()}")
                .replace("%3", team).replace("%2", option.consequence.get(c.lang)))
        return f"{text} ({effects})" if effects else text

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.walk_box.setTitle(self.tr("Scenario", "the box of one team's walk through its scenario"))
        self.team_label.setText(self.tr("Tea&m:"))
        self.team.setAccessibleName(self.tr("Team (the stage shows its scenario)"))
        self.scenario_label.setText(self.tr("Scenari&o:"))
        self.scenario.setAccessibleName(self.tr("Scenario"))
        self.start_button.setText(self.tr("St&art"))
        self.start_all_button.setText(self.tr("Start for &every team"))
        self.start_button.setAccessibleName(self.tr("Start the scenario for this team"))
        self.options_box.setTitle(self.tr("The team chooses"))
        self.take_back.setText(self.tr("Take back this choice (Ctrl+Z)"))
        self.take_back.setToolTip(self.tr("The last choice recorded is undone; Ctrl+Y records it again."))
        self.refresh()
