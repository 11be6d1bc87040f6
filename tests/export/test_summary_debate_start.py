"""A debate's heading, card, claim and sides never end a page with its votes overleaf: they stay
with the votes' table and chart, read back page by page with ``pdftotext -layout``.

Measured before: the eight French example teams' summary ended page 3 with « Débat 1 — Interdire
les clones de voix et de visage », its theme, claim and sides, and its votes began page 4.
"""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_words import word
from bataille.workshop.example import ExampleOptions, play_example

from .quick_debate import write_quick_debate
from .workshops import workshop

HEADING = {"fr": re.compile(r"^\s*Débat( \d+)? — "), "en": re.compile(r"^\s*Debate( \d+)? — ")}


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def pages(path) -> list[list[str]]:
    """The lines of each page of the PDF, as ``pdftotext -layout`` lays them out."""
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    return [[line for line in page.splitlines() if line.strip()] for page in text.split("\f")[:-1]]


def debates_cut_from_their_votes(path, lang: str) -> list[tuple[int, str]]:
    """(page, heading) of each debate whose heading is on a page that its votes (the table's head,
    or the line that says there is none) do not follow it on."""
    votes = re.compile(rf"{word('agree', lang)}.*{word('total', lang)}")
    quiet = (word("no_vote", lang), word("untouched", lang, heading="").strip(" :"))
    cut, seen = [], 0
    for number, lines in enumerate(pages(path), start=1):
        for i, line in enumerate(lines):
            if not HEADING[lang].match(line):
                continue
            seen += 1
            after = " ".join(lines[i:])
            if not (any(votes.search(x) for x in lines[i + 1:]) or any(q in after for q in quiet)):
                cut.append((number, line.strip()))
    assert seen, "no debate heading read"
    return cut


@pytest.mark.parametrize("seed", [0, 1])
@pytest.mark.parametrize("teams", [4, 8])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_debate_starts_on_the_page_of_its_votes(deck, tmp_path, lang, teams, seed):
    export_summary(workshop(deck, lang, teams, seed), deck, tmp_path / "s.pdf")
    assert debates_cut_from_their_votes(tmp_path / "s.pdf", lang) == []


@pytest.mark.parametrize(("lang", "teams"), [("fr", 6), ("en", 3)])
def test_five_debates_each_start_on_the_page_of_its_votes(deck, tmp_path, lang, teams):
    session = play_example(deck, seed=2, lang=lang, options=ExampleOptions(teams=teams, rounds=5, scenarios=1))
    export_summary(session, deck, tmp_path / "s.pdf")
    assert debates_cut_from_their_votes(tmp_path / "s.pdf", lang) == []


def test_the_quick_debate_starts_on_the_page_of_its_votes(deck, tmp_path):
    written = write_quick_debate(deck, tmp_path, ("pdf",), with_fact=True)
    for lang in ("fr", "en"):
        assert debates_cut_from_their_votes(written[f"{lang}.pdf"], lang) == []


def test_the_reader_sees_a_debate_cut_from_its_votes(tmp_path):
    """The check itself: a heading and claim at a page's foot, the votes overleaf, is seen."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from bataille.export.fonts import register_fonts
    from bataille.export.summary_pdf_style import styles

    register_fonts()
    st = styles()
    doc = SimpleDocTemplate(str(tmp_path / "cut.pdf"), pagesize=A4)
    doc.build([Spacer(1, 500), Paragraph("Débat 1 — Un débat", st["body"]), Paragraph("« Une thèse. »", st["claim"]),
               PageBreak(), Paragraph("D’accord Pas d’accord Indécis Total", st["body"]),
               Paragraph("Débat 2 — Un autre", st["body"]), Paragraph("D’accord Pas d’accord Indécis Total", st["body"])])
    assert debates_cut_from_their_votes(tmp_path / "cut.pdf", "fr") == [(1, "Débat 1 — Un débat")]
