"""A short workshop driven through the windows only: start screen, timeline, debate, scenario, debrief.

Every step goes through widgets (clicks, typed text, keys); the stage's picture is checked at
each step, in particular that a vote stays off the stage until it is revealed; the recorded
events are checked at the end, and reopening the file brings back the same stage.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.models import EventCard
from bataille.ui.commands import Command
from bataille.ui.settings import Settings
from bataille.ui.start.launch import Launcher
from bataille.words import for_the_font


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture
def launcher(qtbot, translations, deck):
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    launcher.show_start()
    yield launcher
    if launcher.console is not None:
        launcher.console.close()


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def next_phase(qtbot, console) -> None:
    """The agenda's "next phase"; when the phase still holds content, the console asks once: yes."""
    click(qtbot, console.agenda.next_phase)
    question = console.leave_guard.question
    if question is not None:
        qtbot.mouseClick(question.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert console.leave_guard.question is None


def stage_texts(launcher, role: str | None = None) -> list[str]:
    stage = launcher.console.stage
    return stage.build().texts(role)


def activate(qtbot, window) -> None:
    """Shortcuts need an active window (offscreen, nothing is active by itself)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll() if hasattr(widget, "selectAll") else None
    qtbot.keyClicks(widget, text)


def test_a_short_workshop_through_the_ui(qtbot, launcher, deck, tmp_path: Path) -> None:
    start = launcher.start
    # -- set-up: two teams named by hand, one hour -------------------------------------------------
    start.teams.remove_row()
    start.teams.remove_row()
    for row, name in zip(start.teams.rows, ("Les Hiboux", "Les Loutres"), strict=True):
        row.name.clear()
        qtbot.keyClicks(row.name, name)
    start.length.setCurrentIndex(start.length.findData(60))
    click(qtbot, start.start_button)
    console = launcher.console
    # One screen: the console in front, the stage waits for F5 (its picture is in the console).
    assert console is not None and console.isVisible() and not console.stage.isVisible()
    console.actions_[Command.SHOW_STAGE].trigger()  # F5
    assert console.stage.isVisible()
    controller = console.controller
    state = controller.state
    assert [t.name for t in state.teams] == ["Les Hiboux", "Les Loutres"]
    assert state.agenda.minutes == 60 and state.started
    assert for_the_font(deck.title.get("fr")) in stage_texts(launcher, "message")

    # -- welcome, by the remote's PageDown ---------------------------------------------------------
    activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)
    assert controller.state.agenda.current.id == "welcome"
    assert stage_texts(launcher, "title") == ["Accueil et règles du jeu"]
    assert len(stage_texts(launcher, "theme")) == len(deck.themes)

    # -- timeline ------------------------------------------------------------------------------------
    next_phase(qtbot, console)
    assert controller.state.agenda.current.kind == "timeline"
    timeline = console.phase.timeline
    timeline.per_team.setValue(2)
    click(qtbot, console.next_panel.button)  # "next" deals the number chosen on the page
    assert controller.state.timeline.dealt
    hand = controller.state.timeline.hand("team-1")
    assert timeline.team.currentData() == "team-1"  # the first team's turn, by itself
    click(qtbot, next(b for b in timeline.hand_buttons if b.card_id == hand[0]))
    held = deck.card(hand[0])
    assert isinstance(held, EventCard)
    assert for_the_font(held.title.get("fr")) in stage_texts(launcher, "placing-title")
    assert stage_texts(launcher, "placing-date") == ["?"]  # no date before it is placed
    assert len(stage_texts(launcher, "timeline-date")) == len(controller.state.timeline.cards)  # not the held one
    click(qtbot, timeline.gaps[0])
    placement = controller.state.timeline.placements[-1]
    assert placement.card_id == held.id
    assert any(str(held.year) in text for text in stage_texts(launcher, "timeline-date"))
    assert len(stage_texts(launcher, "timeline-date")) == len(controller.state.timeline.cards)
    assert stage_texts(launcher, "last-placement")

    # -- debate: hidden then revealed votes --------------------------------------------------------
    next_phase(qtbot, console)
    debate = console.phase.debate
    card = deck.cards_of("debate", "environment")[0]
    debate.card_combo.setCurrentIndex(debate.card_combo.findData(card.id))
    click(qtbot, debate.open_button)
    rnd = controller.state.open_round
    assert rnd is not None and rnd.card_id == card.id
    assert any(for_the_font(card.claim.get("fr")) in text for text in stage_texts(launcher, "claim"))
    assert for_the_font(deck.theme("environment").name.get("fr")) in stage_texts(launcher, "theme")
    click(qtbot, debate.sides_button)
    counts = debate.votes["before"].boxes
    for choice, value in (("agree", 14), ("disagree", 6), ("undecided", 4)):
        counts[choice].setValue(value)
    click(qtbot, debate.record_buttons["before"])
    assert controller.state.open_round.before.total.agree == 14
    assert stage_texts(launcher, "vote-before-hidden")  # recorded, still hidden
    assert not stage_texts(launcher, "vote-before-share")
    click(qtbot, debate.reveal_buttons["before"])
    assert stage_texts(launcher, "vote-before-share") == ["58\u00a0%", "25\u00a0%", "17\u00a0%"]
    type_into(qtbot, debate.argument_text, "Un data center consomme autant qu'une ville.")
    qtbot.keyClick(debate.argument_text, Qt.Key.Key_Return)
    assert controller.state.open_round.arguments[-1].text.startswith("Un data center")
    fact = deck.cards_of("fact", "environment")[0]
    debate.evidence_card.setCurrentIndex(debate.evidence_card.findData(fact.id))
    click(qtbot, debate.evidence_button)
    assert for_the_font(fact.title.get("fr")) in stage_texts(launcher, "evidence")
    player = controller.state.team(controller.state.open_round.evidence[-1].team_id).name
    assert stage_texts(launcher, "evidence-team") == [player]  # who played it, by name, not its colour alone
    for choice, value in (("agree", 8), ("disagree", 14), ("undecided", 2)):
        debate.votes["after"].boxes[choice].setValue(value)
    click(qtbot, debate.record_buttons["after"])
    assert not stage_texts(launcher, "shift") and stage_texts(launcher, "vote-after-hidden")
    activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_PageDown)  # the remote reveals the vote after
    assert controller.state.open_round.revealed_after
    # 8, 14 and 2 of 24: 33.3, 58.3 and 8.3 %, each rounded on its own (99 in all).
    assert stage_texts(launcher, "vote-after-share") == ["33\u00a0%", "58\u00a0%", "8\u00a0%"]
    assert len(stage_texts(launcher, "shift")) == 3 and stage_texts(launcher, "shift-winner")
    click(qtbot, debate.close_button)

    # -- scenario --------------------------------------------------------------------------------------
    next_phase(qtbot, console)
    walk = console.phase.scenario
    scenario = deck.scenarios[0]
    walk.team.setCurrentIndex(walk.team.findData("team-2"))
    walk.scenario.setCurrentIndex(walk.scenario.findData(scenario.id))
    click(qtbot, walk.start_button)
    first = scenario.decisions[0]
    assert for_the_font(first.situation.get("fr")) in stage_texts(launcher, "situation")
    assert len(stage_texts(launcher, "option")) == len(first.options)
    click(qtbot, walk.option_buttons[0])
    path = controller.state.scenario_path("team-2")
    assert path.choices == ((first.id, first.options[0].id),)
    values = stage_texts(launcher, "indicator-value")
    assert len(values) == len(scenario.indicators)
    # The room sees what the choice led to, until the facilitator moves on to the next decision.
    assert for_the_font(first.options[0].consequence.get("fr")) in stage_texts(launcher, "consequence")
    console.actions_[Command.NEXT].trigger()
    assert for_the_font(scenario.decisions[1].situation.get("fr")) in stage_texts(launcher, "situation")

    # -- debrief, and undo ---------------------------------------------------------------------------
    next_phase(qtbot, console)
    debrief = console.phase.debrief
    type_into(qtbot, debrief.takeaway, "Toujours verifier les sources.")
    qtbot.keyClick(debrief.takeaway, Qt.Key.Key_Return)
    assert "• Toujours verifier les sources." in stage_texts(launcher, "takeaway")
    type_into(qtbot, debrief.takeaway, "Une erreur a annuler")
    qtbot.keyClick(debrief.takeaway, Qt.Key.Key_Return)
    activate(qtbot, console)
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.state.debrief.takeaways == ("Toujours verifier les sources.",)
    assert "Ajouté à ce que l’on retient" in console.status_line.text()
    assert "• Une erreur a annuler" not in stage_texts(launcher, "takeaway")
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isModal()]

    # -- the record ----------------------------------------------------------------------------------
    types = [e.type for e in controller.session.events]
    for expected in ("session_created", "team_added", "session_started", "phase_started", "timeline_dealt",
                     "card_placed", "round_opened", "sides_assigned", "vote_recorded", "votes_revealed",
                     "argument_added", "evidence_played", "round_closed", "scenario_started",
                     "option_chosen", "takeaway_added", "undone"):
        assert expected in types, expected
    assert types.count("votes_revealed") == 2

    # -- close and reopen: the same screen ----------------------------------------------------------
    path = Path(controller.session.store.path)
    before = [t for t in stage_texts(launcher) if ":" not in t or not t[0].isdigit()]
    size = console.stage.size()
    console.close()
    assert launcher.console is None and launcher.start.isVisible()
    assert launcher.start.recent.count() == 1
    click(qtbot, launcher.start.resume_button)
    assert launcher.console is not None
    assert launcher.console.controller.session.store.path == path
    # The stage, not shown yet (one screen), is laid out at the size it had: the same picture to compare.
    launcher.console.stage.resize(size)
    after = [t for t in stage_texts(launcher) if ":" not in t or not t[0].isdigit()]
    # The same screen, but the timer that was running comes back paused at the time it had left.
    assert after == [("En pause" if t == "restantes" else t) for t in before] and "restantes" in before
    assert launcher.console.phase.stack.currentWidget() is launcher.console.phase.debrief


def test_a_quick_debate_needs_no_teams(qtbot, launcher, deck) -> None:
    start = launcher.start
    card = deck.cards_of("debate", "bias")[1]
    start.quick_card.setCurrentIndex(start.quick_card.findData(card.id))
    click(qtbot, start.quick_button)
    controller = launcher.console.controller
    state = controller.state
    assert controller.quick_debate and state.agenda.minutes == 20
    assert state.open_round.card_id == card.id and len(state.open_round.sides) == 2
    assert not stage_texts(launcher, "score-name")  # no scores in front of the class
    assert any(for_the_font(card.claim.get("fr")) in text for text in stage_texts(launcher, "claim"))
