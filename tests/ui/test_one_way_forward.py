"""One way forward: a primary button that says what it will do; leaving a phase with content left
undone asks once, on the console, and one PageDown never skips a whole phase in silence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bataille.ui.commands import Command


def _answer(qtbot, console, button) -> None:
    question = console.leave_guard.question
    assert question is not None and question.isVisible()
    qtbot.mouseClick(question.button(button), Qt.MouseButton.LeftButton)
    assert console.leave_guard.question is None


def test_the_primary_button_says_what_it_will_do(console) -> None:
    c = console.controller
    button = console.next_panel.button

    def shown_whole_or_cut() -> str:
        """The button's words fit its width, on two lines at most: whole, or cut at the end with "…"
        (the tooltip says all)."""
        icon = 0 if button.icon().isNull() else button.iconSize().width()
        lines = button.text().split("\n")
        assert len(lines) <= 2 and all(button.fontMetrics().horizontalAdvance(line) + icon <= button.width()
                                       for line in lines), lines
        text = " ".join(lines)
        full = button.toolTip()
        assert text == full or (text.endswith("…") and full.startswith(text[:-1])), text
        return full

    assert shown_whole_or_cut() == c.next_step().label and button.isEnabled()
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)
    assert shown_whole_or_cut() == c.next_step().label and not button.isEnabled()  # waits for the vote
    assert "attente" in button.toolTip().lower() or "saisi" in button.toolTip().lower()
    console.resize(1366, 768)
    QApplication.processEvents()
    shown_whole_or_cut()


def test_a_waiting_step_cut_on_its_button_is_said_in_full_under_it(console) -> None:
    """A greyed button shows no tooltip to a touch: its words, when cut, are in the line below."""
    c = console.controller
    panel = console.next_panel
    c.act(c.session.start_phase, "timeline")
    c.act(c.session.deal_timeline, 3, seed=1)  # the step now waits for the teams' cards
    console.resize(1366, 768)
    QApplication.processEvents()
    words = c.next_step().label
    assert not panel.button.isEnabled()
    panel.button.resize(90, panel.button.height())  # a very narrow column: the words are cut even on three lines…
    panel._fit_words()
    assert panel.button.text().endswith("…") and panel.label.text() == words  # …and said in full below
    panel.button.resize(2000, panel.button.height())  # room for the whole words: the hint alone
    panel._fit_words()
    assert panel.button.text() == words and not panel.label.text().startswith(words)
    c.act(c.session.end_phase)  # a step that runs: the remote's line
    assert panel.button.isEnabled() and words not in panel.label.text()


def _one_team_walked_its_scenario(c) -> None:
    """The scenarios' phase, the first team's walk done, the other team not started: "next" leaves."""
    c.act(c.session.start_phase, "scenarios")
    first = c.state.teams[0].id
    c.act(c.session.start_scenario, first, c.deck.scenarios[0].id)
    while not c.state.scenario_path(first).finished:
        c.act(c.session.choose_option, first, "a")
        c.act(c.session.leave_consequence)


def test_pagedown_in_the_scenarios_asks_before_leaving_a_team_without_one(qtbot, console) -> None:
    c = console.controller
    _one_team_walked_its_scenario(c)
    assert c.next_step().leaves  # a team has no scenario: "next" would leave the phase
    console.actions_[Command.NEXT].trigger()  # PageDown
    _answer(qtbot, console, QMessageBox.StandardButton.No)
    assert c.state.agenda.current.id == "scenarios"
    console.actions_[Command.NEXT].trigger()  # "No" was not an answer for ever: it asks again
    assert "scénario" in console.leave_guard.question.text()
    _answer(qtbot, console, QMessageBox.StandardButton.Yes)
    assert c.state.agenda.current.id != "scenarios"


def test_it_asks_once_per_phase(qtbot, console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    c.act(c.session.deal_timeline, 1)
    console.agenda.go_to_next_phase()
    _answer(qtbot, console, QMessageBox.StandardButton.Yes)
    assert c.state.agenda.current.kind != "timeline"
    c.act(c.session.start_phase, "timeline")  # back to it: the facilitator already said yes
    console.agenda.go_to_next_phase()
    assert console.leave_guard.question is None and c.state.agenda.current.kind != "timeline"


def test_pressing_again_while_it_asks_brings_the_same_question_forward(qtbot, console) -> None:
    c = console.controller
    _one_team_walked_its_scenario(c)
    for _ in range(3):  # the remote's PageDown, pressed again (on the stage, which the question does not block)
        console.actions_[Command.NEXT].trigger()
    asking = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert asking == [console.leave_guard.question]  # one question, not three stacked
    _answer(qtbot, console, QMessageBox.StandardButton.Yes)
    assert c.state.agenda.current.id != "scenarios"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_question_says_its_reasons_as_a_sentence_and_the_agenda_its_status_in_french(qtbot, console) -> None:
    c = console.controller
    c.act(c.session.start_phase, "debates")
    c.act(c.session.open_round)  # an open debate, and themes not debated yet: two reasons
    console.leave_guard.leave(lambda: None)
    text = console.leave_guard.question.text()
    assert "un débat est encore ouvert (il sera clos) et des thèmes n’ont pas été débattus." in text and ";" not in text
    _answer(qtbot, console, QMessageBox.StandardButton.No)
    tips = [console.agenda.phases.item(i).toolTip() for i in range(console.agenda.phases.count())]
    assert tips and all("\u00a0: " in tip and not tip.endswith(":") for tip in tips), tips
    assert any(tip.endswith("\u00a0: en cours") for tip in tips), tips
