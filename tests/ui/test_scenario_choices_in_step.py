"""One scenario started for every team, one team chooses first. Its buttons stay in its row, a step
ahead (« Décision 2 »): no other team's button moves (its row left the shared grid for a block of its
own, the rows below moving down, and a facilitator taking choices fast hit a label). Once its
consequence is left, the stage and the page show the decision the other teams are still at, not the
next one of the team that chose; Ctrl+Z gives back the pictures as they were."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from bataille.ui.stage.scenario_view import focus_path
from bataille.words import for_the_font

from .test_scenario_choices import scenario_grid


def _turn() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _places(grid, teams) -> dict:
    return {key: (b.mapTo(grid, b.rect().topLeft()), b.size()) for key, b in grid.buttons.items() if key[0] in teams}


@pytest.mark.parametrize("teams", [4, 6])
def test_one_team_choosing_moves_no_other_team_s_buttons(qtbot, translations, bundled_deck, in_app_font,
                                                        teams) -> None:
    console = scenario_grid(qtbot, bundled_deck, teams, (1366, 768), same=True)
    try:
        c, grid = console.controller, console.phase.scenario.choices
        ids = [t.id for t in c.state.teams]
        scenario = c.deck.scenario(c.state.scenario_path(ids[0]).scenario_id)
        for chooser in (ids[1], ids[3]):  # Les Loutres, then Les Castors, go ahead
            others = [t for t in ids if t != chooser]
            before = _places(grid, others)
            grid.buttons[(chooser, "b")].click()
            _turn()
            c.advance()  # the consequence left
            _turn()
            assert _places(grid, others) == before
            second = scenario.decisions[1]
            row = [grid.buttons[(chooser, o.id)] for o in second.options]
            # its 2A, 2B, 2C, in its row (not the header's A, B, C), their words whole below the rows
            assert [b.lines() for b in row] == [[f"2{o.id.upper()}"] for o in second.options]
            assert [grid.own_legends[(chooser, o.id)].text() for o in second.options] == [
                for_the_font(f"2{o.id.upper()}. {o.label.get('fr')}") for o in second.options]
            assert row[0].toolTip() == second.options[0].label.get("fr")
            assert row[0].accessibleName() == f"{c.state.team(chooser).name} choisit {second.options[0].label.get('fr')}"
            tags = [t for t in grid.findChildren(QLabel, f"step_{chooser}") if t.isVisible()]
            assert [t.text() for t in tags] == ["Décision 2"]
        tops = [grid.buttons[(t, "a")].mapTo(grid, grid.buttons[(t, "a")].rect().topLeft()).y() for t in ids]
        assert tops == sorted(tops)  # every team in its place, in the teams' order
        legends = {label.objectName(): label.text() for label in set(grid.legends.values())}
        first = scenario.decisions[0]  # the words of the decision the others are still at
        assert legends == {f"legend_{o.id}": for_the_font(f"{o.id.upper()}. {o.label.get('fr')}") for o in first.options}
    finally:
        console.phones.turn_off()


def _stage_texts(console) -> list[tuple[str, str]]:
    scene = console.stage.build()
    return [(t.role, t.text) for t in scene.text_items() if t.role not in ("timer", "timer-note")]


def test_the_room_stays_on_the_decision_the_other_teams_are_at(qtbot, translations, bundled_deck,
                                                               in_app_font) -> None:
    console = scenario_grid(qtbot, bundled_deck, 4, (1366, 768), same=True)
    try:
        c, panel = console.controller, console.phase.scenario
        ids = [t.id for t in c.state.teams]
        scenario = c.deck.scenario(c.state.scenario_path(ids[0]).scenario_id)
        first = scenario.decisions[0]
        before, page = _stage_texts(console), panel.decision.text()
        assert ("decision-title", for_the_font(f"Décision 1 sur 4 — {first.title.get('fr')}")) in before
        panel.choices.buttons[(ids[1], "b")].click()  # Les Loutres choose first
        assert c.consequence_of == ids[1]
        chosen = _stage_texts(console)
        c.advance()  # « Afficher la décision suivante »
        _turn()
        path = focus_path(console.stage.context())
        assert path.team_id == ids[0] and not path.choices  # not Les Loutres' decision 2
        left = _stage_texts(console)
        assert ("decision-title", for_the_font(f"Décision 1 sur 4 — {first.title.get('fr')}")) in left
        names = ", ".join(c.state.team(t).name for t in ids if t != ids[1])
        assert ("scenario-team-name", names) in left
        assert panel.decision.text() == page  # the page's box: the same decision
        c.undo()  # the consequence back
        assert c.consequence_of == ids[1] and _stage_texts(console) == chosen
        c.redo()  # and left again
        _turn()
        assert _stage_texts(console) == left and panel.decision.text() == page
        c.undo()
        c.undo()  # the choice taken back: as before it
        _turn()
        assert _stage_texts(console) == before and panel.decision.text() == page
        c.redo()
        _turn()
        assert _stage_texts(console) == chosen
        c.advance()
        _turn()
        assert _stage_texts(console) == left
        for team in ids[2:]:  # the others choose in turn: the room still at decision 1 ...
            panel.choices.buttons[(team, "a")].click()
            c.advance()
            _turn()
            assert not focus_path(console.stage.context()).choices
        panel.choices.buttons[(ids[0], "c")].click()  # ... until the last of them has chosen
        c.advance()
        _turn()
        second = scenario.decisions[1]
        assert ("decision-title", for_the_font(f"Décision 2 sur 4 — {second.title.get('fr')}")) in _stage_texts(console)
        title = for_the_font(scenario.title.get("fr"))
        assert ("scenario-team-name", f"Toutes les équipes — {title}") in _stage_texts(console)
    finally:
        console.close()


def test_a_team_alone_on_its_scenario_keeps_its_own_next_decision(qtbot, translations, bundled_deck,
                                                                  in_app_font) -> None:
    """Each team on a future of its own: the team that chose is alone on its scenario, no other team
    is behind it there; the room goes on to its next decision, as before."""
    console = scenario_grid(qtbot, bundled_deck, 4, (1366, 768))  # team i on scenario i
    try:
        c, panel = console.controller, console.phase.scenario
        third = c.state.teams[2].id
        panel.choices.buttons[(third, "a")].click()
        c.advance()
        _turn()
        path = focus_path(console.stage.context())
        assert path.team_id == third and len(path.choices) == 1
    finally:
        console.close()
