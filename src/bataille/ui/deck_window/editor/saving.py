"""Saving the draft: a deck that cannot run is saved only when the user says so, knowing why; a file
changed by another program is never written over without a choice (keep mine, take theirs, cancel).
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from bataille.ui.deck_window.editor.form import translate

KEEP_MINE, TAKE_THEIRS, CANCEL = "mine", "theirs", "cancel"
SHOWN_PROBLEMS = 6


def ask_save_with_problems(parent: QWidget, lines: list[str]) -> bool:
    """Once per save: the deck has problems and cannot be run as it is; save it all the same?"""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("DeckEditor", "Save a deck with problems?"), "", parent=parent)
    box.setObjectName("saveWithProblems")
    box.setText(translate("DeckEditor", "The deck has a problem: the workshop cannot run it until it is fixed.")
                if len(lines) == 1 else
                translate("DeckEditor", "The deck has %1 problems: the workshop cannot run it until they are fixed.")
                .replace("%1", str(len(lines))))
    shown = lines[:SHOWN_PROBLEMS]
    more = len(lines) - len(shown)
    detail = "\n".join(f"• {line}" for line in shown)
    if more > 0:
        detail += "\n" + translate("DeckEditor", "…and %1 more, listed under the form.").replace("%1", str(more))
    box.setInformativeText(detail + "\n\n" + translate("DeckEditor", "Save it as it is, to go on later?"))
    save = box.addButton(translate("DeckEditor", "Save anyway"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("DeckEditor", "Don't save"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    return box.clickedButton() is save


def ask_changed_on_disk(parent: QWidget, paths: list[str]) -> str:
    """Files changed on disk while edits wait: keep mine (after confirming), take theirs, or cancel."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("DeckEditor", "Files changed on disk"), "", parent=parent)
    box.setObjectName("changedOnDisk")
    box.setText(translate("DeckEditor", "Another program changed these deck files since you opened them:"))
    box.setInformativeText("\n".join(f"• {p}" for p in paths) + "\n\n" + translate(
        "DeckEditor",
        "Keep mine: save your version over theirs. Take theirs: read their version and drop your "
        "unsaved edits in these files. Cancel: change nothing for now."))
    mine = box.addButton(translate("DeckEditor", "Keep mine…"), QMessageBox.ButtonRole.DestructiveRole)
    theirs = box.addButton(translate("DeckEditor", "Take theirs"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is theirs:
        return TAKE_THEIRS
    if clicked is mine and confirm_overwrite(parent, paths):
        return KEEP_MINE
    return CANCEL


def confirm_overwrite(parent: QWidget, paths: list[str]) -> bool:
    answer = QMessageBox.question(
        parent, translate("DeckEditor", "Save over their changes?"),
        translate("DeckEditor", "Their changes to %1 will be lost. Save your version over them?").replace("%1", ", ".join(paths)),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Save
