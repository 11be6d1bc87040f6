"""The deck editor shows a debate card on the stage as the room would see it: in the card's
language, the stage's words too (an English card sat inside « Vote avant le débat »)."""

from __future__ import annotations

from bataille.deck.models import DebateCard
from bataille.ui.deck_window.editor.previews import StagePicture


def test_the_editors_stage_picture_speaks_the_cards_language(qtbot, translations, bundled_deck) -> None:
    picture = StagePicture()
    qtbot.addWidget(picture)
    card = next(c for c in bundled_deck.cards if isinstance(c, DebateCard))
    assert picture.show_card(bundled_deck, card, "en")
    assert "Vote before the debate" in picture.scene.texts("vote-heading")
    assert picture.show_card(bundled_deck, card, "fr")
    assert "Vote avant le débat" in picture.scene.texts("vote-heading")
