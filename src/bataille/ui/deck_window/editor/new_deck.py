"""A new deck: the folder to create it in, and whether it starts from the bundled deck or empty."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bataille.ui.contrast import alarm_colour
from bataille.ui.deck_window.editor.form import translate


def default_folder(name: str, beside: str | Path | None = None) -> Path:
    """A folder that does not exist yet (or is empty) for a new deck or a copy: ``name``, numbered
    (``name-2``…) when taken, beside the folder ``beside`` (the last deck opened: not inside it, a
    deck in another deck's folder) when given and writable, else in the user's documents (else home)."""
    from PySide6.QtCore import QStandardPaths

    base = Path(beside).expanduser().parent if beside else None
    if base is None or not (base.is_dir() and os.access(base, os.W_OK)):  # not beside a deck of the app's own
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(documents or Path.home())
    folder, n = base / name, 2
    while folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        folder, n = base / f"{name}-{n}", n + 1
    return folder


def folder_refusal(text: str, give: str) -> str:
    """Why the folder typed (``text``) cannot take a new deck, "" when it can: ``give`` when nothing
    is typed; a folder holding files is refused, so that no file is written over (a new deck, a
    deck's copy)."""
    folder = Path(text.strip()).expanduser()
    if not text.strip():
        return give
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        return translate("DeckEditor", "This folder is not empty: choose a new or empty folder, so that no file is "
                                       "written over.")
    return ""


class FolderDialog(QDialog):
    """Asks for a new or empty folder (a new deck's, a deck's copy): its line and « Choose… », a
    refusal under the form, OK and Cancel; ``folder`` after OK. The words are the caller's own."""

    def __init__(self, start: Path, name: str, label: str, choose: str, ok: str, give: str, browse_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._give, self._browse_title = give, browse_title
        self.folder_edit = QLineEdit(str(start))
        self.folder_edit.setObjectName(name)
        self.folder_edit.setMinimumWidth(420)
        browse = QPushButton(choose)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {alarm_colour(self.palette().window().color())};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.form = QFormLayout()
        self.form.addRow(label, row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def lay_out(self, *above: QWidget) -> QVBoxLayout:
        """The dialog's layout: ``above`` the form, then the form, the refusal and the buttons."""
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        return layout

    @property
    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    def browse_from(self) -> str:
        """Where « Choose… » opens."""
        return self.folder_edit.text()

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self._browse_title, self.browse_from())
        if name:
            self.folder_edit.setText(name)

    def _check(self) -> None:
        refusal = folder_refusal(self.folder_edit.text(), self._give)
        if not refusal:
            self.accept()
            return
        self.error.setText(refusal)
        self.error.show()


class NewDeckDialog(FolderDialog):
    """Asks where the new deck goes and what it starts from; ``folder`` and ``from_bundled`` after OK."""

    def __init__(self, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(start, "newDeckFolder", translate("DeckEditor", "Folder of the new deck:"),
                         translate("DeckEditor", "Choose…"), translate("DeckEditor", "Create"),
                         translate("DeckEditor", "Give the folder of the new deck."),
                         translate("DeckEditor", "Folder of the new deck"), parent)
        self.setObjectName("newDeckDialog")
        self.setWindowTitle(translate("DeckEditor", "New deck"))
        self.bundled = QRadioButton(translate("DeckEditor", "A copy of the bundled deck, to adapt"))
        self.bundled.setObjectName("fromBundled")
        self.empty = QRadioButton(translate("DeckEditor", "An empty deck: no theme, no card yet"))
        self.empty.setObjectName("fromEmpty")
        self.bundled.setChecked(True)
        self.form.addRow(translate("DeckEditor", "Start from:"), self.bundled)
        self.form.addRow("", self.empty)
        self.lay_out()

    @property
    def from_bundled(self) -> bool:
        return self.bundled.isChecked()
