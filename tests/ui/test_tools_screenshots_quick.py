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
