"""The summary's file dialog: named « Bilan – <session> », the format chosen last offered first, and
a folder that is there (the home folder when neither a remembered folder nor Documents is)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from bataille.ui.console.summary_export import ask_summary_path, export_summary_dialog, save_dialog
from bataille.ui.controller import SessionController
from bataille.ui.settings import Settings

from ..sessions import debate_session


def test_the_dialog_names_the_summary_remembers_the_format_and_opens_in_a_real_folder(
        qtbot, translations, bundled_deck, tmp_path, monkeypatch) -> None:
    home = tmp_path / "maison"  # no Documents folder in it
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    work = tmp_path / "ailleurs"
    work.mkdir()
    monkeypatch.chdir(work)  # the app's working folder: never where the dialog opens
    asked = []

    def answer(dialog: QFileDialog) -> int:  # the facilitator types a name, chooses Markdown, saves
        asked.append((Path(dialog.selectedFiles()[0]), dialog.selectedNameFilter()))
        dialog.selectFile(str(tmp_path / "bilan"))  # no extension typed: Markdown's filter
        dialog.selectNameFilter(dialog.nameFilters()[1])
        return QFileDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", answer)
    # bilan.md, written below, is replaced by the last export: asked, and answered yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = Settings()
    assert ask_summary_path(parent, settings, "2026-11-30 14h05") == tmp_path / "bilan.md"
    assert asked[0] == (home / "Bilan – 2026-11-30 14h05.pdf", "Document PDF (*.pdf)")

    controller = SessionController(debate_session(bundled_deck))
    written = export_summary_dialog(parent, controller, settings)  # a session in memory: no file name
    assert written == [tmp_path / "bilan.md"] and written[0].is_file()
    assert asked[1][0].name == "Bilan.pdf"  # remembered once a summary is written
    ask_summary_path(parent, settings, "2026-11-30 14h05")  # the next export, of another session
    suggested, selected = asked[-1]
    assert suggested == tmp_path / "Bilan – 2026-11-30 14h05.md" and selected == "Markdown (*.md)"


def test_the_dialog_speaks_the_interfaces_language(qtbot, translations, tmp_path) -> None:
    """On a French screen Qt's own dialog said « Look in: » and « Files of type: » in English, beside
    French words (Qt's French lacks them): its labels are the app's, in French, and in English."""
    parent = QWidget()
    qtbot.addWidget(parent)
    filters = ["Document PDF (*.pdf)", "Markdown (*.md)"]
    for lang, said in (("fr", ["Regarder dans\u00a0:", "Nom du fichier\u00a0:", "Format\u00a0:"]),
                       ("en", ["Look in:", "File name:", "Format:"])):
        translations.set_language(lang)
        dialog = save_dialog(parent, str(tmp_path / "Bilan.pdf"), filters, filters[0])
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the widgets a screen without a portal shows
        label = QFileDialog.DialogLabel
        assert [dialog.labelText(which) for which in (label.LookIn, label.FileName, label.FileType)] == said
        shown = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        assert [shown["lookInLabel"], shown["fileNameLabel"], shown["fileTypeLabel"]] == said, shown
        assert "Look in" not in " ".join(shown.values()) or lang == "en"
        dialog.deleteLater()
