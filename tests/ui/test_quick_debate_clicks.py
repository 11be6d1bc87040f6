"""A teacher's quick debate, from the start screen to its summary saved, with real mouse clicks on
real widgets, counted: the count the closing notes give is this test's, not an estimate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from bataille.deck import bundled_deck_path, load_deck

from .conftest import deliberately


def test_a_quick_debate_takes_six_clicks_from_the_start_screen_to_its_saved_summary(make_launcher, qtbot, tmp_path,
                                                                                   monkeypatch) -> None:
    """Launch, show the vote before, show the vote after, close and end, export, save: six. The room's
    counts are typed (the keyboard's Tab from box to box); nothing asks a question on the way."""
    saved = tmp_path / "débat.pdf"
    clicks: list[str] = []

    def click(button) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        clicks.append(button.toolTip() or button.text().replace("&", ""))  # the words whole, cut or not
        deliberately(qtbot, button)  # after looking at what the last click did: not a double-click
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def save_dialog(dialog):  # the file dialog: its own Save button is one more click
        clicks.append(dialog.labelText(QFileDialog.DialogLabel.Accept).replace("&", ""))
        dialog.selectFile(str(saved))
        return QFileDialog.DialogCode.Accepted.value

    def no_question(*_args, **_kwargs):
        raise AssertionError("a question was asked")

    monkeypatch.setattr(QFileDialog, "exec", save_dialog)
    monkeypatch.setattr(QMessageBox, "question", no_question)
    launcher = make_launcher(load_deck(bundled_deck_path()))
    click(launcher.start.quick_button)
    qtbot.waitUntil(lambda: launcher.console is not None and launcher.console.controller is not None, timeout=5000)
    console = launcher.console
    c, forward, page = console.controller, console.next_panel.button, console.phase.debate

    def type_counts(stage: str, counts: tuple[int, int, int]) -> None:
        boxes = page.votes[stage].boxes
        for choice, count in zip(("agree", "disagree", "undecided"), counts, strict=True):
            boxes[choice].lineEdit().selectAll()
            qtbot.keyClicks(boxes[choice].lineEdit(), str(count))
        qtbot.waitUntil(lambda: forward.isEnabled(), timeout=2000)

    type_counts("before", (12, 9, 5))
    click(forward)  # recorded and shown
    qtbot.waitUntil(lambda: c.state.open_round.revealed_before, timeout=2000)
    type_counts("after", (8, 16, 2))
    click(forward)
    qtbot.waitUntil(lambda: c.state.open_round.revealed_after, timeout=2000)
    click(forward)  # « Clore le débat et terminer »
    qtbot.waitUntil(lambda: c.next_step().over, timeout=2000)
    click(forward)  # « Exporter le bilan… », then the file dialog's Save
    assert saved.is_file() and saved.read_bytes().startswith(b"%PDF")
    assert clicks == ["Lancer le débat express", "Enregistrer et dévoiler le vote avant",
                      "Enregistrer et dévoiler le vote après et l’évolution", "Clore le débat et terminer", "Exporter le bilan…",
                      "Enregistrer"], clicks
    assert console.open_written.isVisible() and console.open_written.text() == f"Ouvrir {Path(saved).name}"
    # Under the button, where the eyes are: kept, not "keep its summary" again (the narrow space
    # before "?" set as the app's font has it).
    assert console.next_panel.label.text() == "Bilan enregistré\u00a0: débat.pdf. Un autre format\u00a0? Le même bouton."
    c.undo()  # the end taken back: the summary saved no longer holds the whole session
    forward.click()
    qtbot.waitUntil(lambda: c.next_step().over, timeout=2000)
    assert console.next_panel.label.text().startswith("Débat terminé\u00a0: gardez-en le bilan")
