"""The screens stay awake while the stage is shown, and are given back when it is hidden.

On a real X server (Xvfb) with a D-Bus session bus of its own (dbus-daemon), a stand-in for the
desktop's idle-inhibition service (org.freedesktop.ScreenSaver) answers Inhibit and, as KDE's,
Xfce's and GNOME's do, drops the hold of a client that leaves the bus. The app is opened as a
facilitator opens a session (``bataille --session FILE``): one screen, then F5.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from .app_in_a_child import on_display, run, script

# The stand-in service: logs "INHIBIT <client> <app> | <reason>" and "RELEASED <client>" in a file.
SCREEN_SAVER = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher, QDBusVirtualObject

app = QCoreApplication([])
bus = QDBusConnection.sessionBus()
log = open(sys.argv[1], "a", buffering=1)
watchers = []

class ScreenSaver(QDBusVirtualObject):
    def introspect(self, path):
        return ""

    def handleMessage(self, message, connection):
        if message.member() != "Inhibit":
            return False
        client = message.service()
        log.write(f"INHIBIT {client} {message.arguments()[0]} | {message.arguments()[1]}\\n")
        watcher = QDBusServiceWatcher(client, bus, QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
        watcher.serviceUnregistered.connect(lambda name: log.write(f"RELEASED {name}\\n"))
        watchers.append(watcher)
        connection.send(message.createReply([len(watchers)]))
        return True

service = ScreenSaver()
assert bus.registerVirtualObject("/org/freedesktop/ScreenSaver", service)
assert bus.registerService("org.freedesktop.ScreenSaver")
print("READY", flush=True)
app.exec()
"""

# `bataille --lang fr --session FILE`; once open: F5, then the stage hidden; says what it held.
APP = script("""
log = sys.argv[2]

def logged():
    with open(log) as lines:
        return lines.read()

def opened():
    c = console()
    seen["before F5"] = c.stage.awake.held_by if c.stage.awake else None
    started = time.monotonic()
    c.show_stage()  # F5
    seen["F5 took"] = time.monotonic() - started
    seen["stage shown"] = c.stage.isVisible()
    seen["held by"] = c.stage.awake.held_by
    when(lambda: "INHIBIT" in logged() or seen["held by"] is None, shown)

def shown():
    c = console()
    c.stage.hide()
    seen["after hiding"] = c.stage.awake.held_by
    when(lambda: "RELEASED" in logged() or seen["held by"] is None, hidden)

def hidden():
    seen["log"] = logged()
    report()
""")


def test_the_stage_keeps_the_screens_awake_while_shown(x_server: str, session_bus: str, session_file: Path,
                                                       tmp_path: Path) -> None:
    env = on_display(x_server, tmp_path, DBUS_SESSION_BUS_ADDRESS=session_bus)
    log = tmp_path / "screen-saver.log"
    log.touch()
    service = subprocess.Popen([sys.executable, "-c", SCREEN_SAVER, str(log)], env=env, stdout=subprocess.PIPE,
                               text=True)
    try:
        assert service.stdout.readline().strip() == "READY"
        started = time.monotonic()
        seen, done = run(APP, env, session_file, log)
    finally:
        service.terminate()
        service.wait(timeout=10)
    assert time.monotonic() - started < 30

    assert seen["before F5"] is None  # one screen: the stage waits for F5, the screens may sleep
    client = seen["held by"]
    assert client and client.startswith(":")  # a connection of its own on the session bus
    assert seen["log"].splitlines() == [
        f"INHIBIT {client} Bataille IA | Un atelier est projeté",
        f"RELEASED {client}",  # the stage hidden, its connection closed: the hold is dropped
    ]
    assert seen["after hiding"] is None
    assert done.returncode == 0, done.stderr


def test_a_desktop_without_the_service_shows_the_stage_all_the_same(x_server: str, session_bus: str,
                                                                     session_file: Path, tmp_path: Path) -> None:
    """A bare X session (no idle-inhibition service on its bus): F5 shows the stage at once, nothing held."""
    env = on_display(x_server, tmp_path, DBUS_SESSION_BUS_ADDRESS=session_bus)
    log = tmp_path / "screen-saver.log"
    log.touch()
    seen, done = run(APP, env, session_file, log)
    assert seen["stage shown"] and seen["held by"] is None and seen["log"] == ""
    assert seen["F5 took"] < 0.5  # the bus says at once that nobody answers Inhibit
    assert done.returncode == 0, done.stderr


def test_without_a_screen_nothing_is_asked(qtbot) -> None:
    """The offscreen platform (the tests, the self-test) has no screen to keep awake: D-Bus untouched."""
    from bataille.ui.stage.window import StageWindow

    stage = StageWindow()
    qtbot.addWidget(stage)
    stage.show()
    assert stage.awake is not None and stage.awake.held_by is None
    assert not stage.awake.hold()
    assert "PySide6.QtDBus" not in sys.modules
