"""A round of choices in front of the room: a wrong team's button clicked is taken back in one click,
on the page, beside the line that says it (only Ctrl+Z did, said nowhere there); that line says which
decision the choice answered (« 1A »: the grid above has moved on, its « A » another option), and the
team's decision above it says its number. Real widgets, real clicks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from .test_scenario_choices import scenario_grid


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_a_choice_clicked_by_mistake_is_taken_back_in_one_click(qtbot, translations, bundled_deck, in_app_font,
                                                                size) -> None:
    console = scenario_grid(qtbot, bundled_deck, 4, size, same=True)
    try:
        c, panel = console.controller, console.phase.scenario
        hiboux, loutres = (t.id for t in c.state.teams[:2])
        qtbot.mouseClick(panel.choices.buttons[(hiboux, "a")], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(panel.choices.buttons[(loutres, "b")], Qt.MouseButton.LeftButton)  # meant for another team
        _settle()
        button = panel.take_back
        assert button.isVisible() and button.text() == "Annuler ce choix (Ctrl+Z)"
        # whole, in sight, under the line that names the team
        assert button.width() >= button.sizeHint().width()
        viewport = console.phase.findChild(QScrollArea).viewport()
        corners = (button.mapTo(viewport, button.rect().topLeft()), button.mapTo(viewport, button.rect().bottomRight()))
        assert all(viewport.rect().contains(corner) for corner in corners)
        assert button.y() > panel.consequence.y() and "Les Loutres" in panel.consequence.text()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        _settle()
        assert c.state.scenario_path(loutres).choices == ()
        assert len(c.state.scenario_path(hiboux).choices) == 1  # only the last choice
        assert (loutres, "b") in panel.choices.buttons  # its row back at the first decision
        assert c.consequence_of != loutres
        c.redo()  # Ctrl+Y records it again
        assert len(c.state.scenario_path(loutres).choices) == 1
    finally:
        console.phones.turn_off()


def test_no_take_back_once_the_room_has_moved_on(qtbot, translations, bundled_deck) -> None:
    """The button undoes the last action only while it is that choice: after « next », or on
    another team than the one that chose, it is gone (it would have undone something else)."""
    console = scenario_grid(qtbot, bundled_deck, 2, (1366, 768), same=True)
    try:
        c, panel = console.controller, console.phase.scenario
        first, second = (t.id for t in c.state.teams)
        assert not panel.take_back.isVisible()  # nothing chosen yet
        panel.choices.buttons[(first, "a")].click()
        _settle()
        assert panel.take_back.isVisible()
        c.act(c.session.extend_timer, 1)  # « +1 min »: an undo would take back that minute, not the choice
        _settle()
        assert not panel.take_back.isVisible()
        c.undo()
        _settle()
        assert panel.take_back.isVisible()
        panel.follow_team(second)
        _settle()
        assert not panel.take_back.isVisible()  # the line is the other team's
        panel.follow_team(first)
        c.act(c.session.leave_consequence)
        panel.follow_team(first)
        _settle()
        assert not panel.take_back.isVisible()
        panel.take_back_choice()  # and pressing it anyway changes nothing
        assert len(c.state.scenario_path(first).choices) == 1
    finally:
        console.phones.turn_off()


def test_the_last_choice_and_the_next_decision_say_their_numbers(qtbot, translations, bundled_deck) -> None:
    console = scenario_grid(qtbot, bundled_deck, 4, (1366, 768), same=True)
    try:
        c, panel = console.controller, console.phase.scenario
        first = c.state.teams[0].id
        assert panel.decision.text().startswith("<b>Décision 1 sur 4 — ")
        panel.choices.buttons[(first, "c")].click()
        _settle()
        assert panel.team.currentData() == first
        assert panel.consequence.text().startswith("Dernier choix (Les Hiboux)\u00a0: 1C. ")  # decision 1's C
        assert panel.decision.text().startswith("<b>Décision 2 sur 4 — ")  # Les Hiboux ahead of the rows' decision 1
    finally:
        console.phones.turn_off()


@pytest.mark.parametrize(("lang", "said"), [("fr", "1\u00a0équipe"), ("en", "1 team")])
def test_one_team_at_the_rows_decision_is_said_in_the_singular(qtbot, translations, bundled_deck, lang, said) -> None:
    """Two teams, one has chosen: the rows' heading said « — 1 équipes » / « — 1 teams »."""
    console = scenario_grid(qtbot, bundled_deck, 2, (1366, 768), same=True)
    try:
        translations.set_language(lang)
        c, grid = console.controller, console.phase.scenario.choices
        grid.buttons[(c.state.teams[0].id, "a")].click()
        _settle()
        step = "Décision 1 sur 4" if lang == "fr" else "Decision 1 of 4"
        heading = next(label.text() for label in grid.findChildren(QLabel)
                       if label.isVisible() and label.text().startswith(f"<b>{step} — "))
        assert heading.endswith(f"— {said}"), heading
    finally:
        console.phones.turn_off()
