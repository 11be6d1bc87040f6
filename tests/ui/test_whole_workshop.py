"""A whole 1 h 30 workshop for four teams through the windows only, counting the facilitator's actions.

An action is a click, a key press (a shortcut, Enter), or filling one field (a number of hands, a
sentence). The budget: two actions per timeline card, fifteen per debate round (hand counts,
an argument and a fact card included), one per team and scenario decision. The totals are printed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from bataille.deck import bundled_deck_path, load_deck

from .conftest import deliberately


class Hands:
    """The facilitator: every action goes through here and is counted under the current heading."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.counts: dict[str, int] = {}
        self.heading = "set-up"

    def _count(self) -> None:
        self.counts[self.heading] = self.counts.get(self.heading, 0) + 1

    def click(self, button) -> None:
        assert button.isEnabled() and button.isVisible(), button.text()
        self._count()
        deliberately(self.qtbot, button)  # a person looks at what the last press did: no double-click
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def key(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self._count()
        deliberately(self.qtbot, widget)
        self.qtbot.keyClick(widget, key, modifier)

    def fill(self, widget, text: str) -> None:
        """Type into a field (one action, however many characters)."""
        self._count()
        widget.setFocus()
        edit = widget.lineEdit() if hasattr(widget, "lineEdit") and widget.lineEdit() else widget
        edit.selectAll()
        if text.isascii():
            self.qtbot.keyClicks(edit, text)
        else:  # QTest cannot type beyond ASCII: the text is put in as typed
            edit.setText(text)


@pytest.fixture
def launcher(make_launcher):
    return make_launcher(load_deck(bundled_deck_path()))


def test_a_whole_workshop_for_four_teams(qtbot, launcher, tmp_path: Path, monkeypatch) -> None:
    hands = Hands(qtbot)
    start = launcher.start
    assert len(start.teams.rows) == 4
    start.length.setCurrentIndex(start.length.findData(90))
    hands.click(start.start_button)
    console = launcher.console
    c = console.controller
    console.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    hands.key(console, Qt.Key.Key_F5)
    assert console.stage.isVisible()
    forward = console.next_panel.button

    # -- welcome and timeline: 16 cards -------------------------------------------------------------
    hands.heading = "welcome"
    hands.click(forward)  # welcome
    assert c.state.agenda.current.id == "welcome"
    hands.click(forward)  # on to the timeline
    hands.heading = "timeline"
    hands.click(forward)  # deal
    timeline = console.phase.timeline
    QApplication.processEvents()
    cards = sum(len(h) for _, h in c.state.timeline.hands)
    assert cards == 16
    while any(h for _, h in c.state.timeline.hands):
        QApplication.processEvents()
        hands.click(timeline.hand_buttons[0])
        hands.click(timeline.gaps[len(timeline.gaps) // 2])
    timeline_actions = hands.counts["timeline"] - 1
    assert timeline_actions <= 2 * cards

    # -- three debates with hand counts, an argument and a fact card each ----------------------------
    hands.heading = "to the debates"
    hands.click(forward)
    hands.click(forward)  # open the first debate; each next one opens as the previous one closes
    debate = console.phase.debate
    rounds: list[int] = []
    for n in range(3):
        hands.heading = f"debate {n + 1}"
        assert c.state.open_round is not None
        for stage, values in (("before", ("12", "9", "5")), ("after", ("8", "14", "4"))):
            boxes = list(debate.votes[stage].boxes.values())
            for box, value in zip(boxes, values, strict=True):
                hands.fill(box, value)
            hands.key(boxes[-1], Qt.Key.Key_Return)  # Enter records, hidden (the box has the keyboard, not its field)
            assert getattr(c.state.open_round, stage) is not None
            hands.click(forward)  # reveal
            if stage == "before":
                hands.fill(debate.argument_text, f"Argument {n + 1}")
                hands.key(debate.argument_text, Qt.Key.Key_Return)
                theme = c.state.open_round.theme_id
                fact = c.deck.cards_of("fact", theme)[0]
                hands.fill(debate.evidence_card, fact.title.get("fr"))
                hands.key(debate.evidence_card, Qt.Key.Key_Return)  # where the keyboard goes: the box, not its field
                assert [e.card_id for e in c.state.open_round.evidence] == [fact.id], "the fact card was played, once"
        assert c.state.open_round.revealed_after and c.state.open_round.arguments
        hands.click(forward)  # close, and open the next one
        rounds.append(hands.counts[f"debate {n + 1}"])
    assert all(count <= 15 for count in rounds), rounds

    # -- one scenario, played by every team ------------------------------------------------------------
    hands.heading = "to the scenarios"
    console.agenda.go_to_next_phase()  # the themes left are skipped: the console asks once
    hands._count()
    hands.click(console.leave_guard.question.button(QMessageBox.StandardButton.Yes))
    assert c.state.agenda.current.kind == "scenario"
    walk = console.phase.scenario
    hands.heading = "scenario start"
    hands.click(walk.start_all_button)
    scenario = c.deck.scenario(c.state.scenario_path(c.state.teams[0].id).scenario_id)
    hands.heading = "scenario decisions"
    decisions = 0
    for _decision in scenario.decisions:
        for team in c.state.teams:
            option = c.deck.scenario(scenario.id).decisions[decisions // len(c.state.teams)].options[0].id
            hands.click(walk.choices.buttons[(team.id, option)])
            decisions += 1  # the stage shows the consequence; the grid stays usable for the next team
    assert all(c.state.scenario_path(t.id).finished for t in c.state.teams)
    assert hands.counts["scenario decisions"] <= decisions

    # -- debrief and the summary, from the app --------------------------------------------------------------
    hands.heading = "debrief"
    hands.click(forward)  # leave the last consequence
    hands.click(forward)  # on to the debrief
    assert c.state.agenda.current.kind == "debrief"
    debrief = console.phase.debrief
    hands.fill(debrief.takeaway, "Vérifier avant de partager")
    hands.key(debrief.takeaway, Qt.Key.Key_Return)
    target = tmp_path / "bilan.pdf"
    from bataille.ui.console import summary_export

    def save(dialog):  # the file dialog: the name typed, then Save
        dialog.selectFile(str(target))
        return summary_export.QFileDialog.DialogCode.Accepted.value

    monkeypatch.setattr(summary_export.QFileDialog, "exec", save)
    monkeypatch.setattr(summary_export.QMessageBox, "question",  # "open it now?": not in a test
                        lambda *a, **k: QMessageBox.StandardButton.No)
    if not QApplication.activeWindow().isVisible():  # the question to leave the debates, answered long ago:
        console.activateWindow()  # a window manager gives the keyboard back to the console; offscreen does not
        qtbot.waitUntil(lambda: QApplication.activeWindow() is console, timeout=2000)
    window = QApplication.activeWindow()
    assert window in (console, console.stage), window  # the shortcut works from either window
    hands.key(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert target.read_bytes().startswith(b"%PDF")

    total = sum(hands.counts.values())
    print("\nwhole workshop, facilitator's actions:", ", ".join(f"{k}: {v}" for k, v in hands.counts.items()),
          f"— total {total}")
    print(f"timeline {timeline_actions} for {cards} cards; debates {rounds}; "
          f"scenario {hands.counts['scenario decisions']} for {decisions} team decisions")
