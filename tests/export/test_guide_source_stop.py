"""The guide's list of sources puts a full stop after a title, but not after one that ends in its
own (« Why Did Symbolics Fail?. » read as a typo)."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf
from bataille.export.wording import full_stop as stop_after


@pytest.mark.parametrize(("title", "stop"), [
    ("Energy and AI", "."), ("Why Did Symbolics Fail?", ""), ("IBM Watson: Jeopardy!", ""),
    ("Et ensuite…", ""), ("Le rapport de l’Inc.", ""), ("« L’IA va-t-elle nous remplacer ? »", ""),
    ("“Is it fair?”", ""), ("Chapter 3 (draft)", "."),
])
def test_a_title_that_ends_in_its_own_punctuation_takes_no_stop(title, stop):
    assert stop_after(title) == stop


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_bundled_guide_has_no_stop_after_a_question_or_an_exclamation(tmp_path, lang):
    deck = load_deck(bundled_deck_path())
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang))
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert "Why Did Symbolics Fail?" in text and "IBM Watson: Jeopardy!" in text
    assert not re.findall(r"\S*[?!…]\.", text)
