"""The timeline's console after a mistake and in French: a card placed in the wrong gap and taken
back by Ctrl+Z is held up again for its team, on the console and on the stage, ready for « Ici »
(it had to be picked again, and the room lost sight of it); the hint for a hand looked at out of turn
builds no « de Les Loutres »; the strip dates a card by its month too, as the stage does."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from bataille.deck.models import EventCard
from bataille.workshop.flow import timeline_turn

from .conftest import open_console

TEAMS = ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx")


def _dealt(qtbot, deck, per_team: int = 3):
    console = open_console(qtbot, deck, TEAMS)
    c = console.controller
    c.act(c.session.start_phase, "timeline")
    panel = console.phase.timeline
    panel.per_team.setValue(per_team)
    console.next_panel.button.click()  # deals
    QApplication.processEvents()
    assert c.state.timeline.dealt
    return console, panel


def _place(qtbot, panel, card: str, gap: int) -> None:
    qtbot.mouseClick(next(b for b in panel.hand_buttons if b.card_id == card), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.gaps[gap], Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_a_placement_taken_back_holds_its_card_up_again(qtbot, translations, bundled_deck) -> None:
    console, panel = _dealt(qtbot, bundled_deck)
    c = console.controller
    for _turn in range(3):  # a few cards down, then one in the wrong gap
        team = timeline_turn(c.state)
        _place(qtbot, panel, c.state.timeline.hand(team)[0], 0)
    team = timeline_turn(c.state)
    card = c.state.timeline.hand(team)[-1]
    _place(qtbot, panel, card, len(panel.gaps) - 1)
    assert c.state.timeline.placements[-1].card_id == card and c.placing is None
    qtbot.keyClick(console, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert card in c.state.timeline.hand(team)
    assert panel.team.currentData() == team
    assert panel.picked == card  # held up on the console…
    assert c.placing == (team, card)  # … and on the stage (« En train d'être placée »)
    assert "En train d’être placée" in console.stage.build().texts("placing-heading")
    qtbot.mouseClick(panel.gaps[0], Qt.MouseButton.LeftButton)  # « Ici » alone puts it right
    assert c.state.timeline.placements[-1].card_id == card
    assert c.state.timeline.placements[-1].team_id == team


def test_out_of_turn_names_no_team_after_de(qtbot, translations, bundled_deck) -> None:
    console, panel = _dealt(qtbot, bundled_deck)
    c = console.controller
    other = c.state.teams[1]
    panel.team.setCurrentIndex(panel.team.findData(other.id))
    QApplication.processEvents()
    hint = panel.hint.text()
    assert "Hors tour" in hint and other.name in hint and c.state.teams[0].name in hint
    assert not re.search(r"\b(de|à) Les\b", hint), hint
    assert "de %1" not in hint and "’s" not in hint


def test_the_strip_dates_a_card_by_its_month_too(qtbot, translations, bundled_deck) -> None:
    console, panel = _dealt(qtbot, bundled_deck)
    c = console.controller
    dated = [card for card in bundled_deck.cards_of("event") if isinstance(card, EventCard) and card.month]
    assert dated
    team = timeline_turn(c.state)
    monthly = next((card for card in c.state.timeline.hand(team) if bundled_deck.card(card).month), None)
    if monthly is None:  # the deal gave this team none: the first dated card it holds, from any team
        team, monthly = next((t, card) for t, hand in c.state.timeline.hands for card in hand
                             if bundled_deck.card(card).month)
        panel.team.setCurrentIndex(panel.team.findData(team))
        QApplication.processEvents()
    _place(qtbot, panel, monthly, 0)
    card = bundled_deck.card(monthly)
    month = QLocale("fr").standaloneMonthName(card.month, QLocale.FormatType.ShortFormat)
    lines = [label.text() for label in panel.strip.findChildren(QLabel) if label.objectName() == "timelineCard"
             and label.isVisible()]
    assert any(line.startswith(f"{month} {card.year} — ") for line in lines), lines
