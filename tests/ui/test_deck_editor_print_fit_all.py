"""Before printing, the editor lists every card whose text the printed card cannot hold, not only the
cards opened in it: the deck's cards are laid out a card at a time after the window's first paint,
and a card mended (or made too long) is said again once the typing stops."""

from __future__ import annotations

from PySide6.QtCore import Qt

from bataille.ui.deck_window.editor.editor import WhereRole

from .editor_helpers import editor_window, type_into, wait_refresh

LONG = " ".join(["Une phrase bien trop longue pour tenir sur la carte imprimée."] * 20)
FACES = ("cards/cards.yaml", ("cards", 2))  # bias-faces, the third card of the small deck


def make_too_long(folder) -> None:
    cards = folder / "cards" / "cards.yaml"
    text = cards.read_text(encoding="utf-8")
    before = "fr: Les systèmes commerciaux se trompaient bien plus souvent sur les femmes à peau foncée."
    assert before in text
    cards.write_text(text.replace(before, f"fr: {LONG}"), encoding="utf-8")


def warned(editor) -> list[tuple]:
    rows = (editor.problem_list.item(r) for r in range(editor.problem_list.count()))
    return [item.data(WhereRole) for item in rows]


def settled(qtbot, editor) -> None:
    wait_refresh(qtbot, editor)
    watch = getattr(editor, "print_fits", None)  # what lays the cards out, a card at a time
    qtbot.waitUntil(lambda: watch is None or not watch.busy, timeout=10_000)
    wait_refresh(qtbot, editor)


def test_a_card_never_opened_that_overflows_is_listed_and_leads_to_its_field(qtbot, translations, small_deck):
    make_too_long(small_deck)
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    cards = editor.cards.cards
    assert cards.current_id() == "env-water"  # the first card is open, not the one too long
    assert FACES not in warned(editor)  # not yet: laid out after the first paint, never while the window opens
    settled(qtbot, editor)
    assert cards.current_id() == "env-water"
    assert FACES in warned(editor)
    row = next(r for r in range(editor.problem_list.count()) if editor.problem_list.item(r).data(WhereRole) == FACES)
    text = editor.problem_list.item(row).text()
    assert text.startswith("cards/cards.yaml:") and "Texte" in text and "(fr)" in text
    assert "1\u00a0texte serait coupé" in editor.problems_heading.text()
    editor.jump(editor.problem_list.item(row))
    wait_refresh(qtbot, editor)
    assert cards.current_id() == "bias-faces"


def test_a_card_mended_elsewhere_or_made_too_long_is_said_again_once_the_typing_stops(qtbot, translations, small_deck):
    make_too_long(small_deck)
    window = editor_window(qtbot, translations, small_deck)
    editor = window.editing.editor
    settled(qtbot, editor)
    assert FACES in warned(editor)
    # Mended in its form, then left for another card before the check comes round: no longer listed.
    editor.cards.cards.choose("bias-faces")
    wait_refresh(qtbot, editor)
    type_into(editor.cards.form, "text", "fr", text="Un texte court.")
    editor.cards.cards.choose("env-water")
    settled(qtbot, editor)
    assert FACES not in warned(editor)
    # Another card, never opened, made too long (as an import or a file taken from disk would): said.
    window.editing.draft.set_value(("cards/cards.yaml", ("cards", 3, "text", "fr")), LONG)
    settled(qtbot, editor)
    assert editor.cards.cards.current_id() == "env-water"
    assert ("cards/cards.yaml", ("cards", 3)) in warned(editor)  # ev-1956
    assert editor.problem_list.isVisible() and editor.problem_list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
