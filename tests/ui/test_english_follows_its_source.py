"""English is the source language: each English translation is its source string with typographic
apostrophes, nothing else. A source reworded without its translation (the step hint « Place each
team's card… ») kept showing the old words in English while the code said the new ones."""

from __future__ import annotations

import html
import re
from pathlib import Path

from bataille.ui.i18n_build import typographic

TS = Path(__file__).resolve().parents[2] / "src" / "bataille" / "ui" / "translations" / "bataille_en.ts"
MESSAGE = re.compile(r"<source>(?P<source>[^<]*)</source>(?:\s*<comment>[^<]*</comment>)?\s*"
                     r"<translation(?: type=\"[a-z]+\")?>(?P<translation>[^<]*)</translation>", re.DOTALL)


def test_every_english_translation_is_its_source() -> None:
    found = list(MESSAGE.finditer(TS.read_text(encoding="utf-8")))
    assert len(found) > 500
    drifted = [(m["source"], m["translation"]) for m in found
               if html.unescape(m["translation"]) != typographic(html.unescape(m["source"]))]
    assert not drifted, drifted
