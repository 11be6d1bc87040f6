"""Putting a mistake right on the console, as a facilitator does it with real widgets and keys: a fact
card played for the wrong team, noticed after another team argued; an argument taken back by Ctrl+Z
(its words come back to the box, never retyped); a phase chosen in the agenda that cannot start (it
says why, and what goes back to it), and one passed over, which starts. A real session file."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.workshop.flow import open_debate
from tests.ui.conftest import go_to_phase

ARGUMENT = "On apprend en faisant, pas en copiant"  # typed key by key: QTest types ASCII only


def _team(page, c, name: str) -> str:
    team_id = next(t.id for t in c.state.teams if t.name == name)
    page.argument_team.setCurrentIndex(page.argument_team.findData(team_id))
    return team_id


def _undo(qtbot, console) -> None:
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _debate(console):
    c = console.controller
    go_to_phase(c)
    c.act(open_debate, c.session)
    assert c.state.open_round is not None
    return c, console.phase.debate


def test_a_fact_played_for_the_wrong_team_goes_to_the_right_one(file_console, qtbot, translations) -> None:
    console = file_console
    c, page = _debate(console)
    hiboux = _team(page, c, "Les Hiboux")
    fact, words = page.evidence_card.currentData(), page.evidence_card.currentText()
    qtbot.mouseClick(page.evidence_button, Qt.MouseButton.LeftButton)  # meant for Les Loutres
    assert [(e.team_id, e.card_id) for e in c.state.open_round.evidence] == [(hiboux, fact)]
    loutres = _team(page, c, "Les Loutres")
    side = page.argument_side.currentData()
    page.argument_text.setFocus()
    qtbot.keyClicks(page.argument_text, ARGUMENT)
    qtbot.keyClick(page.argument_text, Qt.Key.Key_Return)
    assert [a.text for a in c.state.open_round.arguments] == [ARGUMENT] and page.argument_text.text() == ""

    # The card, asked for again: it has left the list; the line says who has it and how to move it,
    # with the number of Ctrl+Z presses it takes (it said one fewer: "the action done since").
    console.resize(1366, 768)  # a laptop: the line was cut there, short of its end
    page.evidence_card.lineEdit().setText(words)
    qtbot.keyClick(page.evidence_card.lineEdit(), Qt.Key.Key_Return)
    said = console.status_line.text()
    assert said == ("Carte déjà jouée par Les Hiboux\u00a0: pour la donner à une autre équipe, Ctrl+Z annule "
                    "les 2 dernières actions (un argument annulé revient dans sa case), puis rejouez-la."), said
    qtbot.waitUntil(lambda: console.status_line.width() > 0)
    assert console.status_line.shown_text() == said  # read whole at 1366 px, no "…"
    translations.set_language("en")  # and in English
    qtbot.keyClick(page.evidence_card.lineEdit(), Qt.Key.Key_Return)
    said = console.status_line.text()
    assert said == ("Card already played by Les Hiboux: to give it to another team, Ctrl+Z undoes the last 2 "
                    "actions (an undone argument returns to its box), then play it again."), said
    assert console.status_line.shown_text() == said
    translations.set_language("fr")
    assert [(e.team_id, e.card_id) for e in c.state.open_round.evidence] == [(hiboux, fact)]

    _undo(qtbot, console)  # the argument: its words back in the box, its team and side chosen
    assert not c.state.open_round.arguments
    assert page.argument_text.text() == ARGUMENT
    assert page.argument_team.currentData() == loutres and page.argument_side.currentData() == side
    _undo(qtbot, console)  # the card: back in the list, chosen
    assert not c.state.open_round.evidence and page.evidence_card.currentData() == fact
    assert page.argument_text.text() == ARGUMENT  # the second Ctrl+Z left the box alone

    qtbot.mouseClick(page.evidence_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.argument_button, Qt.MouseButton.LeftButton)  # added again, not retyped
    rnd = c.state.open_round
    assert [(e.team_id, e.card_id) for e in rnd.evidence] == [(loutres, fact)]
    assert [(a.team_id, a.side, a.text) for a in rnd.arguments] == [(loutres, side, ARGUMENT)]


def test_a_fact_just_played_says_ctrl_z_takes_it_back(file_console, qtbot) -> None:
    console = file_console
    c, page = _debate(console)
    _team(page, c, "Les Loutres")
    words = page.evidence_card.currentText()
    qtbot.mouseClick(page.evidence_button, Qt.MouseButton.LeftButton)
    page.evidence_card.lineEdit().setText(words.split(" (")[0])  # its title alone, as typed to find it
    qtbot.mouseClick(page.evidence_button, Qt.MouseButton.LeftButton)
    assert console.status_line.text() == (
        "Carte déjà jouée par Les Loutres\u00a0: pour la donner à une autre équipe, Ctrl+Z annule la "
        "dernière action, puis rejouez-la."), console.status_line.text()
    page.evidence_card.lineEdit().setText("mot que nulle carte ne contient")
    qtbot.mouseClick(page.evidence_button, Qt.MouseButton.LeftButton)
    assert console.status_line.text().startswith("Choisissez une carte «\u00a0fait\u00a0» dans la liste")


def test_an_argument_taken_back_comes_back_to_its_box(file_console, qtbot) -> None:
    console = file_console
    c, page = _debate(console)
    loutres = _team(page, c, "Les Loutres")
    page.argument_side.setCurrentIndex(page.argument_side.findData("against"))
    page.argument_text.setText(ARGUMENT)
    qtbot.keyClick(page.argument_text, Qt.Key.Key_Return)
    _team(page, c, "Les Hiboux")  # the next team to speak, chosen meanwhile
    _undo(qtbot, console)
    assert not c.state.open_round.arguments
    assert (page.argument_text.text(), page.argument_team.currentData(), page.argument_side.currentData()) \
        == (ARGUMENT, loutres, "against")


def test_words_typed_since_stay_when_an_argument_is_taken_back(file_console, qtbot) -> None:
    console = file_console
    c, page = _debate(console)
    _team(page, c, "Les Hiboux")
    page.argument_text.setText(ARGUMENT)
    qtbot.mouseClick(page.argument_button, Qt.MouseButton.LeftButton)
    page.argument_text.setText("Un autre argument, en cours")
    _undo(qtbot, console)
    assert not c.state.open_round.arguments
    assert page.argument_text.text() == "Un autre argument, en cours"  # what was typed is not lost
    assert ARGUMENT in console.status_line.text()  # the argument taken back is still said


# The screen has U+00A0 where the .ts writes U+202F (before ; ? !): the app's font lacks it.


def _choose(qtbot, console, phase_id: str) -> None:
    """The phase ``phase_id`` chosen in the agenda with the keyboard: its row, then Enter."""
    listed = console.agenda.phases
    row = next(i for i in range(listed.count()) if listed.item(i).data(Qt.ItemDataRole.UserRole) == phase_id)
    listed.setFocus()
    listed.setCurrentRow(row)
    qtbot.keyClick(listed, Qt.Key.Key_Return)


def test_a_phase_over_says_why_it_does_not_start_and_how_to_go_back(file_console, qtbot) -> None:
    console = file_console
    c = console.controller
    c.act(c.session.start_phase, "welcome")
    console.agenda.go_to_next_phase()
    assert c.state.agenda.current.id == "timeline"
    _choose(qtbot, console, "welcome")
    assert console.status_line.text() == ("La phase «\u00a0Accueil et règles du jeu\u00a0» est terminée\u00a0; "
                                          "Ctrl+Z permet d’y revenir."), console.status_line.text()
    assert c.state.agenda.current.id == "timeline"
    _choose(qtbot, console, "timeline")
    assert console.status_line.text() == "La phase «\u00a0La frise de l’IA\u00a0» est déjà en cours."
    qtbot.mouseClick(console.agenda.plus_1, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(console.agenda.plus_5, Qt.MouseButton.LeftButton)
    _choose(qtbot, console, "welcome")
    assert console.status_line.text() == ("La phase «\u00a0Accueil et règles du jeu\u00a0» est terminée\u00a0; "
                                          "pour y revenir, Ctrl+Z annule les 3 dernières actions.")
    for _ in range(3):
        _undo(qtbot, console)
    assert c.state.agenda.current.id == "welcome"  # as said


def test_a_phase_passed_over_starts_when_chosen(file_console, qtbot) -> None:
    console = file_console
    c = console.controller
    c.act(c.session.skip_phase, "welcome")
    assert c.state.agenda.phase("welcome").status == "skipped"
    _choose(qtbot, console, "welcome")
    assert c.state.agenda.current is not None and c.state.agenda.current.id == "welcome"
