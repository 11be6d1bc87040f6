"""The guide's scenario map as a facilitator reads it on paper: a decision is never cut across two
pages, and the scenarios' rules say what the console does (each team chooses its own option)."""

from __future__ import annotations

import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf, rule, word


def _said(text: str) -> str:
    """``text`` on one line, no-break spaces as spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [_said(page) for page in out.split("\f")]


@pytest.mark.parametrize(("lang", "paper"), [("fr", "a4"), ("en", "letter"), ("en", "a4")])
def test_each_decision_and_its_options_are_on_one_page(tmp_path, lang, paper):
    """Decision 3 of the first scenario began at the foot of a page and its options B and C went on
    the next: the facilitator turned the page in the middle of a choice."""
    deck = load_deck(bundled_deck_path())
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang, paper))
    pages = _pages(path)
    start = next(i for i, page in enumerate(pages) if word("scenarios", lang) in page)
    for scenario in deck.scenarios:
        for n, decision in enumerate(scenario.decisions, 1):
            head = _said(f"{word('decision', lang)} {n} — {decision.title.get(lang)}")
            holding = [i for i in range(start, len(pages)) if head in pages[i]]
            assert len(holding) == 1, head
            page = pages[holding[0]]
            for option in decision.options:
                first = _said(f"{option.id.upper()}. {option.label.get(lang).split()[0]}")
                assert first in page, (head, first, holding[0] + 1)
