"""The screens stay awake while the stage is shown: no screen saver, no projector put to sleep in the
middle of a debate because nobody touched the laptop for ten minutes.

The app asks the system, as a slide show does, and gives the screens back when the stage is hidden
or closed (or when the app ends):

- Linux desktops: ``org.freedesktop.ScreenSaver.Inhibit`` over D-Bus (KDE, Xfce, LXQt, MATE; on
  GNOME its settings daemon answers it for the session manager). The hold belongs to a D-Bus
  connection of its own, and ends when that connection closes: the idle-inhibition services drop
  the holds of a client that leaves the bus (the way they forget an app that crashed), so there
  is no cookie to send back. Qt's D-Bus module is imported only then (0.3 MiB on X11, whose Qt
  plugin has loaded Qt's D-Bus library already), never with the offscreen platform of the tests
  and the self-test, which has no screen to keep awake;
- Windows: ``SetThreadExecutionState`` (the display and the system required);
- elsewhere, or without a session bus, nothing is held and nothing fails.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")

APP_NAME = "Bataille IA"
NO_SCREEN = ("offscreen", "minimal")  # platforms without a screen to keep awake
SCREEN_SAVER = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver")
ES_CONTINUOUS, ES_SYSTEM_REQUIRED, ES_DISPLAY_REQUIRED = 0x80000000, 0x00000001, 0x00000002
CALL_MS = 1000  # a session bus that does not answer within a second is not waited for
_names = itertools.count(1)


class ScreensAwake(QObject):
    """Holds the screens awake between :meth:`hold` and :meth:`release` (both may be called again)."""

    def __init__(self, parent: QObject | None = None, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.platform = platform
        self.held_by: str | None = None  # what holds them now: the D-Bus connection, or "windows"
        self._release: Callable[[], None] | None = None

    def hold(self) -> bool:
        """Keep the screens awake; True when the system agreed."""
        if self.held_by is not None:
            return True
        if QGuiApplication.platformName() in NO_SCREEN:
            return False
        if self.platform == "win32":
            return self._hold_windows()
        if self.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            return self._hold_dbus()
        return False

    def release(self) -> None:
        """The screens may sleep again."""
        release, self._release, self.held_by = self._release, None, None
        if release is not None:
            release()

    def _hold_dbus(self) -> bool:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage

        name = f"bataille-screens-awake-{next(_names)}"
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        call = QDBusMessage.createMethodCall(*SCREEN_SAVER, "Inhibit")
        call.setArguments([APP_NAME, translate("ScreensAwake", "A workshop is shown on the projector")])
        held = bus.isConnected() and bus.call(call, timeout=CALL_MS).type() == QDBusMessage.MessageType.ReplyMessage
        unique = bus.baseService()
        del bus  # none of ours left: disconnectFromBus then closes it
        if not held:
            QDBusConnection.disconnectFromBus(name)
            return False
        self._release, self.held_by = (lambda: QDBusConnection.disconnectFromBus(name)), unique
        return True

    def _hold_windows(self) -> bool:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        if not kernel32.SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED):
            return False
        self._release = lambda: kernel32.SetThreadExecutionState(ES_CONTINUOUS)
        self.held_by = "windows"
        return True
