"""Fold handlers of play: timeline, debate rounds, points, scenarios, debrief."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import events as ev
from .rules import add_effects, compare, opinion_shift
from .state import (
    Argument,
    Counts,
    DebateRound,
    Evidence,
    ScenarioPath,
    SessionState,
    TimelinePlacement,
    TimelineState,
    Vote,
    evolve,
)


def _add_points(state: SessionState, team_id: str, points: int) -> SessionState:
    teams = tuple(evolve(t, score=t.score + points) if t.id == team_id else t for t in state.teams)
    return evolve(state, teams=teams)


def _dealt(state: SessionState, e: ev.TimelineDealt) -> SessionState:
    timeline = TimelineState(dealt=True, seed=e.seed, cards=e.start_cards, hands=e.hands)
    return evolve(state, timeline=timeline)


def _placed(state: SessionState, e: ev.CardPlaced) -> SessionState:
    tl = state.timeline
    cards = (*tl.cards[: e.final_position], e.card_id, *tl.cards[e.final_position :])
    hands = tuple(
        (team, tuple(c for c in hand if c != e.card_id)) if team == e.team_id else (team, hand)
        for team, hand in tl.hands
    )
    placement = TimelinePlacement(e.team_id, e.card_id, e.position, e.correct, e.final_position, e.points)
    timeline = evolve(tl, cards=cards, hands=hands, placements=(*tl.placements, placement))
    return _add_points(evolve(state, timeline=timeline), e.team_id, e.points)


def _update_round(state: SessionState, number: int, **changes: Any) -> SessionState:
    rounds = list(state.rounds)
    rounds[number - 1] = evolve(rounds[number - 1], **changes)
    return evolve(state, rounds=tuple(rounds))


def _opened(state: SessionState, e: ev.RoundOpened) -> SessionState:
    phase = state.agenda.current  # the clock as it stood then: later pauses and minutes change nothing
    late = phase is not None and phase.remaining(e.at) <= 0
    new = DebateRound(e.number, e.theme_id, e.card_id, e.phase_id, e.seed, opened_late=late)
    return evolve(state, rounds=(*state.rounds, new))


def given_time(state: SessionState, e: ev.TimerExtended) -> SessionState:
    """Minutes that give the clock time again put a debate opened late on the clock: when they
    run out, it was under way (``flow.opened_after_time_up``). Minutes that leave it below zero do not."""
    rnd = state.open_round
    if rnd is None or not rnd.opened_late or rnd.phase_id not in (None, e.phase_id):
        return state
    if state.agenda.phase(e.phase_id).remaining(e.at) <= 0:
        return state
    return _update_round(state, rnd.number, opened_late=False)


def _vote_recorded(state: SessionState, e: ev.VoteRecorded) -> SessionState:
    by = tuple((who, Counts(*counts)) for who, counts in e.by)
    total = Counts()
    for _, counts in by:
        total = total + counts
    vote = Vote(by, total)
    rnd = evolve(state.round(e.number), **{e.stage: vote})
    shift = opinion_shift(rnd.before.total, rnd.after.total) if rnd.before and rnd.after else None
    return _update_round(state, e.number, **{e.stage: vote, "shift": shift})


def _phone_votes(state: SessionState, e: ev.PhoneVotesRecorded) -> SessionState:
    teams = {**dict(state.round(e.number).phone_teams), **dict(e.teams)}
    return _update_round(state, e.number, **{f"phones_{e.stage}": e.votes}, phone_teams=tuple(sorted(teams.items())))


def _argument(state: SessionState, e: ev.ArgumentAdded) -> SessionState:
    rnd = state.round(e.number)
    return _update_round(state, e.number, arguments=(*rnd.arguments, Argument(e.team_id, e.side, e.text)))


def _evidence(state: SessionState, e: ev.EvidencePlayed) -> SessionState:
    rnd = state.round(e.number)
    return _update_round(state, e.number, evidence=(*rnd.evidence, Evidence(e.team_id, e.card_id)))


def _scenario_started(state: SessionState, e: ev.ScenarioStarted) -> SessionState:
    path = ScenarioPath(e.team_id, e.scenario_id, e.decisions, (), e.indicators)
    paths = (*state.scenarios, path)
    return evolve(state, scenarios=paths, comparison=compare(paths), consequence_shown=None)


def _option_chosen(state: SessionState, e: ev.OptionChosen) -> SessionState:
    paths = tuple(
        evolve(
            p,
            choices=(*p.choices, (e.decision_id, e.option_id)),
            indicators=add_effects(p.indicators, e.effects),
        )
        if p.team_id == e.team_id
        else p
        for p in state.scenarios
    )
    return evolve(state, scenarios=paths, comparison=compare(paths), consequence_shown=e.team_id)


def _takeaway(state: SessionState, e: ev.TakeawayAdded) -> SessionState:
    return evolve(state, debrief=evolve(state.debrief, takeaways=(*state.debrief.takeaways, e.text)))


def _points(state: SessionState, e: ev.PointsAwarded) -> SessionState:
    if e.number is not None:  # given in a debate: the round keeps it too
        award = (e.team_id, e.points, e.reason)
        state = _update_round(state, e.number, awards=(*state.round(e.number).awards, award))
    return _add_points(state, e.team_id, e.points)


def _commitment(state: SessionState, e: ev.CommitmentAdded) -> SessionState:
    d = state.debrief
    return evolve(state, debrief=evolve(d, commitments=(*d.commitments, (e.team_id, e.text))))


def _line_removed(state: SessionState, e: ev.DebriefLineRemoved) -> SessionState:
    d = state.debrief
    lines = {"takeaway": d.takeaways, "commitment": d.commitments}.get(e.which, ())
    if not 0 <= e.index < len(lines):  # a file made by hand: nothing there to take back
        return state
    if e.which == "takeaway":
        return evolve(state, debrief=evolve(d, takeaways=d.takeaways[:e.index] + d.takeaways[e.index + 1:]))
    return evolve(state, debrief=evolve(d, commitments=d.commitments[:e.index] + d.commitments[e.index + 1:]))


PLAY_HANDLERS: dict[type[ev.Event], Callable[[SessionState, Any], SessionState]] = {
    ev.TimelineDealt: _dealt,
    ev.CardPlaced: _placed,
    ev.RoundOpened: _opened,
    ev.SidesAssigned: lambda s, e: _update_round(s, e.number, sides=e.sides),
    ev.VoteRecorded: _vote_recorded,
    ev.VotesRevealed: lambda s, e: _update_round(s, e.number, **{f"revealed_{e.stage}": True}),
    ev.PhoneVotesRecorded: _phone_votes,
    ev.ArgumentAdded: _argument,
    ev.EvidencePlayed: _evidence,
    ev.RoundClosed: lambda s, e: _update_round(s, e.number, closed=True),
    ev.PointsAwarded: _points,
    ev.ScenarioStarted: _scenario_started,
    ev.OptionChosen: _option_chosen,
    ev.ConsequenceLeft: lambda s, e: evolve(s, consequence_shown=None),
    ev.TakeawayAdded: _takeaway,
    ev.CommitmentAdded: _commitment,
    ev.DebriefLineRemoved: _line_removed,
    ev.PhoneFeedbackRecorded: lambda s, e: evolve(s, debrief=evolve(s.debrief, phone_feedback=e.answers)),
}
