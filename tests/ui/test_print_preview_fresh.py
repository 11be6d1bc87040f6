"""The print dialog opened again on other cards never shows the cards of before: « Imprimer les
cartes… », closed, then « Imprimer cette carte… » showed the whole deck's first page for seconds
under « 1 carte · 2 pages ». The picture now gives way to « Préparation de l’aperçu… » until the
page of the card chosen comes."""

from __future__ import annotations

from bataille.ui.commands import Command
from bataille.ui.deck_window.card_list import CardRole

from .test_print_chosen_cards import click_card

PREVIEW_TIMEOUT_MS = 30000


def test_the_preview_of_the_whole_deck_goes_when_one_card_is_chosen(qtbot, window):
    window.registry[Command.PRINT_CARDS].trigger()
    dialog = window.print_dialog
    qtbot.waitUntil(lambda: not dialog.preview_image().isNull(), timeout=PREVIEW_TIMEOUT_MS)
    assert dialog.card_count() == 4
    dialog.close()
    view = window.browser.view
    one = view.model().index(2, 0).data(CardRole).id
    click_card(qtbot, view, one)
    window.print_card_action.trigger()
    assert dialog.card_count() == 1
    assert dialog.preview_image().isNull()  # not the four cards' page any more
    assert dialog.view.message == "Préparation de l’aperçu…"
    with qtbot.waitSignal(dialog.previewUpdated, timeout=PREVIEW_TIMEOUT_MS):
        pass
    assert not dialog.preview_image().isNull()
    # The same card again: its page stays on screen, nothing to prepare.
    dialog.close()
    window.print_card_action.trigger()
    assert not dialog.preview_image().isNull()
    # A theme unticked in the whole deck: the page of the cards of before goes too.
    dialog.form.chosen.all_button.click()
    assert dialog.card_count() == 4 and dialog.preview_image().isNull()
    dialog.close()
