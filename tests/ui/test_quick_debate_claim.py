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


def test_the_quick_debate_shows_and_takes_its_own_language(qtbot, qapp, tmp_path: Path) -> None:
    """The quick debate ran in the language chosen in the other column, under a box that named none
    and listed its cards in the interface's language. It now has its own language: the cards and
    the claim follow it, and the debate starts in it."""
    from bataille.ui.app import Application
    from bataille.ui.start.launch import Launcher

    deck = load_deck(bundled_deck_path())
    application = Application(qapp, "fr")
    try:
        start = Launcher(application.translations, application.settings, deck).start
        qtbot.addWidget(start)
        start.resize(1366, 768)
        start.show()
        qtbot.waitExposed(start)
        assert start.quick_lang.isVisible() and start.quick_lang.currentText() == "Français"
        start.session_lang.setCurrentIndex(start.session_lang.findData("en"))  # the other column's choice
        start.quick_lang.setCurrentIndex(start.quick_lang.findData("en"))
        start.quick_lang.activated.emit(start.quick_lang.currentIndex())
        card = deck.card(start.quick_card.currentData())
        assert card.title.get("en") in start.quick_card.currentText()
        assert for_the_font(card.claim.get("en")) in start.quick_claim.text()
        start.session_lang.setCurrentIndex(start.session_lang.findData("fr"))
        asked = []
        start.newRequested.connect(asked.append)
        start.quick_button.click()
        assert asked and asked[0].lang == "en" and asked[0].debate_card == card.id
        assert start.quick_claim.geometry().bottom() < start.quick_button.geometry().top()
    finally:
        application.translations.uninstall()


def test_enter_presses_the_button_that_has_the_focus(qtbot, translations) -> None:
    """The start screen is not a dialog: Enter took only Start the session (the default button), so
    Tab to Launch the quick debate then Enter did nothing. Now Enter presses the focused button."""
    from PySide6.QtCore import Qt

    from bataille.ui.start.window import StartWindow

    deck = load_deck(bundled_deck_path())
    start = StartWindow(deck, "fr")
    qtbot.addWidget(start)
    start.resize(1366, 768)
    start.show()
    qtbot.waitExposed(start)
    asked = []
    start.newRequested.connect(asked.append)
    start.quick_button.setFocus()
    qtbot.keyClick(start.quick_button, Qt.Key.Key_Return)
    assert len(asked) == 1 and asked[0].debate_card == start.quick_card.currentData()
    start.quick_card.setFocus()
    qtbot.keyClick(start.quick_card, Qt.Key.Key_Return)  # in a list, Enter starts nothing
    assert len(asked) == 1
