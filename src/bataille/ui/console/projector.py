"""The projector's cable during a session: plugged in, the stage goes to it; pulled out, the stage
leaves the laptop's screen to the console.

Without this, a projector connected once the session is open showed nothing until F5, and a cable
pulled out (or a display switched from "extend" to "mirror") left the stage, full screen, on the
laptop's screen, over the console, in the middle of a workshop. Qt says which screen comes or goes
(``screenAdded``, ``screenRemoved``) before it moves the windows of a screen that goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication, QScreen

from bataille.ui.stage.window import projector_screen

if TYPE_CHECKING:
    from bataille.ui.console.window import ConsoleWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


class ProjectorCable(QObject):
    """Follows the screens for ``console`` while its session is open (its parent: it goes with it)."""

    def __init__(self, console: ConsoleWindow) -> None:
        super().__init__(console)
        self.console = console
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.plugged)
        app.screenRemoved.connect(self.unplugged)

    def plugged(self, screen: QScreen) -> None:
        """A screen came: when it is the projector (the one of the preferences, else another than the
        console's), the stage goes full screen on it, blacked out or not as it was."""
        console, stage = self.console, self.console.stage
        if console.controller is None or projector_screen(console.screen(), stage.screen_name) is not screen:
            return
        if stage.isVisible() and stage.isFullScreen() and stage.screen() is screen:
            return
        stage.present(console.screen())
        console.activateWindow()  # the facilitator's keys stay on the console
        console.refresh_stage_state()
        console.show_status("info", translate(
            "ProjectorCable", "Projector connected (%1): the stage is shown on it.").replace("%1", screen.name()))

    def unplugged(self, screen: QScreen) -> None:
        """The stage's screen went: the stage is hidden rather than moved over the console."""
        console, stage = self.console, self.console.stage
        if console.controller is None or not stage.isVisible() or stage.screen() is not screen:
            return
        stage.leave_fullscreen()
        stage.hide()
        console.raise_()
        console.activateWindow()
        console.refresh_stage_state()
        console.show_status("error", translate(
            "ProjectorCable", "The projector (%1) is disconnected: the stage is hidden, its picture stays on the "
            "console. F5 shows it again.").replace("%1", screen.name()))
