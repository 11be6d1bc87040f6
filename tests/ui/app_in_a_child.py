"""The app in a child process, opened as a facilitator opens a session (``bataille --session FILE``),
driven by a script that waits for what it needs and says what it saw: a JSON object on a "SEEN "
line. For what the test process cannot give the app: another platform (a real X server, two
offscreen screens), a session bus of its own.

A script is ``script(body, lang)``: ``body`` defines ``opened()``, called once the session is open,
and fills ``seen``; ``report()`` prints it and ends the app; ``when(ready, then)`` calls ``then``
once ``ready()`` is true (or after 20 s, so that a test fails rather than hangs).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAD = """
import json, subprocess, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
import bataille.ui.app as ui_app
from bataille.cli import main

seen = {}
deadline = time.monotonic() + 20

def console():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "consoleWindow"), None)

def when(ready, then):
    if ready() or time.monotonic() > deadline:
        then()
    else:
        QTimer.singleShot(50, lambda: when(ready, then))

def report():
    print("SEEN " + json.dumps(seen))
    sys.stdout.flush()
    QApplication.exit(0)  # without closing the session: it stays as it was, the file has every action
"""

TAIL = """
create_application = ui_app.create_application

def create_and_watch(qt_argv=None, **options):
    app = create_application(qt_argv, **options)
    QTimer.singleShot(0, lambda: when(lambda: console() is not None and console().controller is not None, opened))
    return app

ui_app.create_application = create_and_watch
sys.exit(main(["--lang", "%s", "--session", sys.argv[1]]))
"""


def script(body: str, lang: str = "fr") -> str:
    return HEAD + body + TAIL % lang


def on_display(display: str, tmp_path: Path, **more: str) -> dict[str, str]:
    """The environment of an app on the X server ``display`` (not offscreen), its own settings."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, BATAILLE_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               **more)
    return env


def run(child: str, env: dict[str, str], *args: object) -> tuple[dict, subprocess.CompletedProcess]:
    """Run the script ``child`` with ``args``; what it saw, and how it ended."""
    done = subprocess.run([sys.executable, "-c", child, *map(str, args)], env=env, capture_output=True, text=True,
                          timeout=60)
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, done.stdout + done.stderr
    return json.loads(lines[0][len("SEEN "):]), done
