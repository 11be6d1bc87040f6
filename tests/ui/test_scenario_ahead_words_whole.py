"""One scenario for every team, some teams a step or two ahead, on a 1366×768 laptop (and at 150 %:
895×512 points). A team ahead's buttons said its own options' words on one line, cut after a dozen
letters (« A. Accepter l'o… »). Now every button's words are whole at its width, measured with its
font, and a team ahead's options are said whole below the rows, under the name its buttons give them
(« 2A. … »), without moving any other team's buttons; the keyboard still chooses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from bataille.workshop import ManualClock, MemoryStore, Session

from .conftest import console_on

NAMES = {"fr": ("Les Hiboux Savants", "Les Loutres Intrépides", "Les Renards", "Les Castors Bâtisseurs",
                "Les Lynx", "Les Éléphants Géants"),
         "en": ("The Library Owls North", "The Fearless Otters", "Foxes", "The Busy Beavers Club", "Lynxes",
                "Memorable Elephants")}


def _turn() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _whole(button) -> None:
    """Every line of the button within its width, and together its words, none left out."""
    room = button.width() - button._room()[0]
    lines = button.lines()
    metrics = button.fontMetrics()
    assert all(metrics.horizontalAdvance(line) <= room for line in lines), (button.objectName(), lines, room)
    assert " ".join(lines) == button.words, (button.objectName(), lines, button.words)


def _label_whole(label: QLabel) -> None:
    assert label.isVisible() and label.wordWrap(), label.objectName()
    assert label.heightForWidth(label.width()) <= label.height(), (label.text(), label.size())


def _next(c, team_id: str):
    path = c.state.scenario_path(team_id)
    return next(d for d in c.deck.scenario(path.scenario_id).decisions if d.id == path.next_decision)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("teams", "size"), [(5, (1366, 768)), (6, (1366, 768)), (6, (895, 512))])
def test_a_team_ahead_reads_its_options_whole(qtbot, translations, bundled_deck, in_app_font, lang, teams,
                                              size) -> None:
    translations.set_language(lang)
    session = Session.create(bundled_deck, MemoryStore(), ManualClock(), lang, agenda_minutes=60)
    for name in NAMES[lang][:teams]:
        session.add_team(name)
    session.start()
    console = console_on(qtbot, session)
    try:
        console.resize(*size)
        qtbot.waitUntil(lambda: console.width() == size[0])
        c, grid = console.controller, console.phase.scenario.choices
        scenario = c.deck.scenarios[1]
        c.act(c.session.start_phase, "scenarios")
        for team in c.state.teams:
            c.act(c.session.start_scenario, team.id, scenario.id)
        _turn()
        ids = [t.id for t in c.state.teams]
        # Les Hiboux two decisions ahead, Les Renards one: two decisions ahead of the others' at once
        for team_id, option_id in ((ids[0], "b"), (ids[2], "a"), (ids[0], "c")):
            grid.buttons[(team_id, option_id)].click()
            c.advance()
            _turn()
        assert [len(c.state.scenario_path(t).choices) for t in ids[:3]] == [2, 0, 1]
        for (team_id, option_id), button in grid.buttons.items():
            _whole(button)
            label = _next(c, team_id).option(option_id).label.get(lang)
            assert button.toolTip() == label
            if len(c.state.scenario_path(team_id).choices) == 0:
                continue  # the others: « A » under the words of their decision (test_scenario_choices_ahead)
            number = len(c.state.scenario_path(team_id).choices) + 1
            assert button.words == f"{number}{option_id.upper()}"
            words = grid.own_legends[(team_id, option_id)]
            assert words.text().startswith(f"{number}{option_id.upper()}. ")
            assert words.text().replace("\u202f", " ").endswith(label.replace("\u202f", " ")[-10:])
            _label_whole(words)
            assert words.mapTo(grid, words.rect().topLeft()).y() > button.mapTo(grid, button.rect().bottomLeft()).y()
        if size == (1366, 768):  # on the laptop, every button and every option's words in sight
            viewport = console.phase.findChild(QScrollArea).viewport()
            shown = [*grid.buttons.values(), *set(grid.own_legends.values())]
            for widget in shown:
                corners = (widget.mapTo(viewport, widget.rect().topLeft()),
                           widget.mapTo(viewport, widget.rect().bottomRight()))
                assert all(viewport.rect().contains(corner) for corner in corners), widget.objectName()
        renards = grid.buttons[(ids[2], "a")]  # by the keyboard: Les Renards, ahead, choose 2A
        renards.setFocus()
        qtbot.keyClick(renards, Qt.Key.Key_Space)
        assert len(c.state.scenario_path(ids[2]).choices) == 2
    finally:
        console.phones.turn_off()
        console.controller.close()
