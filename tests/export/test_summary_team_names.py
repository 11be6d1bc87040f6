"""Eight teams' names read whole in the PDF summary, as pdftotext reads it back: the final
indicators' table, whose heads cut « Sixth Form Computing » to « Sixth Form Computi… » (8 teams
in English), and every other table or chart that names a team."""

from __future__ import annotations

import re
import subprocess

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.export.summary_words import word

from .workshops import EIGHT, workshop


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def layout(path) -> str:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_eight_teams_stand_whole_in_the_final_indicators(deck, tmp_path, lang):
    session = workshop(deck, lang, 8, seed=0)
    assert [t.name for t in session.state.teams] == list(EIGHT[lang])
    export_summary(session, deck, tmp_path / "s.pdf")
    text = layout(tmp_path / "s.pdf")
    start = text.index("\n", text.index(word("indicators", lang) + "\n"))
    table = text[start:text.index(word("chart_indicators", lang))]
    assert "…" not in table
    walked = [session.state.team(p.team_id).name for p in session.state.scenarios]
    assert len(walked) == 8
    for name in walked:  # each on one line of its own row, after its number in the chart's legend
        assert any(re.search(rf"\d · {re.escape(name)}\s", line) for line in table.splitlines()), (name, table)
    # Nowhere is a team's name cut short: no "…" after the start of a name.
    for name in EIGHT[lang]:
        for k in range(4, len(name)):
            assert name[:k] + "…" not in text, (name[:k], lang)
