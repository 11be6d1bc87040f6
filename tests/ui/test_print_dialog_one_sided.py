"""A printer that does not print both sides: the dialog says what to set on the printer, warns that
« Recto seul » leaves out the events' years and the debates' ideas (printed on the backs), and
one button switches to the fold layout, with its count of sheets."""

from __future__ import annotations

import re
from pathlib import Path

from bataille.deck import load_deck
from bataille.export.cards_sheets import PrintOptions, plan_sheets
from bataille.ui.i18n import Translations

from .test_print_dialog import change, open_dialog

N = "\u00a0"
NN = "[\u00a0\u202f]"  # the screen's .qm writes U+202F as a no-break space where the font lacks it


def hint(dialog) -> str:
    label = dialog.form.duplex_hint
    return label.text() if label.isVisibleTo(dialog) else ""


def test_fronts_only_warns_of_the_words_lost_and_one_click_folds_instead(
        qtbot, translations: Translations, bundled_deck) -> None:
    dialog = open_dialog(qtbot, bundled_deck, "fr")
    folded = len(plan_sheets(bundled_deck, PrintOptions(layout="fold")).pages)
    assert folded == 40
    # Double-sided, the default: what to set on the printer, and the way out without duplex.
    assert re.match(f"Sur l’imprimante{N}: recto verso, retournement bord long, taille réelle \\(100{NN}%\\)\\. "
                    f"Pas de recto verso{NN}\\? À plier et coller plutôt \\({folded}{N}feuilles\\)\\.$", hint(dialog)), hint(dialog)
    assert dialog.form.fold_instead.isVisibleTo(dialog)
    # « Recto seul » was the obvious choice for a one-sided printer, and it silently dropped the
    # timeline's answers and the debates' ideas.
    change(qtbot, dialog, lambda: dialog.duplex.setCurrentIndex(dialog.duplex.findData("none")))
    assert hint(dialog).startswith(f"Les versos ne sont pas imprimés{N}: les cartes événement perdent leur "
                                   "année, les cartes débat leurs idées pour chaque camp."), hint(dialog)
    assert "font-weight: bold" in dialog.form.duplex_hint.styleSheet()
    # Only the facts: their backs show nothing but the theme, nothing is lost.
    change(qtbot, dialog, lambda: dialog.kind_boxes["event"].setChecked(False))
    assert hint(dialog).startswith(f"Les versos ne sont pas imprimés{N}: les cartes débat perdent"), hint(dialog)
    change(qtbot, dialog, lambda: dialog.kind_boxes["debate"].setChecked(False))
    assert "ne montrent que le thème" in hint(dialog) and not dialog.form.fold_instead.isVisibleTo(dialog)
    change(qtbot, dialog, lambda: dialog.kind_boxes["debate"].setChecked(True))
    change(qtbot, dialog, lambda: dialog.kind_boxes["event"].setChecked(True))

    change(qtbot, dialog, dialog.form.fold_instead.click)  # one click
    assert dialog.options().layout == "fold" and dialog.page_count() == folded
    assert re.match(f"Sur l’imprimante{N}: recto seul, taille réelle \\(100{NN}%\\)\\. Pliez", hint(dialog))
    assert not dialog.form.fold_instead.isVisibleTo(dialog) and "font-weight" not in dialog.form.duplex_hint.styleSheet()
    # The print shop and the kit have no such advice.
    change(qtbot, dialog, lambda: dialog.form.layout_choice.setCurrentIndex(dialog.form.layout_choice.findData("shop")))
    assert hint(dialog) == "" and not dialog.form.fold_instead.isVisibleTo(dialog)


def test_short_edge_and_english(qtbot, translations: Translations, small_deck: Path) -> None:
    translations.set_language("en")
    dialog = open_dialog(qtbot, load_deck(small_deck), "en")
    change(qtbot, dialog, lambda: dialog.duplex.setCurrentIndex(dialog.duplex.findData("short")))
    assert hint(dialog).startswith("On the printer: double-sided, flip on the short edge, actual size (100%)."), \
        hint(dialog)
    assert "No double-sided printer? Fold and glue instead (" in hint(dialog)
    assert dialog.form.fold_instead.text() == "My printer does not print double-sided"


def test_the_file_saved_opens_in_the_pdf_viewer_to_be_printed(
        qtbot, translations: Translations, small_deck: Path, tmp_path: Path, monkeypatch) -> None:
    opened = []
    monkeypatch.setattr("bataille.ui.print.dialog.QDesktopServices.openUrl", lambda url: opened.append(url))
    dialog = open_dialog(qtbot, load_deck(small_deck), "fr")
    assert not dialog.open_button.isVisibleTo(dialog)  # nothing saved yet
    path = tmp_path / "cartes.pdf"
    assert dialog.save_to(path)
    assert str(path) in dialog.status.text()
    assert dialog.open_button.isVisibleTo(dialog) and dialog.open_button.text() == "Ouvrir cartes.pdf"
    dialog.open_button.click()
    assert [url.toLocalFile() for url in opened] == [str(path)]
    assert not dialog.save_to(tmp_path / "nowhere" / "cartes.pdf")  # a failed save offers nothing to open
    assert not dialog.open_button.isVisibleTo(dialog)
