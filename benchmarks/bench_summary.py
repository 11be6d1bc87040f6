"""The session summary of a full example session, against folding its events (the floor)."""

from __future__ import annotations

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_csv import render_summary_csv_zip
from bataille.export.summary_json import render_summary_json
from bataille.export.summary_md import render_summary_md
from bataille.export.summary_model import build_summary
from bataille.export.summary_pdf import render_summary_pdf
from bataille.workshop import fold
from bataille.workshop.example import ExampleOptions, play_example

from .common import best_of, row


def run() -> list[dict]:
    deck = load_deck(bundled_deck_path())
    # A long session: 6 teams, every theme debated, every scenario walked.
    session = play_example(deck, seed=1, options=ExampleOptions(teams=6, rounds=5, scenarios=4))
    events = list(session.events)
    floor = best_of(lambda: fold(None, events), repeat=20)
    summary = build_summary(events, deck)
    rows = [row("summary model (events -> Summary)", best_of(lambda: build_summary(events, deck)), "s", floor,
                "< 10x folding the events", False)]
    for name, render, limit in (("summary JSON", render_summary_json, 10), ("summary CSV zip", render_summary_csv_zip, 10),
                                ("summary Markdown + SVG", render_summary_md, 200),
                                ("summary PDF", render_summary_pdf, 1000)):
        rows.append(row(name, best_of(lambda r=render: r(summary), repeat=3), "s", floor,
                        f"< {limit}x folding the events", False))
        rows[-1]["ok"] = rows[-1]["ratio"] < limit
    rows[0]["ok"] = rows[0]["ratio"] < 10
    rows.append(row("example session (play)", best_of(lambda: play_example(deck, seed=1), repeat=3), "s", floor,
                    "< 50x folding the events", False))
    rows[-1]["ok"] = rows[-1]["ratio"] < 50
    return rows
