"""The rows of the session summary: frozen plain data, one class per table of the summary.

``summary_model.build_summary`` fills them from the events and the deck; every format (PDF,
Markdown, JSON, CSV) reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bataille.words import minus_sign
from bataille.workshop.minds import MindChanges
from bataille.workshop.state import Counts

from .summary_actions import ActionRow


@dataclass(frozen=True)
class PhaseRow:
    """A phase of the agenda: planned and real durations (real = played time, pauses excluded)."""

    id: str
    kind: str
    title: str
    status: str
    planned_minutes: int
    extra_minutes: int
    started_at: float | None
    ended_at: float | None
    actual_seconds: float | None
    paused_seconds: float


@dataclass(frozen=True)
class PhaseCut:
    """A phase played but ended before its content was: ``done`` of ``of`` themes debated (``what``
    "themes"), teams at the end of their scenario ("teams"), or cards placed on the timeline
    ("cards", only when none was: the phase then reads as passed over)."""

    phase_id: str
    what: str
    done: int
    of: int


@dataclass(frozen=True)
class TeamRow:
    """A team, its final score and where the points came from."""

    id: str
    name: str
    colour: str
    rank: int
    score: int
    timeline_points: int
    other_points: int


@dataclass(frozen=True)
class Placement:
    """A card a team put on the timeline."""

    team_id: str
    card_id: str
    title: str
    year: int | None
    month: int | None
    correct: bool
    points: int
    position: int
    final_position: int
    sources: tuple[int, ...]


@dataclass(frozen=True)
class TeamTimeline:
    """A team's timeline: cards placed right and wrong, points scored."""

    team_id: str
    right: int
    wrong: int
    points: int


@dataclass(frozen=True)
class VoteCount:
    """How one voter group (``room`` or a team id) voted."""

    who: str
    agree: int
    disagree: int
    undecided: int

    @property
    def total(self) -> int:
        return self.agree + self.disagree + self.undecided


@dataclass(frozen=True)
class VoteResult:
    """A vote before or after a debate: the total and, when taken per team, each team's count."""

    total: VoteCount
    by: tuple[VoteCount, ...]
    revealed: bool
    # The phones' answers kept in the session file for this vote (None when no phone answered): the
    # console adds them to its counts, and what else the counts hold was typed in by hand.
    phones: VoteCount | None = None

    @property
    def by_hand(self) -> int | None:
        """How many of the votes were typed in by hand; None when the counts were corrected below the
        phones' answers (a choice counts fewer votes than the phones gave it)."""
        phones = self.phones
        if phones is None:
            return self.total.total
        if any(getattr(self.total, c) < getattr(phones, c) for c in ("agree", "disagree", "undecided")):
            return None
        return self.total.total - phones.total

    def share(self, choice: str) -> float:
        """Percentage of the room that made ``choice``."""
        total = self.total.total
        return 100.0 * getattr(self.total, choice) / total if total else 0.0

    def whole_share(self, choice: str) -> int:
        """The whole percentage shown for ``choice``, as on the stage: the shift is the difference of
        these (``Counts.whole_shares``)."""
        t = self.total
        return Counts(t.agree, t.disagree, t.undecided).whole_share(choice)


@dataclass(frozen=True)
class ShiftResult:
    """After − before, in percentage points of the room; the side whose share grew most wins."""

    agree: float
    disagree: float
    undecided: float
    winner: str | None


@dataclass(frozen=True)
class ArgumentRow:
    """An argument a team made for a side."""

    team_id: str
    side: str
    text: str


@dataclass(frozen=True)
class EvidenceRow:
    """A fact card a team played, with its key figure (``contested`` when the printed card marks it
    « chiffre contesté ») and the numbers of its sources."""

    team_id: str
    card_id: str
    title: str
    figure: str
    sources: tuple[int, ...]
    contested: bool = False


@dataclass(frozen=True)
class RoundRow:
    """A debate round: the card, the sides, the votes and the shift, arguments and evidence."""

    number: int
    theme_id: str
    theme: str
    card_id: str
    title: str
    claim: str
    sides: tuple[tuple[str, str], ...]
    before: VoteResult | None
    after: VoteResult | None
    shift: ShiftResult | None
    arguments: tuple[ArgumentRow, ...]
    evidence: tuple[EvidenceRow, ...]
    closed: bool
    minds: MindChanges | None = None  # who changed their mind, from the phones' answers
    phone_tallies: tuple[tuple[str, str, int, int, int], ...] = ()  # (stage, team id, agree, disagree, undecided)
    closed_at_time_up: bool = False  # closed once its phase's time had run out (False when only the state is known)

    @property
    def voters_differ(self) -> bool:
        """True when the votes before and after were not cast by as many voters: the shift then
        compares shares of different numbers of people."""
        return (self.before is not None and self.after is not None
                and self.before.total.total != self.after.total.total)

    @property
    def untouched(self) -> bool:
        """True when the debate was opened and closed with nothing in it: no vote, no argument, no fact
        (the summary says so in one line, not in three lines of nothing)."""
        return self.closed and self.before is None and self.after is None and not self.arguments and not self.evidence

    @property
    def rounded_off(self) -> bool:
        """True when a vote's three shares, each rounded, do not add up to 100 (thirds: 33, 33, 33)."""
        return any(vote is not None and vote.total.total
                   and sum(vote.whole_share(c) for c in ("agree", "disagree", "undecided")) != 100
                   for vote in (self.before, self.after))


@dataclass(frozen=True)
class ChoiceRow:
    """One decision of a scenario and the option a team chose."""

    decision_id: str
    decision: str
    option_id: str
    option: str
    effects: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class IndicatorValue:
    """A gauge of a 2035 future: its name, starting and final values."""

    id: str
    name: str
    start: int
    value: int


@dataclass(frozen=True)
class ScenarioWalk:
    """A team's path through a scenario and where its indicators ended."""

    team_id: str
    scenario_id: str
    title: str
    choices: tuple[ChoiceRow, ...]
    indicators: tuple[IndicatorValue, ...]
    finished: bool
    ending: str = ""  # where its future leads: the scenario's epilogue, once every decision is taken ("" before)

    def effects_text(self, choice: ChoiceRow) -> str:
        """What a choice moved, as the stage and the guide say it: « Environnement +2, Équité −1 »
        (the indicators' names, a true minus sign; "" when it moved none)."""
        names = {i.id: i.name for i in self.indicators}
        return ", ".join(f"{names.get(k, k)} {minus_sign(f'{v:+d}')}" for k, v in choice.effects)


def by_scenario(walks: tuple[ScenarioWalk, ...]) -> list[tuple[tuple[ScenarioWalk, ...], str]]:
    """The teams' walks grouped by scenario, in the order the scenarios were first started, each
    group with its scenario's whole epilogue ("" when no team of it took every decision): the
    summary prints it once, after the teams that played it, as the stage's endings view shows it."""
    groups: dict[str, list[ScenarioWalk]] = {}
    for walk in walks:
        groups.setdefault(walk.scenario_id, []).append(walk)
    return [(tuple(group), next((w.ending for w in group if w.ending), "")) for group in groups.values()]


@dataclass(frozen=True)
class Award:
    """Points the facilitator gave (or took), with the reason."""

    team_id: str
    points: int
    reason: str
    round: int | None


@dataclass(frozen=True)
class Commitment:
    """A commitment of the room (``team_id`` None) or of one team."""

    team_id: str | None
    text: str


@dataclass(frozen=True)
class SourceRow:
    """A source cited during the session, numbered in order of first citation."""

    number: int
    title: str
    publisher: str
    year: int
    url: str
    cited_in: tuple[str, ...]  # "timeline", "round-1"…
    note: str = ""  # the deck's note on the source, in the summary's language ("" without one)
    lang: str = ""  # the language its title is in, when the deck says it ("" when it does not)


@dataclass(frozen=True)
class FeedbackRow:
    """The phones' feedback at the end, anonymous and aggregated (no token leaves the app)."""

    answers: int
    average: float  # rating out of 5
    ratings: tuple[int, int, int, int, int]  # how many gave 1, 2, 3, 4, 5
    themes: tuple[tuple[str, str, int], ...]  # (theme id, name, how many chose it), most first
    commitments: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    """Everything the room leaves with and a teacher files, in one language."""

    lang: str
    created_at: float
    deck_id: str
    deck_title: str
    deck_version: str
    deck_changed: bool
    planned_minutes: int
    actual_seconds: float | None
    phases: tuple[PhaseRow, ...]
    teams: tuple[TeamRow, ...]
    placements: tuple[Placement, ...]
    timeline_by_team: tuple[TeamTimeline, ...]
    rounds: tuple[RoundRow, ...]
    scenarios: tuple[ScenarioWalk, ...]
    awards: tuple[Award, ...] | None  # None when made from a state alone (no events to itemise)
    takeaways: tuple[str, ...]
    commitments: tuple[Commitment, ...]
    sources: tuple[SourceRow, ...]
    actions: tuple[ActionRow, ...] | None = None  # None when made from a state alone
    feedback: FeedbackRow | None = None  # the phones' feedback, when they gave it
    quick: bool = False  # a quick debate (workshop.flow.is_quick_debate): two camps, one debate, no scores
    started_at: float | None = None  # the first phase's start (None: the workshop never started)
    ended_at: float | None = None  # the last phase's end (the summary's moment for a phase still running)
    cuts: tuple[PhaseCut, ...] = ()  # the phases played but ended before their content was
    under_way_at: float | None = None  # the summary's moment while the workshop is not over (None: over, or not begun)

    def cut(self, phase_id: str) -> PhaseCut | None:
        """How ``phase_id`` was cut short, None when it was not (or not played)."""
        return next((c for c in self.cuts if c.phase_id == phase_id), None)

    @property
    def held_at(self) -> float:
        """When the workshop ran, which dates the summary: its first phase's start; the session's
        creation when it never started (a session set up the evening before is dated the next day)."""
        return self.started_at if self.started_at is not None else self.created_at

    @property
    def debrief_shown(self) -> bool:
        """Whether the summary has a debrief section: something was written in it (a takeaway, a
        commitment, the phones' feedback) or a debrief phase was played (under way or done). A debrief
        skipped or never reached, with nothing written, has none: the agenda says « passée »; a quick
        debate has no debrief phase."""
        if self.takeaways or self.commitments or self.feedback is not None:
            return True
        return any(p.kind == "debrief" and p.status in ("running", "paused", "done") for p in self.phases)

    @property
    def phones_voted(self) -> bool:
        """True when phones answered a vote of some debate: the summary then says, debate by debate,
        where each vote's answers came from."""
        return any(vote is not None and vote.phones is not None
                   for rnd in self.rounds for vote in (rnd.before, rnd.after))

    def team_name(self, team_id: str | None) -> str:
        """The name of a team (its id if the session no longer has it)."""
        for team in self.teams:
            if team.id == team_id:
                return team.name
        return team_id or ""

    def team_colour(self, team_id: str) -> str:
        for team in self.teams:
            if team.id == team_id:
                return team.colour
        return "#777777"

    @property
    def date_iso(self) -> str:
        """When the workshop ran (``held_at``) as local ISO 8601 with its UTC offset."""
        return datetime.fromtimestamp(self.held_at).astimezone().isoformat(timespec="seconds")
