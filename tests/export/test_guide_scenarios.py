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


def _interface(lang: str) -> set[str]:
    """The interface's labels in ``lang``, as read: no mnemonic "&", no trailing colon."""
    import html
    import re
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "src" / "bataille" / "ui" / "translations" / f"bataille_{lang}.ts"
    found = re.findall(r"<translation>(.*?)</translation>", ts.read_text(encoding="utf-8"))
    return {html.unescape(t).replace("&", "").replace("\u00a0", " ").replace("\u202f", " ").rstrip(" :")
            for t in found}


@pytest.mark.parametrize(("lang", "each_team", "old", "labels"), [
    ("fr", "chaque équipe discute et choisit son option", "votent pour une option",
     ("Scénario", "Afficher la décision suivante", "Montrer où mène ce futur")),
    ("en", "each team discusses and chooses its option", "vote for an option",
     ("Scenario", "Show the next decision", "Show where this future leads")),
], ids=["fr", "en"])
def test_the_scenarios_rules_say_each_team_chooses_on_the_console(tmp_path, lang, each_team, old, labels):
    """The rules said "teams discuss then vote for an option", as if the room took one vote: the
    console records one choice per team, each team's indicators move apart and the debrief compares
    them. The rules now say so, and name the console's buttons as they read."""
    said = _said(rule("scenario", lang))
    assert each_team in said and old not in said
    quote = "« {} »" if lang == "fr" else "“{}”"
    interface = _interface(lang)
    for label in labels:
        assert label in interface, label
        assert quote.format(label) in said, label
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(load_deck(bundled_deck_path()), lang))
    assert each_team in " ".join(_pages(path))
