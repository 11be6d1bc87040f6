"""The app killed while the stage was black and a team held a timeline card up, or while it showed a
team's scenario, started again.

A real child process runs the console on a session file in the timeline: a team (chosen by hand, not
the turn's) holds a card up, then the facilitator blanks the projector (Ctrl+B); the child is killed
with SIGKILL. Reopened on the recovered file, the stage is black before it is ever painted, even when
the launcher shows it on a projector at once (which lights a stage opened anew up); the team holds
its card up again; the recovery banner says both. Closed properly, nothing is brought back. Killed
while the stage showed the second team's scenario, it shows that team's again, not the first's.
"""

from __future__ import annotations

import os
import time

import pytest
from PySide6.QtGui import QColor

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session, open_session
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.settings import Settings, StageLeft
from bataille.ui.stage.scenario_view import focus_path
from bataille.ui.start.launch import Launcher
from bataille.workshop import SystemClock

from . import console_killed

CHILD = """
c.act(c.session.start_phase, "timeline")
c.act(c.session.deal_timeline, 3, seed=1)
panel = console.phase.timeline
other = next(t.id for t in c.state.teams if t.id != panel.team.currentData())
panel.team.setCurrentIndex(panel.team.findData(other))  # that team's turn, chosen by hand
card = c.state.timeline.hand(other)[1]
panel.pick(card)
c.toggle_blackout()  # Ctrl+B: the room must not see the picture now
app.processEvents()
print("ready", other, card, flush=True)
app.exec()
"""

SCENARIOS = """
c.act(c.session.start_phase, "scenarios")
for i, team in enumerate(c.state.teams):  # each its own future: the stage's picture tells them apart
    c.act(c.session.start_scenario, team.id, c.deck.scenarios[i % len(c.deck.scenarios)].id)
panel = console.phase.scenario
other = c.state.teams[1].id
panel.team.setCurrentIndex(panel.team.findData(other))  # the room is shown the second team's scenario
app.processEvents()
print("ready", other, c.scenario_team, flush=True)
app.exec()
"""


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def all_black(widget) -> bool:
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    return all(image.pixelColor(x, y) == QColor("black")
               for x in (1, w // 4, w // 2, 3 * w // 4, w - 2) for y in (1, h // 3, h // 2, 2 * h // 3, h - 2))


def test_the_stage_comes_back_black_and_the_card_held_up_is_held_up_again(qtbot, translations, deck, tmp_path,
                                                                         isolated_settings, monkeypatch):
    path = tmp_path / "atelier.bataille"
    team, card = console_killed.killed_when_ready(CHILD, path, isolated_settings)
    left = Settings().stage_left()
    assert left is not None and left.blackout and left.placing == (team, card)

    # Reopened as the app opens a session, with a projector: the launcher shows the stage there at once.
    monkeypatch.setattr("bataille.ui.stage.window.projector_screen", lambda screen, _name: screen)
    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.run(open_session(path, deck, SystemClock()))
    qtbot.addWidget(console.stage)
    try:
        c = console.controller
        assert console.stage.isVisible()
        assert c.blackout and console.stage.paints == 0  # before the event loop turned: nothing painted yet
        console.resize(1366, 768)
        qtbot.waitExposed(console.stage)
        assert all_black(console.stage)
        assert console.stage_state.text() == "Projection\u00a0: NOIR"
        qtbot.waitUntil(lambda: "reste noire" in console.recovery_banner.detail.text(), timeout=5000)

        panel = console.phase.timeline
        assert c.placing == (team, card) and panel.picked == card and panel.team.currentData() == team
        name = next(t.name for t in c.state.teams if t.id == team)
        title = deck.card_title(card, "fr")
        assert console.recovery_banner.detail.text().endswith(
            f"La projection reste noire, comme avant l’arrêt\u00a0: Ctrl+B rallume l’image. L’équipe {name} tient "
            f"de nouveau la carte «\u00a0{title}\u00a0» levée. Si les téléphones "
            "étaient activés, réactivez-les\u00a0: ils se reconnectent d’eux-mêmes. Pour un vote qui n’était "
            "pas clos, appuyez de nouveau sur « Demander aux téléphones »\u00a0: chaque téléphone qui avait "
            "répondu renvoie sa réponse.")

        c.toggle_blackout()  # once back, Ctrl+B lights it up, and that is kept
        assert not c.blackout and not all_black(console.stage)
        assert Settings().stage_left() == StageLeft(left.seed, False, (team, card), Settings().stage_left().at)
        console.close()  # closed properly: nothing is brought back next time
        assert Settings().stage_left() is None
    finally:
        close_session(console.controller.session)


def test_the_stage_shows_the_same_teams_scenario_again(qtbot, translations, deck, tmp_path, isolated_settings):
    path = tmp_path / "atelier.bataille"
    team, shown = console_killed.killed_when_ready(SCENARIOS, path, isolated_settings)
    assert shown == team
    assert Settings().stage_left().scenario_team == team

    launcher = Launcher(translations, Settings(), deck)
    qtbot.addWidget(launcher.start)
    console = launcher.run(open_session(path, deck, SystemClock()))
    qtbot.addWidget(console.stage)
    try:
        c = console.controller
        first = c.state.teams[0].id
        assert team != first and c.scenario_team == team  # before anything is painted
        assert focus_path(console.stage.context()).team_id == team
        qtbot.waitExposed(console)
        qtbot.waitUntil(lambda: "scénario" in console.recovery_banner.detail.text(), timeout=5000)
        assert console.phase.scenario.team.currentData() == team and c.scenario_team == team  # shown, still
        name = c.state.team(team).name
        assert f"La projection montre de nouveau le scénario de l’équipe {name}." in console.recovery_banner.detail.text()
        assert Settings().stage_left().scenario_team == team
        console.close()
        assert Settings().stage_left() is None
    finally:
        close_session(console.controller.session)


def test_a_stage_left_black_comes_back_only_after_an_abrupt_stop_of_that_session_lately(qtbot, translations, deck,
                                                                                       tmp_path):
    """A session closed properly, another session, or a stop four hours ago: the stage is not black."""
    path = tmp_path / "atelier.bataille"
    session = new_session(path, deck, SystemClock(), "fr")
    seed = f"{os.path.realpath(path)}|{session.state.created_at!r}"
    close_session(session)
    for left_seed, at in ((seed, time.time()), (seed + "x", time.time()), (seed, time.time() - 4 * 3600)):
        Settings().set_stage_left(StageLeft(left_seed, True, None, at))
        console = ConsoleWindow(SessionController(open_session(path, deck, SystemClock())))
        qtbot.addWidget(console)
        try:
            qtbot.wait(50)
            assert not console.controller.blackout
        finally:
            close_session(console.controller.session)
