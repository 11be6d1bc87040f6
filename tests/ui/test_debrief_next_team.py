"""Each team says its commitment in turn: once one is noted, the console's « Qui s’engage » moves to
the next team with none yet (in the teams' order, round to the first), so the facilitator types the
next one at once; it stays where it is once every team has one, and after the whole room's. It kept
the team just noted: one more pick of the list for every team. Real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest import go_to_phase, open_console

NAMES = ("Les Hiboux", "Les Loutres", "Les Lynx", "Les Renards", "Les Castors")


@pytest.fixture
def five(qtbot, translations, bundled_deck):
    window = open_console(qtbot, bundled_deck, names=NAMES)
    go_to_phase(window.controller, "debrief")
    yield window
    window.phones.turn_off()


def chosen(panel) -> str:
    return panel.commitment_team.currentText()


def note(panel, text: str) -> None:
    panel.commitment.setText(text)
    QTest.mouseClick(panel.commitment_button, Qt.MouseButton.LeftButton)


def test_five_teams_in_turn_take_one_pick_of_the_list_not_five(five) -> None:
    panel = five.phase.debrief
    clicks = 0
    for n, name in enumerate(NAMES):
        if chosen(panel) != name:  # the facilitator opens the list and picks the team: two clicks
            panel.commitment_team.setCurrentIndex(panel.commitment_team.findText(name))
            clicks += 2
        note(panel, f"Engagement {n + 1}")
        clicks += 1  # « Ajouter »
    teams = [t.id for t in five.controller.state.teams]
    assert five.controller.state.debrief.commitments == tuple(
        (team_id, f"Engagement {n + 1}") for n, team_id in enumerate(teams))
    assert clicks == 7  # one pick (the first team, from « Toute la salle ») and five « Ajouter »; 15 before
    assert chosen(panel) == "Les Castors"  # every team has one: the list stays on the last


def test_the_next_team_without_one_round_to_the_first_and_the_room_stays(five) -> None:
    panel = five.phase.debrief
    combo = panel.commitment_team
    note(panel, "Pour toute la salle")
    assert chosen(panel) == "Toute la salle"  # the room's own: the list stays
    combo.setCurrentIndex(combo.findText("Les Lynx"))
    note(panel, "Lynx")
    assert chosen(panel) == "Les Renards"
    combo.setCurrentIndex(combo.findText("Les Hiboux"))
    note(panel, "Hiboux")
    assert chosen(panel) == "Les Loutres"
    note(panel, "Loutres")
    assert chosen(panel) == "Les Renards"  # past the Lynx, who have one
    note(panel, "Renards")
    assert chosen(panel) == "Les Castors"
    combo.setCurrentIndex(combo.findText("Les Renards"))  # a second one for a team: on to the next without
    panel.commitment.setText("Renards encore")
    QTest.keyClick(panel.commitment, Qt.Key.Key_Return)
    assert chosen(panel) == "Les Castors"
    note(panel, "Castors")
    assert chosen(panel) == "Les Castors"  # all have one: it stays
    assert len(five.controller.state.debrief.commitments) == 7


def test_a_refused_commitment_leaves_the_team_chosen(five) -> None:
    panel = five.phase.debrief
    combo = panel.commitment_team
    combo.setCurrentIndex(combo.findText("Les Lynx"))
    note(panel, "   ")  # nothing written: refused, the team still has to say it
    assert chosen(panel) == "Les Lynx" and five.controller.state.debrief.commitments == ()
