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
PARALLEL = 10  # children killed side by side, each on its own file, to keep the test short


def _logged(log: Path) -> int:
    lines = log.read_text().split() if log.exists() else []
    return int(lines[-1]) if lines else 0


@pytest.mark.slow  # in the default suite (6 to 20 s, by machine load); `-m "not slow"` leaves it out
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
            # Mostly while writing (None); one kill in five at a random moment of start-up.
            delay = rng.uniform(0.0, 0.25) if rng.random() < 0.2 else None
            runs.append((child, path, log, delay))
        start = time.monotonic()
        for child, _, log, delay in runs:
            if delay is None:
                # While writing: once the session exists, after a random number of actions.
                deadline = time.monotonic() + 20
                while _logged(log) < 1 and time.monotonic() < deadline and child.poll() is None:
                    time.sleep(0.002)
                time.sleep(rng.uniform(0.0, 0.08))
            else:
                time.sleep(max(0.0, start + delay - time.monotonic()))
            child.send_signal(signal.SIGKILL)
        for child, path, log, _ in runs:
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
