"""A summary export that fails says the file chosen and the real cause, in the interface's language,
and the line of messages no longer says the export before was this one.

To a path whose folder is a file, it said « the folder … does not exist »; to /proc/sum.md it named
« /proc/sum-figures », a folder the facilitator never chose; and the status line kept « Summary
saved: … » from the export before, under the message box. Real console, real session file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .test_hurried_questions import two_teams_on_file


@pytest.fixture
def exporting(qtbot, translations, bundled_deck, tmp_path):
    console = two_teams_on_file(qtbot, translations, bundled_deck, tmp_path / "s.bataille")
    yield console
    console.phones.turn_off()
    console.controller.close()


def export_answering(console, path: Path) -> list[str]:
    """Export to ``path``; the texts of the message boxes it showed (each answered OK)."""
    said: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)
    assert console.export_summary(path) == []
    return said


def test_a_folder_that_is_a_file_is_said_so_and_the_old_success_goes(exporting, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert exporting.export_summary(out / "sum.pdf")
    assert exporting.status_line.text().startswith("Summary saved")
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    said = export_answering(exporting, blocker / "sum.pdf")
    assert said == [f"Cannot write {blocker / 'sum.pdf'}: {blocker} is a file, not a folder. Choose another folder."]
    assert exporting.status_line.text() == said[0]  # not « Summary saved » of the export before
    assert not exporting.open_written.isVisible()  # nor its button that opened the file before
    assert not (blocker / "sum.pdf").exists() and blocker.read_text() == "x"


def test_in_french_too(exporting, translations, tmp_path) -> None:
    translations.set_language("fr")
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    said = export_answering(exporting, blocker / "sum.md")
    assert said and said[0].startswith(f"Impossible d’enregistrer {blocker / 'sum.md'}")
    assert "est un fichier, pas un dossier" in said[0]


@pytest.mark.skipif(not sys.platform.startswith("linux") or not Path("/proc/self").is_dir(),
                    reason="a folder that takes no new file: /proc, on Linux")
def test_a_markdown_summary_names_the_file_chosen_not_its_charts_folder(exporting) -> None:
    said = export_answering(exporting, Path("/proc/sum.md"))
    assert said == ["Cannot write /proc/sum.md: the folder /proc does not accept new files. Choose another folder."]
    assert "figures" not in exporting.status_line.text()
