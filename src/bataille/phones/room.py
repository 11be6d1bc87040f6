"""Who is connected and what each voter answered to the question open now (no tally leaves it
but through ``votes()``, which only the app calls)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bataille.workshop.state import CHOICES

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
    _votes: dict[str, str] = field(default_factory=dict)  # token -> choice, for ``question``
    _earlier: dict[str, str] = field(default_factory=dict)  # the answers it was asked again with (recorded)
    _moved_from: int = 0  # feedback_moved before the last move, for put_back
    team_of: dict[str, str] = field(default_factory=dict)  # token -> team id
    feedback_themes: tuple[tuple[str, str], ...] | None = None  # (id, name) while feedback is asked
    feedback: dict[str, tuple[int, str | None, str]] = field(default_factory=dict)  # token -> answer
    feedback_moved: int = 0  # of ``feedback``, the answers received before the phones last moved

    def ask(self, question: Question, earlier: Mapping[str, str] | None = None) -> None:
        """Open ``question``: votes start empty, or from the ``earlier`` answers to it (token ->
        choice) when it is asked again: each phone sees its answer and may change it."""
        kept = {token: choice for token, choice in (earlier or {}).items() if choice in CHOICES}
        self.question, self.open, self._votes, self._earlier = question, True, kept, dict(kept)

    def set_aside(self) -> dict[str, str]:
        """The phones move to another address: a browser keeps its token per address, so each phone
        comes back there as a new one. The answers given to the open question since it was asked are
        set aside (a phone answering again would count twice); those it was asked again with, already
        recorded in the session, stay as recorded. Returns the votes as they were, for ``put_back``.
        The feedback received stays (written words are never thrown away); ``feedback_moved`` counts it,
        so that a phone asked for its feedback at the new address is told one sent before was received:
        nothing tells its new token from the old one, so one sent again would count twice."""
        kept = dict(self._votes)
        self.feedback_moved, self._moved_from = len(self.feedback), self.feedback_moved
        if self.open:
            self._votes = dict(self._earlier)
        return kept

    def put_back(self, votes: dict[str, str]) -> None:
        """The move did not happen (the phones stay at their address, their tokens with them)."""
        self._votes = dict(votes)
        self.feedback_moved = self._moved_from

    def close(self) -> dict[str, str]:
        """Close the vote; the votes it got (token -> choice)."""
        self.open = False
        return dict(self._votes)

    def clear(self) -> None:
        """No question any more (between votes): phones wait."""
        self.question, self.open, self._votes, self._earlier = None, False, {}, {}

    def vote(self, token: str, question_id: int, choice: str) -> bool:
        """Record or change ``token``'s vote; False when that question is not open."""
        if not self.open or self.question is None or self.question.id != question_id or choice not in CHOICES:
            return False
        self._votes[token] = choice
        return True

    def mine(self, token: str) -> str | None:
        """The vote of ``token`` on the question (what its own phone may see)."""
        return self._votes.get(token)

    def votes(self) -> dict[str, str]:
        """Every vote on the question: for the app, never for a phone."""
        return dict(self._votes)

    def answered(self) -> int:
        return len(self._votes)
