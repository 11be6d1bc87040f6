"""The stage's join screen on every projector: the address a phone types stays whole, even the
longest one, on a 4:3 screen (its letters get smaller rather than cut at the edge); the open
debate's claim stays in sight under it while the room joins."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QFontMetricsF, QImage, QPainter

from bataille.phones.join import qr_matrix
from bataille.ui.stage.phones_overlay import (
    CLAIM_SHARE,
    WRAP_CENTRE,
    WRAP_LEFT,
    claim_band,
    join_lines,
    paint_join,
)

LONGEST = "http://255.255.255.255:65535/"  # no address of a room's network is longer


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1280, 800), (1024, 768), (800, 600)],
                         ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_longest_address_is_shown_whole(qapp, app_font, translations, size) -> None:
    width, height = size
    phones = SimpleNamespace(url=LONGEST, qr=qr_matrix(LONGEST), code="WACM", connected=12)
    lines = join_lines(width, height, phones, app_font)
    texts = [text for text, *_ in lines]
    assert "255.255.255.255:65535" in texts and "La page affiche «\u00a0Salle\u00a0WACM\u00a0» en haut" in texts
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


LONG_CLAIM = ("« Les IA génératives vont rendre inutile l’apprentissage des langues étrangères, de l’écriture "
              "et du calcul mental d’ici dix ans, pour la plupart des élèves comme pour la plupart des adultes »")


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1024, 768), (800, 600)],
                         ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_open_claim_shows_whole_under_the_code(qapp, app_font, translations, size) -> None:
    """While the room joins, it reads what it will vote on: the claim, whole, in a band under the code
    and the address, which keep their own room above it."""
    width, height = size
    band = claim_band(width, height, app_font, LONG_CLAIM)
    assert band is not None
    text, font, box = band
    used = QFontMetricsF(font).boundingRect(box, WRAP_CENTRE, text)
    assert used.width() <= box.width() + 0.5 and used.height() <= box.height() + 0.5
    assert box.bottom() <= height and font.pixelSize() >= 20
    above = round(height * (1 - CLAIM_SHARE))
    phones = SimpleNamespace(url=LONGEST, qr=qr_matrix(LONGEST), code="WACM", connected=12)
    for line_text, line_font, _colour, line_box in join_lines(width, above, phones, app_font):
        line_used = QFontMetricsF(line_font).boundingRect(line_box, WRAP_LEFT, line_text)
        assert line_box.top() + line_used.height() <= box.top(), line_text
    assert claim_band(width, height, app_font, "") is None


def test_the_join_screen_names_the_open_debate(qtbot, translations, bundled_deck, app_font) -> None:
    from .test_stage_scores import stage_of

    stage = stage_of(qtbot, bundled_deck, app_font, 2, "debate", (1280, 720))
    rnd = stage.controller.state.open_round
    claim = bundled_deck.card(rnd.card_id).claim.get("fr")
    assert stage.open_claim() == f"«\u00a0{claim}\u00a0»"
    stage.controller.session.close_round()
    assert stage.open_claim() == ""
