"""The question before changing a finished workshop opened again (see ui/finished_lock.py).

Asked once, by the first action that would write to the session: « Change it » or « Leave it as it
is », the default (Enter, Esc, closing the box: nothing changes). The summary handed out already
would not say what is changed now, and the box says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from bataille.ui.controller import SessionController

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def ask_to_change(controller: SessionController, parent: QWidget) -> bool:
    """True when the facilitator chooses to change the finished workshop (or debate) anyway."""
    if controller.quick_debate:
        title = translate("FinishedQuestion", "This debate is over")
        text = translate("FinishedQuestion", "This debate is over. Change it anyway?")
    else:
        title = translate("FinishedQuestion", "This workshop is over")
        text = translate("FinishedQuestion", "This workshop is over. Change it anyway?")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("finishedQuestion")
    box.setInformativeText(translate("FinishedQuestion", "A summary already exported will not show the change. "
                                     "Nothing has changed so far."))
    change = box.addButton(translate("FinishedQuestion", "Change it"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(translate("FinishedQuestion", "Leave it as it is"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    chosen = box.clickedButton() is change
    box.deleteLater()
    return chosen
