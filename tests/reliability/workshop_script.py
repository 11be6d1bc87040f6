"""A scripted workshop on any deck: every phase of the agenda, every kind of action, many teams.

``play(session, clock, rng)`` yields after each action (so a test can measure, inject faults or
stop); ``minutes`` of simulated time pass, spread over the agenda's phases.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from bataille.deck import DebateCard, FactCard
from bataille.workshop import ActionError, ManualClock, NotSavedError, Session

TEAM_NAMES = ["Les Hiboux", "Les Loutres", "Les Lynx", "Les Castors", "Les Renards", "Les Mouettes",
              "Les Hérissons", "Les Blaireaux"]


def set_up(session: Session, teams: int = 8) -> None:
    """Add ``teams`` teams and start the workshop."""
    for name in TEAM_NAMES[:teams]:
        session.add_team(name)
    session.start()


def play(session: Session, clock: ManualClock, rng: random.Random, seconds_per_action: float = 2.0,
         rounds_per_debate: int = 20, not_saved: list[NotSavedError] | None = None) -> Iterator[str]:
    """Play every phase of the session's agenda; yield the name of each action tried.

    A refused action yields ``refused:<name>``. When ``not_saved`` is given, an action done but
    not written (NotSavedError) is appended to it and yields ``not-saved:<name>``; otherwise the
    error propagates (and ends the generator).
    """
    deck = session.deck
    debates = [c for c in deck.cards if isinstance(c, DebateCard)]
    facts = [c for c in deck.cards if isinstance(c, FactCard)]
    teams = [t.id for t in session.state.teams]

    def act(name: str, fn, *args, **kwargs):
        clock.advance(seconds_per_action * rng.uniform(0.5, 1.5))
        try:
            fn(*args, **kwargs)
        except ActionError:
            return f"refused:{name}"
        except NotSavedError as error:
            if not_saved is None:
                raise
            not_saved.append(error)
            return f"not-saved:{name}"
        return name

    while session.state.agenda.next_pending is not None:
        yield act("start_phase", session.start_phase)
        phase = session.state.agenda.current
        if phase is None:
            continue
        kind = phase.kind
        yield act("pause_timer", session.pause_timer)
        yield act("resume_timer", session.resume_timer)
        yield act("extend_timer", session.extend_timer, 1)
        if kind == "timeline":
            yield act("deal_timeline", session.deal_timeline, seed=rng.randrange(2**31))
            for team in teams:
                for card in session.state.timeline.hand(team):
                    gap = rng.randrange(len(session.state.timeline.cards) + 1)
                    yield act("place_card", session.place_card, team, card, gap)
            if rng.random() < 0.5:
                yield act("undo", session.undo)
        elif kind == "debate":
            for n in range(rounds_per_debate):
                card = debates[n % len(debates)]
                yield act("open_round", session.open_round, card_id=card.id, seed=rng.randrange(2**31))
                yield act("assign_sides", session.assign_sides, seed=rng.randrange(2**31))
                before = {"agree": rng.randrange(30), "disagree": rng.randrange(30), "undecided": rng.randrange(10)}
                yield act("record_vote", session.record_vote, "before", before)
                yield act("reveal_votes", session.reveal_votes, "before")
                for team in teams:
                    for k in range(2):
                        text = f"Argument {k} « {team} » — émoji 🤖 et texte RTL \u200fשלום"
                        yield act("add_argument", session.add_argument, team, text)
                for team, fact in zip(teams, rng.sample(facts, min(len(facts), len(teams))), strict=False):
                    yield act("play_evidence", session.play_evidence, team, fact.id)
                after = {"agree": rng.randrange(30), "disagree": rng.randrange(30), "undecided": rng.randrange(10)}
                yield act("record_vote", session.record_vote, "after", after)
                yield act("reveal_votes", session.reveal_votes, "after")
                yield act("close_round", session.close_round)
                yield act("award_points", session.award_points, rng.choice(teams), rng.randrange(-2, 5), "bonus")
                if rng.random() < 0.2:
                    yield act("undo", session.undo)
        elif kind == "scenario":
            for i, team in enumerate(teams):
                scenario = deck.scenarios[i % len(deck.scenarios)]
                yield act("start_scenario", session.start_scenario, team, scenario.id)
                for decision in scenario.decisions:
                    option = rng.choice(decision.options)
                    yield act("choose_option", session.choose_option, team, option.id)
        elif kind == "debrief":
            for i in range(10):
                yield act("add_takeaway", session.add_takeaway, f"Ce qu'on retient n°{i} 🧠")
            for team in teams:
                yield act("add_commitment", session.add_commitment, f"Engagement de {team}", team)
        # let the rest of the phase's time pass, then end it
        remaining = session.remaining()
        if remaining is not None and remaining > 0:
            clock.advance(remaining)
        yield act("end_phase", session.end_phase)
