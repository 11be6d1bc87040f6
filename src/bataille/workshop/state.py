"""The session state: frozen plain data computed by the fold, read by the console, stage and summary."""

from __future__ import annotations

from dataclasses import fields

from bataille.deck.frozen import Frozen, record

from .agenda import PhaseProgress

STAGES = ("before", "after")
SIDES = ("for", "against")
CHOICES = ("agree", "disagree", "undecided")
# Each choice's colour wherever a vote shows: the stage's bars, the printed voting cards, the phone
# page (its CSS, checked by tests/phones). Blue, orange, grey: told apart with colour blindness, and
# never alone: each beside its word.
CHOICE_COLOURS = {"agree": "#4F9BE6", "disagree": "#F0A13A", "undecided": "#A7A7A7"}
ROOM = "room"


@record
class Rules(Frozen):
    """The knobs of a session, fixed at the start."""

    timeline_cards_per_team: int = 4
    timeline_points_correct: int = 2
    timeline_points_wrong: int = 0
    argument_max_chars: int = 280
    debate_points_won: int = 3  # to each team of the side that moved the room, when its debate closes

    def to_pairs(self) -> tuple[tuple[str, int], ...]:
        return tuple((f.name, getattr(self, f.name)) for f in fields(self))

    @classmethod
    def from_pairs(cls, pairs: tuple[tuple[str, int], ...]) -> Rules:
        known = {f.name for f in fields(cls)}
        # A key from a newer version is ignored rather than refused: rules only tune play. A rule
        # newer than the file is off in it: its facilitator gave those points by hand.
        return cls(**{**_ABSENT_FROM_OLDER_FILES, **{k: v for k, v in pairs if k in known}})


_ABSENT_FROM_OLDER_FILES = {"debate_points_won": 0}


@record
class Team(Frozen):
    """A team of the room: its name, colour and score."""

    id: str
    name: str
    colour: str
    score: int = 0


@record
class AgendaProgress(Frozen):
    """The phases of the session with their status and timer fields."""

    phases: tuple[PhaseProgress, ...] = ()

    @property
    def current(self) -> PhaseProgress | None:
        """The running or paused phase, if any."""
        for phase in self.phases:
            if phase.status in ("running", "paused"):
                return phase
        return None

    @property
    def next_pending(self) -> PhaseProgress | None:
        """The first phase still to play."""
        for phase in self.phases:
            if phase.status == "pending":
                return phase
        return None

    def phase(self, phase_id: str) -> PhaseProgress:
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(phase_id)

    @property
    def minutes(self) -> int:
        return sum(p.minutes for p in self.phases)


@record
class TimelinePlacement(Frozen):
    """One card put on the timeline by a team: where, whether right, where it ended, points."""

    team_id: str
    card_id: str
    position: int
    correct: bool
    final_position: int
    points: int


@record
class TimelineState(Frozen):
    """The shared timeline (card ids in date order), the hands, and the placements so far."""

    dealt: bool = False
    seed: int | None = None
    cards: tuple[str, ...] = ()
    hands: tuple[tuple[str, tuple[str, ...]], ...] = ()
    placements: tuple[TimelinePlacement, ...] = ()

    def hand(self, team_id: str) -> tuple[str, ...]:
        """The cards a team still holds."""
        for owner, cards in self.hands:
            if owner == team_id:
                return cards
        return ()

    @property
    def in_hand(self) -> bool:
        """Some team still holds a card to place."""
        return any(cards for _team, cards in self.hands)

    @property
    def all_placed(self) -> bool:
        """Dealt, and every card is on the timeline."""
        return self.dealt and not self.in_hand


@record
class Counts(Frozen):
    """How many agree, disagree or are undecided."""

    agree: int = 0
    disagree: int = 0
    undecided: int = 0

    @property
    def total(self) -> int:
        return self.agree + self.disagree + self.undecided

    def share(self, choice: str) -> float:
        """Percentage of the voters who made ``choice`` (0 when nobody voted)."""
        return 100.0 * getattr(self, choice) / self.total if self.total else 0.0

    def whole_shares(self) -> tuple[int, int, int]:
        """Agree, disagree and undecided as the whole percentages the room is shown (0s when nobody
        voted), each rounded to the nearest, halves up: equal counts show equal shares, and a count
        that did not change shows the same share (so a shift of 0). The three may add up to 99 or
        101, as rounded percentages do (thirds are 33, 33, 33); forcing 100 gave a point to one of
        equal counts, and a camp nobody left showed a loss."""
        total = self.total
        if not total:
            return (0, 0, 0)
        agree, disagree, undecided = ((200 * n + total) // (2 * total) for n in (self.agree, self.disagree, self.undecided))
        return (agree, disagree, undecided)

    def whole_share(self, choice: str) -> int:
        """The whole percentage of ``choice`` the room is shown (see ``whole_shares``)."""
        return self.whole_shares()[CHOICES.index(choice)]

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.agree + other.agree,
            self.disagree + other.disagree,
            self.undecided + other.undecided,
        )


@record
class Vote(Frozen):
    """A vote of the room: per team (or one ``room`` entry) and the total."""

    by: tuple[tuple[str, Counts], ...]
    total: Counts

    @property
    def per_team(self) -> bool:
        return not (len(self.by) == 1 and self.by[0][0] == ROOM)


@record
class Shift(Frozen):
    """The opinion shift (after − before, percentage points); the side that gained most wins."""

    agree: float
    disagree: float
    undecided: float
    winner: str | None  # "for", "against", or None on a tie


def shift_verdict(shift: Shift) -> str:
    """How the winning side won, one key for the stage and the summary alike: "for_convinced" (its
    share grew), "for_held" (its share did not move, the other side's fell), "for_least" (both fell,
    the undecided gained, its share fell least); the same for "against"; "tie". Anything with the
    fields of a ``Shift`` will do (the summary has its own copy of them)."""
    if shift.winner not in ("for", "against"):
        return "tie"
    moved = shift.agree if shift.winner == "for" else shift.disagree
    return f"{shift.winner}_{'convinced' if moved > 0 else 'held' if moved == 0 else 'least'}"


@record
class Argument(Frozen):
    """A short argument a team made for one side."""

    team_id: str
    side: str
    text: str


@record
class Evidence(Frozen):
    """A fact card a team played in a round."""

    team_id: str
    card_id: str


@record
class DebateRound(Frozen):
    """A round of debate on one card: sides, votes (hidden until revealed), arguments, evidence."""

    number: int
    theme_id: str
    card_id: str
    phase_id: str | None = None
    seed: int | None = None
    sides: tuple[tuple[str, str], ...] = ()
    before: Vote | None = None
    after: Vote | None = None
    revealed_before: bool = False
    revealed_after: bool = False
    arguments: tuple[Argument, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    closed: bool = False
    shift: Shift | None = None
    phones_before: tuple[tuple[str, str], ...] = ()  # (token, choice) of each phone that answered
    phones_after: tuple[tuple[str, str], ...] = ()
    phone_teams: tuple[tuple[str, str], ...] = ()  # (token, team id): the team a phone picked
    awards: tuple[tuple[str, int, str], ...] = ()  # (team id, points, reason) given in this debate
    # Opened with its phase's time up (the clock at 0:00 or less), and given no time since: played
    # whole, its votes taken. Minutes that give the clock time again put it on the clock (the fold).
    opened_late: bool = False

    def phone_votes(self, stage: str) -> tuple[tuple[str, str], ...]:
        """The phones' answers to a stage's vote (console and summary only: never the stage)."""
        return self.phones_before if stage == "before" else self.phones_after

    def vote(self, stage: str) -> Vote | None:
        """The vote of a stage, revealed or not (console only)."""
        return self.before if stage == "before" else self.after

    def revealed(self, stage: str) -> bool:
        return self.revealed_before if stage == "before" else self.revealed_after

    def visible_vote(self, stage: str) -> Vote | None:
        """What the stage may show: the vote once revealed, else None."""
        return self.vote(stage) if self.revealed(stage) else None

    def visible_shift(self) -> Shift | None:
        """The shift once both votes are revealed, else None."""
        return self.shift if self.revealed_before and self.revealed_after else None

    def side_of(self, team_id: str) -> str | None:
        for team, side in self.sides:
            if team == team_id:
                return side
        return None


@record
class ScenarioPath(Frozen):
    """A team's walk through a scenario: choices so far and the indicator values they give."""

    team_id: str
    scenario_id: str
    decisions: tuple[str, ...]
    choices: tuple[tuple[str, str], ...] = ()  # (decision id, option id)
    indicators: tuple[tuple[str, int], ...] = ()

    @property
    def finished(self) -> bool:
        return len(self.choices) >= len(self.decisions)

    @property
    def next_decision(self) -> str | None:
        return None if self.finished else self.decisions[len(self.choices)]

    def indicator(self, indicator_id: str) -> int:
        return dict(self.indicators)[indicator_id]


@record
class ScenarioComparison(Frozen):
    """The indicators of every team that walked one scenario, side by side."""

    scenario_id: str
    indicator_ids: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]  # (team id, values in indicator order)


@record
class Debrief(Frozen):
    """What the room takes away and commits to."""

    takeaways: tuple[str, ...] = ()
    commitments: tuple[tuple[str | None, str], ...] = ()
    phone_feedback: tuple[tuple[str, int, str | None, str], ...] = ()  # (token, rating, theme, text)


@record
class SessionState(Frozen):
    """Everything the console, the stage and the summary show, as a fold of the events."""

    deck_id: str = ""
    deck_version: str = ""
    deck_hash: str = ""
    lang: str = "fr"
    created_at: float = 0.0
    rules: Rules = Rules()
    teams: tuple[Team, ...] = ()
    next_team_number: int = 1
    started: bool = False
    agenda: AgendaProgress = AgendaProgress()
    last_phase_id: str | None = None  # the phase started last (for "where we were")
    timeline: TimelineState = TimelineState()
    rounds: tuple[DebateRound, ...] = ()
    scenarios: tuple[ScenarioPath, ...] = ()
    comparison: tuple[ScenarioComparison, ...] = ()
    consequence_shown: str | None = None  # the team whose last choice's consequence the room is shown
    debrief: Debrief = Debrief()

    def team(self, team_id: str) -> Team:
        """The team with this id (KeyError when there is none)."""
        for team in self.teams:
            if team.id == team_id:
                return team
        raise KeyError(team_id)

    def has_team(self, team_id: str) -> bool:
        return any(team.id == team_id for team in self.teams)

    @property
    def open_round(self) -> DebateRound | None:
        """The debate round in progress, if any."""
        if self.rounds and not self.rounds[-1].closed:
            return self.rounds[-1]
        return None

    def round(self, number: int) -> DebateRound:
        """Debate round ``number`` (1-based)."""
        if 1 <= number <= len(self.rounds):
            return self.rounds[number - 1]
        raise KeyError(number)

    def scenario_path(self, team_id: str) -> ScenarioPath | None:
        for path in self.scenarios:
            if path.team_id == team_id:
                return path
        return None

    @property
    def endings(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """Once every team has taken its last decision and no consequence is left to read: each
        scenario played, with its teams, in the order they started (where each future leads); ()
        before."""
        if self.consequence_shown is not None or not self.scenarios or not all(p.finished for p in self.scenarios):
            return ()
        groups: dict[str, list[str]] = {}
        for path in self.scenarios:
            groups.setdefault(path.scenario_id, []).append(path.team_id)
        return tuple((scenario_id, tuple(teams)) for scenario_id, teams in groups.items())


def evolve(obj, **changes):
    """A copy of a frozen state object with some fields changed (``dataclasses.replace``, minus
    the re-validation of every field: the fold calls it for every event, and it is 10× faster)."""
    new = object.__new__(type(obj))
    fields_ = new.__dict__
    fields_.update(obj.__dict__)
    fields_.update(changes)
    return new
