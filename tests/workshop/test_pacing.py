"""Five themes in thirty minutes: the facilitator is told how long the debate under way has run and
the time each debate still to come can have, from the phase's own clock (pauses and minutes added
counted) and the session file's events, and how many still fit once the share is too short."""

from __future__ import annotations

import pytest

from bataille.deck import bundled_deck_path, load_deck
from bataille.storage import close_session, new_session, open_session
from bataille.workshop import ManualClock
from bataille.workshop.flow import close_debate, open_debate, start_quick_debate
from bataille.workshop.pacing import SHORT_SHARE_SECONDS, pace, pace_line

MIN = 60.0
NB = "\u00a0"


@pytest.fixture(scope="module")
def five():
    return load_deck(bundled_deck_path())  # five themes, 30 minutes of debates in 90


@pytest.fixture
def debates(tmp_path, five):
    """The debates phase of a 90-minute workshop just started, in a real session file."""
    clock = ManualClock()
    session = _to_the_debates(tmp_path / "atelier.bataille", five, clock)
    yield session, clock
    close_session(session)


def _to_the_debates(path, five, clock):
    """A session file of two teams, its debates phase just started (the phases before skipped)."""
    session = new_session(path, five, clock, "fr")
    for name in ("Hiboux", "Loutres"):
        session.add_team(name)
    session.start()
    for phase in ("welcome", "timeline"):
        session.skip_phase(phase)
    session.start_phase("debates")
    return session


def _said(session, lang: str = "fr") -> str:
    return pace_line(pace(session), lang)


def _played(session, clock, minutes: float) -> None:
    """One debate played for ``minutes``, then closed."""
    open_debate(session)
    clock.advance(minutes * MIN)
    close_debate(session)


def test_five_debates_to_come_share_the_phase(debates):
    session, clock = debates
    assert _said(session) == f"30{NB}min pour 5 débats, ~6{NB}min chacun"
    assert _said(session, "en") == "30 min for 5 debates, ~6 min each"
    open_debate(session)
    clock.advance(2 * MIN + 50)  # as a stopwatch reads: 2 minutes run
    assert _said(session) == f"Débat 1{NB}: 2{NB}min · 27{NB}min pour 5 débats, ~5{NB}min chacun"


def test_a_debate_cut_short_leaves_its_time_to_the_others(debates):
    """The brief's own line: debate 1 closed at once (no vote), debate 2 under way for 7 minutes."""
    session, clock = debates
    _played(session, clock, 0)
    assert _said(session) == f"30{NB}min pour 4 débats, ~8{NB}min chacun"
    open_debate(session)
    clock.advance(7 * MIN)
    assert _said(session) == f"Débat 2{NB}: 7{NB}min · 23{NB}min pour 4 débats, ~6{NB}min chacun"
    assert _said(session, "en") == "Debate 2: 7 min · 23 min for 4 debates, ~6 min each"


def test_three_debates_left(debates):
    session, clock = debates
    _played(session, clock, 6)
    _played(session, clock, 7)
    assert _said(session) == f"17{NB}min pour 3 débats, ~6{NB}min chacun"


def test_one_debate_left_and_the_last_under_way(debates):
    session, clock = debates
    for minutes in (5, 5, 5, 5):
        _played(session, clock, minutes)
    assert _said(session) == f"10{NB}min pour 1 débat"
    assert _said(session, "en") == "10 min for 1 debate"
    open_debate(session)
    clock.advance(8 * MIN)  # two minutes left, under the short share: the last has what the clock has
    assert _said(session) == f"Débat 5{NB}: 8{NB}min · 2{NB}min pour 1 débat"
    clock.advance(3 * MIN)  # over time: only how long it has run
    assert _said(session, "en") == "Debate 5: 11 min"


def test_a_pause_counts_neither_for_the_debate_nor_against_the_others(debates):
    session, clock = debates
    _played(session, clock, 6)
    open_debate(session)
    clock.advance(3 * MIN)
    session.pause_timer()
    clock.advance(10 * MIN)  # a fire drill
    paused = _said(session)
    assert paused == f"Débat 2{NB}: 3{NB}min · 21{NB}min pour 4 débats, ~5{NB}min chacun"
    session.resume_timer()
    clock.advance(4 * MIN)
    assert _said(session) == f"Débat 2{NB}: 7{NB}min · 17{NB}min pour 4 débats, ~4{NB}min chacun"


def test_a_debate_opened_during_a_pause_runs_from_the_resumption(debates):
    session, clock = debates
    session.pause_timer()
    open_debate(session)
    clock.advance(5 * MIN)
    assert pace(session).running == 0
    session.resume_timer()
    clock.advance(2 * MIN)
    assert pace(session).running == 2 * MIN


def test_five_minutes_added_go_to_the_share(debates):
    session, clock = debates
    _played(session, clock, 10)
    _played(session, clock, 10)
    open_debate(session)
    clock.advance(5 * MIN)  # five minutes for three debates: too short, one fits (the one under way)
    assert _said(session) == f"Débat 3{NB}: 5{NB}min · il reste le temps d’un débat sur 3"
    session.extend_timer(5)  # ten: two fit
    assert _said(session) == f"Débat 3{NB}: 5{NB}min · il reste le temps de 2 débats sur 3"
    assert _said(session, "en") == "Debate 3: 5 min · time left for 2 of 3 debates"
    session.extend_timer(5)  # fifteen: five each
    assert _said(session) == f"Débat 3{NB}: 5{NB}min · 15{NB}min pour 3 débats, ~5{NB}min chacun"


def test_the_share_turns_to_how_many_fit_under_four_minutes(debates):
    session, clock = debates
    _played(session, clock, 10)  # twenty minutes for four: five each
    assert not pace(session).short
    clock.advance(4 * MIN + 1)  # under sixteen for four: under four each
    p = pace(session)
    assert p.short and p.each < SHORT_SHARE_SECONDS and p.fits == 3
    assert _said(session) == "il reste le temps de 3 débats sur 4"
    clock.advance(13 * MIN)  # under three minutes: not one debate fits
    assert _said(session) == "plus le temps pour 4 débats"
    assert _said(session, "en") == "no time left for 4 debates"


def test_time_up_gives_no_negative_share(debates):
    session, clock = debates
    _played(session, clock, 12)
    open_debate(session)
    clock.advance(20 * MIN)  # two minutes over time
    p = pace(session)
    assert session.remaining() < 0
    assert (p.left, p.each, p.fits) == (0, 0, 0)
    assert _said(session) == f"Débat 2{NB}: 20{NB}min · plus le temps pour 3 débats"
    close_debate(session)
    assert _said(session, "en") == "no time left for 3 debates"
    _played(session, clock, 1)
    _played(session, clock, 1)
    assert _said(session) == "plus le temps pour 1 débat"


def test_the_session_file_says_the_same_once_reopened(tmp_path, five):
    clock = ManualClock()
    path = tmp_path / "atelier.bataille"
    session = _to_the_debates(path, five, clock)
    _played(session, clock, 6)
    open_debate(session)
    clock.advance(2 * MIN)
    session.pause_timer()
    clock.advance(3 * MIN)
    session.resume_timer()
    clock.advance(2 * MIN)
    said = _said(session)
    assert said == f"Débat 2{NB}: 4{NB}min · 20{NB}min pour 4 débats, ~5{NB}min chacun"
    close_session(session)
    reopened = open_session(path, five, ManualClock(clock.now()))
    assert _said(reopened) == said
    close_session(reopened)


def test_a_debate_opened_again_after_an_undo_runs_from_its_new_opening(debates):
    session, clock = debates
    session.open_round(seed=1)
    clock.advance(4 * MIN)
    session.undo()  # opened by mistake
    assert pace(session).debate is None
    clock.advance(1 * MIN)
    session.open_round(seed=2)
    clock.advance(2 * MIN)
    assert (pace(session).debate, pace(session).running) == (1, 2 * MIN)


def test_nothing_outside_the_debates_nor_in_a_quick_debate(tmp_path, five, debates):
    session, clock = debates
    for _ in range(5):
        _played(session, clock, 1)
    assert pace(session) is None  # every theme debated: nothing to pace
    session.start_phase("scenarios")
    assert pace(session) is None
    quick = new_session(tmp_path / "express.bataille", five, ManualClock(), "fr", agenda_minutes=20,
                        phase_ids=["debates"])
    card = next(c for t in five.themes for c in five.cards_of("debate", t.id))
    start_quick_debate(quick, card.id, ("Pour", "Contre"))
    assert pace(quick) is None  # its clock is its one debate's
    close_session(quick)


def test_a_resumption_taken_back_leaves_the_debate_paused(debates):
    session, clock = debates
    open_debate(session)
    clock.advance(3 * MIN)
    session.pause_timer()
    clock.advance(2 * MIN)
    session.resume_timer()
    clock.advance(1 * MIN)
    session.undo()  # resumed too soon: paused again, since the pause began
    assert session.state.agenda.current.status == "paused"
    assert pace(session).running == 3 * MIN
