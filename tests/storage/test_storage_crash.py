"""Kill a writing process with SIGKILL at random moments: every returned action survives, no corruption."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bataille.storage import SessionFile
from bataille.workshop import fold

CHILD = Path(__file__).with_name("crash_child.py")
KILLS = 50
PARALLEL = 25  # children killed side by side, each on its own file, to keep the test short


def _logged(log: Path) -> int:
    lines = log.read_text().split() if log.exists() else []
    return int(lines[-1]) if lines else 0


def _kill_at_random_moments(runs, rng):
    """SIGKILL each child: one in five at a random moment of start-up, the others a random while
    after their session exists (its first action returned), i.e. in the middle of writing."""
    start = time.monotonic()
    plan = {}
    for child, _, _log in runs:
        plan[child] = ("early", rng.uniform(0.0, 0.3)) if rng.random() < 0.2 else ("writing", rng.uniform(0.0, 0.15))
    ready_at = {}
    alive = list(runs)
    while alive:
        now = time.monotonic()
        for run in list(alive):
            child, _, log = run
            kind, delay = plan[child]
            if kind == "early":
                due = now - start >= delay
            else:
                if child not in ready_at and (_logged(log) >= 1 or now - start > 20 or child.poll() is not None):
                    ready_at[child] = now
                due = child in ready_at and now - ready_at[child] >= delay
            if due:
                child.send_signal(signal.SIGKILL)
                alive.remove(run)
        time.sleep(0.002)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_at_random_moments_loses_no_returned_action(tmp_path):
    rng = random.Random(20261122)
    survivors = []
    for batch in range(KILLS // PARALLEL):
        runs = []
        for k in range(PARALLEL):
            path, log = tmp_path / f"s{batch}-{k}.bataille", tmp_path / f"s{batch}-{k}.log"
            child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(log)],
                                     stderr=subprocess.PIPE)
            runs.append((child, path, log))
        _kill_at_random_moments(runs, rng)
        for child, path, log in runs:
            child.wait()
            assert child.returncode == -signal.SIGKILL, child.stderr.read().decode()
            child.stderr.close()
            returned = _logged(log)
            if not path.exists():
                assert returned == 0  # killed before the file was linked into place
                continue
            with SessionFile.open(path) as store:  # the dead writer's lock is gone
                events = store.events()
                assert len(events) >= returned
                fold(None, events)  # and they replay
            db = sqlite3.connect(path)
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            db.close()
            survivors.append(returned)
    # Most kills landed while writing, not during start-up.
    assert sum(1 for n in survivors if n > 0) >= KILLS // 2, survivors


# A session whose last action made the file checkpoint (a phase started): nothing left in its -wal.
STOPPED_AFTER_A_CHECKPOINT = """
import sys
from bataille.storage import new_session
from bataille.deck import bundled_deck_path, load_deck
from bataille.workshop import SystemClock
session = new_session(sys.argv[1], load_deck(bundled_deck_path()), SystemClock(), "fr")
session.add_team("Hiboux")
session.add_team("Loutres")
session.start()
session.start_phase("debrief")
print("ready", flush=True)
sys.stdin.read()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_an_abrupt_stop_is_known_even_with_nothing_left_in_the_wal(tmp_path):
    """The recovery (a copy, the banner, the phones brought back) keyed on a leftover -wal missed the
    stops that came right after a checkpoint: the lock file the killed app left says it too."""
    import os

    from bataille.deck import bundled_deck_path, load_deck
    from bataille.storage import close_session, open_session
    from bataille.workshop import SystemClock

    path = tmp_path / "atelier.bataille"
    env = dict(os.environ, PYTHONPATH=str(Path("src").resolve()))
    child = subprocess.Popen([sys.executable, "-c", STOPPED_AFTER_A_CHECKPOINT, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert child.stdout.readline().strip() == "ready"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert Path(f"{path}-wal").stat().st_size == 0
    deck = load_deck(bundled_deck_path())
    session = open_session(path, deck, SystemClock())
    assert session.store.stopped_abruptly and session.store.recovered_copy is None
    assert session.state.agenda.current.id == "debrief"
    close_session(session)
    session = open_session(path, deck, SystemClock())  # closed properly: a clean start
    assert not session.store.stopped_abruptly
    close_session(session)
