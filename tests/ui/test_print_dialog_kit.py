"""The print dialog's layouts (fold, print shop), ruler and edge marks, and the workshop kit."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from bataille.deck import load_deck
from bataille.export.cards_sheets import page_count
from bataille.export.kit import kit_pages

from .test_print_dialog import change, needs_poppler, open_dialog, pdf_text


@pytest.fixture(autouse=True)
def french(translations):
    return translations


@needs_poppler
def test_fold_and_shop_layouts_count_preview_and_save(qtbot, small_deck: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    grid = dialog.preview_image().copy()
    change(qtbot, dialog, lambda: dialog.form.layout_choice.setCurrentIndex(dialog.form.layout_choice.findData("fold")))
    options = dialog.options()
    assert options.layout == "fold" and dialog.page_count() == page_count(dialog.deck, options) == 1
    assert dialog.side.text() == "Feuille 1, rectos et versos\u00a0: pliez le long des tirets"
    assert not dialog.duplex.isEnabled() and not dialog.calibration.isEnabled()
    assert dialog.preview_image() != grid
    assert dialog.save_to(tmp_path / "fold.pdf")
    assert "Pliez le long des tirets" in pdf_text(tmp_path / "fold.pdf")

    change(qtbot, dialog, lambda: dialog.form.layout_choice.setCurrentIndex(dialog.form.layout_choice.findData("shop")))
    assert dialog.bleed.value() == 3  # a print shop wants a bleed
    assert not dialog.paper.isEnabled() and not dialog.form.ruler.isEnabled()
    assert dialog.page_count() == 2 * 4 and dialog.side.text() == "Carte 1, recto"
    image = dialog.preview_image()
    assert image.width() < image.height() and image.width() / image.height() == pytest.approx(
        (63 + 6 + 12) / (88 + 6 + 12), abs=0.02)  # the page is the card, its bleed and the marks' slug


@needs_poppler
def test_ruler_and_edge_marks_reach_the_pdf(qtbot, small_deck: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    assert dialog.save_to(tmp_path / "ruler.pdf")
    assert "Imprimez à 100" in pdf_text(tmp_path / "ruler.pdf")
    change(qtbot, dialog, lambda: dialog.form.ruler.setChecked(False))
    change(qtbot, dialog, lambda: dialog.form.edge_marks.setChecked(True))
    assert dialog.options().edge_marks and not dialog.options().ruler
    assert dialog.save_to(tmp_path / "plain.pdf")
    assert "Imprimez" not in pdf_text(tmp_path / "plain.pdf")
    change(qtbot, dialog, lambda: dialog.cut_marks.setChecked(False))
    assert not dialog.form.edge_marks.isEnabled()


@needs_poppler
def test_the_kit_from_the_dialog(qtbot, small_deck: Path, tmp_path: Path, monkeypatch) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    kit = dialog.kit_form
    assert not kit.teams.isEnabled()
    change(qtbot, dialog, lambda: kit.kit.setChecked(True))
    assert not dialog.card_size.isEnabled() and not dialog.theme_boxes["bias"].isEnabled()
    assert dialog.paper.isEnabled() and dialog.language.isEnabled()
    assert dialog.page_count() == 1 + 4 + 1 + 1 and dialog.summary.text() == "Kit de l’atelier\u00a0: 7 pages"
    assert dialog.side.text() == "Cartes de vote" and not dialog.preview_image().isNull()
    change(qtbot, dialog, lambda: kit.teams.setValue(2))
    change(qtbot, dialog, lambda: kit.pupils.setValue(3))
    assert dialog.page_count() == 3 + 2 + 1 + 1
    change(qtbot, dialog, lambda: dialog.page.setValue(4))
    assert dialog.side.text() == "Chevalet d’équipe"
    assert dialog.default_file_name() == "kit-a4-fr.pdf"
    out = tmp_path / "kit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    assert dialog.save_as() == out
    text = pdf_text(out)
    assert "D’accord" in text and "Équipe 2" in text and "Mon engagement" in text
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+7$", pages, re.M)


@needs_poppler
def test_the_kits_score_sheet_is_named_and_its_columns_are_the_decks_phases(qtbot, small_deck: Path,
                                                                          tmp_path: Path, monkeypatch) -> None:
    """The score sheet, after the team signs, is named under the preview; its columns are the phases
    that score, as the deck's agenda names them (the console's agenda says the same)."""
    agenda = small_deck / "scenarios" / "agenda.yaml"
    text = agenda.read_text(encoding="utf-8")
    assert "{fr: Frise," in text
    agenda.write_text(text.replace("{fr: Frise,", "{fr: La frise du jour,"), encoding="utf-8")
    dialog = open_dialog(qtbot, load_deck(small_deck))
    kit = dialog.kit_form
    change(qtbot, dialog, lambda: kit.kit.setChecked(True))
    change(qtbot, dialog, lambda: kit.teams.setValue(3))
    assert kit_pages(dialog._kit).index("tally") == 1 + 3
    change(qtbot, dialog, lambda: dialog.page.setValue(1 + 3 + 1))
    assert dialog.side.text() == "Feuille de marque" and not dialog.preview_image().isNull()
    change(qtbot, dialog, lambda: dialog.page.setValue(1 + 3))
    assert dialog.side.text() == "Chevalet d’équipe"
    assert "feuille de marque" in kit.kit.toolTip()
    out = tmp_path / "kit.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(out), "")))
    assert dialog.save_as() == out
    text = " ".join(pdf_text(out).split())
    assert "Feuille de marque" in text and "La frise du jour" in text and "Débats" in text and "Équipe 3" in text


def test_a_session_fills_the_kit_or_says_why_not(qtbot, small_deck: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    kit = dialog.kit_form
    change(qtbot, dialog, lambda: kit.kit.setChecked(True))
    broken = tmp_path / "broken.bataille"
    broken.write_bytes(b"not a session")
    change(qtbot, dialog, lambda: kit.set_session(broken))
    assert dialog.error_text() and dialog.page_count() == 0
    assert kit.session_name.text() == "Séance\u00a0: broken.bataille" and kit.session_clear.isEnabled()
    change(qtbot, dialog, lambda: kit.set_session(None))
    assert dialog.error_text() == "" and dialog.page_count() == len(kit_pages(dialog._kit))


def test_a_session_in_another_language_gives_its_kit_in_that_language(qtbot, small_deck: Path, tmp_path: Path) -> None:
    """A French dialog, an English session chosen for the kit: the kit came out in French around the
    English session's teams, where `bataille kit --session` prints it in the session's language. The
    cards' language shows the session's, and stays the user's to change."""
    from bataille.storage import close_session, new_session
    from bataille.workshop import ManualClock

    deck = load_deck(small_deck)
    session = new_session(tmp_path / "evening.bataille", deck, ManualClock(), "en")
    session.add_team("Owls")
    session.add_team("Otters")
    session.start()
    close_session(session)
    dialog = open_dialog(qtbot, deck)
    kit = dialog.kit_form
    change(qtbot, dialog, lambda: kit.kit.setChecked(True))
    assert dialog.language.currentData() == "fr"
    change(qtbot, dialog, lambda: kit.set_session(tmp_path / "evening.bataille"))
    assert dialog.language.currentData() == "en" and dialog.error_text() == ""
    assert dialog.save_to(tmp_path / "kit.pdf")
    text = " ".join(pdf_text(tmp_path / "kit.pdf").split())
    assert "Owls" in text and "Agree" in text and "D’accord" not in text, text[:300]
    change(qtbot, dialog, lambda: dialog.language.setCurrentIndex(dialog.language.findData("fr")))
    assert dialog.save_to(tmp_path / "kit-fr.pdf") and "D’accord" in pdf_text(tmp_path / "kit-fr.pdf")
