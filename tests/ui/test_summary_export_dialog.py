"""The summary's file dialog: named « Bilan – <session> », the format chosen last offered first, and
a folder that is there (the home folder when neither a remembered folder nor Documents is)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from bataille.ui.console.summary_export import ask_summary_path, export_summary_dialog
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

    def answer(parent, caption, suggested, filters, selected=""):
        asked.append((Path(suggested), selected))
        return str(tmp_path / "bilan"), filters.split(";;")[1]  # no extension typed: Markdown's filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
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
