"""Printing the card one just edited: « Imprimer cette carte… » in the deck window opens the print
dialog with that card alone (its back behind it), says so above the themes and kinds, which it
replaces, and « Toutes les cartes » goes back to the whole deck. (Cards were chosen by theme and
kind only: one card could not be reprinted alone.)"""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel

from bataille.ui.commands import Command
from bataille.ui.deck_window.card_list import CardRole

from .editor_helpers import editor_window, type_into, wait_refresh


def pdf_text(path: Path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                                   text=True).stdout.split())


def pages_of(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_the_card_edited_is_printed_alone(qtbot, translations, small_deck, tmp_path):
    window = editor_window(qtbot, translations, small_deck)
    assert window.print_card_action in window.file_menu.actions()
    assert window.print_card_action.text() == "Imprimer cette car&te…"
    editor = window.editing.editor
    editor.cards.cards.choose("bias-faces")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "title", "fr", text="Visages mal reconnus, revu")
    wait_refresh(qtbot, editor)
    window.editing.save()
    window.watcher.reload()
    window.print_card_action.trigger()
    dialog = window.print_dialog
    assert dialog.isVisible() and dialog.options().cards == ("bias-faces",)
    chosen = dialog.form.chosen
    assert chosen.isVisibleTo(dialog)
    assert chosen.label.text() == "Seulement la carte «\u00a0Visages mal reconnus, revu\u00a0» (bias-faces)"
    assert not any(box.isEnabled() for box in dialog.theme_boxes.values())  # the card replaces them
    assert dialog.card_count() == 1
    assert dialog.default_file_name() == "small-deck-bias-faces-poker-a4-fr-recto-verso.pdf"  # not the whole deck's file
    out = tmp_path / "carte.pdf"
    assert dialog.save_to(out)
    assert pages_of(out) == 2  # its front, and its back for the double-sided flip
    text = pdf_text(out)
    assert "Visages mal reconnus, revu" in text and "L'eau des centres de données" not in text
    assert "Biais" in text.split("verso", 1)[1]  # the back: its theme
    # The whole deck again, from the dialog; and Print Cards… never keeps an earlier single card.
    chosen.all_button.click()
    assert dialog.options().cards == () and dialog.card_count() == 4 and not chosen.label.isVisibleTo(dialog)
    assert chosen.recent_button.isVisibleTo(dialog)  # the card edited, still one click away
    window.print_card_action.trigger()
    assert dialog.card_count() == 1
    window.registry[Command.PRINT_CARDS].trigger()
    assert dialog.card_count() == 4
    dialog.close()


def test_the_card_chosen_among_the_cards_or_none(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    window.print_card_action.trigger()  # no card chosen yet: said, nothing opens
    assert window.print_dialog is None
    assert "Choisissez d’abord une carte" in window.statusBar().currentMessage()
    view = window.browser.view
    row = next(r for r in range(view.model().rowCount())
               if view.model().index(r, 0).data(CardRole).id == "ev-1956")
    view.selectionModel().setCurrentIndex(view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    window.print_card_action.trigger()
    assert window.print_dialog.options().cards == ("ev-1956",) and window.print_dialog.card_count() == 1
    window.print_dialog.close()
