"""Printing from the deck window prints the deck as saved: edits not saved yet are asked about
(printing used to leave them out without a word), and a deck whose files do not load says so (it
used to do nothing at all)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from bataille.ui.commands import Command

from .editor_helpers import answer_next_dialog, editor_window, type_into, wait_refresh

CANCEL = ("Annuler", "Cancel", "&Annuler")


def titled(qtbot, window, text: str):
    editor = window.editing.editor
    editor.cards.cards.choose("env-water")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "title", "fr", text=text)
    wait_refresh(qtbot, editor)


def card_title(window) -> str:
    return window.print_dialog.deck.card("env-water").title.get("fr")


def test_unsaved_edits_are_saved_first_or_left_out_knowingly(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    titled(qtbot, window, "L’eau des serveurs")
    seen = answer_next_dialog(qtbot, CANCEL)
    window.registry[Command.PRINT_CARDS].trigger()  # asked; cancelled: nothing opens
    assert "vos dernières modifications ne le sont pas encore" in seen[0]
    assert window.print_dialog is None and window.editing.draft.dirty

    answer_next_dialog(qtbot, "Continuer sans elles")  # the saved deck, knowingly
    window.registry[Command.PRINT_CARDS].trigger()
    assert window.print_dialog.isVisible() and card_title(window) == "L'eau des centres de données"
    window.print_dialog.close()

    answer_next_dialog(qtbot, "Les enregistrer d’abord")  # saved, then printed with the new title
    window.registry[Command.PRINT_CARDS].trigger()
    assert not window.editing.draft.dirty
    assert "L’eau des serveurs" in (small_deck / "cards" / "cards.yaml").read_text(encoding="utf-8")
    assert window.print_dialog.isVisible() and card_title(window) == "L’eau des serveurs"
    window.print_dialog.close()
    window.registry[Command.PRINT_CARDS].trigger()  # nothing unsaved: no question
    assert QApplication.activeModalWidget() is None and window.print_dialog.isVisible()


def test_a_deck_that_does_not_load_says_so_and_shows_its_first_problem(qtbot, translations, small_deck, tmp_path,
                                                                       monkeypatch):
    cards = small_deck / "cards" / "cards.yaml"
    cards.write_text(cards.read_text(encoding="utf-8").replace("kind: fact", "kind: fakt", 1), encoding="utf-8")
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    assert window.deck is None and window.watcher.problems
    seen = answer_next_dialog(qtbot, "Montrer le premier problème")
    window.registry[Command.PRINT_CARDS].trigger()  # it did nothing, without a word
    assert "Le jeu ne peut pas encore être imprimé" in seen[0] and "1\u00a0problème" in seen[0]
    assert window.print_dialog is None and window.editing_on  # the editor, at the problem
    written = []
    monkeypatch.setattr("bataille.ui.deck_window.window.save_guide", lambda *args: written.append(args))
    seen = answer_next_dialog(qtbot, CANCEL)
    window.registry[Command.GUIDE].trigger()  # the guide the same
    assert "Le jeu ne peut pas encore être imprimé" in seen[0] and not written


def test_a_deck_broken_since_it_last_loaded_prints_its_last_good_version_only_if_asked(qtbot, translations,
                                                                                     small_deck):
    window = editor_window(qtbot, translations)
    window.open_deck(small_deck)
    assert window.deck is not None
    cards = small_deck / "cards" / "cards.yaml"
    cards.write_text(cards.read_text(encoding="utf-8").replace("kind: fact", "kind: fakt", 1), encoding="utf-8")
    window.watcher.reload()
    assert window.deck is not None and window.watcher.problems  # the last good deck stays
    seen = answer_next_dialog(qtbot, CANCEL)
    window.registry[Command.PRINT_CARDS].trigger()
    assert "leur dernière version sans problème" in seen[0] and window.print_dialog is None
    answer_next_dialog(qtbot, "Utiliser cette version")
    window.registry[Command.PRINT_CARDS].trigger()
    assert window.print_dialog.isVisible()
    window.print_dialog.close()
