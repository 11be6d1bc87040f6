"""The summary's French words and its pages: a quick debate without facts, as a tester played it
(phones voting, two arguments, no fact card), written by `bataille summary` and read back page by
page with pdftotext; no "Cartes fait jouées", no heading alone on a page or at its foot."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf
from bataille.export.summary import export_summary
from bataille.export.summary_words import word
from bataille.workshop.example import play_example

from .quick_debate import write_quick_debate

# "Cartes fait jouées" reads "cards made, played": a card's kind glued to a participle.
GLUED = re.compile(r"\b(cartes? fait\b|faits? jouée?s?\b)", re.I)
HEADINGS = ("phases", "debates", "arguments", "evidence", "minds", "phone_tallies_quick", "phone_tallies",
            "sources", "timeline", "placements", "teams", "awards", "scenarios", "indicators", "debrief",
            "takeaways", "commitments", "feedback")


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


@pytest.fixture(scope="module")
def quick(deck, tmp_path_factory) -> dict[str, Path]:
    """A quick debate with phones and no fact card, its summary in both languages: {"fr.pdf": path…}."""
    return write_quick_debate(deck, tmp_path_factory.mktemp("quick-pages"), ("pdf", "md"), with_fact=False)


def pages(path: Path) -> list[list[str]]:
    """Each page's lines of text, as pdftotext reads them, without the footer (its last two lines)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    out = []
    for page in text.split("\f")[:-1]:
        lines = [" ".join(line.replace("\u00a0", " ").replace("\u202f", " ").split()) for line in page.splitlines()]
        lines = [line for line in lines if line]
        out.append([line for line in lines if not line.startswith("Bataille IA —") and not re.fullmatch(r"page \d+", line)])
    return out


def headings(lang: str) -> set[str]:
    return {" ".join(word(k, lang).replace("\u00a0", " ").split()) for k in HEADINGS}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_quick_debate_without_facts_fits_on_one_page(quick, lang):
    read = pages(quick[f"{lang}.pdf"])
    assert len(read) == 1, [page[:3] for page in read]
    assert read[0][-1] == word("no_evidence", lang).replace("\u00a0", " ")  # one line, no heading over it


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_section_of_sources_when_none_is_cited(quick, lang):
    assert word("sources", lang) not in " ".join(pages(quick[f"{lang}.pdf"])[0])
    md = quick[f"{lang}.md"].read_text(encoding="utf-8")
    assert f"## {word('sources', lang)}" not in md and "source cit" not in md.lower()


def test_no_card_kind_glued_to_a_participle_in_french(quick, deck, tmp_path):
    pdf = " ".join(pages(quick["fr.pdf"])[0])
    md = quick["fr.md"].read_text(encoding="utf-8")
    assert not GLUED.search(pdf) and not GLUED.search(md)
    assert "Aucun fait apporté au débat." in pdf and "\n### Faits apportés au débat\n" in md  # under « ## Débat — … »
    session = play_example(deck, seed=0)  # facts played: their heading
    export_summary(session, deck, tmp_path / "bilan.pdf")
    export_summary(session, deck, tmp_path / "bilan.md")
    full = " ".join(" ".join(page) for page in pages(tmp_path / "bilan.pdf"))
    assert "Faits apportés au débat" in full and not GLUED.search(full)
    assert not GLUED.search((tmp_path / "bilan.md").read_text(encoding="utf-8"))
    (tmp_path / "guide.pdf").write_bytes(render_guide_pdf(deck, "fr"))
    guide = " ".join(" ".join(page) for page in pages(tmp_path / "guide.pdf"))
    assert "cartes « fait » du thème" in guide and not GLUED.search(guide)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_page_of_the_full_summary_ends_with_a_heading_or_holds_one_alone(deck, tmp_path, lang):
    session = play_example(deck, seed=0, lang=lang)
    export_summary(session, deck, tmp_path / "bilan.pdf", lang=lang)
    read = pages(tmp_path / "bilan.pdf")
    heads = headings(lang)
    for number, page in enumerate(read, 1):
        assert not (len(page) <= 2 and page[0] in heads), (number, page)
        assert page[-1] not in heads, (number, page[-3:])
