"""A publisher written in each language is printed, listed and summarised in the language asked for:
French cards, guide and summary never show the English one (read back from the real files)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.cards_sheets import PrintOptions, render_sheets_pdf
from bataille.export.guide import render_guide_pdf
from bataille.export.summary import export_summary
from bataille.workshop.example import play_example

FRENCH, ENGLISH = "Agence internationale de l’énergie (AIE)", "International Energy Agency (IEA)"  # conftest's SOURCE
# The timeline card the example places cites this write-up, written in each language in the bundled deck.
STANDARD_FR = "Business Standard (d’après le rapport de l’AIE «\u00a0Energy and AI\u00a0»)"
STANDARD_EN = "Business Standard (on the IEA report Energy and AI)"


def words(text: str) -> str:
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


def pdf_words(path: Path, *pages: str) -> str:
    return words(subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"], check=True,
                                capture_output=True).stdout.decode("utf-8"))


@pytest.mark.parametrize(("lang", "shown", "hidden"), [("fr", FRENCH, ENGLISH), ("en", ENGLISH, FRENCH)])
def test_a_printed_card_shows_the_publisher_of_its_language(small_deck, tmp_path, lang, shown, hidden):
    path = tmp_path / "cards.pdf"
    path.write_bytes(render_sheets_pdf(small_deck, PrintOptions(lang=lang, kinds=("fact",), duplex="none")))
    text = pdf_words(path, "-f", "1", "-l", "1")
    assert f"{words(shown)}, 2024" in text
    assert words(hidden) not in text


@pytest.mark.parametrize(("lang", "shown", "hidden"), [("fr", FRENCH, ENGLISH), ("en", ENGLISH, FRENCH)])
def test_the_guide_lists_the_publisher_of_its_language(small_deck, tmp_path, lang, shown, hidden):
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(small_deck, lang))
    text = pdf_words(path)
    assert f"{words(shown)} (2024)" in text
    assert words(hidden) not in text


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.mark.parametrize(("lang", "shown", "hidden"), [("fr", STANDARD_FR, STANDARD_EN), ("en", STANDARD_EN, STANDARD_FR)])
def test_the_summary_gives_the_publisher_in_its_language(deck, tmp_path, lang, shown, hidden):
    session = play_example(deck, seed=0, lang=lang)
    md = export_summary(session, deck, tmp_path / "s.md")[0].read_text(encoding="utf-8").replace("\\", "")
    export_summary(session, deck, tmp_path / "s.pdf")
    pdf = pdf_words(tmp_path / "s.pdf")
    data = json.loads(export_summary(session, deck, tmp_path / "s.json")[0].read_text(encoding="utf-8"))
    with zipfile.ZipFile(export_summary(session, deck, tmp_path / "s.zip")[0]) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("sources.csv").decode("utf-8-sig")),
                                   delimiter=";" if lang == "fr" else ","))
    for text in (words(md), pdf):
        assert words(shown) in text and words(hidden) not in text
    # JSON and CSV keep one publisher, a string in the summary's language (format_version 1 unchanged).
    assert data["format_version"] == 1 and shown in [s["publisher"] for s in data["sources"]]
    assert shown in [row["publisher"] for row in rows] and hidden not in [row["publisher"] for row in rows]
