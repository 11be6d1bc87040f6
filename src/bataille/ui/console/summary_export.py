"""Export the session summary from the console: the same code as `bataille summary`, a file dialog
that remembers its folder; the console then says where the file went and offers to open it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bataille.ui.controller import SessionController
from bataille.ui.identity import preferences
from bataille.ui.replace_asked import with_suffix_asked
from bataille.ui.settings import Settings

translate = QCoreApplication.translate  # lupdate reads translate("Context", "literal")


FORMAT_KEY = "summary/format"  # the suffix of the last summary exported: its filter is offered first
SUFFIXES = (".pdf", ".md", ".json", ".csv", ".zip")  # in the order of the dialog's filters
REFUSED = '<>:"/\\|?*'  # characters Windows (and a FAT32 USB key, on any system) refuses in a file name


def file_stem(name: str) -> str:
    """``name`` as a file name a USB key takes: the characters Windows refuses made dashes, and no
    trailing dot or space (a session file copied from elsewhere may be named « atelier: 6e B? »)."""
    kept = "".join("-" if c in REFUSED or ord(c) < 32 else c for c in name)
    return kept.rstrip(". ")


def start_folder(settings: Settings) -> str:
    """The folder of the last export, else Documents, else the home folder: one that is there (never
    the app's working folder, where a dialog given a folder that is not there opens)."""
    for folder in (settings.summary_folder,
                   QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)):
        if folder and Path(folder).is_dir():
            return folder
    return str(Path.home())


def ask_summary_path(parent: QWidget, settings: Settings, stem: str, again: Path | None = None) -> Path | None:
    """Where to write the summary; the format comes from the filter or the extension typed, and the
    one chosen last time is offered first; ``again``, a file that could not be written, is offered as
    it was chosen, to be put elsewhere."""
    filters = [translate("SummaryExport", "PDF document (*.pdf)"), translate("SummaryExport", "Markdown (*.md)"),
               translate("SummaryExport", "JSON (*.json)"),
               translate("SummaryExport", "CSV, one table of every action (*.csv)"),
               translate("SummaryExport", "CSV, every table in a zip (*.zip)")]
    suffixes = SUFFIXES
    last = preferences().value(FORMAT_KEY, ".pdf")
    last = last if last in suffixes else ".pdf"
    stem = file_stem(stem)
    name = (translate("SummaryExport", "Summary – %1").replace("%1", stem) if stem
            else translate("SummaryExport", "Summary")) + last
    suggested, selected = Path(start_folder(settings)) / name, filters[suffixes.index(last)]
    if again is not None and again.suffix.lower() in suffixes:
        suggested, selected = again, filters[suffixes.index(again.suffix.lower())]
    while True:
        dialog = save_dialog(parent, str(suggested), filters, selected)
        try:
            if not dialog.exec() or not dialog.selectedFiles():  # cancelled
                return None
            path, chosen = Path(dialog.selectedFiles()[0]), dialog.selectedNameFilter()
        finally:
            dialog.deleteLater()
        if path.suffix.lower() in suffixes:
            return path  # the dialog asked itself before replacing a file of that name
        # No extension typed: the one of the chosen filter. The dialog asked about « bilan », not
        # « bilan.pdf »: a file of that name would be replaced unasked, so it is asked here.
        suffix = suffixes[filters.index(chosen)] if chosen in filters else ".pdf"
        title = translate("SummaryExport", "Export the summary")
        if (added := with_suffix_asked(parent, path, suffix, title)) is not None:
            return added
        suggested, selected = path.with_name(path.name + suffix), chosen  # not replaced: the dialog again, on that name


def save_dialog(parent: QWidget, suggested: str, filters: list[str], selected: str) -> QFileDialog:
    """The file dialog, its own words in the interface's language: Qt's French left "Look in:" and
    "Files of type:" in English on a French screen."""
    dialog = QFileDialog(parent, translate("SummaryExport", "Export the summary"), suggested, ";;".join(filters))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.selectFile(suggested)
    dialog.selectNameFilter(selected)
    label = QFileDialog.DialogLabel
    for which, words in ((label.LookIn, translate("SummaryExport", "Look in:")),
                         (label.FileName, translate("SummaryExport", "File name:")),
                         (label.FileType, translate("SummaryExport", "Format:")),
                         (label.Accept, translate("SummaryExport", "&Save")),
                         (label.Reject, translate("SummaryExport", "Cancel"))):
        dialog.setLabelText(which, words)
    return dialog


def export_summary_to(controller: SessionController, path: Path, settings: Settings) -> list[Path]:
    """Write the summary of the live session to ``path`` (every action, pending ones too)."""
    from bataille.export.summary import export_summary  # reportlab: only when a summary is asked

    written = export_summary(controller.session, controller.deck, path, controller.lang)
    # The folder last written to from the console: the kit asked next opens there too (the summary
    # just went to a USB key, the kit goes beside it).
    settings.summary_folder = settings.print_folder = str(path.parent)
    if path.suffix.lower() in SUFFIXES:
        preferences().setValue(FORMAT_KEY, path.suffix.lower())  # its filter offered first next time
    return written


def export_summary_dialog(parent: QWidget, controller: SessionController, settings: Settings,
                          path: Path | None = None, say: Callable[[str, str], None] | None = None) -> list[Path]:
    """The whole gesture: ask where (``path`` skips the question), write; a problem in a message box,
    and on the line of messages (``say``), in place of a « Summary saved » of an export before that
    would read as this one's. What was written is said by the caller, which offers to open it."""
    from bataille.export.errors import ExportError

    session_path = getattr(controller.session.store, "path", None)
    stem = Path(session_path).stem if session_path else ""
    asked = path is None
    path = path or ask_summary_path(parent, settings, stem)
    while path is not None:
        try:
            return export_summary_to(controller, path, settings)
        except ExportError as error:
            from bataille.ui.i18n import interface_language

            message = error.message_in(interface_language())
            message = message[:1].upper() + message[1:]  # a sentence of its own here (the command line leads it with its name)
            if say is not None:
                say("error", message)
            QMessageBox.warning(parent, translate("SummaryExport", "Export the summary"), message)
        # The message said « Choose another file or folder »: the dialog again, on the name chosen
        # (a USB key full or read-only, the facilitator picks another without the menu again).
        path = ask_summary_path(parent, settings, stem, again=path) if asked else None
    return []
