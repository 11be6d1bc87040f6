"""The print dialog as a school uses it: a file saved, then options changed; the fold layout's
greyed "Printing" list; every choice in sight at 1366×768; ink saving; bleed in plain words."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect

from bataille.deck import load_deck
from bataille.ui.i18n import Translations
from bataille.ui.print.form_parts import select_data

from .test_print_dialog import change, needs_poppler, open_dialog

# The dialog's own size on a 1366×768 screen whose taskbar leaves 728 pixels (PrintDialog.__init__).
SCHOOL_SCREEN = (round(1366 * 0.96), round(728 * 0.92))


@pytest.fixture(autouse=True)
def french(translations):
    """The app in French, with the .qm built from the .ts in git."""
    return translations


def test_an_option_changed_after_saving_takes_the_open_button_away(qtbot, small_deck: Path, tmp_path: Path) -> None:
    """The preview showed English cards while « Ouvrir » offered the French file just saved."""
    dialog = open_dialog(qtbot, load_deck(small_deck), "fr")
    assert dialog.save_to(tmp_path / "cartes-fr.pdf")
    assert dialog.open_button.isVisibleTo(dialog) and "cartes-fr.pdf" in dialog.status.text()
    change(qtbot, dialog, lambda: select_data(dialog.language, "en"))
    assert not dialog.open_button.isVisibleTo(dialog)
    assert dialog.status.text() == ("Options changées depuis l’enregistrement de cartes-fr.pdf\u00a0: "
                                    "enregistrez à nouveau pour imprimer celles-ci.")
    assert dialog.save_to(tmp_path / "cards-en.pdf")  # saved again: its own file to open
    assert dialog.open_button.text() == "Ouvrir cards-en.pdf"
    for action in (lambda: dialog.theme_boxes[next(iter(dialog.theme_boxes))].setChecked(False),
                   lambda: dialog.kind_boxes["event"].setChecked(False),
                   lambda: select_data(dialog.form.layout_choice, "fold"),
                   lambda: dialog.form.ink_saving.setChecked(True)):
        assert dialog.save_to(tmp_path / "again.pdf") and dialog.open_button.isVisibleTo(dialog)
        change(qtbot, dialog, action)
        assert not dialog.open_button.isVisibleTo(dialog) and "again.pdf" in dialog.status.text()
        assert dialog.status.text().startswith("Options changées")


def test_the_greyed_printing_list_says_what_the_fold_layout_prints(qtbot, small_deck: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck), "fr")
    change(qtbot, dialog, lambda: select_data(dialog.duplex, "short"))
    change(qtbot, dialog, lambda: select_data(dialog.form.layout_choice, "fold"))
    assert not dialog.duplex.isEnabled()
    assert dialog.duplex.currentText() == "Recto seul, à plier"  # as the hint above says, not « Recto verso »
    assert "recto seul" in dialog.form.duplex_hint.text()
    change(qtbot, dialog, lambda: select_data(dialog.form.layout_choice, "shop"))
    assert dialog.duplex.currentText() == "Page recto, puis page verso"
    change(qtbot, dialog, lambda: select_data(dialog.form.layout_choice, "grid"))
    # The mode chosen comes back, and the list offers the three modes only.
    assert dialog.duplex.isEnabled() and dialog.duplex.currentData() == "short" == dialog.options().duplex
    assert [dialog.duplex.itemData(i) for i in range(dialog.duplex.count())] == ["long", "short", "none"]


def test_every_choice_a_school_makes_is_in_sight_at_1366_by_768(qtbot, translations: Translations, bundled_deck,
                                                               in_app_font) -> None:
    for lang in ("fr", "en"):
        translations.set_language(lang)
        dialog = open_dialog(qtbot, bundled_deck, lang)
        dialog.resize(*SCHOOL_SCREEN)
        qtbot.waitUntil(lambda d=dialog: d.size().width() == SCHOOL_SCREEN[0])
        form, viewport = dialog.form, dialog._scroll.viewport()
        choices = [form.layout_choice, form.paper, form.card_size, form.bleed, form.cut_marks, form.duplex,
                   form.language, *form.theme_boxes.values(), *form.kind_boxes.values(), dialog.kit_form.kit,
                   dialog.save_button]
        for widget in (*choices, getattr(form, "ink_saving", form.paper)):
            place = QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
            seen = QRect(viewport.mapTo(dialog, QPoint(0, 0)), viewport.size()) if widget is not dialog.save_button \
                else dialog.rect()
            assert seen.contains(place), (lang, widget.objectName(), place, seen)
        assert dialog._scroll.verticalScrollBar().maximum() == 0, lang
        assert dialog.view.width() > 380  # the page stays large enough to read
        dialog.close()


def test_bleed_is_explained_in_plain_words(qtbot, small_deck: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck), "fr")
    tip = dialog.form.bleed_label.toolTip()
    assert tip == dialog.bleed.toolTip() and tip.startswith("Fond perdu\u00a0: la couleur des cartes")
    assert "ciseaux" in tip and "0\u00a0mm" in tip


@needs_poppler
def test_ink_saving_from_the_dialog_prints_light_backs(qtbot, small_deck: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck), "fr")
    box = dialog.form.ink_saving
    assert box.text() == "Économie d’encre (imprimante noir et blanc)" and box.isEnabled() and not box.isChecked()
    change(qtbot, dialog, lambda: box.setChecked(True))
    assert dialog.options().ink_saving
    assert dialog.default_file_name().endswith("-recto-verso-eco-encre.pdf")
    out = tmp_path / "eco.pdf"
    assert dialog.save_to(out)
    raw = subprocess.run(["pdftoppm", "-gray", "-r", "30", "-f", "2", "-l", "2", str(out)], capture_output=True,
                         check=True).stdout
    width, height = (int(v) for v in raw.split(maxsplit=4)[1:3])
    pixels = raw[-width * height:]
    assert sum(255 - p for p in pixels) / (255 * len(pixels)) < 0.15  # the backs: light, not a dark block
    dialog.kit_form.kit.setChecked(True)
    assert not box.isEnabled()  # the kit has no cards
