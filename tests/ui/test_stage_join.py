"""The stage's join screen on every projector: the address a phone types stays whole, even the
longest one, on a 4:3 screen (its letters get smaller rather than cut at the edge)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from bataille.phones.join import qr_matrix
from bataille.ui.stage.phones_overlay import WRAP_LEFT, join_lines, paint_join

LONGEST = "http://255.255.255.255:65535/"  # no address of a room's network is longer


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1280, 800), (1024, 768), (800, 600)],
                         ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_longest_address_is_shown_whole(qapp, app_font, translations, size) -> None:
    width, height = size
    phones = SimpleNamespace(url=LONGEST, qr=qr_matrix(LONGEST), code="WACM", connected=12)
    lines = join_lines(width, height, phones, app_font)
    texts = [text for text, *_ in lines]
    assert "255.255.255.255:65535" in texts and "Salle WACM" in texts
    for text, font, _colour, box in lines:
        used = QFontMetricsF(font).boundingRect(box, WRAP_LEFT, text)
        assert used.width() <= box.width() + 0.5 and used.height() <= box.height() + 0.5, (text, used, box)
        assert box.right() <= width and box.bottom() <= height, text
    address = next(font for text, font, *_ in lines if text == "255.255.255.255:65535")
    assert address.pixelSize() >= 24  # still read from the back of a classroom
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    paint_join(painter, width, height, phones, app_font)  # draws what join_lines laid out
    painter.end()
