"""In English a debate's two votes have one name each, as on the stage (« Vote before », « Vote after »)
and as in French (« vote avant », « vote après »): the buttons, the hints, the dialogs and the guide
said "first vote" / "second vote" for the same votes. Every English word of the core's catalogues,
every English string of the interface, and the English guide as printed now say "vote before" /
"vote after"; the French guide « vote avant » / « vote après », as its console."""

from __future__ import annotations

import importlib
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf

from ..words.test_words import CATALOGUES

OTHER_NAMES = re.compile(r"\b(first|second)\s+vote", re.IGNORECASE)
ENGLISH_TS = Path(__file__).resolve().parents[2] / "src" / "bataille" / "ui" / "translations" / "bataille_en.ts"


@pytest.mark.parametrize(("module", "name"), CATALOGUES)
def test_the_core_says_vote_before_and_vote_after(module, name):
    catalogue = getattr(importlib.import_module(module), name)
    said = {key: texts["en"] for key, texts in catalogue.items() if OTHER_NAMES.search(texts["en"])}
    assert not said, said


def test_the_interface_says_vote_before_and_vote_after():
    """The interface's English, source and translation (the words the console shows)."""
    root = ET.parse(ENGLISH_TS).getroot()
    said = [text for message in root.iter("message")
            for text in (message.findtext("source") or "", message.findtext("translation") or "")
            if OTHER_NAMES.search(text)]
    assert len(list(root.iter("message"))) > 1000
    assert not said, said


def test_the_english_guide_says_vote_before_and_vote_after(tmp_path):
    """The guide as printed (the bundled deck's five themes also print the debates' timing advice,
    which says what closing a debate without its vote after does)."""
    text = _guide_text(tmp_path, "en")
    assert "If the vote after has not been taken, the debate closes without it." in text
    assert "until the vote after is shown" in text
    assert not OTHER_NAMES.search(text), OTHER_NAMES.findall(text)


FRENCH_OTHER_NAMES = re.compile(r"\b(premier|deuxième|second)\s+vote", re.IGNORECASE)


def test_the_french_guide_says_vote_avant_and_vote_apres(tmp_path):
    """The French guide said « le deuxième vote » where the console and the stage say « le vote après »."""
    text = _guide_text(tmp_path, "fr")
    assert "Si le vote après n’a pas eu lieu, le débat est clos sans lui." in text
    assert "jusqu’au dévoilement du vote après" in text
    assert not FRENCH_OTHER_NAMES.search(text), FRENCH_OTHER_NAMES.findall(text)


def _guide_text(tmp_path, lang: str) -> str:
    """The bundled deck's guide as printed, read back, its lines joined."""
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(load_deck(bundled_deck_path()), lang))
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
