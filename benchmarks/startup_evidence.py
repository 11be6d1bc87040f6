"""Where start-up time and memory go beyond an empty PySide6 window, for each start of bench_startup.

    .venv/bin/python -m benchmarks.startup_evidence [OUTPUT]

Runs the empty window (the floor), the start screen at its first paint, the start screen complete
(deck and recent sessions read), the console and the stage at their first paint and ``bataille
--self-test`` (console and stage on a session open), each in a fresh
process of the same Python, offscreen, with a warm bytecode cache, three ways:

- ``-X importtime``: our modules and what they pull in, beyond the floor's, summed by package
  (self time, so nothing is counted twice), and the slowest single modules;
- ``/proc/self/smaps`` read by the child at exit: resident memory by mapping (anonymous: the
  Python and Qt heaps and the windows' pixels; each shared library and font file), beyond the
  floor's;
- ``tracemalloc`` (``PYTHONTRACEMALLOC``, a separate run: tracing slows everything): the Python
  heap still allocated at exit, by package of the code that allocated it.

Figures are of one run each (importtime moves by ±20 % between runs; memory by less than 1 %).
The report is printed and, with OUTPUT, written there (benchmarks/results/ keeps the last one).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from .bench_startup import CONSOLE_FIRST_PAINT, EMPTY_WINDOW, SELF_TEST, START_SCREEN, _environment

# Appended to each child: at exit, its resident memory by mapping and, when tracing, the Python heap.
REPORT = """
import atexit as _atexit

def _report():
    import os, sys
    rss, name = {}, "?"
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            head = line.split()
            if "-" in head[0] and len(head) >= 5 and not line.startswith(("Rss", "Pss")):
                name = head[5] if len(head) > 5 else "[anonymous]"
            elif head[0] == "Rss:":
                rss[name] = rss.get(name, 0) + int(head[1])
    for mapping, kib in rss.items():
        print("SMAPS", kib, mapping, flush=True)
    if os.environ.get("PYTHONTRACEMALLOC"):
        import tracemalloc
        for stat in tracemalloc.take_snapshot().statistics("filename"):
            print("HEAP", stat.size, stat.traceback[0].filename, flush=True)

_atexit.register(_report)
"""

RUNS = {
    "floor": EMPTY_WINDOW,
    "start screen, first paint": START_SCREEN,
    "start screen, deck read": START_SCREEN.replace("COMPLETE = False", "COMPLETE = True"),
    "console + stage, first paint": CONSOLE_FIRST_PAINT,
    "console + stage, session open (--self-test)": SELF_TEST,
}


def _package(module_or_path: str) -> str:
    """bataille.<room>[.<wing>] for our code, else the top-level package (or the library file)."""
    text = module_or_path.replace("\\", "/")
    if "/bataille/" in text:  # a file of ours
        parts = text.rsplit("/bataille/", 1)[1].removesuffix(".py").split("/")
        return ".".join(["bataille", *parts[:2]]) if parts[0] == "ui" and len(parts) > 2 else f"bataille.{parts[0]}"
    if text.startswith("bataille."):
        parts = text.split(".")
        return ".".join(parts[:3]) if parts[1] == "ui" and len(parts) > 3 else ".".join(parts[:2])
    if "/site-packages/" in text:
        return text.split("/site-packages/", 1)[1].split("/")[0]
    if "/" in text:
        return "stdlib" if "/lib/python" in text else text
    return text.split(".")[0]


def _run(script: str, env: dict[str, str], *flags: str, trace: bool = False) -> subprocess.CompletedProcess[str]:
    env = dict(env, PYTHONTRACEMALLOC="1") if trace else env
    done = subprocess.run([sys.executable, *flags, "-c", REPORT + script], env=env, capture_output=True,
                          text=True, check=False, timeout=300)
    if done.returncode != 0 or "OK" not in done.stdout:
        raise RuntimeError(f"{script[:40]!r} failed: {done.stdout[-400:]} {done.stderr[-400:]}")
    return done


def _imports(stderr: str) -> dict[str, int]:
    found = {}
    for line in stderr.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            own, _, name = (part.strip() for part in line[len("import time:"):].split("|"))
            found[name] = int(own)
    return found


def _lines(stdout: str, tag: str) -> dict[str, int]:
    found: dict[str, int] = defaultdict(int)
    for line in stdout.splitlines():
        if line.startswith(tag + " "):
            _, amount, name = line.split(" ", 2)
            found[name] += int(amount)
    return found


def _by(values: dict[str, int], key) -> dict[str, int]:
    grouped: dict[str, int] = defaultdict(int)
    for name, amount in values.items():
        grouped[key(name)] += amount
    return grouped


def _mapping(path: str) -> str:
    return path if path.startswith("[") else Path(path).name


def report() -> str:
    out: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(folder)
        for script in RUNS.values():
            _run(script, env)  # warm the caches (and see the first-run welcome once)
        imports, smaps, heap = {}, {}, {}
        for name, script in RUNS.items():
            timed = _run(script, env, "-X", "importtime")
            imports[name], smaps[name] = _imports(timed.stderr), _lines(timed.stdout, "SMAPS")
            heap[name] = _lines(_run(script, env, trace=True).stdout, "HEAP")
    floor_imports, floor_maps = imports["floor"], _by(smaps["floor"], _mapping)
    floor_heap = _by(heap["floor"], _package)
    for name in list(RUNS)[1:]:
        added = {m: us for m, us in imports[name].items() if m not in floor_imports}
        out.append(f"== {name}")
        out.append(f"imports beyond the floor: {len(added)} modules, {sum(added.values()) / 1000:.0f} ms of "
                   "their own import time (one run; Qt types first used by a module count in its time)")
        for package, us in sorted(_by(added, _package).items(), key=lambda kv: -kv[1])[:14]:
            out.append(f"  {us / 1000:7.1f} ms  {package}")
        out.append("  slowest single modules: " + ", ".join(
            f"{m} {us / 1000:.1f}" for m, us in sorted(added.items(), key=lambda kv: -kv[1])[:8]))
        maps = _by(smaps[name], _mapping)
        total, floor_total = sum(maps.values()), sum(floor_maps.values())
        out.append(f"resident at exit: {total / 1024:.1f} MiB, floor {floor_total / 1024:.1f} MiB, "
                   f"+{(total - floor_total) / 1024:.1f} MiB; the largest differences by mapping:")
        diffs = {m: kib - floor_maps.get(m, 0) for m, kib in maps.items()}
        for mapping, kib in sorted(diffs.items(), key=lambda kv: -kv[1])[:12]:
            out.append(f"  {kib / 1024:+7.1f} MiB  {mapping}")
        python = _by(heap[name], _package)
        out.append(f"Python heap at exit (tracemalloc): {sum(python.values()) / 2**20:.1f} MiB, floor "
                   f"{sum(floor_heap.values()) / 2**20:.1f} MiB; by package of the allocating code, beyond the floor:")
        extra = {p: size - floor_heap.get(p, 0) for p, size in python.items()}
        for package, size in sorted(extra.items(), key=lambda kv: -kv[1])[:12]:
            out.append(f"  {size / 2**20:+7.2f} MiB  {package}")
        out.append("")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    text = report()
    print(text)
    if argv:
        Path(argv[0]).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
