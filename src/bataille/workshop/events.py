"""The events of a session: frozen facts with a stable type string and a JSON payload.

Events record the outcome of every rule that needs the deck (was the card right, what a
choice did to the indicators), so the fold needs no deck and an old session stays readable
when the deck is corrected later. Never rename a ``type`` string: files on disk use them.
What every event shares is in ``event_registry.py``; reading one back, in ``event_reading.py``.
"""

from __future__ import annotations

from bataille.deck.frozen import record
from bataille.workshop.event_reading import UnknownEventError, event_from_dict, event_from_parts  # noqa: F401
from bataille.workshop.event_registry import EVENT_TYPES, Event, Pairs, Part, VoteCounts, _event  # noqa: F401

# --- set-up -------------------------------------------------------------------------------


@_event("session_created", Part.TEAMS, Part.SCORES, Part.AGENDA, Part.TIMER, Part.SETTINGS)
@record(kw_only=True)
class SessionCreated(Event):
    """A new session on a deck (id, version, content hash), in a language, with an agenda."""

    deck_id: str
    deck_version: str
    deck_hash: str
    lang: str
    phases: tuple[tuple[str, str, int], ...]  # (phase id, kind, minutes)
    rules: Pairs
    deck_folder: str = ""  # where the deck was: `bataille summary` finds it there without --deck


@_event("agenda_set", Part.AGENDA, Part.TIMER)
@record(kw_only=True)
class AgendaSet(Event):
    """The agenda was changed before the start (subset and/or rescaled)."""

    phases: tuple[tuple[str, str, int], ...]


@_event("rules_set", Part.SETTINGS)
@record(kw_only=True)
class RulesSet(Event):
    """The rules (cards per team, points…) were changed before the start."""

    rules: Pairs


@_event("language_set", Part.SETTINGS)
@record(kw_only=True)
class LanguageSet(Event):
    """The session now speaks another language of the deck."""

    lang: str


@_event("team_added", Part.TEAMS, Part.SCORES)
@record(kw_only=True)
class TeamAdded(Event):
    """A team joined before the start."""

    team_id: str
    name: str
    colour: str


@_event("team_changed", Part.TEAMS)
@record(kw_only=True)
class TeamChanged(Event):
    """A team got a new name and/or colour."""

    team_id: str
    name: str
    colour: str


@_event("team_removed", Part.TEAMS, Part.SCORES)
@record(kw_only=True)
class TeamRemoved(Event):
    """A team left before the start."""

    team_id: str


@_event("session_started", Part.AGENDA, Part.SETTINGS)
@record(kw_only=True)
class SessionStarted(Event):
    """The workshop began: teams are fixed."""


# --- agenda and timers --------------------------------------------------------------------


@_event("phase_started", Part.AGENDA, Part.TIMER)
@record(kw_only=True)
class PhaseStarted(Event):
    """A phase began (a phase still running is ended at the same moment)."""

    phase_id: str


@_event("timer_paused", Part.TIMER)
@record(kw_only=True)
class TimerPaused(Event):
    """The current phase's timer was paused."""

    phase_id: str


@_event("timer_resumed", Part.TIMER)
@record(kw_only=True)
class TimerResumed(Event):
    """The current phase's timer runs again."""

    phase_id: str


@_event("timer_extended", Part.TIMER)
@record(kw_only=True)
class TimerExtended(Event):
    """The current phase got more minutes."""

    phase_id: str
    minutes: int


@_event("phase_skipped", Part.AGENDA, Part.TIMER)
@record(kw_only=True)
class PhaseSkipped(Event):
    """A phase will not be played (or was cut short and dropped)."""

    phase_id: str


@_event("phase_ended", Part.AGENDA, Part.TIMER)
@record(kw_only=True)
class PhaseEnded(Event):
    """The current phase is done."""

    phase_id: str


# --- timeline -----------------------------------------------------------------------------


@_event("timeline_dealt", Part.TIMELINE)
@record(kw_only=True)
class TimelineDealt(Event):
    """Event cards were dealt from ``seed``: the starting card(s) and each team's hand."""

    seed: int
    cards_per_team: int
    start_cards: tuple[str, ...]
    hands: tuple[tuple[str, tuple[str, ...]], ...]


@_event("card_placed", Part.TIMELINE, Part.SCORES)
@record(kw_only=True)
class CardPlaced(Event):
    """A team put a card in gap ``position``; it was right or moved to ``final_position``."""

    team_id: str
    card_id: str
    position: int
    correct: bool
    final_position: int
    points: int


# --- debate -------------------------------------------------------------------------------


@_event("round_opened", Part.DEBATE)
@record(kw_only=True)
class RoundOpened(Event):
    """A debate round began on a card (chosen, or drawn with ``seed``)."""

    number: int
    theme_id: str
    card_id: str
    phase_id: str | None = None
    seed: int | None = None


@_event("sides_assigned", Part.DEBATE)
@record(kw_only=True)
class SidesAssigned(Event):
    """Teams were given a side, ``for`` or ``against`` (randomly from ``seed`` when set)."""

    number: int
    sides: tuple[tuple[str, str], ...]
    seed: int | None = None


@_event("vote_recorded", Part.DEBATE)
@record(kw_only=True)
class VoteRecorded(Event):
    """Vote counts before or after the debate, for the room or per team (hidden until revealed)."""

    number: int
    stage: str
    by: VoteCounts


@_event("phone_votes_recorded", Part.DEBATE)
@record(kw_only=True)
class PhoneVotesRecorded(Event):
    """The phones' answers when their vote closed: one (token, choice) per anonymous voter.

    A token is a random string the phone's page made up; no name, nothing about the phone."""

    number: int
    stage: str
    votes: tuple[tuple[str, str], ...]
    teams: tuple[tuple[str, str], ...] = ()  # (token, team id) of the voters who picked a team


@_event("votes_revealed", Part.DEBATE)
@record(kw_only=True)
class VotesRevealed(Event):
    """The facilitator showed a vote to the room."""

    number: int
    stage: str


@_event("argument_added", Part.DEBATE)
@record(kw_only=True)
class ArgumentAdded(Event):
    """A team's argument for one side, as a short text."""

    number: int
    team_id: str
    side: str
    text: str


@_event("evidence_played", Part.DEBATE)
@record(kw_only=True)
class EvidencePlayed(Event):
    """A team played a fact card as evidence."""

    number: int
    team_id: str
    card_id: str


@_event("round_closed", Part.DEBATE)
@record(kw_only=True)
class RoundClosed(Event):
    """The round is over: no more votes, arguments or evidence."""

    number: int


@_event("points_awarded", Part.SCORES)
@record(kw_only=True)
class PointsAwarded(Event):
    """The facilitator gave (or took) points, optionally for a debate round."""

    team_id: str
    points: int
    reason: str = ""
    number: int | None = None


# --- scenarios ----------------------------------------------------------------------------


@_event("scenario_started", Part.SCENARIO)
@record(kw_only=True)
class ScenarioStarted(Event):
    """A team began a scenario: its decision ids in order and indicator start values."""

    team_id: str
    scenario_id: str
    decisions: tuple[str, ...]
    indicators: Pairs


@_event("option_chosen", Part.SCENARIO)
@record(kw_only=True)
class OptionChosen(Event):
    """A team chose an option at a decision point, with its effects on the indicators."""

    team_id: str
    scenario_id: str
    decision_id: str
    option_id: str
    effects: Pairs


# --- debrief and undo ---------------------------------------------------------------------


@_event("consequence_left", Part.SCENARIO)
@record(kw_only=True)
class ConsequenceLeft(Event):
    """The room has seen what a team's last choice led to; the stage moves on to its next decision,
    or, after the scenario's last decision (``to_ending``), to where that team's future leads."""

    team_id: str
    to_ending: bool = False  # absent from files written before it was recorded


@_event("takeaway_added", Part.DEBRIEF)
@record(kw_only=True)
class TakeawayAdded(Event):
    """A key takeaway of the workshop, in the facilitator's words."""

    text: str


@_event("commitment_added", Part.DEBRIEF)
@record(kw_only=True)
class CommitmentAdded(Event):
    """A commitment, by the room or by one team."""

    text: str
    team_id: str | None = None


@_event("debrief_line_removed", Part.DEBRIEF)
@record(kw_only=True)
class DebriefLineRemoved(Event):
    """A line of the debrief taken back (mistyped, or given to the wrong team): line ``index``
    (from 0) of the takeaways (``which`` "takeaway") or of the commitments ("commitment"). Its
    text and team are kept, for the history."""

    which: str
    index: int
    text: str
    team_id: str | None = None


@_event("phone_feedback_recorded", Part.DEBRIEF)
@record(kw_only=True)
class PhoneFeedbackRecorded(Event):
    """The phones' feedback at the end: (token, rating 1-5, theme id or None, commitment text) each."""

    answers: tuple[tuple[str, int, str | None, str], ...]


@_event("undone")
@record(kw_only=True)
class Undone(Event):
    """The action recorded as event number ``target`` was cancelled."""

    target: int
