"""What the summary says of a debate the facilitator closed before its vote after (closed early, not
merely "no vote"), and of the console's +1 pressed twice for one team in one debate (one row, +2).
A real session file, its summaries written by ``bataille summary`` in Markdown and PDF."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from bataille.cli import main
from bataille.deck import bundled_deck_path, load_deck
from bataille.export.summary_model import build_summary
from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock

CUT_SHORT = {"fr": "Clos par l’animateur sans le vote après\u00a0: l’évolution de l’opinion n’a pas été mesurée.",
             "en": "Closed early by the facilitator, without the vote after: the shift of opinion was not measured."}
BY_HAND = {"fr": "points donnés à la main", "en": "points given by hand"}


@pytest.fixture(scope="module")
def cut_short(tmp_path_factory) -> Path:
    """Debate 1 voted before and after; debate 2 closed after its vote before only; debate 3 still
    open, with no vote. In debate 1 the Owls got +1 twice by hand, the Otters +1 then −1 (taken back),
    and +3 with a reason typed twice."""
    deck = load_deck(bundled_deck_path())
    path = tmp_path_factory.mktemp("cut") / "atelier.bataille"
    session = new_session(path, deck, ManualClock(1_000_000.0), "fr")
    for name in ("Les Hiboux", "Les Loutres"):
        session.add_team(name)
    session.start()
    owls, otters = (t.id for t in session.state.teams)
    session.start_phase("debates")
    session.open_round()
    session.record_vote("before", {"agree": 5, "disagree": 3, "undecided": 2})
    session.award_points(owls, 1, round_no=1)
    session.award_points(otters, 1, round_no=1)
    session.award_points(owls, 1, round_no=1)
    session.award_points(otters, -1, round_no=1)
    session.award_points(otters, 3, "Meilleur fait", round_no=1)
    session.award_points(otters, 3, "Meilleur fait", round_no=1)
    session.record_vote("after", {"agree": 7, "disagree": 2, "undecided": 1})
    session.close_round()
    session.open_round()
    session.record_vote("before", {"agree": 4, "disagree": 4, "undecided": 2})
    session.close_round()  # « Clore sans le vote après »
    session.open_round()
    close_session(session)
    return path


def _markdown(path: Path, lang: str) -> str:
    out = path.parent / f"{lang}.md"
    assert main(["summary", str(path), "-o", str(out), "--lang", lang]) == 0
    return out.read_text(encoding="utf-8")


def _pdf(path: Path, lang: str) -> str:
    out = path.parent / f"{lang}.pdf"
    assert main(["summary", str(path), "-o", str(out), "--lang", lang]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(re.sub(r"[\s\u00a0\u202f]+", " ", text).split())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_debate_closed_before_its_vote_after_says_it_was_closed_early(cut_short, lang):
    said = CUT_SHORT[lang]
    markdown = _markdown(cut_short, lang)
    assert markdown.count(said) == 1  # debate 2 only: not debate 1 (voted), nor debate 3 (still open)
    pdf = _pdf(cut_short, lang)
    assert pdf.count(" ".join(said.replace("\u00a0", " ").split())) == 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_presses_of_plus_one_for_a_team_in_a_debate_make_one_row(cut_short, lang):
    deck = load_deck(bundled_deck_path())
    session = open_session(cut_short, deck, ManualClock(2_000_000.0))
    try:
        summary = build_summary(session, deck, lang)
        owls, otters = (t.id for t in session.state.teams)
    finally:
        close_session(session)
    rows = [(a.team_id, a.points, a.reason, a.round) for a in summary.awards]
    assert rows == [(owls, 2, BY_HAND[lang], 1), (otters, 3, "Meilleur fait", 1), (otters, 3, "Meilleur fait", 1)]
    markdown = _markdown(cut_short, lang)
    assert len(re.findall(rf"\| Les Hiboux \| {BY_HAND[lang]} \| 1 \| \+2 \|", markdown)) == 1, markdown
    assert f"| Les Loutres | {BY_HAND[lang]} |" not in markdown  # +1 taken back by −1: nothing given
