"""A move taken back and done again gives the same result: the deal, a debate's card and its sides
are drawn from the session and the point in it, not at random each time ("back" then "next")."""

from __future__ import annotations

from bataille.storage import close_session, new_session, open_session
from bataille.workshop import Counts, ManualClock, MemoryStore, Session
from bataille.workshop.flow import StepKind, next_step

# Sessions created at different moments: each draws its own cards.
STARTS = [1_800_000_000.0 + 3_607.25 * i for i in range(10)]


def _started(deck, start: float, teams: int = 3, store=None) -> Session:
    session = Session.create(deck, store if store is not None else MemoryStore(), ManualClock(start))
    for i in range(teams):
        session.add_team(f"Équipe {i + 1}")
    session.start()
    return session


def _press(session: Session, kind: StepKind) -> None:
    step = next_step(session.state, session.deck)
    assert step.kind == kind and step.run is not None
    session.together(step.run)


def _to(session: Session, phase_id: str) -> None:
    session.start_phase(phase_id)


def _debate(session: Session) -> tuple[str, tuple]:
    rnd = session.state.open_round
    return rnd.card_id, rnd.sides


def test_the_deal_taken_back_and_done_again_deals_the_same_hands(deck):
    for start in STARTS:
        s = _started(deck, start)
        _to(s, "timeline")
        _press(s, StepKind.DEAL_TIMELINE)
        dealt = s.state.timeline
        s.undo()  # PageUp: the deal is a move
        assert not s.state.timeline.dealt
        _press(s, StepKind.DEAL_TIMELINE)
        assert (s.state.timeline.cards, s.state.timeline.hands) == (dealt.cards, dealt.hands)


def test_the_deal_taken_back_with_its_phase_deals_the_same_hands(deck):
    s = _started(deck, STARTS[3])
    _press(s, StepKind.NEXT_PHASE)  # the welcome
    _press(s, StepKind.NEXT_PHASE)  # the timeline
    _press(s, StepKind.DEAL_TIMELINE)
    hands = s.state.timeline.hands
    s.undo()
    s.undo()  # the phase's start taken back too, then the room comes back to it
    _press(s, StepKind.NEXT_PHASE)
    _press(s, StepKind.DEAL_TIMELINE)
    assert s.state.timeline.hands == hands


def test_dealing_again_on_purpose_deals_other_hands(deck):
    s = _started(deck, STARTS[0])
    _to(s, "timeline")
    s.deal_timeline()
    first = s.state.timeline.seed
    s.deal_timeline()  # again, before any card is placed: the facilitator wants another deal
    assert s.state.timeline.seed != first


def test_other_sessions_deal_other_hands(deck):
    hands = set()
    for start in STARTS:
        s = _started(deck, start)
        _to(s, "timeline")
        s.deal_timeline()
        hands.add(s.state.timeline.hands)
    assert len(hands) >= 8  # 18 cards, three hands of four: sessions do not all deal the same


def test_a_debate_opened_taken_back_and_opened_again_is_the_same_debate(deck):
    for start in STARTS:
        s = _started(deck, start, teams=4)
        _to(s, "debate")
        _press(s, StepKind.OPEN_DEBATE)
        seen = _debate(s)
        s.undo()  # the sides
        s.undo()  # the debate's opening: one press of "back" takes both (the console's step)
        assert s.state.open_round is None
        _press(s, StepKind.OPEN_DEBATE)
        assert _debate(s) == seen


def test_close_and_open_taken_back_and_done_again_projects_the_same_claim(deck):
    for start in STARTS:
        s = _started(deck, start, teams=4)
        _to(s, "debate")
        _press(s, StepKind.OPEN_DEBATE)
        for stage, counts in (("before", Counts(3, 2, 1)), ("after", Counts(4, 2, 0))):
            s.record_vote(stage, counts)
            s.reveal_votes(stage)
        before = s.event_count
        _press(s, StepKind.CLOSE_AND_OPEN)
        seen = _debate(s)
        for _ in range(s.event_count - before):  # Ctrl+Z on the press undoes it whole
            s.undo()
        assert s.state.open_round.number == 1
        _press(s, StepKind.CLOSE_AND_OPEN)
        assert _debate(s) == seen and s.state.open_round.number == 2


def test_different_debates_and_sides_drawn_again_draw_differently(deck):
    s = _started(deck, STARTS[0], teams=4)
    _to(s, "debate")
    seeds = []
    for _ in range(3):
        _press(s, StepKind.OPEN_DEBATE)
        rnd = s.state.open_round
        seeds.append((rnd.seed, s.events[-1].seed))
        s.close_round()
    assert len({seed for pair in seeds for seed in pair}) == 6  # each card and each side drawn anew
    s.open_round(theme_id=deck.themes[0].id)
    s.assign_sides()
    first = s.events[-1].seed
    s.assign_sides()  # the console's "draw the sides again": another draw
    again = s.events[-1].seed
    assert again != first
    s.undo()
    s.assign_sides()  # taken back and drawn again: the same draw as the one taken back
    assert s.events[-1].seed == again


def test_a_draw_taken_back_is_drawn_the_same_after_the_file_is_reopened(deck, tmp_path):
    path = tmp_path / "atelier.bataille"
    s = new_session(path, deck, ManualClock(STARTS[5]), "fr")
    for name in ("A", "B", "C"):
        s.add_team(name)
    s.start()
    s.start_phase("debate")
    _press(s, StepKind.OPEN_DEBATE)
    seen = _debate(s)
    s.undo()
    s.undo()
    close_session(s)
    reopened = open_session(path, deck, ManualClock(STARTS[5] + 600))
    _press(reopened, StepKind.OPEN_DEBATE)
    assert _debate(reopened) == seen
    close_session(reopened)
