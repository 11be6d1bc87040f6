"""The summary's wording: « Durée : prévue … · réelle … » (agreeing with « durée »), « citée dans le
débat 1 », and no full stop after a source title that ends with its own ? or !."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_md import render_summary_md
from bataille.export.summary_model import build_summary
from bataille.export.summary_words import place_text
from bataille.export.wording import full_stop
from bataille.workshop import MemoryStore
from bataille.workshop.example import play_example


@pytest.fixture(scope="module", params=["fr", "en"])
def text(request):
    deck = load_deck(bundled_deck_path())
    return request.param, render_summary_md(build_summary(play_example(deck, MemoryStore(), 0, request.param), deck))[0]


def test_length_agrees_with_duree(text):
    lang, md = text
    line = next(x for x in md.splitlines() if "Durée" in x or "Length" in x)
    if lang == "fr":
        assert "prévue 1 h 30 · réelle" in line and "prévu " not in line and "réel " not in line
    else:
        assert "planned 90 min · actual" in line


def test_cited_in_the_debate(text):
    lang, md = text
    if lang == "fr":
        assert "citée dans le débat 1" in md and "citée dans débat" not in md
    else:
        assert "cited in debate 1" in md
    assert place_text("round-2", "fr") == "le débat 2" and place_text("timeline", "fr") == "la frise"


@pytest.mark.parametrize(("seed", "title"), [(2, "IBM Watson: Jeopardy!"), (3, "Why Did Symbolics Fail?")])
def test_no_full_stop_after_a_title_own_mark(seed, title):
    deck = load_deck(bundled_deck_path())
    md = render_summary_md(build_summary(play_example(deck, MemoryStore(), seed, "fr"), deck))[0]
    assert f"*{title}* <" in md and "?*." not in md and "!*." not in md


@pytest.mark.parametrize(("title", "stop"), [
    ("Why Did Symbolics Fail?", ""), ("IBM Watson: Jeopardy!", ""), ("Un rapport.", ""), ("Suite…", ""),
    ("« Vraiment ? »", ""), ("A plain title", "."), ("Rapport 2024", "."),
])
def test_full_stop(title, stop):
    assert full_stop(title) == stop
