"""The guide's English uses the typographic apostrophe (deck’s, teams’), as its French does, as the
summary's and the kit's English do, and as the interface's labels it quotes (“Room’s Wi-Fi”)."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export import guide, guide_before, guide_console, guide_facts
from bataille.export.guide import render_guide_pdf

STRAIGHT = re.compile(r"\w'\w|\ws'(\s|$)")
QUOTED = re.compile(r"“[^”]*”")  # a label of the interface, quoted as it reads


@pytest.mark.parametrize("catalogue", [guide.WORDS, guide.RULES, guide.QUICK, guide_before.BEFORE,
                                       guide_console.CONDUCT, guide_facts.FACTS])
def test_the_guides_english_apostrophes_are_curly(catalogue):
    for key in catalogue:
        english = QUOTED.sub("", catalogue[key]["en"])
        assert not STRAIGHT.search(english), (key, english)


def test_the_english_guide_reads_facilitators_guide_with_a_curly_apostrophe(tmp_path):
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(load_deck(bundled_deck_path()), "en"))
    text = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    assert "Facilitator’s guide" in text and "The deck’s cards" in text
    assert re.findall(r"\w+'\w*", text) == []
