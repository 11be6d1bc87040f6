"""What the core costs a fresh process: reading the bundled deck, creating and reopening a session.

    .venv/bin/python -m benchmarks.core_start [RUNS] [--top N] [--against OTHER/src]

Three scripts, each run RUNS times (default 11) in a fresh interpreter, interleaved with a floor
(``python -c pass``) so that a busy machine slows both alike:

  a. import bataille.deck and load the bundled deck;
  b. a, then create a session file as the start screen does (two teams, workshop started) and close it;
  c. b, then open that file again and close it.

Printed for each: the median wall and CPU time (user + system) beyond the floor's, the peak
resident memory (VmHWM) and its excess over the floor's, and, from five runs under
``-X importtime`` (medians), the import time of our modules and of all modules beyond the floor's
(importtime's own bookkeeping inflates these). Bytecode is cached in a private folder first (a
warm run), so the figures are not those of the compiler.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = str(Path(__file__).resolve().parent.parent / "src")

_REPORT = """
for _line in open('/proc/self/status'):
    if _line.startswith('VmHWM:'):
        print('HWM', _line.split()[1])
"""

DECK = """
import bataille.deck
deck = bataille.deck.load_deck(bataille.deck.bundled_deck_path())
"""

CREATE = DECK + """
import sys
from bataille.storage import close_session, new_session
from bataille.workshop import SystemClock
from bataille.workshop.flow import first_debate_phase
session = new_session(sys.argv[1], deck, SystemClock(), "fr", 120, None)
for name, colour in (("Les Colibris", "#1f77b4"), ("Les Castors", "#d62728")):
    session.add_team(name, colour)
session.start()
close_session(session)
"""

REOPEN = CREATE + """
from bataille.storage import open_session
session = open_session(sys.argv[1], deck, SystemClock())
close_session(session)
"""

SCRIPTS = {"a. deck read": DECK, "b. + session created": CREATE, "c. + reopened": REOPEN}


def environment(cache: str, src: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env.update(PYTHONPATH=src, PYTHONPYCACHEPREFIX=cache)
    return env


def run_once(script: str, env: dict[str, str], folder: str) -> tuple[float, float, int]:
    """(wall s, CPU s, VmHWM KiB) of one fresh interpreter running ``script``."""
    target = os.path.join(folder, "s.bataille")
    for name in os.listdir(folder):  # the session file and its companions of the previous run
        os.remove(os.path.join(folder, name))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script + _REPORT, target], env=env,
                          capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    hwm = int(done.stdout.split("HWM")[-1].split()[0])
    return wall, cpu, hwm


def imports(script: str, env: dict[str, str], folder: str, runs: int = 5) -> dict[str, float]:
    """{module: median self µs} of ``runs`` runs of ``script`` under -X importtime."""
    found: dict[str, list[int]] = {}
    for _ in range(runs):
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
        done = subprocess.run([sys.executable, "-X", "importtime", "-c", script, os.path.join(folder, "s.bataille")],
                              env=env, capture_output=True, text=True, check=True)
        for line in done.stderr.splitlines():
            if line.startswith("import time:") and "self [us]" not in line:
                own, _, name = (part.strip() for part in line[len("import time:"):].split("|"))
                found.setdefault(name, []).append(int(own))
    return {name: statistics.median(times) for name, times in found.items()}


def main(argv: list[str]) -> int:
    """``[RUNS] [--top N] [--against SRC]``: SRC, another checkout's src folder, is measured in the same runs."""
    runs, top, trees = 11, 12, {"this tree": SRC}
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--top":
            top = int(args.pop(0))
        elif arg == "--against":
            trees = {"against": str(Path(args.pop(0)).resolve()), **trees}
        else:
            runs = int(arg)
    with tempfile.TemporaryDirectory() as cache, tempfile.TemporaryDirectory() as folder:
        envs = {tree: environment(os.path.join(cache, str(i)), src) for i, (tree, src) in enumerate(trees.items())}
        for env in envs.values():
            for script in ("pass", *SCRIPTS.values()):  # warm the bytecode cache
                run_once(script, env, folder)
        floor_env = next(iter(envs.values()))
        samples: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
        for _ in range(runs):  # interleaved: a busy moment of the machine falls on every kind of run
            for name, script in SCRIPTS.items():
                samples.setdefault(("", "floor"), []).append(run_once("pass", floor_env, folder))
                for tree, env in envs.items():
                    samples.setdefault((tree, name), []).append(run_once(script, env, folder))
        figures = {key: tuple(statistics.median(s[i] for s in rows) for i in range(3)) for key, rows in samples.items()}
        fw, fc, fh = figures[("", "floor")]
        floor_imports = imports("pass", floor_env, folder)
        print(f"floor (python -c pass): wall {fw * 1000:.1f} ms, CPU {fc * 1000:.1f} ms, VmHWM {fh / 1024:.1f} MiB"
              f"  (medians of {runs * len(SCRIPTS)}); below, medians of {runs} beyond the floor")
        for tree, env in envs.items():
            print(f"\n{tree} ({trees[tree]}):")
            print(f"{'':22} {'wall ms':>8} {'CPU ms':>7} {'VmHWM MiB':>10} {'+MiB':>6} {'ours ms':>8} {'imports ms':>10}")
            for name, script in SCRIPTS.items():
                wall, cpu, hwm = figures[(tree, name)]
                own = imports(script, env, folder)
                added = {m: us for m, us in own.items() if m not in floor_imports}
                ours = sum(us for m, us in added.items() if m.startswith("bataille"))
                print(f"{name:22} {(wall - fw) * 1000:8.1f} {(cpu - fc) * 1000:7.1f} {hwm / 1024:10.1f} "
                      f"{(hwm - fh) / 1024:6.1f} {ours / 1000:8.1f} {sum(added.values()) / 1000:10.1f}")
            print("largest own import times of c beyond the floor (medians of 5 runs under -X importtime, ms):")
            for module, us in sorted(added.items(), key=lambda kv: -kv[1])[:top]:
                print(f"{us / 1000:8.1f}  {module}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
