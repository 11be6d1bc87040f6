"""Where start-up time goes beyond an empty PySide6 window: ``python -X importtime`` on both.

    .venv/bin/python -m benchmarks.importtime [N]

Runs the empty window and the start screen of bench_startup once each (warm bytecode cache,
offscreen) under ``-X importtime`` and prints the N modules (default 25) whose own import time
is largest in the start screen and absent from the empty window: the import cost the app adds.
The figures are microseconds of one run; they move by ±20 % from run to run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile

from .bench_startup import EMPTY_WINDOW, START_SCREEN, _environment


def _imports(script: str, env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """{module: (self µs, cumulative µs)} of one run of ``script``."""
    subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True)  # warm the caches
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", script], env=env, capture_output=True,
                          text=True, check=True)
    found = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = (part.strip() for part in line[len("import time:"):].split("|"))
        found[name] = (int(own), int(cumulative))
    return found


def main(argv: list[str]) -> int:
    count = int(argv[0]) if argv else 25
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(folder)
        floor = _imports(EMPTY_WINDOW, env)
        start = _imports(START_SCREEN, env)
    added = {name: times for name, times in start.items() if name not in floor}
    total = sum(own for own, _ in added.values())
    print(f"modules the start screen imports beyond an empty window: {len(added)}, {total / 1000:.0f} ms in all")
    print(f"{'self ms':>8} {'cumul. ms':>9}  module")
    for name, (own, cumulative) in sorted(added.items(), key=lambda kv: -kv[1][0])[:count]:
        print(f"{own / 1000:8.1f} {cumulative / 1000:9.1f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
