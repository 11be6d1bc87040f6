"""Printing several cards at once from the deck window: Ctrl-click chooses them among the cards,
« Imprimer ces 3 cartes… » (its name follows the selection) opens the print dialog on exactly
those, and the PDF holds them and no other; and the print dialog offers, in one click, the cards
added or changed since the deck was opened. (Only one card could be chosen: three new cards were
three trips through the print dialog and three files.)"""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.ui.commands import Command
from bataille.ui.deck_window.card_list import CardRole

from .editor_helpers import editor_window, type_into, wait_refresh
from .test_print_one_card import pages_of, pdf_text


def click_card(qtbot, view, card_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    row = next(r for r in range(view.model().rowCount()) if view.model().index(r, 0).data(CardRole).id == card_id)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


def test_three_cards_chosen_among_the_cards_are_printed_together(qtbot, window, tmp_path):
    view = window.browser.view
    ids = [card.id for card in window.browser.visible_cards()]
    assert len(ids) == 4
    click_card(qtbot, view, ids[0])
    assert window.print_card_action.text() == "Imprimer cette car&te…"
    click_card(qtbot, view, ids[3], Qt.KeyboardModifier.ControlModifier)
    click_card(qtbot, view, ids[1], Qt.KeyboardModifier.ControlModifier)
    assert window.print_card_action.text() == "Imprimer ces 3 car&tes…"
    window.print_card_action.trigger()
    dialog = window.print_dialog
    chosen = (ids[0], ids[1], ids[3])  # in the deck's order, whatever the order of the clicks
    assert dialog.isVisible() and dialog.options().cards == chosen and dialog.card_count() == 3
    assert dialog.form.chosen.label.text() == "Seulement les 3 cartes choisies"
    out = tmp_path / "trois.pdf"
    assert dialog.save_to(out)
    assert pages_of(out) == 2  # three fronts on one page, their backs on the other
    text = pdf_text(out)
    deck = window.deck
    for card in deck.cards:
        assert (card.title.get("fr") in text) == (card.id in chosen), card.id
    # One card again: its own name, and that card alone.
    click_card(qtbot, view, ids[2])
    assert window.print_card_action.text() == "Imprimer cette car&te…"
    window.print_card_action.trigger()
    assert dialog.options().cards == (ids[2],)
    dialog.close()


def test_the_cards_added_or_changed_since_the_deck_was_opened_are_one_click_away(qtbot, translations, small_deck,
                                                                                 tmp_path):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    editor.cards.cards.choose("bias-faces")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "title", "fr", text="Visages mal reconnus, revu")
    wait_refresh(qtbot, editor)
    editor.cards.cards.choose("ev-1956")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "title", "fr", text="Premier débat public sur l’IA")
    wait_refresh(qtbot, editor)
    assert window.editing.save()
    window.watcher.reload()
    window.registry[Command.PRINT_CARDS].trigger()  # the whole deck, and the cards just written offered
    dialog = window.print_dialog
    recent = dialog.form.chosen.recent_button
    assert dialog.options().cards == () and recent.isVisibleTo(dialog)
    assert recent.text() == "Seulement les 2 cartes ajoutées ou modifiées depuis l’ouverture du jeu"
    changed = tuple(card.id for card in window.deck.cards if card.id in ("bias-faces", "ev-1956"))
    qtbot.mouseClick(recent, Qt.MouseButton.LeftButton)
    assert dialog.options().cards == changed and dialog.card_count() == 2 and not recent.isVisibleTo(dialog)
    out = tmp_path / "nouvelles.pdf"
    assert dialog.save_to(out)
    text = pdf_text(out)
    assert "Visages mal reconnus, revu" in text and "Premier débat public" in text
    assert "L'eau des centres de données" not in text
    dialog.close()
