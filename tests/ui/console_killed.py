"""The real console in a child process, on a new session file of two teams, to be killed (SIGKILL)
once it has reached a moment: for the tests of what an abrupt stop leaves and what comes back.

``start(body, path, settings_folder)`` runs ``PRELUDE + body``: the prelude makes the application,
points the preferences at ``settings_folder`` (the test's own), creates the session, shows the
console and names its controller ``c``; ``body`` brings the workshop to the moment, prints a
"ready ..." line and runs the event loop. The room's network is the loopback.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

PRELUDE = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from bataille.ui.settings import use_settings_folder
use_settings_folder(Path(sys.argv[2]))
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import new_session
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.phones import Phones
from bataille.workshop import SystemClock
Phones.addresses = staticmethod(lambda: ["127.0.0.1"])  # the room's network, here the loopback
session = new_session(Path(sys.argv[1]), load_deck(bundled_deck_path()), SystemClock(), "fr")
for name in ("Les Hiboux", "Les Loutres"):
    session.add_team(name)
session.start()
console = ConsoleWindow(SessionController(session))
console.show()
app.processEvents()
c = console.controller
"""


def start(body: str, path: Path, settings_folder: Path, teams: tuple[str, ...] = ()) -> subprocess.Popen:
    """The child, its output read line by line (``child.stdout.readline()`` waits for "ready");
    ``teams``: the session's teams' names, instead of the prelude's two."""
    env = dict(os.environ, PYTHONPATH=str(Path("src").resolve()), QT_QPA_PLATFORM="offscreen")
    prelude = PRELUDE.replace('("Les Hiboux", "Les Loutres")', repr(tuple(teams))) if teams else PRELUDE
    return subprocess.Popen([sys.executable, "-c", prelude + body, str(path), str(settings_folder)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)


def killed_when_ready(body: str, path: Path, settings_folder: Path) -> list[str]:
    """The child run to its "ready ..." line, then killed at once: the words of that line after "ready"."""
    child = start(body, path, settings_folder)
    try:
        return child.stdout.readline().split()[1:]
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
