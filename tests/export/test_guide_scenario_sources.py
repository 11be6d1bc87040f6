"""The guide names the sources of what a scenario says of today under the decision that says it (on
its page), and lists each in full (title, address, month checked) among the guide's sources, with
the decision that cites it ("frugal/grid-connections"), so that a facilitator can check it."""

from __future__ import annotations

import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf, word


def _said(text: str) -> str:
    """``text`` on one line, no-break spaces as spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _pages(path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [_said(page) for page in out.split("\f")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_decision_names_its_sources_on_its_page_and_the_list_gives_them_in_full(tmp_path, lang):
    deck = load_deck(bundled_deck_path())
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, lang))
    pages = _pages(path)
    start = next(i for i, page in enumerate(pages) if word("scenarios", lang) in page)
    heading = _said(word("sources", lang)) + (" : " if lang == "fr" else ": ")
    listed = " ".join(pages)  # the ids and titles are printed in the list of sources only
    named = 0
    for scenario in deck.scenarios:
        for n, decision in enumerate(scenario.decisions, 1):
            head = _said(f"{word('decision', lang)} {n} — {decision.title.get(lang)}")
            page = next(pages[i] for i in range(start, len(pages)) if head in pages[i])
            cited = [*decision.sources, *(s for o in decision.options for s in o.sources)]
            if not cited:
                continue
            after = page[page.index(head):]
            assert heading in after, head  # the line under the decision's table
            line = after[after.index(heading):]
            for source in cited:
                assert _said(source.short(lang)) in line, (head, source.short(lang))
                named += 1
            for option in decision.options:
                if option.sources:  # a consequence's source is said with its option's letter
                    assert f"{option.id.upper()}. {_said(option.sources[0].short(lang))}" in line
    assert named >= 10
    for scenario in deck.scenarios:
        for where, source in scenario.cited():
            assert f"{scenario.id}/{where}" in listed, where  # the decision that cites it, in the full list
            assert _said(source.title)[:40] in listed, source.title
