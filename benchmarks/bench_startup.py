"""Start-up time and memory of the app against an empty PySide6 window started the same way.

Both run as fresh subprocesses of the same Python, offscreen: the app is `bataille --self-test`
(bundled deck loaded, a temporary session created, console and stage painted once); the floor
is a script that opens an empty QMainWindow and paints it once. Time is wall-clock to exit
(best of several runs); memory is the child's peak resident set (ru_maxrss from wait4).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from .common import row

RUNS = 5
TARGET = 1.3
EMPTY_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
app.processEvents()
window.grab()
print("OK")
"""


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to exit, peak resident MiB) of one run; raises if it does not print OK."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    output = process.stdout.read().decode() if process.stdout else ""
    process.stdout.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or "OK" not in output:
        raise RuntimeError(f"{command} failed ({process.returncode}): {output.strip()}")
    kib = usage.ru_maxrss  # kilobytes on Linux
    return elapsed, kib / 1024


def _best(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    runs = [_measure(command, env) for _ in range(RUNS)]
    return min(t for t, _ in runs), min(m for _, m in runs)


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BATAILLE_DATA_DIR=os.path.join(folder, "data"),
                   XDG_CONFIG_HOME=os.path.join(folder, "config"))
        _measure([sys.executable, "-c", EMPTY_WINDOW], env)  # warm the disk cache for both
        _measure([sys.executable, "-m", "bataille", "--self-test"], env)
        # Interleaved, so that a busy moment of the machine hits both sides alike.
        floor_times, app_times, floor_mem, app_mem = [], [], [], []
        for _ in range(RUNS):
            t, m = _measure([sys.executable, "-c", EMPTY_WINDOW], env)
            floor_times.append(t)
            floor_mem.append(m)
            t, m = _measure([sys.executable, "-m", "bataille", "--self-test"], env)
            app_times.append(t)
            app_mem.append(m)
    floor_t, app_t = min(floor_times), min(app_times)
    floor_m, app_m = min(floor_mem), min(app_mem)
    return [
        row("start-up to painted console + stage (bataille --self-test)", app_t, "s", floor_t,
            f"≤ {TARGET}× an empty QMainWindow", app_t <= TARGET * floor_t),
        row("resident memory, default deck + session open", app_m, "MiB", floor_m,
            f"≤ {TARGET}× an empty QMainWindow", app_m <= TARGET * floor_m),
    ]


if __name__ == "__main__":
    for r in run():
        print(r)
