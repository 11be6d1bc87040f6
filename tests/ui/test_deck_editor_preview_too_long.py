"""A field too long for the printed card: the editor's « Imprimée » preview still shows the card, cut
where it does not fit, and the problem is still said (print refuses the card). The preview was
blank, title and text gone, as if the card had been emptied."""

from __future__ import annotations

from dataclasses import replace

from bataille.deck import Text, load_deck
from bataille.ui.deck_window.editor.previews import printed_faces


def _texts(face) -> str:
    return " ".join(line.text for line in face.lines)


def test_a_figure_too_long_leaves_the_rest_of_the_card_in_the_preview(small_deck) -> None:
    deck = load_deck(small_deck)
    card = next(c for c in deck.cards if c.kind == "fact")
    long = replace(card, figure=Text.of(fr="≈\u202f700\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000 L", en="x"))
    front, _back, problems = printed_faces(deck, long, "fr")
    assert any(p.field == "figure" for p in problems)  # still a problem: print refuses it
    shown = _texts(front)
    assert card.title.get("fr").split()[0] in shown  # the title, and the text, are drawn
    assert card.text.get("fr").split()[0] in shown
    assert "…" in shown  # the figure, cut where the card ends


def test_a_text_too_long_is_drawn_down_to_the_card_s_end(small_deck) -> None:
    deck = load_deck(small_deck)
    card = next(c for c in deck.cards if c.kind == "fact")
    long = replace(card, text=Text.of(fr=" ".join(["Une phrase bien trop longue pour la carte."] * 40), en="x"))
    front, _back, problems = printed_faces(deck, long, "fr")
    assert any(p.field == "text" for p in problems)
    assert card.title.get("fr").split()[0] in _texts(front) and "phrase" in _texts(front)
