"""The console's grid of every team's next decision says what A, B and C are: a facilitator taking
a team's choice aloud reads the options' words on the buttons, not in tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from bataille.words import for_the_font

from .conftest import open_console

NAMES = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues")


def scenario_grid(qtbot, bundled_deck, teams: int, size: tuple[int, int], same: bool = False):
    """A French console at ``size``, every team started on a scenario, each its own or with ``same``
    all on the first (the tests ask for the app's font, set before any window as the app sets it:
    ``in_app_font``)."""
    console = open_console(qtbot, bundled_deck, names=NAMES[:teams])
    console.resize(*size)
    qtbot.waitUntil(lambda: console.width() == size[0])
    c = console.controller
    c.act(c.session.start_phase, "scenarios")
    for i, team in enumerate(c.state.teams):
        c.act(c.session.start_scenario, team.id, c.deck.scenarios[0 if same else i % len(c.deck.scenarios)].id)
    for _ in range(3):  # the page shown, then its columns and rows given their sizes
        QApplication.processEvents()
    return console


@pytest.mark.parametrize(("teams", "size"), [(4, (1366, 768)), (6, (1366, 768)), (4, (1280, 720)), (6, (1280, 720))])
def test_each_choice_button_shows_its_option_words(qtbot, translations, bundled_deck, in_app_font, teams, size) -> None:
    console = scenario_grid(qtbot, bundled_deck, teams, size)
    try:
        c, grid = console.controller, console.phase.scenario.choices
        assert len(grid.buttons) == 3 * teams
        whole = 0
        for (team_id, option_id), button in grid.buttons.items():
            path = c.state.scenario_path(team_id)
            decision = next(d for d in c.deck.scenario(path.scenario_id).decisions if d.id == path.next_decision)
            words = for_the_font(f"{option_id.upper()}. {decision.option(option_id).label.get('fr')}")
            if (team_id, option_id) in grid.legends:  # teams at one decision: its words once, above A, B, C
                assert grid.legends[(team_id, option_id)].text() == words and button.lines() == [option_id.upper()]
                assert button.toolTip() == decision.option(option_id).label.get("fr")
                whole += 1
                continue
            shown = button.lines()
            room = button.width() - button._room()[0]
            assert all(button.fontMetrics().horizontalAdvance(line) <= room for line in shown), shown
            text = " ".join(shown)
            assert not any(line.startswith(("%", ":", "?", "!", ";", "»")) for line in shown), shown  # no-break spaces hold
            if text == words:
                whole += 1
            else:  # elided: its start read whole, the rest in the tooltip
                assert text.endswith("…") and words.startswith(text[:-1].rstrip()), (text, words)
                assert len(text) >= 35, text  # a few words, not a letter and an ellipsis
            assert button.toolTip() == decision.option(option_id).label.get("fr")
        if teams <= 4:
            assert whole >= 2 * len(grid.buttons) // 3, whole  # three lines: most options read whole
    finally:
        console.phones.turn_off()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_one_scenario_for_six_teams_says_each_option_once_and_whole(qtbot, translations, bundled_deck, in_app_font,
                                                                   size) -> None:
    """« Lancer … pour chaque équipe »: six teams at one decision. Its options' words are said once,
    whole, above their columns (they were cut to two lines on each of six rows); each team has its
    row of A, B, C, all in sight; a team that has chosen keeps its row, for its next decision."""
    console = open_console(qtbot, bundled_deck, names=NAMES)
    console.resize(*size)
    qtbot.waitUntil(lambda: console.width() == size[0])
    try:
        c, grid = console.controller, console.phase.scenario.choices
        scenario = c.deck.scenarios[1]
        c.act(c.session.start_phase, "scenarios")
        for team in c.state.teams:
            c.act(c.session.start_scenario, team.id, scenario.id)
        for _ in range(3):
            QApplication.processEvents()
        first = scenario.decisions[0]
        legends = {label.objectName(): label.text() for label in set(grid.legends.values())}
        assert legends == {f"legend_{o.id}": for_the_font(f"{o.id.upper()}. {o.label.get('fr')}") for o in first.options}
        assert len(grid.buttons) == 6 * len(first.options)
        assert all(button.lines() == [option.upper()] for (_t, option), button in grid.buttons.items())
        viewport = console.phase.findChild(QScrollArea).viewport()
        for button in grid.buttons.values():
            corners = (button.mapTo(viewport, button.rect().topLeft()), button.mapTo(viewport, button.rect().bottomRight()))
            assert all(viewport.rect().contains(corner) for corner in corners), button.objectName()
        hiboux = c.state.teams[0].id
        grid.buttons[(hiboux, "b")].click()  # one click: Les Hiboux chose B
        assert c.state.scenario_path(hiboux).choices == ((first.id, "b"),)
        assert len([k for k in grid.legends if k[0] != hiboux]) == 5 * len(first.options)  # five still share it
        second = scenario.decisions[1]
        button = grid.buttons[(hiboux, second.options[0].id)]  # Les Hiboux a step ahead, in their row
        assert (hiboux, second.options[0].id) not in grid.legends and button.lines() == ["2A"]  # its own decision's A
        words = for_the_font(f"2A. {second.options[0].label.get('fr')}")
        assert grid.own_legends[(hiboux, second.options[0].id)].text() == words  # its words below the rows, whole
        assert button.toolTip() == second.options[0].label.get("fr")
    finally:
        console.phones.turn_off()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_six_teams_choices_show_without_scrolling(qtbot, translations, bundled_deck, in_app_font, size) -> None:
    """Every team's buttons in sight: the start controls, of no more use once all have started, leave
    their room, and with six teams an option takes two lines."""
    console = scenario_grid(qtbot, bundled_deck, 6, size)
    try:
        panel = console.phase.scenario
        assert not panel.start_all_button.isVisible() and not panel.scenario.isVisible()
        viewport = console.phase.findChild(QScrollArea).viewport()
        for button in panel.choices.buttons.values():
            top_left = button.mapTo(viewport, button.rect().topLeft())
            bottom_right = button.mapTo(viewport, button.rect().bottomRight())
            assert viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right), button.objectName()
    finally:
        console.phones.turn_off()


def test_the_start_controls_leave_once_every_team_has_started(console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "scenarios")
    first, second = (team.id for team in c.state.teams)
    c.act(c.session.start_scenario, first, c.deck.scenarios[0].id)
    panel = console.phase.scenario
    assert panel.start_all_button.isVisible() and panel.scenario.isVisible() and panel.choices.isVisible()
    panel.choices.buttons[(first, "b")].click()  # one click records the choice
    assert c.state.scenario_path(first).choices[0][1] == "b"
    c.act(c.session.start_scenario, second, c.deck.scenarios[1].id)
    assert not panel.start_all_button.isVisible() and not panel.start_button.isVisible()
    assert not panel.scenario.isVisible() and not panel.scenario_label.isVisible()
    assert panel.team.isVisible()  # the team the stage shows is still chosen here


def test_the_stage_follows_the_team_whose_choice_the_grid_took(qtbot, translations, bundled_deck, in_app_font) -> None:
    """Each team on its own scenario: a click on Les Loutres' option showed their consequence, then
    "next decision" put another team's (the one picked in the page's list) on the stage."""
    console = scenario_grid(qtbot, bundled_deck, 4, (1366, 768))
    try:
        c, grid = console.controller, console.phase.scenario.choices
        second = c.state.teams[1].id
        assert c.scenario_team != second
        option = next(option for (team, option) in grid.buttons if team == second)
        grid.buttons[(second, option)].click()
        assert c.state.scenario_path(second).choices and c.scenario_team == second
        assert console.phase.scenario.team.currentData() == second
        c.advance()  # "next": the consequence leaves, the stage shows the next decision of that team
        from bataille.ui.stage.scenario_view import focus_path

        assert console.stage.context().consequence_of is None and focus_path(console.stage.context()).team_id == second
    finally:
        console.close()


def test_next_starts_the_scenario_chosen_on_the_page_for_every_team(qtbot, console) -> None:
    """At the scenarios' start the remote offered "Next phase: Debrief" (and asked to leave a phase
    no team had begun): "next" now starts, for every team, the scenario the page shows."""
    c, forward = console.controller, console.next_panel.button
    c.act(c.session.start_phase, "scenarios")
    QApplication.processEvents()
    panel, scenarios = console.phase.scenario, c.deck.scenarios
    first = for_the_font(scenarios[0].title.get("fr"))
    assert forward.toolTip().startswith(f"Lancer «\u00a0{first}\u00a0» pour chaque équipe"), forward.toolTip()
    panel.scenario.setCurrentIndex(2)  # the facilitator picks another future
    chosen = for_the_font(scenarios[2].title.get("fr"))
    assert forward.toolTip().startswith(f"Lancer «\u00a0{chosen}\u00a0» pour chaque équipe"), forward.toolTip()
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert {c.state.scenario_path(t.id).scenario_id for t in c.state.teams} == {scenarios[2].id}
    assert "En attente" in forward.toolTip() and not forward.isEnabled()  # the teams decide


def test_one_undo_takes_back_the_scenario_started_for_every_team(qtbot, console) -> None:
    """"next" started the scenario for every team, one action each: Ctrl+Z took back the last team's
    only. One undo now takes back the step as it was done; once something else is recorded, undo
    takes back that one thing, as always."""
    c, forward = console.controller, console.next_panel.button
    c.act(c.session.start_phase, "scenarios")
    QApplication.processEvents()
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    assert all(c.state.scenario_path(t.id) is not None for t in c.state.teams)
    c.undo()
    assert all(c.state.scenario_path(t.id) is None for t in c.state.teams)
    assert forward.toolTip().startswith("Lancer «")  # and "next" offers it again
    qtbot.mouseClick(forward, Qt.MouseButton.LeftButton)
    first = c.state.teams[0].id
    c.act(c.session.choose_option, first, "a")
    c.undo()  # the choice only
    assert all(c.state.scenario_path(t.id) is not None for t in c.state.teams)
    assert not c.state.scenario_path(first).choices


def test_starting_one_scenario_for_every_team_is_undone_whole(console) -> None:
    """The scenario page's « Lancer pour chaque équipe » is one press: one Ctrl+Z takes every team's
    start back (it took back one team at a time), as the same press by « next » does."""
    c = console.controller
    c.act(c.session.start_phase, "scenarios")
    panel = console.phase.scenario
    panel.start_all_button.click()
    assert all(c.state.scenario_path(t.id) is not None for t in c.state.teams)
    c.undo()
    assert all(c.state.scenario_path(t.id) is None for t in c.state.teams)


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_a_shared_decision_s_title_has_the_whole_width(qtbot, translations, bundled_deck, in_app_font, size) -> None:
    """Teams at one decision: its title stood in the names' column, as wide as « Les Lynx », wrapped
    word by word and cut (« Un tuteur IA pour chaqu »). It has a line of its own, over the grid."""
    console = scenario_grid(qtbot, bundled_deck, 6, size, same=True)
    try:
        grid = console.phase.scenario.choices
        titles = [label for label in grid.findChildren(QLabel) if "équipes" in label.text() and label.isVisible()]
        assert titles
        for title in titles:
            assert title.width() > grid.width() / 2 and title.heightForWidth(title.width()) <= title.height()
    finally:
        console.phones.turn_off()


def test_each_team_keeps_its_place_in_the_grid_whoever_chooses_first(qtbot, translations, bundled_deck,
                                                                    in_app_font) -> None:
    """Les Loutres choose first: their row stays second, between Les Hiboux and Les Renards, and does not
    go to the bottom; the facilitator finds each team where it was."""
    console = open_console(qtbot, bundled_deck, names=NAMES[:4])
    try:
        c, grid = console.controller, console.phase.scenario.choices
        c.act(c.session.start_phase, "scenarios")
        scenario = c.deck.scenarios[0].id
        for team in c.state.teams:
            c.act(c.session.start_scenario, team.id, scenario)
        ids = [t.id for t in c.state.teams]

        def rows() -> list[str]:
            return [team.id for group in grid.groups() for team, _decision in group]

        assert rows() == ids and len(grid.groups()) == 1  # one decision, its title once
        first = next(option for (team_id, option) in grid.buttons if team_id == ids[1])
        grid.buttons[(ids[1], first)].click()
        assert rows() == ids
        assert [len(group) for group in grid.groups()] == [4]  # one scenario: its teams' rows together
        tops = {}
        for (team_id, _option), button in grid.buttons.items():
            tops[team_id] = min(tops.get(team_id, 10**6), button.mapTo(grid, button.rect().topLeft()).y())
        assert sorted(ids, key=tops.__getitem__) == ids  # drawn in the teams' order, top to bottom
    finally:
        console.phones.turn_off()


def test_another_team_picked_while_a_consequence_is_shown_takes_the_stage(qtbot, translations, bundled_deck,
                                                                         in_app_font) -> None:
    """A team's consequence on the stage, the facilitator picked another team in the page's list:
    the stage kept the consequence (and kept it after a kill), the list said the other team. The
    pick now moves the room on to that team; Ctrl+Z puts the consequence back."""
    console = scenario_grid(qtbot, bundled_deck, 4, (1366, 768))
    try:
        from bataille.ui.stage.scenario_view import focus_path

        c, panel = console.controller, console.phase.scenario
        second, fourth = c.state.teams[1].id, c.state.teams[3].id
        option = next(option for (team, option) in panel.choices.buttons if team == second)
        panel.choices.buttons[(second, option)].click()
        assert c.consequence_of == second and panel.team.currentData() == second
        panel.team.setFocus()
        while panel.team.currentData() != fourth:  # the keyboard down the closed list, as a facilitator picks
            qtbot.keyClick(panel.team, Qt.Key.Key_Down)
        assert c.consequence_of is None and c.scenario_team == fourth
        assert focus_path(console.stage.context()).team_id == fourth
        assert type(c.session.events[-1]).__name__ == "ConsequenceLeft"
        c.undo()
        assert c.consequence_of == second
        assert panel.team.currentData() == second and c.scenario_team == second  # the page with the stage
    finally:
        console.close()


def test_the_list_refilled_leaves_the_consequence_on_the_stage(qtbot, translations, bundled_deck, in_app_font) -> None:
    """Only the facilitator's pick moves the room on: the list following the team that chose, or
    refilled when the teams change, records nothing."""
    console = scenario_grid(qtbot, bundled_deck, 4, (1366, 768))
    try:
        c, panel = console.controller, console.phase.scenario
        second = c.state.teams[1].id
        option = next(option for (team, option) in panel.choices.buttons if team == second)
        count = len(c.session.events)
        panel.choices.buttons[(second, option)].click()
        panel.refresh()
        c.act(c.session.rename_team, c.state.teams[0].id, "Les Hérons")
        assert c.consequence_of == second and len(c.session.events) == count + 2
    finally:
        console.close()
