"""The projector's cable during a session: pulled out, the stage leaves the laptop's screen to the
console; plugged in, the stage goes to it, as dark as it was.

The app runs in a child process, opened the way a facilitator opens a session (``bataille --session
FILE``): on Qt's offscreen platform given two screens (a laptop's and a projector's), whose Qt
signals say that the projector went and came back (the offscreen platform cannot unplug a screen);
and on a real X server, where xrandr plugs a projector in and pulls it out.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCREENS = {"screens": [
    {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBpp": 32, "dpr": 1},
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBpp": 32, "dpr": 1,
     "primary": True},
]}

# Runs `bataille --lang fr --session FILE`; once the session is open, pulls the cable out, blacks the
# stage out, plugs the cable in, and prints what the windows did at each step (JSON).
CHILD = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
import bataille.ui.app as ui_app
from bataille.cli import main

seen = {}

def console():
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == "consoleWindow"), None)

def look(name):
    c = console()
    seen[name] = {"stage_visible": c.stage.isVisible(), "stage_full": c.stage.isFullScreen(),
                  "stage_screen": c.stage.screen().name(), "console_screen": c.screen().name(),
                  "status": c.status_line.text(), "stage_state": c.stage_state.text(),
                  "blackout": c.controller.blackout}

def projector():
    return next(s for s in QGuiApplication.screens() if s.name() == "HDMI-1")

def opened():
    c = console()
    if c is None or c.controller is None or not c.stage.isVisible():
        QTimer.singleShot(50, opened)
        return
    look("opened")
    QGuiApplication.instance().screenRemoved.emit(projector())
    look("pulled out")
    c.controller.set_blackout(True)  # the facilitator blacks the stage out meanwhile (B)
    QGuiApplication.instance().screenAdded.emit(projector())
    look("plugged in")
    print("SEEN " + json.dumps(seen))
    sys.stdout.flush()
    QApplication.exit(0)  # without closing the session: it stays as it was, the file has every action

create_application = ui_app.create_application

def create_and_watch(qt_argv=None, **options):
    app = create_application(qt_argv, **options)
    QTimer.singleShot(0, opened)
    return app

ui_app.create_application = create_and_watch
sys.exit(main(["--lang", "fr", "--session", sys.argv[1]]))
"""


def test_a_pulled_cable_hides_the_stage_and_plugging_it_in_shows_it_there_again(session_file: Path,
                                                                                  tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               BATAILLE_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", CHILD, str(session_file)],
                          env=env, capture_output=True, text=True, timeout=60)
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, done.stdout + done.stderr
    seen = json.loads(lines[0][len("SEEN "):])

    # Two screens: the console on the laptop, the stage full screen on the projector.
    opened = seen["opened"]
    assert (opened["console_screen"], opened["stage_screen"]) == ("laptop", "HDMI-1")
    assert opened["stage_visible"] and opened["stage_full"]
    # Cable pulled out: the stage is hidden (not moved over the console), and the console says so.
    out = seen["pulled out"]
    assert not out["stage_visible"] and not out["stage_full"]
    assert out["status"] == ("Le projecteur (HDMI-1) est débranché\u00a0: la projection est masquée, son image "
                             "reste sur la console. F5 l’affiche de nouveau.")
    assert out["stage_state"] == "Projection\u00a0: masquée (F5)"
    # Plugged in again, while the stage is blacked out: full screen there again, still black.
    back = seen["plugged in"]
    assert back["stage_visible"] and back["stage_full"] and back["stage_screen"] == "HDMI-1"
    assert back["blackout"] and back["stage_state"] == "Projection\u00a0: NOIR"
    assert back["status"] == "Projecteur branché (HDMI-1)\u00a0: la projection s’y affiche."
    assert done.returncode == 0, done.stderr


# The same on a real X server (Xvfb, Qt's xcb platform), where a projector is a RandR monitor that
# `xrandr --setmonitor` plugs in and `xrandr --delmonitor` pulls out: Qt hears it from the server.
X11_CHILD = """
import json, subprocess, sys, time
from PySide6.QtCore import QTimer
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

def look(name):
    c = console()
    seen[name] = {"stage_visible": c.stage.isVisible(), "stage_full": c.stage.isFullScreen(),
                  "stage_screen": c.stage.screen().name(), "status": c.status_line.text()}

def opened():
    look("opened")
    subprocess.run(["xrandr", "--setmonitor", "HDMI-1", "1920/500x1080/280+1366+0", "none"], check=True)
    when(lambda: console().stage.isVisible(), plugged)

def plugged():
    look("plugged in")
    subprocess.run(["xrandr", "--delmonitor", "HDMI-1"], check=True)
    when(lambda: not console().stage.isVisible(), pulled)

def pulled():
    look("pulled out")
    print("SEEN " + json.dumps(seen))
    sys.stdout.flush()
    QApplication.exit(0)

create_application = ui_app.create_application

def create_and_watch(qt_argv=None, **options):
    app = create_application(qt_argv, **options)
    QTimer.singleShot(0, lambda: when(lambda: console() is not None and console().controller is not None, opened))
    return app

ui_app.create_application = create_and_watch
sys.exit(main(["--lang", "en", "--session", sys.argv[1]]))
"""


def test_on_an_x_server_the_stage_follows_the_projector_plugged_in_and_pulled_out(x_server: str, session_file: Path,
                                                                                    tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=x_server, BATAILLE_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", X11_CHILD, str(session_file)],
                          env=env, capture_output=True, text=True, timeout=60)
    lines = [line for line in done.stdout.splitlines() if line.startswith("SEEN ")]
    assert lines, done.stdout + done.stderr
    seen = json.loads(lines[0][len("SEEN "):])

    assert not seen["opened"]["stage_visible"]  # one screen: the stage waits for F5 or a projector
    plugged = seen["plugged in"]
    assert plugged["stage_visible"] and plugged["stage_full"] and plugged["stage_screen"] == "HDMI-1"
    assert plugged["status"] == "Projector connected (HDMI-1): the stage is shown on it."
    pulled = seen["pulled out"]
    assert not pulled["stage_visible"] and not pulled["stage_full"]
    assert pulled["status"].startswith("The projector (HDMI-1) is disconnected: the stage is hidden")
    assert done.returncode == 0, done.stderr
