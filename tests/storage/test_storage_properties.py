"""Properties over random action sequences: reopening the file gives the live state; undo restores."""

from __future__ import annotations

import tempfile
from pathlib import Path

import bataille_sample_deck  # registered by conftest.py, which loads tests/workshop/sample_deck.py
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bataille.storage import new_session, open_session
from bataille.workshop import ActionError, ManualClock
from bataille.workshop.flow import is_quick_debate

DECK = bataille_sample_deck.sample_deck()
PHASES = [p.id for p in DECK.agenda.phases]
THEMES = [t.id for t in DECK.themes]
DEBATES = [c.id for c in DECK.cards_of("debate")]
FACTS = [c.id for c in DECK.cards_of("fact")]
names = st.sampled_from(["Hiboux", "Loutres", "Renards", "Lynx", "Ours", "Aigles", "hiboux", "", "Équipe ✨"])
texts = st.text(min_size=0, max_size=40)
counts = st.fixed_dictionaries({"agree": st.integers(0, 30)},
                                optional={c: st.integers(0, 30) for c in ("disagree", "undecided")})


def _setup_actions(session, draw):
    team = lambda: draw(st.sampled_from([t.id for t in session.state.teams] or ["team-1"]))  # noqa: E731
    return {
        "add_team": lambda: session.add_team(draw(names)),
        "rename_team": lambda: session.rename_team(team(), name=draw(names)),
        "remove_team": lambda: session.remove_team(team()),
        "set_agenda": lambda: session.set_agenda(draw(st.none() | st.integers(4, 150)),
                                                 draw(st.none() | st.lists(st.sampled_from(PHASES), min_size=1))),
        "set_language": lambda: session.set_language(draw(st.sampled_from(["fr", "en"]))),
        "start": session.start,
    }


def _play_actions(session, draw):
    state = session.state
    teams = [t.id for t in state.teams] or ["team-1"]
    team = lambda: draw(st.sampled_from(teams))  # noqa: E731
    rnd = state.rounds[-1] if state.rounds else None
    # Mostly the stage that can be played next, sometimes any (to exercise refusals).
    likely = "before" if rnd is None or rnd.before is None or not rnd.revealed_before else "after"
    stage = lambda: draw(st.sampled_from([likely, likely, "before", "after"]))  # noqa: E731
    walking = [p.team_id for p in state.scenarios] or teams

    def place():
        tid = team()
        hand = state.timeline.hand(tid) or ("ev-1950-turing",)
        session.place_card(tid, draw(st.sampled_from(hand)), draw(st.integers(0, len(state.timeline.cards))))

    def vote():
        if draw(st.booleans()):
            session.record_vote(stage(), draw(counts))
        else:
            session.record_vote(stage(), {t: draw(counts) for t in draw(st.lists(st.sampled_from(teams), min_size=1))})

    return {
        "start_phase": lambda: session.start_phase(draw(st.none() | st.sampled_from(PHASES))),
        "pause_timer": session.pause_timer,
        "resume_timer": session.resume_timer,
        "extend_timer": lambda: session.extend_timer(draw(st.integers(0, 10))),
        "skip_phase": lambda: session.skip_phase(draw(st.none() | st.sampled_from(PHASES))),
        "end_phase": session.end_phase,
        "deal_timeline": lambda: session.deal_timeline(draw(st.integers(1, 6)), seed=draw(st.integers(0, 99))),
        "place_card": place,
        "open_round": lambda: session.open_round(draw(st.none() | st.sampled_from(THEMES)),
                                                 draw(st.none() | st.sampled_from(DEBATES)), seed=draw(st.integers(0, 99))),
        "assign_sides": lambda: session.assign_sides(
            draw(st.none() | st.dictionaries(st.sampled_from(teams), st.sampled_from(["for", "against"]))),
            seed=draw(st.integers(0, 99))),
        "record_vote": vote,
        "record_vote_": vote,  # twice as likely: rounds need votes before anything is revealed
        "reveal_votes": lambda: session.reveal_votes(stage()),
        "add_argument": lambda: session.add_argument(team(), draw(texts), draw(st.none() | st.just("for"))),
        "play_evidence": lambda: session.play_evidence(team(), draw(st.sampled_from(FACTS))),
        "close_round": session.close_round,
        "award_points": lambda: session.award_points(team(), draw(st.integers(-3, 5)), draw(texts)),
        "start_scenario": lambda: session.start_scenario(team(), "frugal"),
        "choose_option": lambda: session.choose_option(draw(st.sampled_from(walking)),
                                                       draw(st.sampled_from(["a", "b", "c"]))),
        "add_takeaway": lambda: session.add_takeaway(draw(texts)),
        "add_commitment": lambda: session.add_commitment(draw(texts), draw(st.none() | st.sampled_from(teams))),
        "rename_team": lambda: session.rename_team(team(), name=draw(names)),
    }


def _step(session, clock, draw):
    """Advance time, try one random action (its name, or None when refused: then nothing changed)."""
    clock.advance(draw(st.integers(0, 120)))
    make = _play_actions if session.state.started else _setup_actions
    actions = make(session, draw)
    # Weights: set-up should mostly lead to a start; play should mostly play.
    weighted = sorted(actions) + ["undo"] + (["add_team"] * 4 + ["start"] * 3 if not session.state.started else [])
    name = draw(st.sampled_from(weighted))
    before, count = session.state, len(session.events)
    try:
        session.undo() if name == "undo" else actions[name]()
        name = name.rstrip("_")
    except ActionError:
        assert session.state == before and len(session.events) == count
        return None
    assert len(session.events) == count + 1
    event(f"did {name}")  # --hypothesis-show-statistics shows which actions the runs reach
    return name


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.data())
def test_reopening_the_file_gives_exactly_the_live_state(data):
    clock = ManualClock()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.bataille"
        session = new_session(path, DECK, clock)
        for _ in range(data.draw(st.integers(1, 80), label="steps")):
            _step(session, clock, data.draw)
        live, events = session.state, session.events
        session.close()
        reopened = open_session(path, DECK, clock)
        assert reopened.events == events
        assert reopened.state == live
        assert reopened.remaining() == session.remaining()
        reopened.close()


@SETTINGS
@given(st.data())
def test_undo_after_any_action_gives_the_state_before_it(data):
    clock = ManualClock()
    with tempfile.TemporaryDirectory() as folder:
        session = new_session(Path(folder) / "s.bataille", DECK, clock)
        undone = 0
        for _ in range(data.draw(st.integers(1, 80), label="steps")):
            before = session.state
            done = _step(session, clock, data.draw)
            if done == "start":  # the set-up is fixed by the start: nothing before it is undone
                assert not session.can_undo
            elif done not in (None, "undo") and not session.can_undo:
                # A quick debate (one debate phase): its phase, debate and sides right after its start
                # are the start screen's set-up, fixed with it.
                assert is_quick_debate(session.state) and done in ("start_phase", "open_round", "assign_sides")
            elif done not in (None, "undo") and data.draw(st.booleans(), label="undo it"):
                session.undo()
                assert session.state == before
                undone += 1
        session.close()
