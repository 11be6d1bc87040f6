"""The summary's chart « Indicateurs finaux des équipes » tells its teams apart without colour: each
team is numbered in the legend and its number stands on each of its bars. By colour alone, teams 1
and 2 (orange #E69F00 and sky blue #56B4E9) were ΔE00 0.6 apart printed in grey, and a deuteranope
reads some of the eight alike. Read back from the PDF with pdftotext, with 2, 6 and 8 teams."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary import export_summary
from bataille.workshop import ManualClock, MemoryStore, Session
from bataille.workshop.example import ExampleOptions, play_example

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')
EIGHT = ["Les Hiboux", "Les Loutres", "Les Renards", "Les Castors", "Les Lynx", "Les Grues", "Les Ours", "Les Pics"]


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _eight_teams(deck) -> Session:
    """Eight teams through two decisions of the first scenario, each its own way."""
    session = Session.create(deck, MemoryStore(), ManualClock(), "fr", phase_ids=["scenarios"])
    for name in EIGHT:
        session.add_team(name)
    session.start()
    session.start_phase()
    scenario = deck.scenarios[0]
    for i, team in enumerate(session.state.teams):
        session.start_scenario(team.id, scenario.id)
        for _ in range(2):
            path = session.state.scenario_path(team.id)
            decision = next(d for d in scenario.decisions if d.id == path.next_decision)
            session.choose_option(team.id, decision.options[i % len(decision.options)].id, decision.id)
    return session


def _chart_page(path: Path) -> int:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return next(i + 1 for i, page in enumerate(text.split("\f")) if "Indicateurs finaux des équipes" in page)


def _words(path: Path, page: int) -> list[tuple[float, float, float, float, str]]:
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    return [(float(a), float(b), float(c), float(d), text) for a, b, c, d, text in WORD.findall(out)]


@pytest.mark.parametrize("teams", [2, 6, 8])
def test_each_bar_carries_its_teams_number_from_the_legend(deck, tmp_path, teams) -> None:
    session = _eight_teams(deck) if teams == 8 else play_example(deck, seed=0, options=ExampleOptions(teams=teams))
    path = tmp_path / "bilan.pdf"
    export_summary(session, deck, path)
    words = _words(path, _chart_page(path))
    heading = next(i for i, w in enumerate(words) if w[4] == "équipes" and words[i - 1][4] == "des")
    top = words[heading][3]
    bottom = next(w[1] for i, w in enumerate(words) if i > heading and w[4] == "Environnement")  # its axis
    chart = [w for w in words[heading + 1:] if top < w[1] and w[3] < bottom]  # read in blocks: by place
    names = [t.name for t in session.state.teams if session.state.scenario_path(t.id) is not None]
    assert len(names) == teams
    # The legend: « 1 · Les Hiboux », « 2 · Les Loutres »…
    legend = [(chart[i][4], chart[i + 2][4], chart[i + 3][4]) for i in range(len(chart) - 3) if chart[i + 1][4] == "·"]
    legend.sort(key=lambda entry: int(entry[0]))  # read row by row: 1, 4, 7, 2…
    assert [number for number, _w1, _w2 in legend] == [str(n) for n in range(1, teams + 1)], legend
    for (_number, first, second), name in zip(legend, names, strict=True):
        assert name.startswith(f"{first} {second}".rstrip("…")), (first, second, name)
    legend_bottom = max(w[3] for i, w in enumerate(chart) if i + 1 < len(chart) and chart[i + 1][4] == "·")
    # The bars' numbers: below the legend, not the value axis' labels (right-aligned in one column).
    numbers = [w for w in chart if w[1] > legend_bottom and re.fullmatch(r"[−-]?\d+", w[4])]
    axis = min(w[2] for w in numbers)
    on_bars = [w[4] for w in numbers if abs(w[2] - axis) > 1]
    indicators = len(deck.scenarios[0].indicators)
    for n in range(1, teams + 1):
        assert on_bars.count(str(n)) == indicators, (n, on_bars)
    assert len(on_bars) == teams * indicators
