"""A file the app would replace unasked: the save dialog asked about the name typed (« bilan »), and
the app then adds the extension (« bilan.pdf »); a file of that name already there is asked about
here, No the default. Used by the summary export and the PDFs (kit, cards, guide) alike. The
question keeps the "SummaryExport" translation context, where it always was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def replace_it(parent: QWidget | None, path: Path, title: str) -> bool:
    """« bilan.pdf exists already in <folder>. Replace it? », No the default; True for Yes."""
    no = QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent, title,
        translate("SummaryExport", "%1 already exists in %2. Replace it?").replace("%1", path.name)
        .replace("%2", str(path.parent)), QMessageBox.StandardButton.Yes | no, no)
    return answer == QMessageBox.StandardButton.Yes


def with_suffix_asked(parent: QWidget | None, path: Path, suffix: str, title: str) -> Path | None:
    """``path`` (as the dialog gave it, without an extension) with ``suffix`` added; None when a
    file of that name is there and the user said No (then the dialog comes back on that name)."""
    path = path.with_name(path.name + suffix)
    return path if not path.exists() or replace_it(parent, path, title) else None
