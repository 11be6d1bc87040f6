"""A workshop whose app was killed mid-debate (SIGKILL: a frozen laptop, a dead battery), reopened.

A real child process records the actions and is killed while it holds the file; the console then
opens what it left (the file, its -wal, a stale lock). It must come back to the same debate, the
vote still hidden, and the recovery banner must say where it is back to and what to do again.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import open_session
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.workshop import ManualClock

START = 1_800_000_000.0

# Opens a new session on a manual clock, plays to a hidden vote in the first debate, says "ready",
# then waits to be killed.
CHILD = """
import sys, time
from pathlib import Path
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import new_session
from bataille.workshop import ManualClock
clock = ManualClock(START)
session = new_session(Path(sys.argv[1]), load_deck(bundled_deck_path()), clock, "fr", 90)
for name in ("Les Hiboux", "Les Loutres"):
    session.add_team(name)
session.start()
session.start_phase("debates")
session.open_round(seed=1)
session.assign_sides(seed=1)
clock.advance(60)
session.record_vote("before", {"agree": 7, "disagree": 5, "undecided": 8})
print("ready", flush=True)
time.sleep(60)
""".replace("START", repr(START))


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def killed_mid_debate(path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(Path("src").resolve()),
                                                                  os.environ.get("PYTHONPATH", "")) if p))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert Path(f"{path}-wal").stat().st_size > 0  # what a killed app leaves: its last actions in the -wal


@pytest.fixture
def reopened(qtbot, translations, deck, tmp_path):
    path = tmp_path / "atelier.bataille"
    killed_mid_debate(path)
    clock = ManualClock(START + 60 + 12 * 60 + 5)  # reopened twelve minutes after the vote
    session = open_session(path, deck, clock)
    window = ConsoleWindow(SessionController(session))
    window.resize(1366, 768)
    window.show()
    yield window, clock
    window.close()
    window.controller.close()
    window.deleteLater()


def test_a_killed_workshop_comes_back_to_its_debate_with_the_vote_still_hidden(reopened) -> None:
    console, _clock = reopened
    state = console.controller.state
    assert state.agenda.current.id == "debates" and state.agenda.current.status == "running"
    rnd = state.open_round
    assert rnd is not None and rnd.before is not None and not rnd.revealed("before")


def test_the_recovery_banner_says_where_the_session_is_back_to_and_what_to_do_again(reopened) -> None:
    console, clock = reopened
    banner = console.recovery_banner
    assert banner.isVisible()
    assert banner.label.text().startswith("Séance récupérée après un arrêt brutal\u00a0; une copie de sécurité")
    assert banner.detail.isVisible()
    assert banner.detail.text() == (
        "La séance reprend là où elle s’était arrêtée. Dernière action enregistrée il y a 12 minutes\u00a0: "
        "Vote avant enregistré (débat 1). Le minuteur a continué de tourner pendant l’arrêt (+1 min ou +5 min "
        "rendent du temps). Si les téléphones étaient activés, réactivez-les\u00a0: ils se reconnectent "
        "d’eux-mêmes. Pour un vote qui n’était pas clos, appuyez de nouveau sur « Demander aux téléphones »"
        "\u00a0: chaque téléphone qui avait répondu renvoie sa réponse.")
    assert banner.detail.text() in banner.accessibleName()
    # Said once, from when the app stopped: what is done after the restart does not move it.
    clock.advance(120)
    console.controller.act(console.controller.session.extend_timer, 1)
    assert "il y a 12 minutes" in banner.detail.text()
    banner.retranslate()  # worded again (the interface's language changed): still the action it stopped after
    assert "Vote avant enregistré (débat 1)" in banner.detail.text() and "Minuteur" not in banner.detail.text()
    banner.button.click()
    assert banner.isHidden()


def test_a_file_closed_properly_has_no_recovery_detail(qtbot, translations, deck, tmp_path) -> None:
    from bataille.storage import close_session, new_session

    path = tmp_path / "calme.bataille"
    session = new_session(path, deck, ManualClock(START), "fr", 90)
    session.add_team("Les Hiboux")
    session.add_team("Les Loutres")
    session.start()
    close_session(session)
    window = ConsoleWindow(SessionController(open_session(path, deck, ManualClock(START + 600))))
    window.show()
    assert window.recovery_banner.isHidden() and not window.recovery_banner.detail.text()
    window.close()
    window.controller.close()
    window.deleteLater()
