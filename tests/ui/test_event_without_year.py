"""« + Événement » in the deck editor: the new event has no year yet, and the preview of its printed
back says so with « ? » where the year goes; it showed « 0 », a year no one wrote, as if it would
print. The deck with that event does not print: the window asks to correct it first."""

from __future__ import annotations

from bataille.ui.commands import Command

from .editor_helpers import answer_next_dialog, editor_window, wait_refresh

CANCEL = ("Annuler", "&Annuler")


def words_on(face) -> list[str]:
    """The words of a face as the preview paints them (``ui.card_painter.paint_face`` draws its lines)."""
    return " ".join(line.text for line in face.lines).split()


def test_a_new_event_shows_no_year_on_its_printed_back_and_is_not_printed(qtbot, translations, small_deck):
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    page = editor.cards
    page.cards.choose("ev-1956")
    wait_refresh(qtbot, editor)
    assert "1956" in words_on(page.previews.printed.faces[1])  # a dated event: its year, as printed
    page.cards.add_buttons["event"].click()
    wait_refresh(qtbot, editor)
    new_id = page.cards.current_id()
    assert new_id != "ev-1956" and page.previews.shown == new_id
    assert "year" not in page.cards.ctx.value(page.cards.current_where())  # nothing written for it yet
    front, back = page.previews.printed.faces
    assert "FRISE" in words_on(back)
    assert "?" in words_on(back) and "0" not in words_on(back)
    assert "0" not in words_on(front)

    # Printing: saved first (with its problem), the deck does not load; only its last good version
    # could be printed, and it has no such event.
    seen: list[list[str]] = []

    def cancel_print() -> None:
        seen.append(answer_next_dialog(qtbot, CANCEL))

    def save_anyway() -> None:
        seen.append(answer_next_dialog(qtbot, "Enregistrer quand même", then=[cancel_print]))

    seen.append(answer_next_dialog(qtbot, "Les enregistrer d’abord", then=[save_anyway]))
    window.registry[Command.PRINT_CARDS].trigger()
    qtbot.waitUntil(lambda: len(seen) == 3 and all(seen), timeout=3000)
    assert "il manque «\u00a0Année\u00a0» dans une carte événement" in seen[1][0]  # said before saving
    assert "problèmes à corriger" in seen[2][0] and "dernière version sans problème" in seen[2][0]
    assert window.print_dialog is None
    assert window.deck is not None and new_id not in [c.id for c in window.deck.cards]
