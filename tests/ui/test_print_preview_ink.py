"""Saving ink, the print window's preview shows what the black-and-white printer the option is for
prints: the PDF's page in grey (no light blue band, no coloured icon), the same grey as the saved
PDF read back with ``pdftoppm -gray``; without pdftoppm, the faces drawn as the PDF draws them
saving ink (a light ground, dark words), not the solid colours of a print in full ink."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from bataille.deck import bundled_deck_path, load_deck
from bataille.deck.models import Deck
from bataille.ui.print.dialog import PrintDialog
from bataille.ui.settings import Settings

PREVIEW_TIMEOUT_MS = 30000
STEP = 3  # pixels sampled: one in three, each way

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) not installed")


@pytest.fixture(scope="module")
def bundled() -> Deck:
    return load_deck(bundled_deck_path())


@pytest.fixture(autouse=True)
def french(translations):
    return translations


def _dialog(qtbot, deck: Deck, use_pdftoppm: bool) -> PrintDialog:
    """The dialog on the first sheet of fact cards of one theme (fronts, then backs), saving ink."""
    settings = Settings()
    settings.print_paper, settings.print_card_size, settings.print_duplex = "a4", "poker", "long"
    dialog = PrintDialog(deck, settings, "fr", use_pdftoppm=use_pdftoppm)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
        dialog.resize(1366, 768)
        dialog.show()
    with qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
        dialog.form.ink_saving.setChecked(True)
    assert dialog.options().ink_saving
    return dialog


def _page(qtbot, dialog: PrintDialog, number: int) -> QImage:
    if dialog.page.value() != number:
        with qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
            dialog.page.setValue(number)
    image = dialog.preview_image()
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _pixels(image: QImage) -> list[tuple[int, int, int]]:
    return [image.pixelColor(x, y).getRgb()[:3] for y in range(0, image.height(), STEP)
            for x in range(0, image.width(), STEP)]


def _coloured(pixels) -> int:
    """How many pixels are not grey (a tint of the theme's colour, a coloured icon)."""
    return sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 6)


def _darkness(pixels) -> float:
    """How much toner, 0 (white paper) to 1 (solid black)."""
    return sum(255 - (r + g + b) / 3 for r, g, b in pixels) / (255 * len(pixels))


def _tiles(image: QImage, tile: int = 20) -> list[float]:
    """The darkness of each square of ``tile`` pixels (about 1 cm here): a sub-pixel shift of a word
    between two rasterisations changes no square, a band or a back in another shade does."""
    return [_darkness([image.pixelColor(x, y).getRgb()[:3] for y in range(top, min(top + tile, image.height()))
                       for x in range(left, min(left + tile, image.width()))])
            for top in range(0, image.height(), tile) for left in range(0, image.width(), tile)]


def _pdf_page_in_grey(path: Path, number: int, like: QImage) -> QImage:
    """Page ``number`` of the saved PDF, in grey, the size of the preview's picture."""
    png = subprocess.run(["pdftoppm", "-gray", "-f", str(number), "-l", str(number), "-singlefile",
                          "-scale-to-x", str(like.width()), "-scale-to-y", str(like.height()), "-png", str(path)],
                         capture_output=True, check=True).stdout
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGB32)


@needs_poppler
def test_the_preview_saving_ink_is_the_pdf_as_the_black_and_white_printer_prints_it(qtbot, bundled, tmp_path):
    dialog = _dialog(qtbot, bundled, use_pdftoppm=True)
    out = tmp_path / "cartes-eco.pdf"
    assert dialog.save_to(out)
    colour = subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-singlefile", "-png", str(out)],
                            capture_output=True, check=True).stdout
    assert _coloured(_pixels(QImage.fromData(colour, "PNG").convertToFormat(QImage.Format.Format_RGB32))) > 100
    for number in (1, 2):  # fronts (the light band, the icon in the theme's colour), backs
        shown = _page(qtbot, dialog, number)
        pixels = _pixels(shown)
        assert _coloured(pixels) == 0, f"page {number}: {_coloured(pixels)} pixels in colour"
        printed = _tiles(_pdf_page_in_grey(out, number, shown))
        worst = max(abs(a - b) for a, b in zip(_tiles(shown), printed, strict=True))
        assert worst < 0.05, (number, worst)
    assert dialog.renderer.exact


@needs_poppler
def test_the_approximate_preview_saves_ink_as_the_pdf_does(qtbot, bundled, tmp_path):
    """Without pdftoppm, the faces are drawn by the screen's painter: saving ink, a back is a light
    ground with its icon and words, as the PDF prints it, not a solid block of the theme's colour."""
    dialog = _dialog(qtbot, bundled, use_pdftoppm=False)
    assert not dialog.renderer.exact
    out = tmp_path / "cartes-eco.pdf"
    assert dialog.save_to(out)
    for number in (1, 2):
        shown = _page(qtbot, dialog, number)
        pixels = _pixels(shown)
        assert _coloured(pixels) == 0, f"page {number}: {_coloured(pixels)} pixels in colour"
        printed = _pdf_page_in_grey(out, number, shown)
        assert abs(_darkness(pixels) - _darkness(_pixels(printed))) < 0.03, (number, _darkness(pixels))
        assert max(_tiles(shown)) < max(_tiles(printed)) + 0.1  # no solid block the PDF does not print
