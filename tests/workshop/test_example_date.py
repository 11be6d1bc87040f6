"""The example session is dated after every fact its deck cites, and its date reads as a reader
writes it ("1er décembre" in French)."""

from __future__ import annotations

from datetime import datetime

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_words import date_text
from bataille.export.wording import day_text
from bataille.workshop.example import EXAMPLE_START


def test_the_example_is_dated_after_every_source_the_deck_checked():
    deck = load_deck(bundled_deck_path())
    checked = {s.checked for card in deck.cards for s in getattr(card, "sources", ()) if s.checked}
    assert checked
    start = datetime.fromtimestamp(EXAMPLE_START)
    assert f"{start:%Y-%m}" >= max(checked), (start, max(checked))
    years = [card.year for card in deck.cards if getattr(card, "year", None)]
    assert start.year >= max(years)


def test_the_first_of_the_month_is_1er_in_french_only():
    assert day_text(1, 12, 2026, "fr") == "1er décembre 2026"
    assert day_text(18, 3, 2025, "fr") == "18 mars 2025"
    assert day_text(1, 12, 2026, "en") == "1 December 2026"
    hour = f"{datetime.fromtimestamp(EXAMPLE_START):%H:%M}"  # 09:00 in Paris, in the machine's own time
    assert date_text(EXAMPLE_START, "fr") == f"mardi 1er décembre 2026, {hour}"
    assert date_text(EXAMPLE_START, "en") == f"Tuesday 1 December 2026, {hour}"
