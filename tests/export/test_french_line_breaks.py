"""French typography holds on the printed card: a no-break space never becomes a line break."""

from __future__ import annotations

import re

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.cards import CardLayout
from bataille.export.cards_text import wrap

NBSP, NNBSP = "\u00a0", "\u202f"
# A line may not start with what French keeps to the word before it, nor end with an opening guillemet.
BROKEN = re.compile(r"^[%?:!;»]|«$")
HIDDEN_YEAR = re.compile(r"^[?\s]+$")  # the "? ? ? ?" an event shows in place of its year


def test_wrap_never_breaks_at_a_no_break_space():
    text = f"Faut{NNBSP}-il vraiment croire «{NBSP}tout{NBSP}» ce que dit l’IA{NNBSP}? Oui{NBSP}: 34{NNBSP}%"
    for width in range(20, 200, 3):
        lines = wrap(text, "Helvetica", 9, width)
        if lines is None:
            continue
        assert all(not BROKEN.search(line) for line in lines), (width, lines)
        assert " ".join(lines) == text  # the no-break spaces are kept, not turned into spaces


def test_wrap_breaks_at_ordinary_spaces_and_tabs():
    assert wrap("un deux\ttrois", "Helvetica", 9, 1000) == ["un deux trois"]
    assert wrap("un  deux", "Helvetica", 9, 1000) == ["un deux"]


@pytest.mark.parametrize("size", ["poker", "tarot", "a7"])
def test_no_printed_line_of_the_bundled_deck_breaks_french_spacing(size):
    deck = load_deck(bundled_deck_path())
    layout = CardLayout(deck, size, "fr")
    broken = [(card.id, line.text) for card in deck.cards for face in layout.layout(card)
              for line in face.lines if BROKEN.search(line.text.strip()) and not HIDDEN_YEAR.match(line.text)]
    assert broken == []
