"""The summary's file, as a facilitator leaving the room with it on a USB key meets it: a name the key
takes, and a file already there never replaced unasked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from bataille.ui.console import summary_export
from bataille.ui.console.kit_export import save_kit_dialog
from bataille.ui.console.summary_export import ask_summary_path, export_summary_dialog
from bataille.ui.controller import SessionController
from bataille.ui.settings import Settings
from bataille.workshop import MemoryStore

from ..sessions import debate_session


def test_the_name_proposed_has_no_character_a_usb_key_refuses(qtbot, translations, tmp_path, monkeypatch) -> None:
    """A session file copied from elsewhere, « atelier: 6e B? », proposed « Bilan – atelier: 6e B?.pdf »,
    a name Windows and a FAT32 key refuse: the export failed at the last click."""
    asked = []

    def answer(dialog: QFileDialog) -> int:
        asked.append(Path(dialog.selectedFiles()[0]).name)
        return QFileDialog.DialogCode.Rejected.value

    monkeypatch.setattr(QFileDialog, "exec", answer)
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = Settings()
    settings.summary_folder = str(tmp_path)
    translations.set_language("en")
    assert ask_summary_path(parent, settings, 'atelier: 6e B? <"CM2"|a*b>. ') is None
    assert asked == ["Summary – atelier- 6e B- --CM2--a-b-.pdf"], asked
    assert not any(c in asked[0] for c in '<>:"/\\|?*')


def test_the_kit_of_a_session_with_a_refused_name_is_proposed_under_a_name_the_key_takes(
        qtbot, translations, bundled_deck, tmp_path, monkeypatch) -> None:
    from bataille.ui.console import kit_export

    store = MemoryStore()
    store.path = tmp_path / "atelier: 6e B?.bataille"  # as a session file has one
    controller = SessionController(debate_session(bundled_deck, store=store))
    proposed = []
    monkeypatch.setattr(kit_export, "ask_pdf_path",
                        lambda parent, settings, title, name: proposed.append(name))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert save_kit_dialog(parent, controller, Settings(), None) is None
    assert proposed == ["atelier- 6e B--kit.pdf"], proposed


def test_a_file_there_already_is_not_replaced_unasked_when_no_extension_is_typed(
        qtbot, translations, bundled_deck, tmp_path, monkeypatch) -> None:
    """The name typed without its extension (« bilan », PDF chosen): the dialog asked about « bilan »,
    which is not there, and the summary of yesterday's class, bilan.pdf, was written over without a word."""
    yesterday = tmp_path / "bilan.pdf"
    yesterday.write_bytes(b"%PDF yesterday")
    typed = []

    def answer(dialog: QFileDialog) -> int:
        typed.append(Path(dialog.selectedFiles()[0]).name)
        dialog.selectFile(str(tmp_path / ("bilan" if len(typed) == 1 else "bilan du jour")))
        dialog.selectNameFilter(dialog.nameFilters()[0])
        return QFileDialog.DialogCode.Accepted.value

    questions = []

    def question(parent, title, text, buttons, default):
        questions.append((text, default))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QFileDialog, "exec", answer)
    monkeypatch.setattr(summary_export.QMessageBox, "question", question)
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = Settings()
    settings.summary_folder = str(tmp_path)
    controller = SessionController(debate_session(bundled_deck))
    written = export_summary_dialog(parent, controller, settings)
    assert yesterday.read_bytes() == b"%PDF yesterday"  # kept
    assert questions == [(f"bilan.pdf existe déjà dans {tmp_path}. Le remplacer\u00a0?",
                          QMessageBox.StandardButton.No)], questions
    assert typed[1] == "bilan.pdf"  # the dialog again, on the name it would have replaced
    assert written == [tmp_path / "bilan du jour.pdf"] and written[0].read_bytes().startswith(b"%PDF-")

    monkeypatch.setattr(summary_export.QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.Yes)  # « Yes »: replaced, as asked
    typed.clear()
    assert export_summary_dialog(parent, controller, settings) == [yesterday]
    assert yesterday.read_bytes().startswith(b"%PDF-")


def test_a_summary_that_cannot_be_written_there_is_asked_for_again_at_once(
        qtbot, translations, bundled_deck, tmp_path, monkeypatch) -> None:
    """The message says « Choose another file or folder »: the dialog comes back on the name chosen,
    where the facilitator had to find Session → Export the summary… again."""
    key = tmp_path / "CLE"
    key.write_text("a file, not the key's folder")  # the key pulled out: its path is not a folder
    offered = []

    def answer(dialog: QFileDialog) -> int:
        offered.append((Path(dialog.selectedFiles()[0]), dialog.selectedNameFilter()))
        if len(offered) == 1:
            dialog.selectFile(str(key / "bilan.md"))
        elif len(offered) == 2:
            dialog.selectFile(str(tmp_path / "bilan.md"))
        else:
            return QFileDialog.DialogCode.Rejected.value
        return QFileDialog.DialogCode.Accepted.value

    warned = []
    monkeypatch.setattr(QFileDialog, "exec", answer)
    monkeypatch.setattr(summary_export.QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = Settings()
    settings.summary_folder = str(tmp_path)
    controller = SessionController(debate_session(bundled_deck))
    said = []
    written = export_summary_dialog(parent, controller, settings, say=lambda kind, text: said.append(kind))
    assert len(warned) == 1 and said == ["error"], warned
    assert offered[1] == (key / "bilan.md", "Markdown (*.md)")  # the dialog again, on the name chosen
    assert written[0] == tmp_path / "bilan.md" and written[0].read_text(encoding="utf-8").startswith("# ")

    key.unlink()  # cancelled the second time: nothing written, no third dialog
    key.write_text("")
    offered.clear()
    monkeypatch.setattr(QFileDialog, "exec", lambda dialog: (
        offered.append(1), dialog.selectFile(str(key / "b.pdf")) if len(offered) == 1 else None,
        QFileDialog.DialogCode.Accepted.value if len(offered) == 1 else QFileDialog.DialogCode.Rejected.value)[-1])
    assert export_summary_dialog(parent, controller, settings) == [] and len(offered) == 2
