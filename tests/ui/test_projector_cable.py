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
from pathlib import Path

from .app_in_a_child import on_display, run, script

SCREENS = {"screens": [
    {"name": "HDMI-1", "x": 1366, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBpp": 32, "dpr": 1},
    {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBpp": 32, "dpr": 1,
     "primary": True},
]}

# Runs `bataille --lang fr --session FILE`; once the session is open, pulls the cable out, blacks the
# stage out, plugs the cable in, and prints what the windows did at each step (JSON).
CHILD = script("""
def look(name):
    c = console()
    seen[name] = {"stage_visible": c.stage.isVisible(), "stage_full": c.stage.isFullScreen(),
                  "stage_screen": c.stage.screen().name(), "console_screen": c.screen().name(),
                  "status": c.status_line.text(), "stage_state": c.stage_state.text(),
                  "blackout": c.controller.blackout}

def projector():
    return next(s for s in QGuiApplication.screens() if s.name() == "HDMI-1")

def opened():
    if not console().stage.isVisible():  # shown on the projector on the event loop's next turn
        return when(lambda: console().stage.isVisible(), opened)
    look("opened")
    QGuiApplication.instance().screenRemoved.emit(projector())
    look("pulled out")
    console().controller.set_blackout(True)  # the facilitator blacks the stage out meanwhile (B)
    QGuiApplication.instance().screenAdded.emit(projector())
    look("plugged in")
    report()
""")


def test_a_pulled_cable_hides_the_stage_and_plugging_it_in_shows_it_there_again(session_file: Path,
                                                                                  tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}",
               BATAILLE_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    seen, done = run(CHILD, env, session_file)

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
X11_CHILD = script("""
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
    report()
""", lang="en")


def test_on_an_x_server_the_stage_follows_the_projector_plugged_in_and_pulled_out(x_server: str, session_file: Path,
                                                                                    tmp_path: Path) -> None:
    seen, done = run(X11_CHILD, on_display(x_server, tmp_path), session_file)

    assert not seen["opened"]["stage_visible"]  # one screen: the stage waits for F5 or a projector
    plugged = seen["plugged in"]
    assert plugged["stage_visible"] and plugged["stage_full"] and plugged["stage_screen"] == "HDMI-1"
    assert plugged["status"] == "Projector connected (HDMI-1): the stage is shown on it."
    pulled = seen["pulled out"]
    assert not pulled["stage_visible"] and not pulled["stage_full"]
    assert pulled["status"].startswith("The projector (HDMI-1) is disconnected: the stage is hidden")
    assert done.returncode == 0, done.stderr
