"""Quotes inside a quoted claim or title are alternated: « Dire “merci” » / “‘Five cars’…”."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_md import render_summary_md
from bataille.export.summary_model import build_summary
from bataille.words import quoted
from bataille.workshop import ManualClock, MemoryStore, Session


@pytest.mark.parametrize(("text", "lang", "out"), [
    ("Dire « merci » à un chatbot", "fr", "«\u00a0Dire “merci” à un chatbot\u00a0»"),
    ("Dire «\u00a0merci\u00a0» à un chatbot", "fr", "«\u00a0Dire “merci” à un chatbot\u00a0»"),
    ("Sans guillemets", "fr", "«\u00a0Sans guillemets\u00a0»"),
    ("“Five cars”: an extreme case", "en", "“‘Five cars’: an extreme case”"),
    ("The AI’s answer", "en", "“The AI’s answer”"),
])
def test_quoted_alternates_inner_quotes(text, lang, out):
    assert quoted(text, lang) == out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_summary_evidence_title_with_quotes(lang):
    deck = load_deck(bundled_deck_path())
    card = deck.card("env-five-cars")  # « 5 voitures » : un cas extrême
    session = Session.create(deck, MemoryStore(), ManualClock(), lang, agenda_minutes=20, phase_ids=["debates"])
    session.add_team("A")
    session.add_team("B")
    session.start()
    session.start_phase()
    session.open_round(seed=1)
    session.play_evidence(session.state.teams[0].id, card.id)
    text, _ = render_summary_md(build_summary(session, deck))
    line = next(x for x in text.splitlines() if x.startswith("- **A**"))
    assert ("«\u00a0“5" if lang == "fr" else "“‘") in line, line
    assert "« «" not in line.replace("\u00a0", " ") and "““" not in line
