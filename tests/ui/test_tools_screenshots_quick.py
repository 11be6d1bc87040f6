"""tools/screenshots.py --quick-debate: the start screen's 20-minute quick debate grabbed step by step
as the workshop is (the same fixed clock), its one debate from open to ended. The tool had no way to
show that format: its pictures were never looked at."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STEPS = ("00-debate-open", "01-debate-before-hidden", "02-debate-before-shown", "03-debate-after-shown",
         "04-time-up", "05-end")


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("tool_screenshots", ROOT / "tools" / "screenshots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_its_steps_run_a_quick_debate_from_open_to_ended(tool, translations, qapp, tmp_path) -> None:
    from bataille.deck import bundled_deck_path, load_deck
    from bataille.ui.controller import SessionController
    from bataille.ui.start.session_files import create_session
    from bataille.workshop.clock import ManualClock
    from bataille.workshop.flow import is_quick_debate

    deck = load_deck(bundled_deck_path())
    request = tool.quick_request(deck, "fr")
    assert request.minutes == 20 and request.debate_card == deck.cards_of("debate", deck.themes[0].id)[0].id
    clock = ManualClock(tool.START)
    session = create_session(deck, request, tmp_path / "débat.bataille", clock=clock, names=("Pour", "Contre"))
    c = SessionController(session)
    try:
        assert is_quick_debate(c.state)
        steps = tool.quick_steps(c)
        assert tuple(name for name, _ in steps) == STEPS
        for name, action in steps:
            clock.advance(tool.STEP)
            action()
            if name == "03-debate-after-shown":
                rnd = c.state.open_round
                assert rnd.revealed_before and rnd.revealed_after and len(rnd.evidence) == 2
            if name == "04-time-up":
                assert c.session.remaining() < 0  # the clock past the 20 minutes: the time-up picture
        assert c.state.open_round is None and len(c.state.rounds) == 1
        assert c.state.agenda.current is None and c.next_step().over
    finally:
        c.close()


def test_the_option_grabs_that_sequence_and_no_workshop_step(tmp_path) -> None:
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "screenshots.py"), str(out), "--quick-debate"],
                         capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().endswith(f"0 problems; screenshots in {out}"), run.stdout
    sizes = ("1920x1080", "1366x768", "1280x720")
    expected = {"start-1366x768.png"} | {f"{name}-console-1366x768.png" for name in STEPS} | {
        f"{name}-stage-{size}.png" for name in STEPS for size in sizes}
    assert {p.name for p in out.iterdir()} == expected
    assert all(p.stat().st_size > 10_000 for p in out.iterdir())


# Runs the tool as it is run, each grab of a window noting the clock it shows: the console's clock
# (its agenda's) and the stage's (its picture's timer, as painted for the grab).
RECORDER = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("tool_screenshots", sys.argv[1])
tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tool)
from bataille.ui.stage.window import StageWindow
console_grab, stage_grab = tool.ConsoleWindow.grab, StageWindow.grab
def console(self, *args):
    print("console", self.agenda.timer_label.text(), flush=True)
    return console_grab(self, *args)
def stage(self, *args):
    picture = stage_grab(self, *args)
    items = self.scene.text_items() if self.scene is not None else []  # none on the phones' join screen
    timer = [item.text for item in items if item.role == "timer"]
    print("stage", timer[0] if timer else "-", flush=True)
    return picture
tool.ConsoleWindow.grab, StageWindow.grab = console, stage
sys.exit(tool.main(sys.argv[2:]))
"""


@pytest.mark.parametrize("options", [["--quick-debate"], []], ids=["quick-debate", "workshop"])
def test_the_consoles_clock_says_the_stages_time_at_every_grab(tmp_path, options) -> None:
    """The tool moved the session's clock by hand and the console's clock stayed behind (20:00 on the
    console while the stage said 19:00): each step now ticks as the app's timer does."""
    out = tmp_path / "shots"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "src")}
    run = subprocess.run([sys.executable, "-c", RECORDER, str(ROOT / "tools" / "screenshots.py"), str(out),
                          *options], capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    grabs = [line.split(" ", 1) for line in run.stdout.splitlines() if line.startswith(("console ", "stage "))]
    steps: list[tuple[str, list[str]]] = []
    for window, shown in grabs:
        if window == "console":
            steps.append((shown, []))
        else:
            steps[-1][1].append(shown)
    assert len(steps) == (6 if options else 12) and all(len(stages) == 3 for _, stages in steps), grabs
    timed = [(console, stages) for console, stages in steps if stages[0] != "-"]  # a phase under way
    assert len(timed) >= (5 if options else 10)
    assert all(stages == [console] * 3 for console, stages in timed), steps
    if options:  # a minute a step from 20:00, then the time up
        assert [console for console, _ in timed] == ["19:00", "18:00", "17:00", "16:00", "\u22121:00"]
