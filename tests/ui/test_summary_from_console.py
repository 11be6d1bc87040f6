"""Session → Export the summary…: the same files as `bataille summary`, from the console."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.ui.commands import Command
from bataille.ui.console.summary_export import export_summary_dialog
from bataille.ui.console.window import ConsoleWindow
from bataille.ui.controller import SessionController
from bataille.ui.settings import Settings

from ..sessions import debate_session


@pytest.fixture
def console(qtbot, translations):
    deck = load_deck(bundled_deck_path())
    session = debate_session(deck)
    session.record_vote("before", {"agree": 5, "disagree": 3})
    window = ConsoleWindow(SessionController(session))
    qtbot.addWidget(window)
    qtbot.addWidget(window.stage)
    return window


def test_the_summary_is_exported_from_the_console_and_its_folder_remembered(console, tmp_path: Path):
    action = console.actions_[Command.EXPORT_SUMMARY]
    assert action in console.session_menu.actions()
    written = export_summary_dialog(console, console.controller, console.settings, tmp_path / "bilan.pdf")
    assert written == [tmp_path / "bilan.pdf"]
    text = subprocess.run(["pdftotext", str(written[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Bilan du débat" in text and "Débat express" in text  # one debate phase: a quick debate
    assert Settings().summary_folder == str(tmp_path)
    (tmp_path / "json").mkdir()
    export_summary_dialog(console, console.controller, console.settings, tmp_path / "json" / "s.json")
    data = json.loads((tmp_path / "json" / "s.json").read_text(encoding="utf-8"))
    assert data["rounds"][0]["before"]["total"]["agree"] == 5


def test_a_summary_that_cannot_be_written_says_why_in_the_console_language(console, tmp_path: Path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    assert export_summary_dialog(console, console.controller, console.settings, tmp_path / "no" / "bilan.pdf") == []
    assert len(said) == 1 and "n’existe pas" in said[0] and "does not exist" not in said[0], said


def test_the_console_says_where_the_summary_went_and_opens_it_only_when_asked(console, tmp_path: Path,
                                                                              monkeypatch):
    """No question in front of the room: the status line says the file and its folder, a button in
    the status bar opens it; the next message takes the button away."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    def no_question(*_args):
        raise AssertionError("a question was asked")

    monkeypatch.setattr(QMessageBox, "question", no_question)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    console.show()
    written = console.export_summary(tmp_path / "bilan.pdf")
    assert written == [tmp_path / "bilan.pdf"] and written[0].is_file()
    assert console.status_line.text() == f"Bilan enregistré\u00a0: bilan.pdf, dans {tmp_path}."
    assert console.status_line.mark == "done"
    button = console.open_written
    assert button.isVisible() and button.text() == "Ouvrir bilan.pdf"
    assert button.toolTip() == str(tmp_path / "bilan.pdf")
    assert opened == []  # nothing opened unasked
    button.click()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "bilan.pdf")]
    console.show_status("info", "Autre chose")
    assert not button.isVisible() and console.status_line.mark == ""
    kit = console.save_kit(tmp_path / "kit.pdf")
    assert console.status_line.text() == f"Kit de l’atelier enregistré\u00a0: kit.pdf, dans {tmp_path}."
    assert button.isVisible() and button.text() == "Ouvrir kit.pdf" and kit == tmp_path / "kit.pdf"
