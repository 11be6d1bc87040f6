"""Keyboard only: set up a session and run a debate round without touching the mouse.

Every widget is reached with Tab (never with setFocus), changed with the keys a facilitator
would press (typing, arrows, Space, Return) and every command goes through its shortcut.
A widget Tab cannot reach, or a field that swallows Tab, fails the test.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from bataille.deck import bundled_deck_path, load_deck

MAX_TABS = 150


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def activate(qtbot, window: QWidget) -> None:
    """Offscreen, no window is active by itself; keys go to the active one."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press sent where the keyboard would send it: to the widget with focus."""
    target = focused() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def tab_to(qtbot, widget: QWidget) -> None:
    """Press Tab until ``widget`` has the focus (it must be reachable, and nothing may trap Tab)."""
    seen = []
    for _ in range(MAX_TABS):
        if focused() is widget:
            return
        seen.append(type(focused()).__name__ + ":" + (focused().objectName() if focused() else ""))
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reaches {widget.objectName() or type(widget).__name__}; went through {seen[-12:]}")


def type_text(qtbot, text: str) -> None:
    """Select what the focused field holds and type over it, key by key."""
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for char in text:
        qtbot.keyClick(focused(), char)


def choose(qtbot, combo: QComboBox, value) -> None:
    """Move through a combo box with the arrow keys until ``value`` is selected."""
    tab_to(qtbot, combo)
    if combo.isEditable():  # Home moves the text cursor there: go up to the first item instead
        for _ in range(combo.count()):
            press(qtbot, Qt.Key.Key_Up)
    else:
        press(qtbot, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        press(qtbot, Qt.Key.Key_Down)
    assert combo.currentData() == value, f"{value!r} not reachable with the arrows in {combo.objectName()}"


def push(qtbot, button: QWidget) -> None:
    tab_to(qtbot, button)
    assert button.isEnabled()
    press(qtbot, Qt.Key.Key_Space)


@pytest.fixture
def launcher(make_launcher, deck):
    return make_launcher(deck)


def test_set_up_and_a_debate_round_with_the_keyboard_only(qtbot, launcher, deck) -> None:
    start = launcher.start
    activate(qtbot, start)

    # -- set-up: two named teams, one hour -------------------------------------------------------
    for row, name in zip(start.teams.rows[:2], ("Les Hiboux", "Les Loutres"), strict=True):
        tab_to(qtbot, row.name)
        type_text(qtbot, name)
    choose(qtbot, start.length, 60)
    push(qtbot, start.start_button)
    console = launcher.console
    assert console is not None and console.isVisible()
    controller = console.controller
    assert [t.name for t in controller.state.teams][:2] == ["Les Hiboux", "Les Loutres"]
    assert controller.state.agenda.minutes == 60 and controller.state.started

    # -- to the debates: PageDown starts the first phase (the one way between phases), then the
    # next-phase shortcut ---------------------------------------------------------------------------
    activate(qtbot, console)
    press(qtbot, Qt.Key.Key_PageDown)
    for _ in range(len(controller.state.agenda.phases)):
        current = controller.state.agenda.current
        if current is not None and current.kind == "debate":
            break
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert controller.state.agenda.current.kind == "debate"
    debate = console.phase.debate

    # -- a round: open, sides, vote before, reveal, an argument, a fact, vote after, reveal, close
    card = deck.cards_of("debate", "environment")[0]
    choose(qtbot, debate.card_combo, card.id)
    push(qtbot, debate.open_button)
    assert controller.state.open_round is not None and controller.state.open_round.card_id == card.id
    push(qtbot, debate.sides_button)
    for choice, value in (("agree", "14"), ("disagree", "6"), ("undecided", "4")):
        tab_to(qtbot, debate.votes["before"].boxes[choice])
        type_text(qtbot, value)
    push(qtbot, debate.record_buttons["before"])
    assert controller.state.open_round.before.total.agree == 14
    push(qtbot, debate.reveal_buttons["before"])
    tab_to(qtbot, debate.argument_text)
    type_text(qtbot, "Un data center consomme autant qu'une ville.")
    press(qtbot, Qt.Key.Key_Return)
    assert controller.state.open_round.arguments[-1].text.startswith("Un data center")
    fact = deck.cards_of("fact", "environment")[0]
    choose(qtbot, debate.evidence_card, fact.id)
    push(qtbot, debate.evidence_button)
    for choice, value in (("agree", "8"), ("disagree", "14"), ("undecided", "2")):
        tab_to(qtbot, debate.votes["after"].boxes[choice])
        type_text(qtbot, value)
    push(qtbot, debate.record_buttons["after"])
    press(qtbot, Qt.Key.Key_PageDown)  # the remote's "next" reveals the vote after
    assert controller.state.open_round.revealed_after
    push(qtbot, debate.close_button)
    assert controller.state.open_round is None
    types = [e.type for e in controller.session.events]
    for expected in ("round_opened", "sides_assigned", "vote_recorded", "votes_revealed", "argument_added",
                     "evidence_played", "round_closed"):
        assert expected in types, expected
