"""An event with no year yet (a new event in the deck editor, whose preview is the printed layout)
shows « ? » where its year goes on its back, never a year 0 that no one wrote; and a deck whose
event misses its year does not load, so `bataille print` refuses it and writes nothing."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from bataille.deck import DeckError, bundled_deck_path, load_deck
from bataille.export.cards_sheets import PrintOptions, render_sheets_pdf

from .test_print_cli import bataille


def back_words(deck, card_id: str, tmp_path, pdf) -> list[str]:
    """The words pdftotext reads on the back of ``card_id`` printed alone (grid: fronts, then backs)."""
    out = tmp_path / f"{card_id}.pdf"
    out.write_bytes(render_sheets_pdf(deck, PrintOptions(cards=(card_id,), layout="grid")))
    return pdf.text(out, 2).split()


def test_the_back_of_an_event_without_a_year_shows_a_question_mark(tmp_path, deck_root, make, pdf):
    undated = replace(make.event(1, 1956), year=0, month=None)  # what the reader makes of an event with no year
    deck = make.deck(deck_root, [undated, make.event(2, 2022, theme="eau")])
    words = back_words(deck, "ev-001", tmp_path, pdf)
    assert "FRISE" in words and "Sèvres" in words  # the back is read, its title under the year
    assert "?" in words and "0" not in words  # was « 0 », in the place of the year, 36 points high
    dated = back_words(deck, "ev-002", tmp_path, pdf)
    assert "2022" in dated and "?" not in dated


@pytest.fixture
def deck_without_a_year(tmp_path):
    """The bundled deck, its first event (ev-1950-turing) without its year line."""
    folder = tmp_path / "deck"
    for part in ("cards", "scenarios", "assets"):
        shutil.copytree(bundled_deck_path() / part, folder / part)
    timeline = folder / "cards" / "timeline.yaml"
    text = timeline.read_text(encoding="utf-8")
    assert "    year: 1950\n" in text
    timeline.write_text(text.replace("    year: 1950\n", "", 1), encoding="utf-8")
    return folder


def test_a_deck_with_an_event_missing_its_year_is_not_printed(tmp_path, deck_without_a_year):
    with pytest.raises(DeckError) as refused:
        load_deck(deck_without_a_year)
    assert "year" in str(refused.value)
    out = tmp_path / "cartes.pdf"
    result = bataille("print", str(deck_without_a_year), "-o", str(out))
    assert result.returncode == 1
    assert "timeline.yaml:" in result.stderr and "an event card needs “year”" in result.stderr
    assert "nothing printed" in result.stderr and not out.exists()
