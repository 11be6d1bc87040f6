"""One scenario for every team, some teams a step ahead. A team ahead keeps its row under the columns
of the decision the others are at; its buttons said a bare « A », « B », « C » under that decision's
options, and a click recorded its own decision's option A, not the one the facilitator read above it.
Now every button, read with what is over it, names the option its click records."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from bataille.storage import close_session, new_session, open_session
from bataille.words import for_the_font
from bataille.workshop import ManualClock

from .conftest import console_on

NAMES = {"fr": ("Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx"),
         "en": ("Owls", "Otters", "Foxes", "Beavers", "Lynxes")}
STEP = {"fr": "Décision %1", "en": "Decision %1"}


def _turn() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _read_over(grid, button) -> str:
    """What a facilitator reads for ``button``: its own words, or, on a bare letter, the words of
    the column it stands under (the nearest option's words above it)."""
    shown = " ".join(button.lines())
    if len(shown) > 1:  # a team ahead: « 2A », its words below the rows (« 2A. … »), read without the step
        words = next(label.text() for key, label in grid.own_legends.items() if grid.buttons[key] is button)
        assert words.startswith(f"{shown}. "), (shown, words)
        return words[len(shown) - 1:]
    top_left = button.mapTo(grid, button.rect().topLeft())
    middle = top_left.x() + button.width() // 2
    above = []
    for label in grid.findChildren(QLabel):
        if not label.objectName().startswith("legend_") or not label.isVisible():
            continue
        corner = label.mapTo(grid, label.rect().topLeft())
        if corner.x() <= middle < corner.x() + label.width() and corner.y() + label.height() <= top_left.y():
            above.append((corner.y(), label.text()))
    assert above, f"{button.objectName()}: a bare letter, no option's words over it"
    return max(above)[1]


def _names(read: str, letter: str, label: str) -> bool:
    """``read`` is « A. » and the option's words, whole or cut with an ellipsis after a few words."""
    words = for_the_font(label)
    if not read.startswith(f"{letter}. "):
        return False
    rest = read[len(letter) + 2:]
    if rest == words:
        return True
    return rest.endswith("…") and len(rest) >= 12 and words.startswith(rest[:-1].rstrip())


def _next_decision(c, team_id: str):
    path = c.state.scenario_path(team_id)
    return next(d for d in c.deck.scenario(path.scenario_id).decisions if d.id == path.next_decision)


def _check_every_button(c, grid) -> None:
    for (team_id, option_id), button in grid.buttons.items():
        option = _next_decision(c, team_id).option(option_id)
        read = _read_over(grid, button)
        assert _names(read, option_id.upper(), option.label.get(c.lang)), (c.state.team(team_id).name, read,
                                                                           option.label.get(c.lang))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_every_button_names_the_option_its_click_records(qtbot, translations, bundled_deck, in_app_font,
                                                         tmp_path, lang, size) -> None:
    translations.set_language(lang)
    path = tmp_path / "atelier.bataille"
    session = new_session(path, bundled_deck, ManualClock(), lang)
    for name in NAMES[lang]:
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
        first, second, third = scenario.decisions[:3]
        for team_id, option_id in ((ids[0], "b"), (ids[2], "a")):  # Les Hiboux, then Les Renards go ahead
            grid.buttons[(team_id, option_id)].click()
            c.advance()
            _turn()
        _check_every_button(c, grid)
        renards = ids[2]
        button = grid.buttons[(renards, "c")]  # Les Renards, a step ahead, choose again in their row
        read = _read_over(grid, button)
        button.click()
        c.advance()
        _turn()
        assert c.state.scenario_path(renards).choices == ((first.id, "a"), (second.id, "c"))
        assert _names(read, "C", second.option("c").label.get(lang)), read
        _check_every_button(c, grid)  # Les Renards now two steps ahead
        tags = {t: next(tag for tag in grid.findChildren(QLabel, f"step_{t}") if tag.isVisible()) for t in (ids[0], renards)}
        assert tags[ids[0]].text() == STEP[lang].replace("%1", "2")
        assert tags[renards].text() == STEP[lang].replace("%1", "3")
        for tag in tags.values():  # said whole, beside the name
            assert tag.fontMetrics().horizontalAdvance(tag.text()) <= tag.contentsRect().width(), tag.text()
        assert tags[renards].toolTip() == for_the_font(third.title.get(lang))
        viewport = console.phase.findChild(QScrollArea).viewport()
        for button in grid.buttons.values():  # every team's buttons in sight
            corners = (button.mapTo(viewport, button.rect().topLeft()), button.mapTo(viewport, button.rect().bottomRight()))
            assert all(viewport.rect().contains(corner) for corner in corners), button.objectName()
    finally:
        console.phones.turn_off()
        console.controller.close()
    again = open_session(path, bundled_deck, ManualClock())  # the file holds what the clicks recorded
    try:
        assert again.state.scenario_path(renards).choices == ((first.id, "a"), (second.id, "c"))
        assert again.state.scenario_path(ids[0]).choices == ((first.id, "b"),)
    finally:
        close_session(again)
