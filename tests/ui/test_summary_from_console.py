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
    written = export_summary_dialog(console, console.controller, console.settings, tmp_path / "bilan.pdf",
                                    open_after=False)
    assert written == [tmp_path / "bilan.pdf"]
    text = subprocess.run(["pdftotext", str(written[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Bilan de séance" in text and "Débat express" in text  # one debate phase: a quick debate
    assert Settings().summary_folder == str(tmp_path)
    (tmp_path / "json").mkdir()
    export_summary_dialog(console, console.controller, console.settings, tmp_path / "json" / "s.json",
                          open_after=False)
    data = json.loads((tmp_path / "json" / "s.json").read_text(encoding="utf-8"))
    assert data["rounds"][0]["before"]["total"]["agree"] == 5
