"""English words of the summary, the kit and the exporter use the typographic apostrophe (side’s,
teams’), as the rest of their English does; English lengths are in minutes, as the console says."""

from __future__ import annotations

import re

import pytest

from bataille.export import kit_words, summary_words, wording
from bataille.export.summary_words import minutes_text


@pytest.mark.parametrize("catalogue", [summary_words.WORDS, kit_words.KIT_WORDS, wording.WORDS])
def test_english_apostrophes_are_curly(catalogue):
    for key, texts in catalogue.items():
        assert not re.search(r"\w'\w|\ws'(\s|$)", texts["en"]), (key, texts["en"])


@pytest.mark.parametrize(("seconds", "lang", "text"), [
    (5400, "fr", "1 h 30"), (5760, "fr", "1 h 36"), (2520, "fr", "42 min"),
    (5400, "en", "90 min"), (5760, "en", "96 min"), (2520, "en", "42 min"), (None, "en", "–"),
])
def test_lengths(seconds, lang, text):
    assert minutes_text(seconds, lang) == text
