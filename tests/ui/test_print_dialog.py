"""The print dialog on real decks: counts and preview from the export code, subsets, saving, errors, keyboard."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.models import Deck
from bataille.export.cards import check_fits
from bataille.export.cards_sheets import page_count, select_cards
from bataille.ui.commands import Command
from bataille.ui.deck_window.window import DeckWindow
from bataille.ui.pdf_files import write_guide
from bataille.ui.print.dialog import PrintDialog
from bataille.ui.settings import Settings

PREVIEW_TIMEOUT_MS = 30000


@pytest.fixture(scope="module")
def bundled() -> Deck:
    return load_deck(bundled_deck_path())


@pytest.fixture(autouse=True)
def french(translations):
    """The app in French (as the deck window fixture), with the .qm built from the .ts in git."""
    return translations


def open_dialog(qtbot, deck: Deck, lang: str = "fr", use_pdftoppm: bool = True) -> PrintDialog:
    """The dialog, shown, with its first preview on screen."""
    settings = Settings()
    settings.print_paper, settings.print_card_size, settings.print_duplex = "a4", "poker", "long"
    dialog = PrintDialog(deck, settings, lang, use_pdftoppm=use_pdftoppm)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
        dialog.resize(1366, 768)
        dialog.show()
    return dialog


def change(qtbot, dialog: PrintDialog, action) -> None:
    """Change an option and wait for the preview it leads to."""
    with qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
        action()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftoppm, pdftotext) not installed")


@needs_poppler
def test_card_size_and_paper_change_the_pages_shown_and_the_preview(qtbot, bundled: Deck) -> None:
    dialog = open_dialog(qtbot, bundled)
    # The controls' names leave QWidget's own methods alone (a combo named `size` hid size()).
    assert dialog.size().width() > 0 and dialog.form.size().width() > 0 and dialog.form.layout() is not None
    assert dialog.renderer.exact and "pdftoppm" in dialog.view.toolTip()
    first = dialog.preview_image().copy()
    assert not first.isNull()
    poker = page_count(bundled, dialog.options())
    assert dialog.page_count() == poker and dialog.page_of.text() == f"sur {poker}"

    change(qtbot, dialog, lambda: dialog.card_size.setCurrentIndex(dialog.card_size.findData("tarot")))
    tarot = page_count(bundled, dialog.options())
    assert tarot != poker and dialog.page_count() == tarot and f"{tarot}\u00a0pages" in dialog.summary.text()
    assert dialog.preview_image() != first

    # With a 3 mm bleed, A4 takes 8 poker cards a sheet and US Letter 6.
    dialog.card_size.setCurrentIndex(dialog.card_size.findData("poker"))
    change(qtbot, dialog, lambda: dialog.bleed.setValue(3))
    a4 = dialog.preview_image().copy()
    a4_pages = dialog.page_count()
    change(qtbot, dialog, lambda: dialog.paper.setCurrentIndex(dialog.paper.findData("letter")))
    assert dialog.page_count() == page_count(bundled, dialog.options()) != a4_pages
    letter = dialog.preview_image()
    assert letter.width() / letter.height() != pytest.approx(a4.width() / a4.height(), abs=0.01)


def test_a_theme_subset_changes_the_card_count(qtbot, small_deck: Path) -> None:
    deck = load_deck(small_deck)
    dialog = open_dialog(qtbot, deck)
    assert dialog.card_count() == 4 and dialog.summary.text().startswith("4\u00a0cartes")
    # The line may wrap between its groups, never between a number and its noun.
    assert [group.split("\u00a0")[0] for group in dialog.summary.text().split(" · ")] == ["4", "2", "1", "9"]
    assert " " not in dialog.summary.text().replace(" · ", "")
    change(qtbot, dialog, lambda: dialog.theme_boxes["bias"].setChecked(False))
    assert dialog.options().themes == ("environment",)
    assert dialog.card_count() == len(select_cards(deck, dialog.options())) == 2
    assert dialog.summary.text().startswith("2\u00a0cartes")
    change(qtbot, dialog, lambda: dialog.kind_boxes["debate"].setChecked(False))
    assert dialog.card_count() == 1
    change(qtbot, dialog, lambda: dialog.theme_boxes["environment"].setChecked(False))
    assert dialog.card_count() == 0 and "Aucune carte" in dialog.error_text()
    assert dialog.preview_image().isNull()


def test_theme_boxes_show_icon_and_name(qtbot, small_deck: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    box = dialog.theme_boxes["environment"]
    assert box.text() == "Impact environnemental" and not box.icon().isNull()


@needs_poppler
def test_save_writes_the_chosen_cards_and_remembers_the_folder(qtbot, small_deck: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    change(qtbot, dialog, lambda: dialog.theme_boxes["environment"].setChecked(False))
    out = tmp_path / "out"
    out.mkdir()
    asked = {}

    def choose(parent, title, start, filters):
        asked["start"] = start
        return str(out / "cartes"), filters  # no extension: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    saved = dialog.save_as()
    assert saved == out / "cartes.pdf" and saved.is_file()
    assert asked["start"] == str(Path.home() / dialog.default_file_name())
    assert dialog.default_file_name().endswith("-poker-a4-fr-recto-verso.pdf")
    text = pdf_text(saved)
    assert "Visages mal reconnus" in text
    assert "L'eau des centres" not in text and "Dartmouth" not in text
    assert dialog.error_text() == "" and str(saved) in dialog.status.text()
    assert Settings().print_folder == str(out)
    replaced = []  # « cartes » again: cartes.pdf is there, and asked about before it is replaced
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: replaced.append(a) or QMessageBox.StandardButton.Yes))
    dialog.save_as()
    assert asked["start"].startswith(str(out))
    assert len(replaced) == 1


@pytest.mark.parametrize("where", ["missing folder", "a file as folder", "a folder as file"])
def test_an_unwritable_path_shows_an_error_and_writes_nothing(qtbot, small_deck: Path, tmp_path: Path,
                                                              where: str) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    (tmp_path / "plain.txt").write_text("x")
    (tmp_path / "folder.pdf").mkdir()
    target = {"missing folder": tmp_path / "nowhere" / "cards.pdf",
              "a file as folder": tmp_path / "plain.txt" / "cards.pdf",
              "a folder as file": tmp_path / "folder.pdf"}[where]
    before = sorted(p.name for p in tmp_path.rglob("*"))
    assert dialog.save_to(target) is False
    assert "Impossible d’enregistrer" in dialog.error_text() and dialog.error.isVisible()  # French interface
    assert "Traceback" not in dialog.error_text()
    assert dialog.status.text() == "Rien n’a été enregistré."
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_a_card_that_does_not_fit_is_named_with_its_field(qtbot, small_deck: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    dialog.card_size.setCurrentIndex(dialog.card_size.findData("custom"))
    dialog.custom_width.setValue(25)
    change(qtbot, dialog, lambda: dialog.custom_height.setValue(30))
    error = dialog.error_text()
    assert re.search(r"Carte (env-water|env-debate|bias-faces|ev-1956), champ «\u00a0[\w-]+\u00a0»", error), error
    assert dialog.preview_image().isNull()
    assert dialog.save_to(tmp_path / "tiny.pdf") is False
    assert not (tmp_path / "tiny.pdf").exists()


def test_texts_that_do_not_fit_are_counted_for_every_card_as_soon_as_the_size_is_chosen(qtbot, bundled: Deck,
                                                                                      tmp_path: Path) -> None:
    """Mini, on the bundled deck: the dialog says at once how many of all the cards chosen do not
    fit (it said the preview's page's only, or nothing until « Enregistrer en PDF… »)."""
    dialog = open_dialog(qtbot, bundled)
    assert not dialog.error.isVisibleTo(dialog)
    dialog.card_size.setCurrentIndex(dialog.card_size.findData("mini"))  # told before any preview
    problems = len({p.card_id for p in check_fits(bundled, "mini", "fr")})  # the cards, not their texts
    assert problems > 5 and dialog.error.isVisibleTo(dialog)
    assert dialog.error_text().startswith(f"{problems} cartes choisies ne tiennent pas"), dialog.error_text()
    qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS).wait()  # the page drawn: the count stays
    assert dialog.error_text().startswith(f"{problems} cartes"), dialog.error_text()
    change(qtbot, dialog, lambda: dialog.theme_boxes[bundled.themes[0].id].setChecked(False))  # fewer cards chosen
    fewer = len({p.card_id for p in check_fits(bundled, "mini", "fr", dialog._plan.cards)})
    assert 0 < fewer < problems and dialog.error_text().startswith(f"{fewer} cartes")
    change(qtbot, dialog, lambda: dialog.card_size.setCurrentIndex(dialog.card_size.findData("poker")))
    assert not dialog.error.isVisibleTo(dialog) and dialog.page_count() > 0


def test_calibration_page_needs_both_sides(qtbot, small_deck: Path, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck))
    change(qtbot, dialog, lambda: dialog.calibration.setChecked(True))
    assert dialog.page_count() == 2 and not dialog.theme_boxes["bias"].isEnabled()
    assert dialog.language.isEnabled()  # the sheet's instructions are in the chosen language
    assert dialog.default_file_name() == "calibration-a4-long.pdf"
    assert dialog.save_to(tmp_path / "calibration.pdf")
    change(qtbot, dialog, lambda: dialog.duplex.setCurrentIndex(dialog.duplex.findData("none")))
    assert "recto verso" in dialog.error_text()


def test_without_pdftoppm_the_plan_is_drawn_and_called_approximate(qtbot, small_deck: Path) -> None:
    dialog = open_dialog(qtbot, load_deck(small_deck), use_pdftoppm=False)
    assert not dialog.renderer.exact
    assert dialog.view.note == "aperçu approximatif" and not dialog.preview_image().isNull()
    assert "approximatif" in dialog.view.toolTip()
    change(qtbot, dialog, lambda: dialog.page.setValue(2))  # the backs page
    assert not dialog.preview_image().isNull()


CONTROLS = (QComboBox, QAbstractSpinBox, QAbstractButton)


def controls(dialog: PrintDialog) -> list[QWidget]:
    return [w for w in dialog.findChildren(QWidget) if isinstance(w, CONTROLS) and w.isVisibleTo(dialog)
            and w.parent() is not None and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_control_is_named_and_reachable_by_keyboard(qtbot, small_deck: Path, translations, lang) -> None:
    translations.set_language(lang)
    dialog = open_dialog(qtbot, load_deck(small_deck), lang)
    dialog.card_size.setCurrentIndex(dialog.card_size.findData("custom"))  # shows the width and height fields
    found = controls(dialog)
    # 15 options, "my printer does not print double-sided", 2 themes, 3 kinds, 5 of the kit, page, save, close
    assert len(found) == 29
    for widget in found:
        assert widget.accessibleName(), widget.objectName()

    def unreached() -> set[str]:
        dialog.paper.setFocus()
        reached = set()
        for _ in range(200):
            focused = dialog.focusWidget()
            while focused is not None and focused not in found:
                focused = focused.parentWidget()
            if focused is not None:
                reached.add(focused)
            dialog.focusNextChild()
        return {w.objectName() for w in found if w.isEnabled()} - {w.objectName() for w in reached}

    assert unreached() == set()
    dialog.kit_form.kit.setChecked(True)  # the kit's own controls, enabled with it
    assert dialog.kit_form.teams.isEnabled() and unreached() == set()
    dialog.kit_form.kit.setChecked(False)
    # Mnemonics (Alt+letter) are unique among the labels and buttons of the dialog.
    keys = []
    for widget in [*dialog.findChildren(QLabel), *dialog.findChildren(QCheckBox), dialog.save_button]:
        match = re.search(r"&(\w)", widget.text().replace("&&", ""))
        if match:
            keys.append(match.group(1).lower())
    assert len(keys) == len(set(keys)) >= 10, keys


def test_guide_is_written_or_the_problem_shown(qtbot, small_deck: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args: shown.append(args[2])))
    deck = load_deck(small_deck)
    assert write_guide(None, deck, "fr", "a4", tmp_path / "guide.pdf")
    assert (tmp_path / "guide.pdf").read_bytes().startswith(b"%PDF")
    assert not write_guide(None, deck, "fr", "a4", tmp_path / "nowhere" / "guide.pdf")
    assert len(shown) == 1 and "Impossible d’enregistrer" in shown[0]  # French interface


def test_file_menu_opens_the_print_dialog(window: DeckWindow) -> None:
    action = window.registry[Command.PRINT_CARDS]
    assert action.shortcut().toString() == "Ctrl+P"
    assert action in window.file_menu.actions() and window.registry[Command.GUIDE] in window.file_menu.actions()
    action.trigger()
    assert window.print_dialog is not None and window.print_dialog.isVisible()
    assert window.print_dialog.card_count() == 4


@needs_poppler
def test_the_first_preview_says_it_is_being_prepared(qtbot, bundled) -> None:
    """A plain grey box for the seconds the first page takes: now a sentence, until the page comes."""
    settings = Settings()
    settings.print_paper, settings.print_card_size, settings.print_duplex = "a4", "poker", "long"
    dialog = PrintDialog(bundled, settings, "fr")
    qtbot.addWidget(dialog)
    seen: list[str] = []
    dialog.renderer.request = lambda *args, **kwargs: seen.append(dialog.view.message)  # held back
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=PREVIEW_TIMEOUT_MS)
    assert seen[0] == "Préparation de l’aperçu…" and dialog.view.image.isNull()


def test_saving_waits_for_the_preview_being_laid_out(qtbot, bundled: Deck, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """An option changed, then Save at once: the print run is laid out once the preview's layout is
    done, never beside it (reportlab lays out one document at a time)."""
    import bataille.ui.print.dialog as dialog_module

    dialog = open_dialog(qtbot, bundled)
    running = []
    real = dialog_module.write_print_run

    def write(*args, **kwargs):
        running.append(dialog.renderer.pool.activeThreadCount())
        return real(*args, **kwargs)

    monkeypatch.setattr(dialog_module, "write_print_run", write)
    dialog.page.setValue(3)
    dialog._render_preview()  # as the debounce's timeout does: a new preview starts on the pool
    assert dialog.renderer.pool.activeThreadCount() == 1
    assert dialog.save_to(tmp_path / "cartes.pdf")
    assert running == [0]


def test_a_page_pdftoppm_cannot_draw_is_said_in_french(qapp, translations) -> None:
    from bataille.export.errors import ExportError
    from bataille.ui.print.preview import rasterise_pdf

    with pytest.raises(ExportError) as refused:
        rasterise_pdf(b"not a pdf", 30, tool=shutil.which("pdftoppm"))
    assert refused.value.message_in("fr").startswith("pdftoppm n’a pas pu dessiner la page\u00a0: ")


def test_the_file_name_says_the_layout_so_a_fold_print_does_not_replace_the_double_sided_one(qtbot, bundled):
    from bataille.ui.print.form_parts import select_data

    dialog = open_dialog(qtbot, bundled)
    form = dialog.form
    assert dialog.default_file_name() == f"{bundled.id}-poker-a4-fr-recto-verso.pdf"  # as marked as the others
    change(qtbot, dialog, lambda: select_data(form.layout_choice, "fold"))
    assert dialog.default_file_name() == f"{bundled.id}-poker-a4-fr-a-plier.pdf"
    change(qtbot, dialog, lambda: select_data(form.layout_choice, "grid"))
    change(qtbot, dialog, lambda: select_data(form.duplex, "none"))
    assert dialog.default_file_name() == f"{bundled.id}-poker-a4-fr-recto.pdf"


def test_the_file_name_says_the_themes_and_kinds_so_a_theme_s_sheet_does_not_replace_the_deck_s(qtbot, bundled):
    """One theme's sheet was offered the whole deck's file name."""
    dialog = open_dialog(qtbot, bundled)
    for theme in [t.id for t in bundled.themes if t.id != "environment"]:
        change(qtbot, dialog, lambda t=theme: dialog.theme_boxes[t].setChecked(False))
    # The theme named as the interface names it, beside the kinds in the same language.
    assert dialog.default_file_name() == f"{bundled.id}-impact-environnemental-poker-a4-fr-recto-verso.pdf"
    change(qtbot, dialog, lambda: dialog.kind_boxes["event"].setChecked(False))
    change(qtbot, dialog, lambda: dialog.kind_boxes["debate"].setChecked(False))
    assert dialog.default_file_name() == f"{bundled.id}-impact-environnemental-faits-poker-a4-fr-recto-verso.pdf"
    change(qtbot, dialog, lambda: dialog.theme_boxes["society"].setChecked(True))
    change(qtbot, dialog, lambda: dialog.form.ink_saving.setChecked(True))
    name = dialog.default_file_name()
    assert name == f"{bundled.id}-impact-environnemental-societe-faits-poker-a4-fr-recto-verso-eco-encre.pdf"
    assert re.fullmatch(r"[a-z0-9.-]+", name) and len(name) < 100  # any file system, any USB stick


def test_a_theme_named_with_a_ligature_keeps_its_letters_in_the_file_name() -> None:
    """« Œuvres et IA » was « uvres-et-ia »: the ligature went with the accents."""
    from bataille.ui.print.run_summary import slug

    assert slug("Œuvres et IA") == "oeuvres-et-ia"
    assert slug("Créativité et propriété intellectuelle", 24) == "creativite-et-propriete"
    assert slug("Straße der Kunst") == "strasse-der-kunst"
