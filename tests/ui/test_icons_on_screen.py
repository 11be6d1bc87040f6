"""Theme icons on screen come from the same reader as validate and print (bataille.deck.icons)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from bataille.deck import load_deck
from bataille.deck.icons import clear_icons
from bataille.ui.card_face import paint_card
from bataille.ui.icon_paint import can_paint, clear_icon_cache, paint_icon
from tests.deck.conftest import write_deck
from tests.reliability.test_deck_icons import DRAWN, REFUSED

SVG = 'xmlns="http://www.w3.org/2000/svg"'


def _image(size: int = 64) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


def test_an_icon_is_painted_where_its_svg_says(qapp, tmp_path: Path) -> None:
    icon = tmp_path / "half.svg"
    icon.write_text(f'<svg {SVG} viewBox="0 0 64 64"><rect x="0" y="0" width="32" height="64" fill="#ff0000"/></svg>')
    image = _image()
    painter = QPainter(image)
    assert paint_icon(painter, icon, QRectF(0, 0, 64, 64))
    painter.end()
    assert image.pixelColor(10, 32) == QColor("#ff0000")
    assert image.pixelColor(54, 32).alpha() == 0


def test_odd_icons_paint_or_are_skipped_without_a_word_from_qt(qapp, tmp_path: Path) -> None:
    for i, content in enumerate([*DRAWN.values(), *(c for c, _ in REFUSED.values())]):
        path = tmp_path / f"{i}.svg"
        path.write_bytes(content.encode() if isinstance(content, str) else content)
        image = _image()
        painter = QPainter(image)
        painted = paint_icon(painter, path, QRectF(4, 4, 56, 56))
        painter.end()
        assert painted == can_paint(path)
    assert not can_paint(tmp_path / "absent.svg")
    clear_icon_cache()
    clear_icons()


def test_a_card_with_a_refused_icon_still_draws_on_screen(qapp, tmp_path: Path) -> None:
    root = write_deck(tmp_path / "deck")
    deck = load_deck(root)
    (root / "assets" / "icons" / "environment.svg").write_text(f'<svg {SVG} viewBox="0 0 0 0"/>')  # after validate
    clear_icon_cache()
    image = QImage(315, 440, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    for card in deck.cards:
        paint_card(painter, QRectF(0, 0, 315, 440), card, deck, "fr")
    painter.end()
    clear_icons()
