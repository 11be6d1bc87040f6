"""Export the session summary from the console: the same code as `bataille summary`, a file dialog
that remembers its folder; the console then says where the file went and offers to open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bataille.ui.controller import SessionController
from bataille.ui.settings import Settings

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


def ask_summary_path(parent: QWidget, settings: Settings, stem: str) -> Path | None:
    """Where to write the summary; the format comes from the filter or the extension typed."""
    folder = settings.summary_folder or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    filters = [translate("SummaryExport", "PDF document (*.pdf)"), translate("SummaryExport", "Markdown (*.md)"),
               translate("SummaryExport", "JSON (*.json)"),
               translate("SummaryExport", "CSV, one table of every action (*.csv)"),
               translate("SummaryExport", "CSV, every table in a zip (*.zip)")]
    suffixes = (".pdf", ".md", ".json", ".csv", ".zip")
    path, chosen = QFileDialog.getSaveFileName(parent, translate("SummaryExport", "Export the summary"),
                                               str(Path(folder) / (stem + ".pdf")), ";;".join(filters))
    if not path:
        return None
    path = Path(path)
    if path.suffix.lower() not in suffixes:  # no extension typed: the one of the chosen filter
        suffix = suffixes[filters.index(chosen)] if chosen in filters else ".pdf"
        path = path.with_name(path.name + suffix)
    return path


def export_summary_to(controller: SessionController, path: Path, settings: Settings) -> list[Path]:
    """Write the summary of the live session to ``path`` (every action, pending ones too)."""
    from bataille.export.summary import export_summary  # reportlab: only when a summary is asked

    written = export_summary(controller.session, controller.deck, path, controller.lang)
    settings.summary_folder = str(path.parent)
    return written


def export_summary_dialog(parent: QWidget, controller: SessionController, settings: Settings,
                          path: Path | None = None) -> list[Path]:
    """The whole gesture: ask where (``path`` skips the question), write; a problem in a message box.
    What was written is said by the caller, which offers to open it."""
    from bataille.export.errors import ExportError

    session_path = getattr(controller.session.store, "path", None)
    stem = Path(session_path).stem if session_path else translate("SummaryExport", "summary")
    path = path or ask_summary_path(parent, settings, stem)
    if path is None:
        return []
    try:
        return export_summary_to(controller, path, settings)
    except ExportError as error:
        from bataille.ui.i18n import interface_language

        QMessageBox.warning(parent, translate("SummaryExport", "Export the summary"),
                            error.message_in(interface_language()))
        return []
