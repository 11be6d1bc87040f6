"""Play actions (timeline, debate, points, scenarios, debrief): validate, then return the event."""

from __future__ import annotations

import random
from collections.abc import Mapping

from bataille.deck.models import DebateCard, Deck, EventCard, FactCard, Scenario

from . import events as ev
from .actions_setup import require_started, team_of
from .errors import DebateError, DebriefError, ScenarioError, TimelineError
from .rules import deal, place_on_timeline, random_sides
from .state import CHOICES, ROOM, SIDES, STAGES, Counts, DebateRound, SessionState

MAX_NOTE = 500
MAX_VOTERS = 10_000


def _card(deck: Deck, card_id: str) -> object:
    try:
        return deck.card(card_id)
    except KeyError:
        return None


def _name(state: SessionState, team_id: str) -> str:
    return state.team(team_id).name


# --- timeline -----------------------------------------------------------------------------


def deal_timeline(state: SessionState, deck: Deck, now: float, per_team: int | None,
                  seed: int) -> ev.TimelineDealt:
    """Check the timeline can be dealt and deal it from ``seed``: return TimelineDealt."""
    require_started(state)
    if state.timeline.placements:
        raise TimelineError("Cards are already on the timeline: undo the placements to deal again.")
    per_team = state.rules.timeline_cards_per_team if per_team is None else per_team
    if not isinstance(per_team, int) or not 1 <= per_team <= 20:
        raise TimelineError("Deal 1 to 20 cards per team.")
    cards = [c.id for c in deck.cards_of("event")]
    teams = [t.id for t in state.teams]
    needed = 1 + per_team * len(teams)
    if len(cards) < needed:
        fit = max(0, (len(cards) - 1) // max(1, len(teams)))
        raise TimelineError(
            f"The deck has {len(cards)} event cards, {needed} are needed for {len(teams)} teams "
            f"with {per_team} cards each: deal {fit} cards per team at most."
        )
    start, hands = deal(cards, teams, per_team, seed)
    return ev.TimelineDealt(at=now, seed=seed, cards_per_team=per_team, start_cards=start, hands=hands)


def _event_card(deck: Deck, card_id: str) -> EventCard:
    card = _card(deck, card_id)
    if not isinstance(card, EventCard):
        raise TimelineError(f"The deck has no event card {card_id!r}: is this the session's deck?")
    return card


def place_card(state: SessionState, deck: Deck, now: float, team_id: str, card_id: str,
               position: int) -> ev.CardPlaced:
    """Check a team may put ``card_id`` in gap ``position``; return CardPlaced, judged and scored."""
    require_started(state)
    if not state.timeline.dealt:
        raise TimelineError("Deal the timeline cards first.")
    team_of(state, team_id)
    if card_id not in state.timeline.hand(team_id):
        raise TimelineError(f"{_name(state, team_id)} does not hold the card {card_id!r}.")
    cards = state.timeline.cards
    if not isinstance(position, int) or not 0 <= position <= len(cards):
        raise TimelineError(f"Place the card in a gap from 0 to {len(cards)}, not {position!r}.")
    _event_card(deck, card_id)
    correct, final = place_on_timeline(cards, card_id, position, lambda c: _event_card(deck, c).date_key)
    rules = state.rules
    points = rules.timeline_points_correct if correct else rules.timeline_points_wrong
    return ev.CardPlaced(at=now, team_id=team_id, card_id=card_id, position=position,
                         correct=correct, final_position=final, points=points)


# --- debate -------------------------------------------------------------------------------


def open_round(state: SessionState, deck: Deck, now: float, theme_id: str | None,
               card_id: str | None, seed: int) -> ev.RoundOpened:
    """Check a round may open on the chosen (or drawn) debate card; return RoundOpened."""
    require_started(state)
    if state.open_round is not None:
        rnd = state.open_round
        raise DebateError(f"Debate {rnd.number} is still open: close it before opening another.")
    drawn_seed: int | None = None
    if card_id is not None:
        card = _card(deck, card_id)
        if not isinstance(card, DebateCard):
            raise DebateError(f"The deck has no debate card {card_id!r}.")
        if theme_id is not None and card.theme != theme_id:
            raise DebateError(f"The card {card_id!r} belongs to the theme {card.theme!r}, not {theme_id!r}.")
    else:
        if theme_id is None:
            played = {r.theme_id for r in state.rounds}
            theme_id = next((t.id for t in deck.themes if t.id not in played and deck.cards_of("debate", t.id)), None)
            if theme_id is None:
                raise DebateError("Every theme has had its round: choose a theme or a card.")
        elif theme_id not in {t.id for t in deck.themes}:
            raise DebateError(f"The deck has no theme {theme_id!r}.")
        pool = deck.cards_of("debate", theme_id)
        if not pool:
            raise DebateError(f"The deck has no debate card for the theme {theme_id!r}.")
        used = {r.card_id for r in state.rounds}
        # Draw among the cards not debated yet; once all were, any card of the theme again.
        fresh = [c for c in pool if c.id not in used] or list(pool)
        card = fresh[random.Random(seed).randrange(len(fresh))]
        drawn_seed = seed
    current = state.agenda.current
    return ev.RoundOpened(at=now, number=len(state.rounds) + 1, theme_id=card.theme or "",
                          card_id=card.id, phase_id=current.id if current else None, seed=drawn_seed)


def _round(state: SessionState, round_no: int | None, doing: str, closed_ok: bool = False) -> DebateRound:
    require_started(state)
    if round_no is None:
        if not state.rounds:
            raise DebateError(f"Open a debate first: {doing} needs one.")
        rnd = state.open_round or state.rounds[-1]
    else:
        try:
            rnd = state.round(round_no)
        except KeyError:
            raise DebateError(f"There is no debate {round_no!r}.") from None
    if rnd.closed and not closed_ok:
        raise DebateError(
            f"Debate {rnd.number} ({rnd.theme_id}) is closed: {doing} is no longer possible. "
            "Undo the closing to reopen it."
        )
    return rnd


def assign_sides(state: SessionState, now: float, sides: Mapping[str, str] | None, seed: int,
                 round_no: int | None) -> ev.SidesAssigned:
    """Check ``sides`` (or draw balanced ones from ``seed``) for a round; return SidesAssigned."""
    rnd = _round(state, round_no, "assigning sides")
    if sides is None:
        return ev.SidesAssigned(at=now, number=rnd.number, sides=random_sides([t.id for t in state.teams], seed),
                                seed=seed)
    if not sides:
        raise DebateError("Give at least one team a side.")
    merged = dict(rnd.sides)
    for team_id, side in sides.items():
        team_of(state, team_id)
        if side not in SIDES:
            raise DebateError(f"A side is 'for' or 'against', not {side!r}.")
        merged[team_id] = side
    ordered = tuple((t.id, merged[t.id]) for t in state.teams if t.id in merged)
    return ev.SidesAssigned(at=now, number=rnd.number, sides=ordered)


def _counts(value: object, who: str) -> tuple[int, int, int]:
    if isinstance(value, Counts):
        value = {"agree": value.agree, "disagree": value.disagree, "undecided": value.undecided}
    if not isinstance(value, Mapping) or not set(value) <= set(CHOICES):
        raise DebateError(f"Votes of {who} are counts of agree, disagree and undecided.")
    result = []
    for choice in CHOICES:
        n = value.get(choice, 0)
        if isinstance(n, bool) or not isinstance(n, int) or not 0 <= n <= MAX_VOTERS:
            raise DebateError(f"'{choice}' for {who} must be a whole number from 0 to {MAX_VOTERS}, not {n!r}.")
        result.append(n)
    return (result[0], result[1], result[2])


def record_vote(state: SessionState, now: float, stage: str, counts: object,
                round_no: int | None) -> ev.VoteRecorded:
    """Check the vote counts (room or per team) of a round's ``stage``; return VoteRecorded."""
    if stage not in STAGES:
        raise DebateError(f"A vote is taken 'before' or 'after' the debate, not {stage!r}.")
    rnd = _round(state, round_no, "recording a vote")
    if stage == "after" and rnd.before is None:
        raise DebateError("Record the vote before the debate first: the shift compares the two.")
    if isinstance(counts, Mapping) and not counts:
        raise DebateError("Give the counts of the room, or of each team.")
    if isinstance(counts, Counts) or (isinstance(counts, Mapping) and set(counts) <= set(CHOICES)):
        by = ((ROOM, _counts(counts, "the room")),)
    elif isinstance(counts, Mapping) and counts:
        by = tuple((team_of(state, t), _counts(c, _name(state, t))) for t, c in counts.items())
    else:
        raise DebateError("Give the counts of the room, or of each team.")
    if sum(sum(c) for _, c in by) == 0:
        raise DebateError("Nobody voted: enter at least one vote.")
    return ev.VoteRecorded(at=now, number=rnd.number, stage=stage, by=by)


def reveal_votes(state: SessionState, now: float, stage: str, round_no: int | None) -> ev.VotesRevealed:
    """Check a recorded vote may be shown to the room; return VotesRevealed."""
    if stage not in STAGES:
        raise DebateError(f"A vote is taken 'before' or 'after' the debate, not {stage!r}.")
    rnd = _round(state, round_no, "revealing a vote", closed_ok=True)
    if rnd.vote(stage) is None:
        raise DebateError(f"No vote {stage} the debate has been recorded in round {rnd.number}.")
    if rnd.revealed(stage):
        raise DebateError(f"The vote {stage} the debate is already shown.")
    return ev.VotesRevealed(at=now, number=rnd.number, stage=stage)


def clean_text(text: str, limit: int, what: str, error: type[Exception]) -> str:
    """Text with its spaces tidied, or ``error`` when empty or longer than ``limit``."""
    text = " ".join(str(text).split())
    if not text:
        raise error(f"The {what} is empty.")
    if len(text) > limit:
        raise error(f"The {what} is {len(text)} characters long: keep it under {limit}.")
    return text


def add_argument(state: SessionState, now: float, team_id: str, text: str, side: str | None,
                 round_no: int | None) -> ev.ArgumentAdded:
    """Check a team's argument (length, side) for a round; return ArgumentAdded."""
    rnd = _round(state, round_no, "adding an argument")
    team_of(state, team_id)
    side = side or rnd.side_of(team_id)
    if side not in SIDES:
        raise DebateError(f"Say which side {_name(state, team_id)} argues: 'for' or 'against'.")
    text = clean_text(text, state.rules.argument_max_chars, "argument", DebateError)
    return ev.ArgumentAdded(at=now, number=rnd.number, team_id=team_id, side=side, text=text)


def play_evidence(state: SessionState, deck: Deck, now: float, team_id: str, card_id: str,
                  round_no: int | None) -> ev.EvidencePlayed:
    """Check a team may play the fact card ``card_id`` in a round; return EvidencePlayed."""
    rnd = _round(state, round_no, "playing evidence")
    team_of(state, team_id)
    card = _card(deck, card_id)
    if not isinstance(card, FactCard):
        raise DebateError(f"The deck has no fact card {card_id!r}.")
    if any(e.card_id == card_id for e in rnd.evidence):
        raise DebateError(f"The fact {card_id!r} has already been played in round {rnd.number}.")
    return ev.EvidencePlayed(at=now, number=rnd.number, team_id=team_id, card_id=card_id)


def close_round(state: SessionState, now: float, round_no: int | None) -> ev.RoundClosed:
    """Check the round can close and return RoundClosed."""
    return ev.RoundClosed(at=now, number=_round(state, round_no, "closing it").number)


def award_points(state: SessionState, now: float, team_id: str, points: int, reason: str,
                 round_no: int | None) -> ev.PointsAwarded:
    """Check the points and reason given to (or taken from) a team; return PointsAwarded."""
    require_started(state)
    team_of(state, team_id)
    if isinstance(points, bool) or not isinstance(points, int) or points == 0 or abs(points) > 1000:
        raise DebateError("Award a whole number of points, from -1000 to 1000, other than 0.")
    if round_no is not None:
        _round(state, round_no, "awarding points", closed_ok=True)
    reason = " ".join(str(reason).split())[:200]
    return ev.PointsAwarded(at=now, team_id=team_id, points=points, reason=reason, number=round_no)


# --- scenarios ----------------------------------------------------------------------------


def _scenario(deck: Deck, scenario_id: str) -> Scenario:
    try:
        return deck.scenario(scenario_id)
    except KeyError:
        known = ", ".join(s.id for s in deck.scenarios) or "none"
        raise ScenarioError(f"The deck has no scenario {scenario_id!r} (scenarios: {known}).") from None


def start_scenario(state: SessionState, deck: Deck, now: float, team_id: str,
                   scenario_id: str) -> ev.ScenarioStarted:
    """Check a team may begin ``scenario_id`` and return ScenarioStarted."""
    require_started(state)
    team_of(state, team_id)
    if state.scenario_path(team_id) is not None:
        raise ScenarioError(f"{_name(state, team_id)} has already started a scenario.")
    scenario = _scenario(deck, scenario_id)
    if not scenario.decisions:
        raise ScenarioError(f"The scenario {scenario_id!r} has no decision to make.")
    return ev.ScenarioStarted(
        at=now, team_id=team_id, scenario_id=scenario_id,
        decisions=tuple(d.id for d in scenario.decisions),
        indicators=tuple((i.id, i.start) for i in scenario.indicators),
    )


def choose_option(state: SessionState, deck: Deck, now: float, team_id: str, option_id: str,
                  decision_id: str | None) -> ev.OptionChosen:
    """Check a team's option at its next decision and return OptionChosen with its effects."""
    require_started(state)
    team_of(state, team_id)
    path = state.scenario_path(team_id)
    if path is None:
        raise ScenarioError(f"Start a scenario for {_name(state, team_id)} first.")
    if path.next_decision is None:
        raise ScenarioError(f"{_name(state, team_id)} has made every decision of the scenario.")
    if decision_id is not None and decision_id != path.next_decision:
        raise ScenarioError(f"{_name(state, team_id)} is at the decision {path.next_decision!r}, not {decision_id!r}.")
    scenario = _scenario(deck, path.scenario_id)
    decision = next((d for d in scenario.decisions if d.id == path.next_decision), None)
    if decision is None:
        raise ScenarioError(f"The deck's scenario has no decision {path.next_decision!r}: is this the session's deck?")
    try:
        option = decision.option(option_id)
    except KeyError:
        known = ", ".join(o.id for o in decision.options)
        raise ScenarioError(f"The decision {decision.id!r} has no option {option_id!r} (options: {known}).") from None
    return ev.OptionChosen(at=now, team_id=team_id, scenario_id=path.scenario_id,
                           decision_id=decision.id, option_id=option.id, effects=tuple(option.effects))


# --- debrief ------------------------------------------------------------------------------


def add_takeaway(state: SessionState, now: float, text: str) -> ev.TakeawayAdded:
    """Check a debrief takeaway and return TakeawayAdded."""
    require_started(state)
    return ev.TakeawayAdded(at=now, text=clean_text(text, MAX_NOTE, "takeaway", DebriefError))


def add_commitment(state: SessionState, now: float, text: str, team_id: str | None) -> ev.CommitmentAdded:
    """Check a commitment (of the room, or of ``team_id``) and return CommitmentAdded."""
    require_started(state)
    if team_id is not None:
        team_of(state, team_id)
    return ev.CommitmentAdded(at=now, text=clean_text(text, MAX_NOTE, "commitment", DebriefError), team_id=team_id)


def remove_debrief_line(state: SessionState, now: float, which: str, index: int) -> ev.DebriefLineRemoved:
    """Check there is such a line (``which``: "takeaway" or "commitment") and return DebriefLineRemoved."""
    require_started(state)
    lines = {"takeaway": [(None, t) for t in state.debrief.takeaways],
             "commitment": list(state.debrief.commitments)}.get(which)
    if lines is None:
        raise DebriefError(f"A debrief line is a 'takeaway' or a 'commitment', not {which!r}.")
    if type(index) is not int or not 0 <= index < len(lines):
        raise DebriefError(f"There is no line {index!r} to take back: {len(lines)} noted.")
    team_id, text = lines[index]
    return ev.DebriefLineRemoved(at=now, which=which, index=index, text=text, team_id=team_id)


def leave_consequence(state: SessionState, now: float) -> ev.ConsequenceLeft:
    """Check the room is shown a choice's consequence and return ConsequenceLeft."""
    require_started(state)
    if state.consequence_shown is None:
        raise ScenarioError("No choice's consequence is shown: there is nothing to move on from.")
    path = state.scenario_path(state.consequence_shown)
    return ev.ConsequenceLeft(at=now, team_id=state.consequence_shown, to_ending=path is not None and path.finished)
