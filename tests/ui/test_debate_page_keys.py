"""The debate's page under the facilitator's hands. Ctrl+Z from the box just typed in takes back
the session's last action: an argument added with Enter (its box now empty), a vote recorded with
Enter in a count box (the page is built when its phase first comes, after the console opened: its
boxes were left out, and Ctrl+Z did nothing there in a new session). And a team chosen once for
its argument and its fact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bataille.workshop.flow import open_debate


def test_ctrl_z_from_the_debate_boxes_undoes_the_last_action(console, qtbot) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(open_debate, c.session)
    QApplication.processEvents()
    page = console.phase.debate
    text = page.argument_text
    text.setFocus()
    qtbot.keyClicks(text, "Les IA se trompent")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert len(c.state.open_round.arguments) == 1 and text.text() == "" and text.hasFocus()
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.open_round.arguments == ()  # the session's undo, from the empty box
    assert c.last_message.startswith("Annulé")
    assert text.text() == "Les IA se trompent"  # its words back in the box, to correct or add again
    qtbot.keyClicks(text, " souvent")
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # typing of its own: the box's undo
    assert text.text() == "Les IA se trompent" and c.state.open_round.arguments == ()

    box = page.votes["before"].boxes["agree"]
    box.setFocus()
    box.setValue(12)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert c.state.open_round.vote("before") is not None
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.open_round.vote("before") is None  # the vote taken back, not the box's digits


def test_ctrl_z_from_the_fact_search_box_undoes_the_fact_played(console, qtbot) -> None:
    """The fact search box always holds a title (set by the console, nothing typed to undo): Ctrl+Z
    there is the session's; a word typed in it is the box's own to undo first."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(open_debate, c.session)
    QApplication.processEvents()
    page = console.phase.debate
    search = page.evidence_card.lineEdit()
    search.setFocus()
    page.play_evidence()  # the title shown: played
    played = c.state.open_round.evidence
    assert len(played) == 1 and search.text() and search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert c.state.open_round.evidence == played[:-1]
    search.selectAll()
    qtbot.keyClicks(search, "eau")
    qtbot.keyClick(search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the typing first
    assert search.text() != "eau" and c.state.open_round.evidence == played[:-1]


def test_one_team_chosen_for_its_argument_is_chosen_for_its_fact(console, qtbot) -> None:
    """One list of teams for the team speaking: its argument and its fact go to it (every team was
    chosen twice, two clicks each, when the argument and the fact had a list each)."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(open_debate, c.session)
    QApplication.processEvents()
    page = console.phase.debate
    second = c.state.teams[1].id
    page.argument_team.setCurrentIndex(page.argument_team.findData(second))
    page.argument_text.setText("Les IA se trompent")
    page.add_argument()
    page.play_evidence()
    rnd = c.state.open_round
    assert [a.team_id for a in rnd.arguments] == [second]
    assert [e.team_id for e in rnd.evidence] == [second]


def test_the_argument_box_says_where_an_argument_goes(console) -> None:
    """Arguments are kept for the summary, not projected: the box says so (a facilitator typing
    them looked for them on the stage)."""
    c = console.controller
    c.act(c.session.start_phase, "debates")
    page = console.phase.debate
    assert page.argument_text.toolTip() == "Gardé dans la séance et son bilan\u00a0; pas projeté (la salle l’entend)"
    assert page.argument_button.toolTip() == page.argument_text.toolTip()
