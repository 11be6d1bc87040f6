"""A new deck: the folder to create it in, and whether it starts from the bundled deck or empty."""

from __future__ import annotations

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


class NewDeckDialog(QDialog):
    """Asks where the new deck goes and what it starts from; ``folder`` and ``from_bundled`` after OK."""

    def __init__(self, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newDeckDialog")
        self.setWindowTitle(translate("DeckEditor", "New deck"))
        self.folder_edit = QLineEdit(str(start))
        self.folder_edit.setObjectName("newDeckFolder")
        self.folder_edit.setMinimumWidth(420)
        browse = QPushButton(translate("DeckEditor", "Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.bundled = QRadioButton(translate("DeckEditor", "A copy of the bundled deck, to adapt"))
        self.bundled.setObjectName("fromBundled")
        self.empty = QRadioButton(translate("DeckEditor", "An empty deck: no theme, no card yet"))
        self.empty.setObjectName("fromEmpty")
        self.bundled.setChecked(True)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {alarm_colour(self.palette().window().color())};")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("DeckEditor", "Folder of the new deck:"), row)
        form.addRow(translate("DeckEditor", "Start from:"), self.bundled)
        form.addRow("", self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("DeckEditor", "Create"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip()).expanduser()

    @property
    def from_bundled(self) -> bool:
        return self.bundled.isChecked()

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, translate("DeckEditor", "Folder of the new deck"), self.folder_edit.text())
        if name:
            self.folder_edit.setText(name)

    def _check(self) -> None:
        refusal = folder_refusal(self.folder_edit.text(), translate("DeckEditor", "Give the folder of the new deck."))
        if not refusal:
            self.accept()
            return
        self.error.setText(refusal)
        self.error.show()
