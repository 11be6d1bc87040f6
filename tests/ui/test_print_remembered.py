"""The print window on the second week: the choices of the PDF saved last time come back (paper,
sides, back offset, ink saving), and a PDF still open in a viewer is named as the cause."""

from __future__ import annotations

import errno
import subprocess
from pathlib import Path

import pytest

import bataille.export.atomic as atomic
from bataille.deck import load_deck
from bataille.ui.print.dialog import PrintDialog
from bataille.ui.settings import Settings

from .test_print_dialog import PREVIEW_TIMEOUT_MS, needs_poppler, pdf_text


@pytest.fixture(autouse=True)
def french(translations):
    return translations


def opened(qtbot, deck) -> PrintDialog:
    """The window as the deck window opens it: the settings as they are stored, nothing set for the test."""
    dialog = PrintDialog(deck, Settings(), "fr")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
        dialog.resize(1366, 768)
        dialog.show()
    return dialog


def page_size(path: Path) -> str:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return next(line for line in info.splitlines() if line.startswith("Page size:"))


@needs_poppler
def test_the_choices_of_the_last_pdf_come_back_the_next_time(qtbot, small_deck: Path, tmp_path: Path) -> None:
    deck = load_deck(small_deck)
    first = opened(qtbot, deck)
    assert first.paper.currentData() == "a4" and not first.form.ink_saving.isChecked()
    first.paper.setCurrentIndex(first.paper.findData("letter"))
    first.duplex.setCurrentIndex(first.duplex.findData("short"))
    first.form.ink_saving.setChecked(True)
    first.offset_x.setValue(1.5)
    first.offset_y.setValue(-0.5)
    first.form.edge_marks.setChecked(True)
    assert first.save_to(tmp_path / "week1.pdf")
    first.close()

    again = opened(qtbot, deck)  # the app started again: a new window, the stored settings
    assert again.paper.currentData() == "letter" and again.duplex.currentData() == "short"
    assert again.form.ink_saving.isChecked() and again.form.edge_marks.isChecked()
    assert (again.offset_x.value(), again.offset_y.value()) == (1.5, -0.5)
    assert again.options() == first.options()
    assert again.save_to(tmp_path / "week2.pdf")
    assert page_size(tmp_path / "week2.pdf") == page_size(tmp_path / "week1.pdf")
    assert "612 x 792" in page_size(tmp_path / "week2.pdf")  # US Letter, in points
    assert pdf_text(tmp_path / "week2.pdf") == pdf_text(tmp_path / "week1.pdf")


@needs_poppler
def test_choices_not_saved_are_not_kept(qtbot, small_deck: Path) -> None:
    deck = load_deck(small_deck)
    first = opened(qtbot, deck)
    first.paper.setCurrentIndex(first.paper.findData("letter"))
    first.form.ink_saving.setChecked(True)
    first.close()  # closed without saving: nothing was printed with them
    again = opened(qtbot, deck)
    assert again.paper.currentData() == "a4" and not again.form.ink_saving.isChecked()


@needs_poppler
def test_a_pdf_still_open_in_a_viewer_is_named_as_the_cause(qtbot, small_deck: Path, tmp_path: Path,
                                                           monkeypatch) -> None:
    dialog = opened(qtbot, load_deck(small_deck))
    target = tmp_path / "cartes.pdf"
    assert dialog.save_to(target)
    before = target.read_bytes()

    def locked(src, dst):  # what Windows does to a file a PDF viewer holds open
        raise PermissionError(errno.EACCES, "Accès refusé", str(dst))

    monkeypatch.setattr(atomic.os, "replace", locked)
    dialog.form.ink_saving.setChecked(True)
    assert not dialog.save_to(target)
    text = dialog.error_text()
    assert "accès refusé" in text.lower()
    assert "Si cartes.pdf est ouvert dans un lecteur de PDF" in text and "fermez-le" in text
    assert dialog.status.text() == "Rien n’a été enregistré." and target.read_bytes() == before

    monkeypatch.setattr(atomic.os, "replace", locked)
    new = tmp_path / "nouveau.pdf"  # nothing there to be open elsewhere: no such advice
    assert not dialog.save_to(new)
    assert "lecteur de PDF" not in dialog.error_text()


@needs_poppler
def test_the_kit_keeps_the_class_size_of_the_last_kit_saved(qtbot, small_deck: Path, tmp_path: Path) -> None:
    deck = load_deck(small_deck)
    first = opened(qtbot, deck)
    kit = first.kit_form
    kit.kit.setChecked(True)
    kit.teams.setValue(3)
    kit.pupils.setValue(28)
    assert first.save_to(tmp_path / "kit.pdf")
    pages = first.page_count()
    first.close()

    again = opened(qtbot, deck)
    assert not again.kit_form.is_on()  # the window opens on the cards, as always
    assert (again.kit_form.teams.value(), again.kit_form.pupils.value()) == (3, 28)
    with qtbot.waitSignal(again.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
        again.kit_form.kit.setChecked(True)
    assert again.page_count() == pages
    assert again.save_to(tmp_path / "kit-again.pdf")
    info = subprocess.run(["pdfinfo", str(tmp_path / "kit-again.pdf")], capture_output=True, check=True,
                          text=True).stdout
    assert f"Pages:           {pages}" in info
    assert pdf_text(tmp_path / "kit-again.pdf").count("Équipe 3") >= 1
    assert "Équipe 4" not in pdf_text(tmp_path / "kit-again.pdf")
