"""The quick debate's card list never cuts a claim: the field ends in "…" with the whole entry in its
tooltip, the open list is as wide as its longest entry, and the chosen card's claim is written out
whole below, at a laptop's 1366×768 and 1280×720."""

from __future__ import annotations

from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.words import for_the_font


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1280, 720)])
def test_the_chosen_debate_is_readable_whole(qtbot, qapp, app_font, lang: str, size, tmp_path: Path) -> None:
    from bataille.ui.app import Application
    from bataille.ui.start.launch import Launcher

    deck = load_deck(bundled_deck_path())
    font = qapp.font()
    qapp.setFont(app_font)
    application = Application(qapp, lang)
    try:
        start = Launcher(application.translations, application.settings, deck).start
        qtbot.addWidget(start)
        start.resize(*size)
        start.show()
        qtbot.waitExposed(start)
        combo = start.quick_card
        card = next(c for c in deck.cards_of("debate") if c.id == combo.currentData())
        entry = combo.currentText()
        assert card.title.get(lang) in entry
        assert combo.fontMetrics().horizontalAdvance(entry) > combo.width() - 30  # too long for the field…
        assert combo.toolTip() == entry  # …so the tooltip has it whole
        claim = start.quick_claim
        assert claim.isVisible() and for_the_font(card.claim.get(lang)) in claim.text()
        assert claim.height() >= claim.heightForWidth(claim.width())  # every wrapped line shown
        assert claim.geometry().bottom() < start.quick_button.geometry().top()
        combo.showPopup()
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.view().width() >= widest  # the open list shows every entry whole
        combo.hidePopup()
        combo.setCurrentIndex(combo.count() - 1)  # another card: its claim follows
        last = deck.card(combo.currentData())
        assert for_the_font(last.claim.get(lang)) in claim.text() and combo.toolTip() == combo.currentText()
        qtbot.waitUntil(lambda: claim.height() >= claim.heightForWidth(claim.width()))  # laid out again, whole
        start.grab().save(str(tmp_path / f"quick-{lang}-{size[0]}.png"))
    finally:
        application.translations.uninstall()
        qapp.setFont(font)
