"""The print dialog's problem panel speaks the interface language: fit problems and unwritable files."""

from __future__ import annotations

import re
from pathlib import Path

from bataille.deck import load_deck
from bataille.ui.i18n import Translations
from bataille.ui.pdf_files import write_guide

from .test_print_dialog import change, open_dialog

N, NN = "\u00a0", "\u202f"
ENGLISH_WORDS = re.compile(r"\b(needs|more|does not fit|do not fit|cannot|shorten|card|wider|lines|use another)\b")


def make_too_small(qtbot, dialog) -> None:
    dialog.card_size.setCurrentIndex(dialog.card_size.findData("custom"))
    dialog.custom_width.setValue(25)
    change(qtbot, dialog, lambda: dialog.custom_height.setValue(30))


def test_the_error_panel_is_french_when_the_interface_is_french(
        qtbot, translations: Translations, small_deck: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck), "fr")
    assert dialog.save_to(tmp_path / "nowhere" / "cards.pdf") is False
    assert dialog.error_text().startswith("Impossible d’enregistrer "), dialog.error_text()
    make_too_small(qtbot, dialog)
    error = dialog.error_text()
    lines = error.split("\n")
    assert "ne tient pas" in lines[0] or "ne tiennent pas" in lines[0], lines[0]
    card_lines = [line for line in lines if line.startswith("• Carte ")]
    assert card_lines, error
    for line in card_lines:
        assert re.match(rf"• Carte [\w-]+, champ «{N}[\w-]+{N}» \((fr|en)\){N}: ", line), line
    assert any(f"{NN};" in line for line in card_lines), error  # French typography inside the message
    assert not ENGLISH_WORDS.search(error), error


def test_the_error_panel_is_english_when_the_interface_is_english(
        qtbot, translations: Translations, small_deck: Path, tmp_path: Path) -> None:
    translations.set_language("en")
    dialog = open_dialog(qtbot, load_deck(small_deck), "en")
    assert dialog.save_to(tmp_path / "nowhere" / "cards.pdf") is False
    assert dialog.error_text().startswith("Cannot write "), dialog.error_text()
    make_too_small(qtbot, dialog)
    error = dialog.error_text()
    assert re.search(r"• Card [\w-]+, field “[\w-]+” \((fr|en)\): ", error), error
    assert "ne tient pas" not in error and "champ" not in error


def test_a_guide_that_cannot_be_written_is_told_in_the_interface_language(
        qtbot, translations: Translations, small_deck: Path, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: shown.append(args[2])))
    deck = load_deck(small_deck)
    assert not write_guide(None, deck, "en", "a4", tmp_path / "nowhere" / "guide.pdf")
    translations.set_language("en")
    assert not write_guide(None, deck, "fr", "a4", tmp_path / "nowhere" / "guide.pdf")
    assert shown[0].startswith(f"Le guide n’a pas été enregistré{N}: Impossible d’enregistrer "), shown[0]
    assert shown[1].startswith("The guide was not saved: cannot write "), shown[1]


def test_the_dialog_open_while_the_interface_changes_language_says_everything_in_the_new_one(
        qtbot, translations: Translations, small_deck: Path) -> None:
    """Open in French when the interface went to English: « sur 2 », the printer's setting and the
    themes' names stayed French beside English labels, and the file offered kept French words."""
    deck = load_deck(small_deck)
    dialog = open_dialog(qtbot, deck, "fr")
    assert dialog.page_of.text().startswith("sur ") and dialog.form.duplex_hint.text().startswith("Sur l’imprimante")
    translations.set_language("en")
    qtbot.wait(50)  # the change of language reaches the widgets as posted events
    assert dialog.page_of.text().startswith("of "), dialog.page_of.text()
    assert dialog.form.duplex_hint.text().startswith("On the printer"), dialog.form.duplex_hint.text()
    for theme in deck.themes:
        assert dialog.theme_boxes[theme.id].text() == theme.name.get("en").replace("&", "&&")
    assert dialog.language.currentData() == "fr"  # the cards' language is the user's choice: it stays
