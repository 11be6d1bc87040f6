"""Once the summary is written, its folder is one click away too: on a USB key, the facilitator looks
at the key's folder before pulling it out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices


def test_the_written_summarys_folder_opens_from_the_status_bar(qtbot, console, translations, tmp_path: Path,
                                                                monkeypatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    console.show()
    key = tmp_path / "CLE USB"
    key.mkdir()
    assert console.export_summary(key / "bilan.pdf") == [key / "bilan.pdf"]
    button = console.open_written
    assert button.isVisible() and button.text() == "Ouvrir bilan.pdf"
    folder = button.findChild(QAction, "openWrittenFolder")
    assert folder is not None and folder in button.menu().actions()
    assert folder.text() == "Ouvrir le dossier où il se trouve"
    folder.trigger()
    assert [url.toLocalFile() for url in opened] == [str(key)]
    button.click()  # the button itself still opens the file
    assert [url.toLocalFile() for url in opened] == [str(key), str(key / "bilan.pdf")]
    translations.set_language("en")
    qtbot.waitUntil(lambda: folder.text() == "Open the folder it is in", timeout=2000)
