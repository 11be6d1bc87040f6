"""PageDown or PageUp while the stage is black: the first press only lights it again, as presentation
software does. It moved the workshop on unseen (B, then PageDown, dealt the cards on a black stage)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from bataille.ui.console.window import ConsoleWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def lit_first(console: ConsoleWindow) -> bool:
    """Light a black stage and say so: True when it was black (the press did that and no more)."""
    controller = console.controller
    if controller is None or not controller.blackout:
        return False
    controller.set_blackout(False)
    console.show_status("info", translate("LitFirst", "The stage is shown again; nothing else was done. "
                                          "Press again to move on."))
    return True
