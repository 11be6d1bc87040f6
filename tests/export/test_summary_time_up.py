"""A debate closed because its phase's time ran out is not "closed early": the summary works the
reason out of the phase's clock (planned minutes, minutes added, pauses left out) at the moment the
debate was closed, as the console does when it offers "Close without the vote after, then next
phase", and says it in the PDF, the Markdown and the table of actions. The header's times and its
length agree, both to the nearest minute (« 09:00 – 09:56 » beside « 57 min » no more).

A real session file, its summaries written by ``bataille summary``."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.workshop import ManualClock

EARLY = {"fr": "Clos par l’animateur sans le vote après\u00a0: l’évolution de l’opinion n’a pas été mesurée.",
         "en": "Closed early by the facilitator, without the vote after: the shift of opinion was not measured."}
TIME_UP = {"fr": "Clos à la fin du temps, sans le vote après\u00a0: l’évolution de l’opinion n’a pas été mesurée.",
           "en": "Closed when the time ran out, without the vote after: the shift of opinion was not measured."}
CLOSED = {"fr": ("clos par l’animateur avant la fin du temps", "clos à la fin du temps"),
          "en": ("closed by the facilitator before the time ran out", "closed when the time ran out")}
START = 1_800_000_000.0 - 1_800_000_000.0 % 3600  # a whole hour


@pytest.fixture(scope="module")
def late(tmp_path_factory) -> Path:
    """The debates phase (30 min planned) with three debates, each closed after its vote before only:
    debate 1 after 5 min of play; debate 2 after 28 more, 20 min of pause and 5 minutes added between
    (33 min of play, 35 planned: still early); debate 3 after 3 more (36 min: time up). The phase ends
    40 s later: 56 min 40 s from start to end."""
    deck = load_deck(bundled_deck_path())
    path = tmp_path_factory.mktemp("late") / "atelier.bataille"
    clock = ManualClock(START)
    session = new_session(path, deck, clock, "fr")
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    session.start_phase("debates")
    for minutes in ((5,), (10, "pause", 20, "resume", 18), (3,)):
        session.open_round()
        session.record_vote("before", {"agree": 4, "disagree": 4, "undecided": 2})
        for step in minutes:
            if step == "pause":
                session.pause_timer()
            elif step == "resume":
                session.resume_timer()
                session.extend_timer(5)
            else:
                clock.advance(60 * step)
        session.close_round()
    clock.advance(40)
    session.end_phase()
    close_session(session)
    return path


def _write(path: Path, lang: str, suffix: str) -> Path:
    out = path.parent / f"{lang}.{suffix}"
    assert main(["summary", str(path), "-o", str(out), "--lang", lang]) == 0
    return out


def _flat(text: str) -> str:
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_debate_closed_when_its_time_ran_out_says_so(late, lang):
    md = _write(late, lang, "md").read_text(encoding="utf-8")
    assert md.count(EARLY[lang]) == 2 and md.count(TIME_UP[lang]) == 1
    assert md.index(TIME_UP[lang]) > md.rindex(EARLY[lang])  # the third debate's
    pdf = _flat(subprocess.run(["pdftotext", str(_write(late, lang, "pdf")), "-"],
                               capture_output=True, text=True, check=True).stdout)
    assert pdf.count(_flat(EARLY[lang])) == 2 and pdf.count(_flat(TIME_UP[lang])) == 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_table_of_actions_says_why_each_debate_was_closed(late, lang):
    text = _write(late, lang, "csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";" if lang == "fr" else ","))
    early, up = CLOSED[lang]
    assert [r["value"] for r in rows if r["kind"] == "round_closed"] == [early, early, up]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_header_s_times_agree_with_its_length(late, lang):
    md = _write(late, lang, "md").read_text(encoding="utf-8")
    start = datetime.fromtimestamp(START)
    end = start + timedelta(minutes=57)  # 56 min 40 s: the end read 56 minutes on, truncated
    assert f"{start:%H:%M}\u00a0– {end:%H:%M}" in md, md[:300]
    assert "57 min" in md.split("\n\n")[1]
