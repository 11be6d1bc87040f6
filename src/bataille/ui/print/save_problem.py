"""What to do when the PDF could not be written over a file that is there: most often, on
Windows, the PDF saved last time is still open in the PDF viewer, which keeps others from
replacing it; the system only says « access denied »."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from bataille.export.errors import ExportError

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def open_elsewhere_hint(path: Path, error: Exception) -> str | None:
    """The way out when ``path`` is there and could not be replaced for want of access (None otherwise)."""
    if not isinstance(error, ExportError) or not isinstance(error.__cause__, PermissionError):
        return None
    if not path.is_file():
        return None
    return translate("PrintDialog", "If %1 is open in a PDF viewer or another program, close it there, then "
                     "save again; or save under another name.").replace("%1", path.name)
