"""One card layout for paper and screen: the screen paints the PDF's own faces, and they look alike."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from reportlab.pdfgen.canvas import Canvas

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.card_drawing import draw_face
from bataille.export.imposition import parse_card_size
from bataille.ui.card_painter import SCREEN_SIZE, faces, paint_printed

DPI = 144


def _pdf_face(deck, card, back: bool, tmp_path: Path) -> QImage:
    """The face as the PDF prints it, rasterised by poppler."""
    size = parse_card_size(SCREEN_SIZE)
    path = tmp_path / f"{card.id}-{back}.pdf"
    canvas = Canvas(str(path), pagesize=(size.width, size.height))
    draw_face(canvas, faces(deck, card.id, "fr")[1 if back else 0], size, 0)
    canvas.showPage()
    canvas.save()
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-singlefile", str(path), str(path.with_suffix(""))],
                   check=True, timeout=60)
    image = QImage(str(path.with_suffix(".png")))
    assert not image.isNull()
    return image


def _screen_face(deck, card, back: bool, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_printed(painter, QRectF(0, 0, width, height), card, deck, "fr", back=back)
    painter.end()
    return image


def _grey(image: QImage, cols: int = 21, rows: int = 30) -> list[float]:
    small = image.scaled(cols, rows, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return [QColor(small.pixel(x, y)).valueF() * 255 for y in range(rows) for x in range(cols)]


def _distance(a: QImage, b: QImage) -> float:
    return sum(abs(x - y) for x, y in zip(_grey(a), _grey(b), strict=True)) / (21 * 30)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is installed by make test")
@pytest.mark.parametrize(("kind", "back"), [("fact", False), ("fact", True), ("debate", False),
                                            ("debate", True), ("event", False), ("event", True)])
def test_the_screen_paints_what_the_pdf_prints(qapp, tmp_path: Path, kind: str, back: bool) -> None:
    deck = load_deck(bundled_deck_path())
    card = deck.cards_of(kind)[0]
    other = next(c for c in deck.cards_of(kind) if c.theme != card.theme or kind == "event" and c is not card)
    printed = _pdf_face(deck, card, back, tmp_path)
    screen = _screen_face(deck, card, back, printed.width(), printed.height())
    same = _distance(printed, screen)
    different = _distance(printed, _screen_face(deck, other, back, printed.width(), printed.height()))
    # Alike to a few grey levels in a 21×30 grid (anti-aliasing differs), and the test can tell cards apart.
    assert same < 4, (card.id, same)
    assert different > same, (card.id, same, different)
