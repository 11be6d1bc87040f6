"""The timeline's rows say each card's verdict in the words of the header and of the stage:
« bien placée » / « mal placée », "right place" / "wrong place" (not « juste / déplacée », "moved")."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_md import render_summary_md
from bataille.export.summary_model import build_summary
from bataille.workshop import MemoryStore
from bataille.workshop.example import play_example

WORDS = {"fr": ("Bien placées", "Mal placées", "bien placée", "mal placée"),
         "en": ("Right place", "Wrong place", "right place", "wrong place")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rows_and_header_use_the_stage_words(lang):
    deck = load_deck(bundled_deck_path())
    text, _ = render_summary_md(build_summary(play_example(deck, MemoryStore(), 0, lang), deck))
    lines = text.splitlines()
    right_header, wrong_header, right, wrong = WORDS[lang]
    assert any(right_header in x and wrong_header in x for x in lines if x.startswith("|"))
    rows = [x for x in lines if x.startswith("|") and (f"| {right} |" in x or f"| {wrong} |" in x)]
    assert any(f"| {right} |" in x for x in rows) and any(f"| {wrong} |" in x for x in rows)
    for old in ("| juste |", "| déplacée |", "| moved |", "| right |"):
        assert old not in text
