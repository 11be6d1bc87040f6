"""A school laptop of 1366×768 at 150 % (Windows' display scaling): a screen of 911×512 points.
The console, the stage beside it and the dialogs fit that screen, and the console stays usable: no
control of the phase's page off to the side, the primary button and "End phase" in sight.

The app runs in a child process, opened as a facilitator opens a session (``bataille --session
FILE``), with ``QT_SCALE_FACTOR=1.5`` on Qt's offscreen platform given the laptop's screen. The
console's frame is not counted there: Windows adds a title bar (about 30 points at 150 %) and a
taskbar (about 32), so the console must also work 440 points high.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from .app_in_a_child import run, script

SCREENS = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
                        "logicalBpp": 32, "dpr": 1, "primary": True}]}
USABLE = (895, 440)  # the inside of a window on that screen, less the taskbar and the title bar

CHILD = script("""
def settle():
    for _ in range(4):
        QApplication.processEvents()

def inside(window):
    return window.screen().availableGeometry().contains(window.frameGeometry())

def whole(widget):  # shown, and not cut by a scroll area or the window's edge
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()

def look(name):
    settle()
    c = console()
    hint = c.minimumSizeHint()
    seen[name] = {"inside": inside(c), "least": [hint.width(), hint.height()],
                  "sideways": c.phase.scroll.horizontalScrollBar().maximum(),
                  "primary": whole(c.next_panel.button), "end_phase": whole(c.agenda.next_phase)}

def dialog(name, show):
    show()
    settle()
    shown = QApplication.activeModalWidget() or console().shortcut_sheet
    seen[name] = {"inside": inside(shown), "size": [shown.width(), shown.height()]}
    shown.close()

def opened():
    c = console()
    ctl, s = c.controller, c.controller.session
    area = c.screen().availableGeometry()
    seen["screen"] = [area.width(), area.height()]
    ctl.act(s.start_phase, "timeline")
    ctl.act(s.deal_timeline, 3)
    look("timeline")
    ctl.act(s.start_phase, "debates")
    ctl.act(s.open_round)
    ctl.act(s.assign_sides)
    look("debate")
    ctl.act(s.start_phase, "scenarios")
    for i, team in enumerate(s.state.teams):
        ctl.act(s.start_scenario, team.id, s.deck.scenarios[i].id)
    look("scenarios")
    ctl.act(s.start_phase, "debrief")
    look("debrief")
    c.resize(895, 440)  # the window with Windows' title bar and taskbar
    look("debrief, 440 high")
    c.show_stage()  # F5: no projector, a window beside the console
    settle()
    seen["stage"] = {"inside": inside(c.stage), "size": [c.stage.width(), c.stage.height()]}
    dialog("preferences", c.app_actions.show_preferences)
    dialog("welcome", c.app_actions.show_welcome)
    dialog("about", c.app_actions.show_about)
    dialog("shortcuts", c.show_shortcuts)
    report()
""")


def test_the_console_the_stage_and_the_dialogs_fit_a_laptop_at_150_percent(session_file: Path, tmp_path: Path) -> None:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps(SCREENS), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}", QT_SCALE_FACTOR="1.5",
               BATAILLE_DATA_DIR=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    seen, done = run(CHILD, env, session_file)

    assert seen["screen"] == [911, 512]
    for phase in ("timeline", "debate", "scenarios", "debrief", "debrief, 440 high"):
        console = seen[phase]
        # The console is on the screen and can be made as small as a maximised window there is.
        assert console["inside"], phase
        assert console["least"][0] <= USABLE[0] and console["least"][1] <= USABLE[1], (phase, console["least"])
        # The phase's page whole across (no Add, Play or Remove out to the right), the way forward in sight.
        assert console["sideways"] == 0, phase
        assert console["primary"] and console["end_phase"], (phase, console)
    for window in ("stage", "preferences", "welcome", "about", "shortcuts"):
        assert seen[window]["inside"], (window, seen[window]["size"])
    assert done.returncode == 0, done.stderr
