"""Fronts only leaves the backs out, and with them the words some kinds carry there: an event's
year, a debate's ideas. The print dialog warns about it from ``backs_left_out``."""

from __future__ import annotations

import pytest

from bataille.deck.models import CARD_KINDS
from bataille.export.cards import BACKS_WITH_WORDS, CardLayout
from bataille.export.cards_sheets import PrintOptions, backs_left_out, plan_sheets


def _back_text(deck, kind: str) -> str:
    card = next(c for c in deck.cards if c.kind == kind)
    _, back = CardLayout(deck, "poker", "fr").layout(card)
    return " ".join(line.text for line in back.lines)


def test_the_kinds_with_words_on_their_back_are_those_whose_back_says_more_than_the_theme(small_deck):
    assert "1956" in _back_text(small_deck, "event")  # the answer of the timeline
    assert "Protéger les élèves." in _back_text(small_deck, "debate")
    fact_back = _back_text(small_deck, "fact")
    assert "Impact environnemental" in fact_back and "Fait" not in fact_back.replace("FAIT", "")
    assert set(BACKS_WITH_WORDS) == {"event", "debate"} and set(BACKS_WITH_WORDS) <= set(CARD_KINDS)


@pytest.mark.parametrize(("options", "lost"), [
    (PrintOptions(duplex="none"), ("event", "debate")),
    (PrintOptions(duplex="none", kinds=("fact", "event")), ("event",)),
    (PrintOptions(duplex="none", kinds=("debate",)), ("debate",)),
    (PrintOptions(duplex="none", kinds=("fact",)), ()),
    (PrintOptions(duplex="long"), ()),
    (PrintOptions(duplex="short"), ()),
    (PrintOptions(duplex="none", layout="fold"), ()),
    (PrintOptions(duplex="none", layout="shop"), ()),
])
def test_backs_left_out_only_when_no_back_is_printed(small_deck, options, lost):
    assert backs_left_out(plan_sheets(small_deck, options)) == lost
