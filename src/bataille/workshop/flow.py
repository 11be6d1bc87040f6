"""The workshop's flow: what "next" does now, which actions only move the presentation, the quick debate.

The console, the stage and the presenter remote all read the flow from here. A step never needs
typed input (votes and placements are entered on the console): when the phase waits for such
input, the step only says so (``run`` is None), so a stray click never skips ahead.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from bataille.deck.frozen import Frozen, record
from bataille.deck.models import Deck
from bataille.words import Catalogue

from . import events as ev
from .actions_setup import start_phase as check_start
from .changes import Changes
from .session import Session
from .state import DebateRound, ScenarioPath, SessionState

# Events that "back" may undo: moves of the presentation, never entered data.
NAVIGATION_EVENTS: frozenset[type[ev.Event]] = frozenset({
    ev.PhaseStarted, ev.PhaseEnded, ev.PhaseSkipped, ev.VotesRevealed, ev.RoundOpened,
    ev.RoundClosed, ev.TimelineDealt, ev.SidesAssigned, ev.ConsequenceLeft,
})

# Events a step of "next" may record on its way that hold what the room said (a vote's counts):
# "back" takes that step back down to them, and they stay recorded (Ctrl+Z takes them back).
ENTERED_EVENTS: frozenset[type[ev.Event]] = frozenset({ev.VoteRecorded, ev.PhoneVotesRecorded})

# The quick debate (a teacher's 20 minutes): the room in two camps, named after the sides.
QUICK_DEBATE_CAMPS = (("for", "#0072B2"), ("against", "#D55E00"))


class StepKind(StrEnum):
    """What the next step is; the interface words each kind in its own language."""

    START = "start"
    NEXT_PHASE = "next_phase"  # with the phase's title
    END = "end"
    OVER = "over"
    DEAL_TIMELINE = "deal_timeline"
    WAIT_PLACEMENTS = "wait_placements"
    OPEN_DEBATE = "open_debate"
    WAIT_VOTE_BEFORE = "wait_vote_before"
    REVEAL_BEFORE = "reveal_before"
    WAIT_VOTE_AFTER = "wait_vote_after"
    REVEAL_AFTER = "reveal_after"
    CLOSE_DEBATE = "close_debate"
    CLOSE_AND_OPEN = "close_and_open"  # the room has seen the shift: on to the next debate
    CLOSE_AND_END = "close_and_end"  # a quick debate's one debate seen whole: closed, and the session ends
    CLOSE_AND_NEXT_PHASE = "close_and_next_phase"  # time is up: the debate closed, the next phase started
    START_SCENARIOS = "start_scenarios"  # with the scenario's title: every team starts it
    WAIT_DECISIONS = "wait_decisions"
    NEXT_DECISION = "next_decision"  # the stage leaves a choice's consequence
    SHOW_EPILOGUE = "show_epilogue"  # ...the team's last one: the stage shows where its future leads


@record
class Step(Frozen):
    """The next step: its kind, the next phase's title where it has one, and the action (None when it waits)."""

    kind: StepKind
    run: Callable[[Session], object] | None = None
    title: str = ""
    time_up: bool = False  # the phase's time is up: the step moves on rather than into more of the phase
    # The vote the room is taking ("before", "after"): the step waits for it or, time up, closes the
    # debate without it; a vote the console holds (counts typed, the phones' answers) is taken first.
    vote: str = ""
    late: bool = False  # time is up, but the open debate was opened after: it is played whole


# The flow's own words. A quick debate's one phase is called so, not by the deck's title of its
# phase ("Débats en cinq thèmes", the full workshop's), in the summary and on every screen; the
# reason written, in the session's language, with the points of a debate's winning side.
WORDS = Catalogue("flow", {"quick_debate": ("Débat express", "Quick debate"),
                           "debate_won": ("Débat gagné", "Debate won")})


def phase_title(deck: Deck | None, phase_id: str, lang: str, state: SessionState | None = None) -> str:
    """The deck's title of a phase of the agenda (its id when the deck has none); "Débat express"
    ("Quick debate") for the phase of a quick debate, when ``state`` is given."""
    if state is not None and is_quick_debate(state):
        return WORDS.text("quick_debate", lang)
    return deck.phase_title(phase_id, lang) if deck is not None else phase_id


def is_quick_debate(state: SessionState) -> bool:
    """A one-phase debate session (the teacher's 20 minutes): no teams shown, no scores, one card."""
    phases = state.agenda.phases
    return len(phases) == 1 and phases[0].kind == "debate"


def first_debate_phase(deck: Deck) -> str | None:
    """The agenda's first debate phase, the one a quick debate keeps (None when there is none)."""
    phases = deck.agenda.phases if deck.agenda is not None else ()
    return next((p.id for p in phases if p.kind == "debate"), None)


def start_quick_debate(session: Session, card_id: str, camp_names: tuple[str, str]) -> None:
    """Set a new one-phase session up as a quick debate on ``card_id``: two camps, the debate open.

    The engine plays with teams; the room is split into a "for" and an "against" camp.
    """
    for name, (_, colour) in zip(camp_names, QUICK_DEBATE_CAMPS, strict=True):
        session.add_team(name, colour)
    session.start()
    session.start_phase()
    session.open_round(card_id=card_id)
    ids = [t.id for t in session.state.teams]
    session.assign_sides({team: side for team, (side, _) in zip(ids, QUICK_DEBATE_CAMPS, strict=True)})


class Unfinished(StrEnum):
    """Content of the current phase that leaving it would leave undone (the console asks once)."""

    CARDS_IN_HAND = "cards_in_hand"
    DEBATE_OPEN = "debate_open"
    THEMES_LEFT = "themes_left"
    NO_SCENARIO = "no_scenario"
    DECISIONS_LEFT = "decisions_left"
    NOTHING_NOTED = "nothing_noted"  # the debrief: no takeaway, no commitment, no phone feedback kept


def unfinished(state: SessionState, deck: Deck) -> tuple[Unfinished, ...]:
    """What the current phase still holds: cards not placed, an open debate, themes not debated,
    teams without a scenario or with decisions to make, a debrief with nothing noted (leaving it ends
    the workshop). Empty when leaving loses nothing."""
    phase = state.agenda.current
    if phase is None:
        return ()
    found: list[Unfinished] = []
    if phase.kind == "timeline" and state.timeline.dealt and state.timeline.in_hand:
        found.append(Unfinished.CARDS_IN_HAND)
    if phase.kind == "debate":
        if state.open_round is not None:
            found.append(Unfinished.DEBATE_OPEN)
        if not is_quick_debate(state) and themes_to_come(state, deck):
            found.append(Unfinished.THEMES_LEFT)
    if phase.kind == "scenario" and state.teams:
        paths = [state.scenario_path(t.id) for t in state.teams]
        if any(p is None for p in paths):
            found.append(Unfinished.NO_SCENARIO)
        if any(p is not None and not p.finished for p in paths):
            found.append(Unfinished.DECISIONS_LEFT)
    if phase.kind == "debrief" and not any((state.debrief.takeaways, state.debrief.commitments,
                                           state.debrief.phone_feedback)):
        found.append(Unfinished.NOTHING_NOTED)
    return tuple(found)


def followed_path(state: SessionState, *teams: str | None) -> ScenarioPath | None:
    """The scenario path the room follows: that of the first of ``teams`` that has one (the team
    whose consequence is shown, then the team picked), else the first still walking, else the last."""
    paths = state.scenarios
    for team in teams:
        for path in paths:
            if team is not None and path.team_id == team:
                return path
    return next((p for p in paths if not p.finished), paths[-1]) if paths else None


def timeline_turn(state: SessionState) -> str | None:
    """The team whose turn it is to place a timeline card: the next one, in team order, after the
    team that placed last, that still holds cards (None when every hand is empty)."""
    order = [t.id for t in state.teams]
    if not order or not state.timeline.dealt:
        return None
    placements = state.timeline.placements
    start = (order.index(placements[-1].team_id) + 1) if placements and placements[-1].team_id in order else 0
    for i in range(len(order)):
        team = order[(start + i) % len(order)]
        if state.timeline.hand(team):
            return team
    return None


def _next_phase(state: SessionState, deck: Deck) -> Step:
    upcoming = state.agenda.next_pending
    if upcoming is None:
        if state.agenda.current is not None:
            return Step(StepKind.END, leave_phase)
        return Step(StepKind.OVER)
    return Step(StepKind.NEXT_PHASE, leave_phase, phase_title(deck, upcoming.id, state.lang, state))


def themes_to_come(state: SessionState, deck: Deck) -> int:
    """The deck's themes with a debate card that no debate of the session has taken yet."""
    debated = {r.theme_id for r in state.rounds}
    return sum(1 for t in deck.themes if t.id not in debated and deck.cards_of("debate", t.id))


def _debate_step(state: SessionState, deck: Deck) -> Step:
    rnd = state.open_round
    if rnd is None:
        quick = is_quick_debate(state)
        if state.rounds and quick:
            return _next_phase(state, deck)
        if themes_to_come(state, deck) and not quick:
            return Step(StepKind.OPEN_DEBATE, open_debate)
        return _next_phase(state, deck)
    if rnd.before is None:
        return Step(StepKind.WAIT_VOTE_BEFORE, vote="before")
    if not rnd.revealed_before:
        return Step(StepKind.REVEAL_BEFORE, lambda s: s.reveal_votes("before"))
    if rnd.after is None:
        return Step(StepKind.WAIT_VOTE_AFTER, vote="after")
    if not rnd.revealed_after:
        return Step(StepKind.REVEAL_AFTER, lambda s: s.reveal_votes("after"))
    if is_quick_debate(state):  # its only debate: nothing follows it but the end
        return Step(StepKind.CLOSE_AND_END, _close_and_end)
    if themes_to_come(state, deck):
        return Step(StepKind.CLOSE_AND_OPEN, _close_and_open)
    return Step(StepKind.CLOSE_DEBATE, close_debate)


def open_debate(session: Session, theme_id: str | None = None, card_id: str | None = None) -> Changes:
    """Open a debate (on ``card_id``, or a card drawn from ``theme_id`` or the next theme) and draw
    the teams' sides, balanced, when there are two teams or more (the console can draw them again)."""
    opened = session.open_round(theme_id=theme_id, card_id=card_id)
    if len(session.state.teams) < 2 or is_quick_debate(session.state):
        return opened
    return _together(opened, session.assign_sides())


def _won_reasons() -> set[str]:
    """The reason a debate's points are given with, in any language the session had then."""
    return {WORDS.text("debate_won", lang) for lang in ("fr", "en")}


def award_reason(reason: str, lang: str) -> str:
    """The reason points were given with, in ``lang`` when it is the flow's own (a debate won: it
    is stored in the session's language); a reason the facilitator typed stays as typed."""
    return WORDS.text("debate_won", lang) if reason in _won_reasons() else reason


def debate_winners(state: SessionState) -> tuple[str, ...]:
    """The teams that get the debate's points when the open debate closes: those on the side that
    moved the room, once the room has seen both votes. None on a tie, in a quick debate, under
    rules that give none, or when this debate already gave them."""
    rnd, points = state.open_round, state.rules.debate_points_won
    if rnd is None or points <= 0 or is_quick_debate(state):
        return ()
    shift = rnd.visible_shift()
    if shift is None or shift.winner is None or any(reason in _won_reasons() for *_, reason in rnd.awards):
        return ()
    return tuple(team for team, side in rnd.sides if side == shift.winner)


def debate_award(state: SessionState, rnd: DebateRound) -> tuple[int, str] | None:
    """(points for each team, side) the debate ``rnd`` gives the side that moved the room: given
    already (the debate closed), or to be given as it closes (the room has seen the shift, and
    ``debate_winners`` has teams); None when it gives none."""
    shift = rnd.visible_shift()
    if shift is None or shift.winner is None:
        return None
    points = [p for _team, p, reason in rnd.awards if reason in _won_reasons()]
    if points:
        return points[0], shift.winner
    if rnd is state.open_round and debate_winners(state):
        return state.rules.debate_points_won, shift.winner
    return None


def close_debate(session: Session) -> Changes:
    """Close the open debate, its winning teams given their points first (``debate_winners``)."""
    state = session.state
    rnd = state.open_round
    given = [session.award_points(team, state.rules.debate_points_won, WORDS.text("debate_won", state.lang),
                                  round_no=rnd.number) for team in debate_winners(state)] if rnd else []
    return _together(*given, session.close_round())


def leave_phase(session: Session, phase_id: str | None = None) -> Changes:
    """Leave the current phase for ``phase_id`` (else the next pending one, else the end), the open
    debate closed first as « Clore le débat » closes it: its points given to the side that moved the
    room. Left open, it stayed open for the rest of the session and its points were never given."""
    state = session.state
    starting = phase_id is not None or state.agenda.next_pending is not None
    if starting:
        check_start(state, session.now(), phase_id)  # a move refused closes nothing (AgendaError)
    closed = [close_debate(session)] if state.open_round is not None else []
    if starting:
        moved = session.start_phase(phase_id)
    elif state.agenda.current is not None:
        moved = session.end_phase()
    else:
        moved = session.start_phase()  # nothing to leave, nothing to start: refused, it says why
    return _together(*closed, moved)


def _close_and_open(session: Session) -> Changes:
    """Close the debate the room has seen the shift of, and open the next."""
    closed = close_debate(session)
    return _together(closed, open_debate(session))


def _close_and_end(session: Session) -> Changes:
    """Close a quick debate's one debate and end its one phase: the session is over (one press)."""
    closed = close_debate(session)
    return _together(closed, session.end_phase())


def _together(*changes: Changes) -> Changes:
    """One step's recorded actions as one change: every part they touched, the last event."""
    return Changes(frozenset().union(*(c.parts for c in changes)), changes[-1].event)


def time_up(state: SessionState, now: float) -> bool:
    """The current phase has no time left at ``now`` (the console's clock shows 0:00 or less)."""
    phase = state.agenda.current
    return phase is not None and phase.remaining(now) <= 0


# Steps that go deeper into a phase (new cards, a new debate, a new scenario) or wait for the room
# to play more of it: once the phase's time is up, "next" ends the phase instead.
_DEEPER = frozenset({StepKind.DEAL_TIMELINE, StepKind.WAIT_PLACEMENTS, StepKind.OPEN_DEBATE,
                     StepKind.START_SCENARIOS, StepKind.WAIT_DECISIONS})
_VOTES_AND_SHOWS = frozenset({StepKind.WAIT_VOTE_BEFORE, StepKind.REVEAL_BEFORE, StepKind.WAIT_VOTE_AFTER,
                              StepKind.REVEAL_AFTER})


def _when_time_is_up(state: SessionState, deck: Deck, step: Step) -> Step:
    """The step once the phase's time is up: the end of the phase where "next" would have gone
    deeper (a deal, another debate, teams' placements or decisions still to come: the console's
    clock says to move on, and +1 / +5 min give the phase more time, "next" then going on with it);
    a debate under way closes with the move to the next phase, in one press: after its shift, or
    without the vote the room has not taken (``vote``: the summary says it had none; counts typed
    on the console are taken first). A vote recorded and not shown, a consequence on the stage,
    stay as they were. A debate opened once the time was already up (the facilitator chose one more)
    is played whole (``late``): "next" waits for its votes, then closes it with the move to the next phase."""
    if step.kind in _VOTES_AND_SHOWS and opened_after_time_up(state):
        return Step(step.kind, step.run, step.title, vote=step.vote, late=True)
    if step.kind in _DEEPER:
        upcoming = _next_phase(state, deck)
        return Step(upcoming.kind, upcoming.run, upcoming.title, time_up=True)
    if step.kind in (StepKind.CLOSE_AND_OPEN, StepKind.CLOSE_DEBATE) or step.vote:
        upcoming = state.agenda.next_pending
        if upcoming is None:
            return Step(StepKind.CLOSE_AND_END, leave_phase, time_up=True, vote=step.vote)
        return Step(StepKind.CLOSE_AND_NEXT_PHASE, leave_phase, phase_title(deck, upcoming.id, state.lang, state),
                    time_up=True, vote=step.vote)
    return step


def opened_after_time_up(state: SessionState) -> bool:
    """The open debate was opened when its phase had no time left, and the clock has shown none
    since (+1 / +5 min that gave it time put the debate on the clock; a pause changes nothing)."""
    rnd = state.open_round
    return rnd is not None and rnd.opened_late


def next_step(state: SessionState, deck: Deck, now: float | None = None) -> Step:
    """The step "next" would take in ``state``; at ``now``, when given, the phase's time is
    counted: once it is up, "next" moves on (``_when_time_is_up``)."""
    step = _step(state, deck)
    return _when_time_is_up(state, deck, step) if now is not None and time_up(state, now) else step


def _step(state: SessionState, deck: Deck) -> Step:
    """The step "next" would take in ``state``, time aside."""
    if not state.started:
        return Step(StepKind.START, lambda s: s.start())
    phase = state.agenda.current
    if phase is None:
        return _next_phase(state, deck)
    if phase.kind == "timeline":
        if not state.timeline.dealt:
            return Step(StepKind.DEAL_TIMELINE, lambda s: s.deal_timeline())
        if state.timeline.in_hand:
            return Step(StepKind.WAIT_PLACEMENTS)
    if phase.kind == "debate":
        return _debate_step(state, deck)
    if phase.kind == "scenario" and state.consequence_shown is not None:  # stays until the room moves on
        path = state.scenario_path(state.consequence_shown)
        last = path is not None and path.finished
        return Step(StepKind.SHOW_EPILOGUE if last else StepKind.NEXT_DECISION, lambda s: s.leave_consequence())
    if phase.kind == "scenario" and state.teams:
        walking = [state.scenario_path(t.id) for t in state.teams]
        if any(p is not None and not p.finished for p in walking):
            return Step(StepKind.WAIT_DECISIONS)
        if deck.scenarios and all(p is None for p in walking):
            return start_scenarios_step(state, deck, deck.scenarios[0].id)
    return _next_phase(state, deck)


def start_scenarios_step(state: SessionState, deck: Deck, scenario_id: str) -> Step:
    """Every team that has no scenario yet starts ``scenario_id`` (the usual way: one future, all
    teams); the console offers the one its page has chosen."""
    title = deck.scenario(scenario_id).title.get(state.lang)
    return Step(StepKind.START_SCENARIOS, lambda s: start_scenarios(s, scenario_id), title)


def start_scenarios(session: Session, scenario_id: str) -> Changes:
    """``scenario_id`` started by every team that has none yet, as one step."""
    state = session.state
    started = [session.start_scenario(t.id, scenario_id) for t in state.teams if state.scenario_path(t.id) is None]
    return _together(*started)
