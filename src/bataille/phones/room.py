"""Who is connected and what each voter answered to the question open now (no tally leaves it
but through ``votes()``, which only the app calls)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bataille.workshop.state import CHOICES

from .voters import Voters

__all__ = ["CHOICES", "Question", "Room"]


@dataclass(frozen=True)
class Question:
    """What the phones are asked: a debate claim, before or after the debate."""

    id: int
    title: str
    text: str
    stage: str = "before"
    lang: str | None = None  # the session's language ("fr", "en"): the page's words follow it


@dataclass
class Room:
    """The phones' side of the workshop: the question, the votes, the teams phones may pick."""

    question: Question | None = None
    open: bool = False
    teams: tuple[tuple[str, str], ...] = ()  # (id, name)
    _votes: dict[str, str] = field(default_factory=dict)  # token -> choice, for ``question``, last answered last
    # Answers to ``question`` given under a token of another address: not counted, until the app can
    # tell its phone is here (Voters: the same phone's new token); then counted again, as its own.
    _aside: dict[str, str] = field(default_factory=dict)
    _restored: set[str] = field(default_factory=set)  # of ``_votes``, the tokens brought back from ``_aside``
    voters: Voters = field(default_factory=Voters)  # which tokens are one phone (kept through Phones off and on)
    # Questions whose open vote the app dropped, its answers not kept (Ctrl+Z): a page's kept answer to
    # one is not to go again by itself when it is asked again (``forget``).
    taken_back: set[int] = field(default_factory=set)
    # Since the phones last moved, the tokens that said hello at this address (None: they never moved).
    _here: set[str] | None = None
    _same_phone: dict[str, str] = field(default_factory=dict)  # new token -> its feedback's token before a move
    _claimed: set[str] = field(default_factory=set)  # earlier feedback sent again since the last move
    _before_move: tuple = ()  # what the last move changed (feedback_moved, _here, _claimed, _aside...), for put_back
    team_of: dict[str, str] = field(default_factory=dict)  # token -> team id
    feedback_themes: tuple[tuple[str, str], ...] | None = None  # (id, name) while feedback is asked
    feedback: dict[str, tuple[int, str | None, str]] = field(default_factory=dict)  # token -> answer
    feedback_moved: int = 0  # of ``feedback``, the answers received before the phones last moved
    ends: float | None = None  # when a countdown closes the open vote (time.monotonic()), if one does
    held: float | None = None  # the seconds its countdown keeps while it holds (the session's timer paused)

    def ask(self, question: Question, earlier: Mapping[str, str] | None = None, ends: float | None = None,
            held: float | None = None) -> None:
        """Open ``question``: votes start empty, or from the ``earlier`` answers to it (token ->
        choice) when it is asked again: each phone sees its answer and may change it. After a move,
        the answers of phones not seen at this address since are set aside (``here``): given at an
        old address, their phones come back here as new ones and answer again; kept, each would
        count twice. The session keeps them until this vote closes with the phones' new answers.
        ``ends``: when the app's countdown closes it (``time.monotonic()``), None when it closes by hand
        or while its countdown holds (``held``: the seconds it keeps, the session's timer paused).
        A token given at another address of the laptop (see Voters) is set aside the same way, whether
        the phones moved or were turned off and on again there; its phone's answer comes back once the
        app can tell that phone is here (``arrived``)."""
        given = {token: choice for token, choice in (earlier or {}).items() if choice in CHOICES}
        kept = {token: choice for token, choice in given.items() if self.here(token)}
        self.question, self.open, self._votes = question, True, kept
        self.hold(ends, held)
        self._aside = {token: choice for token, choice in given.items() if token not in kept}
        self._restored = set()

    def hold(self, ends: float | None, held: float | None = None) -> None:
        """The open vote's countdown goes on, to close at ``ends``, or holds ``held`` seconds (None: none)."""
        self.ends, self.held = ends, held if ends is None else None

    def countdown(self, now: float) -> dict[str, float]:
        """What a phone is told of the open vote's countdown: ``closes_in`` while it runs; ``held``, the
        seconds it keeps (to a tenth), while it holds; nothing when no countdown closes the vote."""
        closes_in = self.closes_in(now)
        if closes_in is not None:
            return {"closes_in": closes_in}
        return {"held": round(max(0.0, self.held), 1)} if self.open and self.held is not None else {}

    def closes_in(self, now: float) -> float | None:
        """The seconds the open vote's countdown has left at ``now`` (time.monotonic()), to a tenth;
        None when no countdown closes it. Seconds, not a time of day: each phone's clock has its own."""
        if not self.open or self.ends is None:
            return None
        return round(max(0.0, self.ends - now), 1)

    def take_team(self, token: str, team: str | None) -> bool:
        """The phone of ``token`` came back with the team it had picked in this room (its page keeps
        it: the app forgets the teams when Phones is turned off, or when it stops): taken when the app
        knows no team of this phone and ``team`` is still one of the room's (removed on the console
        since: none). True when taken."""
        if team is None or token in self.team_of or team not in {team_id for team_id, _ in self.teams}:
            return False
        self.team_of[token] = team
        return True

    def arrived(self, token: str, address: str | None = None) -> None:
        """The phone of ``token`` said hello at the address the phones are served at now, from its own
        network ``address``. An answer set aside whose phone it turns out to be comes back; one brought
        back whose phone the app can no longer tell (another phone from that address) goes aside again."""
        if self._here is not None:
            self._here.add(token)
        self.voters.arrived(token, address)
        for gone in [t for t in self._restored if not self.here(t)]:
            self._restored.discard(gone)
            self._aside[gone] = self._votes.pop(gone)
        if self.open:
            for back in [t for t in self._aside if self.here(t)]:
                self._votes[back] = self._aside.pop(back)
                self._restored.add(back)

    def here(self, token: str) -> bool:
        """Whether an answer of ``token`` is its phone's at this address: its token was given here, or
        the app can tell its phone has a token here (Voters); for a token that does not say where it
        was given, the phones never moved, or it said hello here since they last did (the app's
        thread asks too: lookups, nothing else)."""
        here = self.voters.here(token)
        if here is not None:
            return here
        return self._here is None or token in self._here

    def identity(self, token: str) -> str:
        """The token ``token``'s phone answers under (Voters.identity)."""
        return self.voters.identity(token)

    def set_aside(self) -> dict[str, str]:
        """The phones move to another address: a browser keeps its token per address, so each phone
        comes back there as a new one. Every answer to the open question is set aside, those it was
        asked again with as well (recorded in the session when the vote first closed, they stay
        recorded there until this vote closes again): kept, a phone answering again under its new
        token would count twice; so are those of a vote asked again later (``ask``). Returns the votes as
        they were, for ``put_back``.
        The feedback received stays (written words are never thrown away); ``feedback_moved`` counts it,
        so that a phone asked for its feedback at the new address is told one sent before was received;
        one sent again all the same is kept once (``feedback_token``), at each move."""
        kept = dict(self._votes)
        self._before_move = (self.feedback_moved, self._here, self._claimed, dict(self._aside), set(self._restored))
        self.feedback_moved, self._here, self._claimed = len(self.feedback), set(), set()
        if self.open:
            self._aside.update(self._votes)  # a phone the app can tell at the new address gets its own back
            self._votes, self._restored = {}, set()
        return kept

    def put_back(self, votes: dict[str, str]) -> None:
        """The move did not happen (the phones stay at their address, their tokens with them)."""
        self._votes = dict(votes)
        if self._before_move:
            self.feedback_moved, self._here, self._claimed, self._aside, self._restored = self._before_move

    def close(self) -> dict[str, str]:
        """Close the vote; the votes it got (each phone's identity -> choice)."""
        self.open, self.ends, self.held = False, None, None
        return self.votes()

    def clear(self, taken_back: bool = False) -> None:
        """No question any more (between votes): phones wait. ``taken_back``: an open vote dropped,
        its answers not kept (``forget``)."""
        if taken_back and self.open and self.question is not None:
            self.taken_back.add(self.question.id)
        self.question, self.open, self._votes, self.ends, self.held = None, False, {}, None, None
        self._aside, self._restored = {}, set()

    def forget(self, token: str) -> bool:
        """Whether the page of ``token`` is to drop the answer it kept to the question asked now: that
        question's vote was taken back since, and this phone has not answered it again."""
        return self.question is not None and self.question.id in self.taken_back and self.mine(token) is None

    def vote(self, token: str, question_id: int, choice: str) -> bool:
        """Record or change ``token``'s vote; False when that question is not open."""
        if not self.open or self.question is None or self.question.id != question_id or choice not in CHOICES:
            return False
        self._votes.pop(token, None)  # last answered last: of one phone's tokens, its latest answer counts
        self._votes[token] = choice
        self._restored.discard(token)
        return True

    def mine(self, token: str) -> str | None:
        """The vote of ``token``'s phone on the question (what its own phone may see)."""
        if not self.voters.linked:
            return self._votes.get(token)
        phone = self.identity(token)  # (a copy first: the app's thread asks too, while phones answer)
        return next((choice for t, choice in reversed(list(self._votes.items())) if self.identity(t) == phone), None)

    def votes(self) -> dict[str, str]:
        """Every vote on the question, one per phone, under its identity: for the app, never for a phone."""
        if not self.voters.linked:
            return dict(self._votes)
        return {self.identity(token): choice for token, choice in list(self._votes.items())}

    def voters_teams(self) -> dict[str, str]:
        """The team each phone that answered picked (identity -> team id), for the team tallies."""
        return {self.identity(token): self.team_of[token] for token in self._votes if token in self.team_of}

    def answered(self) -> int:
        return len(self.votes()) if self.voters.linked else len(self._votes)

    def feedback_token(self, token: str, answer: tuple[int, str | None, str]) -> str:
        """The token ``answer`` is kept under: its phone's own, or, for a phone come back as a new one
        after a move and sending again the very answer it sent before (same rating, theme and words),
        the token of that earlier answer, so that it counts once and a later change replaces it. Each
        earlier answer stands for one phone at each address: a second identical answer is another
        phone's; after another move, its phone comes back as a new one again."""
        if token in self._same_phone:
            return self._same_phone[token]
        if token not in self.feedback:
            for earlier in list(self.feedback)[:self.feedback_moved]:
                if earlier not in self._claimed and _alike(self.feedback[earlier], answer):
                    self._same_phone[token] = earlier
                    self._claimed.add(earlier)
                    return earlier
        return token

    @property
    def feedback_again(self) -> int:
        """Phones that sent again, since the last move, the very feedback they had sent before it."""
        return len(self._claimed)

    def feedback_sent(self, token: str) -> bool:
        """Whether the phone of ``token`` has sent its feedback (under that token, or before a move)."""
        return token in self.feedback or token in self._same_phone


def _alike(one: tuple[int, str | None, str], other: tuple[int, str | None, str]) -> bool:
    """Two feedback answers the same: rating, theme, and words (spaces aside)."""
    return one[:2] == other[:2] and one[2].split() == other[2].split()
