"""Before the cards or the guide are printed from the deck window: what is printed is the deck as
saved on disk, so edits not saved yet are asked about, and a deck whose files do not load says so
(printing used to leave the edits out without a word, or do nothing at all)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def edits_saved(parent: QWidget, dirty: bool, save: Callable[[], bool]) -> bool:
    """Unsaved edits: save them first (``save``), print without them, or stay; True to go on."""
    if not dirty:
        return True
    box = QMessageBox(QMessageBox.Icon.Question, translate("BeforePrint", "Unsaved edits"),
                      translate("BeforePrint", "What is printed is the deck as saved: your last edits are not "
                                "saved yet. Save them first?"), QMessageBox.StandardButton.NoButton, parent)
    saving = box.addButton(translate("BeforePrint", "Save them first"), QMessageBox.ButtonRole.AcceptRole)
    without = box.addButton(translate("BeforePrint", "Go on without them"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(saving)
    box.exec()
    if box.clickedButton() is saving:
        return save()
    return box.clickedButton() is without


def deck_loads(parent: QWidget, problems: int, last_good: bool, show_problem: Callable[[], object]) -> bool:
    """The deck's files have ``problems``: without a deck that ever loaded (``last_good`` False)
    nothing can be printed, and the first problem is offered; with one, printing it is asked.
    True to go on."""
    if not problems:
        return True
    count = (translate("BeforePrint", "1 problem") if problems == 1
             else translate("BeforePrint", "%1 problems").replace("%1", str(problems)))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("BeforePrint", "The deck has problems"))
    if last_good:
        box.setText(translate("BeforePrint", "The deck's files have %1 to fix: what would be printed is their last "
                              "version that had none, without the changes since.").replace("%1", count))
        go = box.addButton(translate("BeforePrint", "Use that version"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setText(translate("BeforePrint", "The deck cannot be printed yet: its files have %1 to fix.")
                    .replace("%1", count))
        go = None
    show = box.addButton(translate("BeforePrint", "Show the first problem"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    box.exec()
    if box.clickedButton() is show:
        show_problem()
    return go is not None and box.clickedButton() is go
