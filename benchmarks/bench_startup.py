"""Start-up time and memory of the app against an empty PySide6 window started the same way.

Every figure comes from a fresh subprocess of the same Python with the same flags and the same
environment, offscreen, and the kinds of run are interleaved (a busy moment of the machine hits
them alike); each figure is the median of RUNS runs, and the spread of the floor's runs is printed
(on stderr) to say how noisy the machine was.

- floor: a script that opens an empty QMainWindow and paints it once;
- console + stage: ``python -m bataille --self-test``, which opens a session as the app does: the
  console and the stage are shown and painted first, then the bundled deck is read, a temporary
  session created and both drawn again with it. The first figure stops once both are painted
  (each grabbed once, as the floor grabs its window); a second, for information, is the whole
  self-test, and the memory figure is its peak, the session open and both windows drawn;
- start screen: ``bataille`` as a user starts it, up to the start screen painted (the app's normal
  first window). It goes through the real entry point; a zero-delay timer, which fires once the
  event loop runs, paints every shown window and quits. The start screen is shown before the deck
  and the recent sessions are read (it reads them once painted), so a second figure, for
  information, waits for them: the start screen complete, deck and recent sessions painted.

Time is wall-clock to exit. Memory is the child's own peak resident set, read by the child itself
at exit (VmHWM in /proc/self/status): the kernel resets it at exec, whereas ru_maxrss from wait4
also counts the memory of the benchmark process the child was forked from, which would inflate
every figure (the floor most, in relative terms) and depend on what ran before.
Bytecode is cached in a temporary folder (PYTHONPYCACHEPREFIX), as it is after any install, and
the warm-up runs fill it: a tree run with PYTHONDONTWRITEBYTECODE would otherwise recompile our
modules at every start and measure the compiler. Settings and data go to a temporary folder; the
warm-up run sees the first-run welcome, the measured runs do not.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from .common import row

RUNS = 21
TARGET = 1.3  # the start screen's time, and both windows' memory
TARGET_CONSOLE = 1.6  # console and stage: a deck, a session file and two windows before the first paint
# Every child starts with this: at exit it prints its own peak resident memory, measured from exec.
PEAK = """
import atexit

def _peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                print("PEAK_KIB", line.split()[1], flush=True)

atexit.register(_peak)
"""
EMPTY_WINDOW = PEAK + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
window.grab()
print("OK")
"""
# `bataille` with no argument, through bataille.cli like the installed command; stops once the
# start screen (and whatever else the start shows) has been painted. COMPLETE: once the start
# screen shows the deck too (it reads the deck once painted: painting it again lets it do so).
START_SCREEN = PEAK + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import bataille.ui.app as ui_app
from bataille.cli import main
COMPLETE = False

def painted():
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.parent()]
    ok = any(w.objectName() == "startWindow" for w in shown) and all(not w.grab().isNull() for w in shown)
    if COMPLETE and ok and any(w.objectName() == "startWindow" and w.deck is None for w in shown):
        QTimer.singleShot(0, painted)  # painted, the deck not read yet
        return
    print("OK" if ok else "FAILED: " + ", ".join(w.objectName() or type(w).__name__ for w in shown))
    sys.stdout.flush()
    for w in shown:
        w.close()
    QApplication.exit(0 if ok else 1)

create_application = ui_app.create_application

def create_and_stop_when_painted(qt_argv=None, **options):
    app = create_application(qt_argv, **options)
    QTimer.singleShot(0, painted)
    return app

ui_app.create_application = create_and_stop_when_painted
sys.exit(main([]))
"""


# `bataille --self-test` as ``python -m bataille`` runs it, after the same PEAK prelude: console and
# stage shown and painted, then the deck read, a session created and both drawn again with it.
SELF_TEST = PEAK + """
import runpy, sys
sys.argv = ["bataille", "--self-test"]
runpy.run_module("bataille", run_name="__main__", alter_sys=True)
"""
# The same start, stopped once the console and the stage are painted (before the deck is read, as
# when a session opens: bataille.ui.selftest.fill is what comes after the first paint).
CONSOLE_FIRST_PAINT = SELF_TEST.replace("import runpy, sys", """import runpy, sys
import bataille.ui.selftest as selftest

def painted(app, console, language, deck_path=None, painted=None):
    # Grabbed once each, as the floor grabs its window: both were painted.
    if console.grab().isNull() or console.stage.grab().isNull():
        return 1
    print("OK")
    sys.stdout.flush()
    return 0

selftest.fill = painted""")


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to exit, peak resident MiB, CPU seconds) of one run; raises if it does not print OK.

    The CPU time (user + system, from wait4) is what the child itself ran: less sensitive than the
    wall clock to the other processes of a busy machine, it is printed beside the times as a check.
    """
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    output = child.stdout.read().decode()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close()
    peak = [line.split()[1] for line in output.splitlines() if line.startswith("PEAK_KIB ")]
    if child.returncode != 0 or "OK" not in output or not peak:
        raise RuntimeError(f"{command} failed ({child.returncode}): {output.strip()}")
    return elapsed, int(peak[-1]) / 1024, usage.ru_utime + usage.ru_stime


def _environment(folder: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BATAILLE_DATA_DIR=os.path.join(folder, "data"),
               XDG_CONFIG_HOME=os.path.join(folder, "config"), XDG_CACHE_HOME=os.path.join(folder, "cache"),
               PYTHONPYCACHEPREFIX=os.path.join(folder, "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run() -> list[dict]:
    commands = {
        "floor": [sys.executable, "-c", EMPTY_WINDOW],
        "console": [sys.executable, "-c", CONSOLE_FIRST_PAINT],
        "console complete": [sys.executable, "-c", SELF_TEST],
        "start": [sys.executable, "-c", START_SCREEN],
        "complete": [sys.executable, "-c", START_SCREEN.replace("COMPLETE = False", "COMPLETE = True")],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    memory: dict[str, list[float]] = {name: [] for name in commands}
    cpu: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(folder)
        for command in commands.values():  # warm the disk cache and the bytecode cache
            _measure(command, env)
        for _ in range(RUNS):
            for name, command in commands.items():
                t, m, c = _measure(command, env)
                times[name].append(t)
                memory[name].append(m)
                cpu[name].append(c)
    best_t = {name: statistics.median(values) for name, values in times.items()}
    best_m = {name: statistics.median(values) for name, values in memory.items()}
    floor_t, floor_m = best_t["floor"], best_m["floor"]
    for name in commands:
        ratios = sorted(t / f for t, f in zip(times[name], times["floor"], strict=True))
        print(f"  {name}: {RUNS} runs, {min(times[name]):.3f}–{max(times[name]):.3f} s (median {best_t[name]:.3f}),"
              f" ratio to the floor run beside it {ratios[0]:.2f}–{ratios[-1]:.2f}×;"
              f" CPU median {statistics.median(cpu[name]):.3f} s"
              f" ({statistics.median(cpu[name]) / statistics.median(cpu['floor']):.2f}× the floor's);"
              f" {min(memory[name]):.1f}–{max(memory[name]):.1f} MiB", file=sys.stderr)
    target = f"≤ {TARGET}× an empty QMainWindow"
    return [
        row("start-up to painted console + stage (bataille --self-test)", best_t["console"], "s", floor_t,
            f"≤ {TARGET_CONSOLE}× an empty QMainWindow", best_t["console"] <= TARGET_CONSOLE * floor_t),
        row("  the same, deck read, session created, both drawn with it", best_t["console complete"], "s",
            floor_t, "(for information)", True),
        row("start-up to painted start screen (bataille, normal start)", best_t["start"], "s", floor_t,
            target, best_t["start"] <= TARGET * floor_t),
        row("  the same, deck and recent sessions read and painted", best_t["complete"], "s", floor_t,
            "(for information)", True),
        row("resident memory, default deck + session open (--self-test)", best_m["console complete"], "MiB",
            floor_m, target, best_m["console complete"] <= TARGET * floor_m),
        row("  the same two windows painted, before the deck is read and the session opened", best_m["console"], "MiB",
            floor_m, "(for information)", True),
        row("resident memory, start screen (normal start)", best_m["start"], "MiB", floor_m,
            target, best_m["start"] <= TARGET * floor_m),
    ]


if __name__ == "__main__":
    for r in run():
        print(r)
