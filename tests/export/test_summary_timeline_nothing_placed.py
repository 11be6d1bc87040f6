"""A timeline phase ended with no card placed read « jouée » in the summary's agenda, as if the room
had played it. Nothing of it was: it reads as a phase passed over, « passée, aucune carte posée » /
"skipped, no card placed", as a phase cut short says what was left (« jouée, écourtée : … »). One
card placed is enough for « jouée »; the JSON and the CSV keep the status's code, `done`.

Read back from the files `bataille summary` writes from real session files: the PDF through
pdftotext, the Markdown's text, the JSON.
"""

from __future__ import annotations

import json

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session
from bataille.workshop import ManualClock

from .test_summary_phase_cut_short import MORNING, _md_status, _summaries

TIMELINE = {"fr": "La frise de l’IA", "en": "The AI timeline"}
NOTHING = {"fr": "passée, aucune carte posée", "en": "skipped, no card placed"}
PLAYED = {"fr": "jouée", "en": "played"}


@pytest.fixture(scope="module")
def deck():
    return load_deck(bundled_deck_path())


def _session(deck, path, placed: bool):
    """Two teams; the timeline dealt, played 6 minutes, then ended with one card placed or none."""
    clock = ManualClock(MORNING)
    session = new_session(path, deck, clock, "fr", phase_ids=["timeline", "debates"])
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    session.start_phase("timeline")
    session.deal_timeline(seed=7)
    if placed:
        team = session.state.teams[0].id
        session.place_card(team, session.state.timeline.hand(team)[0], 0)
    clock.advance(6 * 60)
    session.end_phase()
    close_session(session)
    return path


@pytest.mark.parametrize("placed", [False, True])
def test_a_timeline_with_no_card_placed_reads_as_passed_over(deck, tmp_path, placed):
    path = _session(deck, tmp_path / "frise.bataille", placed)
    texts = _summaries(path, tmp_path)
    for lang in ("fr", "en"):
        expected = PLAYED[lang] if placed else NOTHING[lang]
        assert _md_status(texts[f"{lang}.md"], TIMELINE[lang]) == expected, texts[f"{lang}.md"]
        assert (NOTHING[lang] in texts[f"{lang}.pdf"]) is not placed
        assert f"{TIMELINE[lang]} 20 min 6 min {expected}" in texts[f"{lang}.pdf"]
    out = tmp_path / "frise.json"
    assert main(["summary", str(path), "-o", str(out)]) == 0
    phases = json.loads(out.read_text(encoding="utf-8"))["phases"]
    assert phases[0]["status"] == "done"  # the code the session recorded
