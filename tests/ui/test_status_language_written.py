"""The summary saved, then the interface's language changed in Preferences: the status line went
empty and its « Ouvrir bilan.pdf » button went with it, while the file is still to be opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication


def test_the_line_of_the_summary_saved_is_said_again_in_the_new_language_with_its_button(
        qtbot, console, translations, tmp_path: Path) -> None:
    console.show()
    assert console.export_summary(tmp_path / "bilan.pdf") == [tmp_path / "bilan.pdf"]
    assert console.status_line.text() == f"Bilan enregistré\u00a0: bilan.pdf, dans {tmp_path}."
    translations.set_language("en")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: console.status_line.text() == f"Summary saved: bilan.pdf, in {tmp_path}.", timeout=2000)
    button = console.open_written
    assert button.isVisible() and button.text() == "Open bilan.pdf" and button.path == tmp_path / "bilan.pdf"


def test_the_line_of_the_kit_saved_is_said_again_too(qtbot, console, translations, tmp_path: Path) -> None:
    console.show()
    translations.set_language("en")
    assert console.save_kit(tmp_path / "kit.pdf") == tmp_path / "kit.pdf"
    assert console.status_line.text() == f"Workshop kit saved: kit.pdf, in {tmp_path}."
    translations.set_language("fr")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: console.status_line.text().startswith("Kit de l’atelier enregistré"), timeout=2000)
    assert console.open_written.isVisible() and console.open_written.text() == "Ouvrir kit.pdf"
