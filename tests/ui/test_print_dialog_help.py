"""The print dialog gives the help `bataille print` gives: cards too long for the size chosen and the
smallest size they fit, a back offset beyond what the calibration page measures, and how to print
the file saved."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from bataille.deck import load_deck
from bataille.deck.models import Deck
from bataille.export.cards import check_fits
from bataille.export.cards_sheets import smallest_size_that_fits
from bataille.ui.print.form_parts import select_data

from .test_print_dialog import bundled, change, french, needs_poppler, open_dialog  # noqa: F401 - fixtures


def test_mini_says_how_many_cards_do_not_fit_and_the_smallest_size_they_all_fit(qtbot, bundled: Deck,  # noqa: F811
                                                                                 tmp_path: Path) -> None:
    """The command line says « N cartes trop longues pour le format mini… essayez --size poker »; the
    dialog said only how many texts, and « un format plus grand » without naming one."""
    dialog = open_dialog(qtbot, bundled)
    mini = dialog.card_size.findData("mini")
    assert "textes courts" in dialog.card_size.itemData(mini, Qt.ItemDataRole.ToolTipRole)
    change(qtbot, dialog, lambda: dialog.card_size.setCurrentIndex(mini))
    cards = len({p.card_id for p in check_fits(bundled, "mini", "fr")})
    larger = smallest_size_that_fits(bundled, dialog.options())
    assert cards > 5 and larger == "poker"
    first = dialog.error_text().split("\n")[0]
    assert first.startswith(f"{cards} cartes choisies ne tiennent pas au format Mini, 44 × 63\u00a0mm"), first
    assert "Choisissez Poker, 63 × 88\u00a0mm, le plus petit format où elles tiennent toutes" in first, first
    assert dialog.save_to(tmp_path / "mini.pdf") is False and not (tmp_path / "mini.pdf").exists()
    assert dialog.error_text().split("\n")[0] == first  # the refusal to save says the same
    change(qtbot, dialog, lambda: dialog.card_size.setCurrentIndex(dialog.card_size.findData("poker")))
    assert not dialog.error.isVisibleTo(dialog)


def test_a_custom_size_too_small_names_the_smallest_size_that_fits_in_english(qtbot, translations,
                                                                             small_deck: Path) -> None:
    translations.set_language("en")
    dialog = open_dialog(qtbot, load_deck(small_deck), "en")
    dialog.card_size.setCurrentIndex(dialog.card_size.findData("custom"))
    dialog.custom_width.setValue(25)
    change(qtbot, dialog, lambda: dialog.custom_height.setValue(30))
    first = dialog.error_text().split("\n")[0]
    cards = len({p.card_id for p in check_fits(dialog.deck, dialog.options().size, "en")})
    assert smallest_size_that_fits(dialog.deck, dialog.options()) == "mini"  # the small deck's texts are short
    assert first == (f"{cards} cards chosen do not fit on the size 25 × 30 mm: nothing can be saved at this "
                     "size. Choose Mini, 44 × 63 mm, the smallest size where they all fit, or shorten their "
                     "texts in the deck files."), first


def test_a_back_offset_beyond_the_calibration_rulers_is_warned_and_still_printed(qtbot, small_deck: Path,
                                                                                   tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    warning = dialog.form.offset_warning
    assert not warning.isVisibleTo(dialog)
    change(qtbot, dialog, lambda: dialog.offset_x.setValue(5))  # on the rulers' last tick: measured
    assert not warning.isVisibleTo(dialog)
    change(qtbot, dialog, lambda: dialog.offset_y.setValue(-6.5))
    assert warning.isVisibleTo(dialog)
    assert warning.text() == ("Au-delà de 5\u00a0mm, vérifiez la mesure sur la page de calibrage\u00a0: "
                              "ses règles ne lisent que ±5\u00a0mm.")
    assert dialog.options().back_offset_mm == (5.0, -6.5)
    assert dialog.save_to(tmp_path / "far.pdf") and (tmp_path / "far.pdf").stat().st_size > 0  # still allowed
    change(qtbot, dialog, lambda: dialog.offset_y.setValue(0))
    assert not warning.isVisibleTo(dialog)


@needs_poppler
def test_after_saving_the_status_says_how_to_print_what_was_written(qtbot, bundled: Deck,  # noqa: F811
                                                                    tmp_path: Path) -> None:
    """The command line says « 18 feuilles (36 pages) — imprimer à 100 %, recto verso, retournement
    bord long »; the dialog said only « Enregistré : … (36 pages) »."""
    dialog = open_dialog(qtbot, bundled)
    target = tmp_path / "cartes.pdf"
    assert dialog.save_to(target)
    pages = int(subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
                .stdout.split("Pages:")[1].split()[0])  # the pages of the file, read back by poppler
    assert pages > 2 and pages % 2 == 0
    assert dialog.status.text() == (f"Enregistré\u00a0: {target}, {pages // 2} feuilles ({pages} pages) — "
                                    "imprimer à 100\u202f%, recto verso, retournement bord long")
    change(qtbot, dialog, lambda: select_data(dialog.form.layout_choice, "fold"))
    assert dialog.save_to(target)
    assert dialog.status.text().endswith("recto seul, puis plier chaque feuille sur le pointillé, coller et découper")
    change(qtbot, dialog, lambda: select_data(dialog.form.layout_choice, "shop"))
    assert dialog.save_to(target)  # a print shop's pages: not the school printer's sheets
    assert "feuille" not in dialog.status.text() and "pages)." in dialog.status.text()
