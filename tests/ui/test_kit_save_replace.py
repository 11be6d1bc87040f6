"""The workshop kit saved from the console, as a facilitator with a USB key meets it: a kit already
there is never replaced unasked, and the dialog opens where the summary just went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_a_kit_there_already_is_not_replaced_unasked_when_no_extension_is_typed(
        console, tmp_path: Path, monkeypatch) -> None:
    """« kit » typed, the app adds « .pdf »: the dialog asked about « kit », which is not there, and
    yesterday's kit.pdf was written over without a word."""
    yesterday = tmp_path / "kit.pdf"
    yesterday.write_bytes(b"%PDF yesterday")
    offered: list[str] = []

    def choose(parent, title, start, filters):
        offered.append(start)
        return (str(tmp_path / ("kit" if len(offered) == 1 else "kit du jour")), "")

    questions = []

    def question(parent, title, text, buttons, default):
        questions.append((text, default))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    console.settings.print_folder = str(tmp_path)
    written = console.save_kit()
    assert yesterday.read_bytes() == b"%PDF yesterday"  # kept
    assert questions == [(f"kit.pdf existe déjà dans {tmp_path}. Le remplacer\u00a0?",
                          QMessageBox.StandardButton.No)], questions
    assert offered[1] == str(tmp_path / "kit.pdf")  # the dialog again, on the name it would have replaced
    assert written == tmp_path / "kit du jour.pdf" and written.read_bytes().startswith(b"%PDF-")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    offered.clear()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(tmp_path / "kit"), "")))
    assert console.save_kit() == yesterday  # « Yes »: replaced, as asked
    assert yesterday.read_bytes().startswith(b"%PDF-")


def test_the_kit_opens_in_the_folder_the_summary_just_went_to(console, tmp_path: Path, monkeypatch) -> None:
    """The summary saved on the USB key, then Session → Workshop kit…: the dialog opened in the folder
    of the last cards printed, and the kit went to the computer, not the key. Both ways round."""
    cards, key = tmp_path / "cartes", tmp_path / "CLE USB"
    cards.mkdir()
    key.mkdir()
    console.settings.print_folder = str(cards)
    assert console.export_summary(key / "bilan.pdf") == [key / "bilan.pdf"]
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, start, filters: (offered.append(start) or "", "")))
    assert console.save_kit() is None  # cancelled
    assert Path(offered[0]).parent == key, offered

    assert console.save_kit(cards / "kit.pdf") == cards / "kit.pdf"  # the kit elsewhere: the summary follows
    from bataille.ui.console.summary_export import start_folder

    assert start_folder(console.settings) == str(cards)
