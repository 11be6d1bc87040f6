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
    _moved_from: int = 0  # feedback_moved before the last move, for put_back
    _same_phone: dict[str, str] = field(default_factory=dict)  # new token -> its feedback's token before a move
    team_of: dict[str, str] = field(default_factory=dict)  # token -> team id
    feedback_themes: tuple[tuple[str, str], ...] | None = None  # (id, name) while feedback is asked
    feedback: dict[str, tuple[int, str | None, str]] = field(default_factory=dict)  # token -> answer
    feedback_moved: int = 0  # of ``feedback``, the answers received before the phones last moved

    def ask(self, question: Question, earlier: Mapping[str, str] | None = None) -> None:
        """Open ``question``: votes start empty, or from the ``earlier`` answers to it (token ->
        choice) when it is asked again: each phone sees its answer and may change it."""
        kept = {token: choice for token, choice in (earlier or {}).items() if choice in CHOICES}
        self.question, self.open, self._votes = question, True, kept

    def set_aside(self) -> dict[str, str]:
        """The phones move to another address: a browser keeps its token per address, so each phone
        comes back there as a new one. Every answer to the open question is set aside, those it was
        asked again with as well (recorded in the session when the vote first closed, they stay
        recorded there until this vote closes again): kept, a phone answering again under its new
        token would count twice. Returns the votes as they were, for ``put_back``.
        The feedback received stays (written words are never thrown away); ``feedback_moved`` counts it,
        so that a phone asked for its feedback at the new address is told one sent before was received;
        one sent again all the same is kept once (``feedback_token``)."""
        kept = dict(self._votes)
        self.feedback_moved, self._moved_from = len(self.feedback), self.feedback_moved
        if self.open:
            self._votes = {}
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
        self.question, self.open, self._votes = None, False, {}

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

    def feedback_token(self, token: str, answer: tuple[int, str | None, str]) -> str:
        """The token ``answer`` is kept under: its phone's own, or, for a phone come back as a new one
        after a move and sending again the very answer it sent before (same rating, theme and words),
        the token of that earlier answer, so that it counts once and a later change replaces it. Each
        earlier answer stands for one phone only: a second identical answer is another phone's."""
        if token in self._same_phone:
            return self._same_phone[token]
        if token not in self.feedback:
            claimed = set(self._same_phone.values())
            for earlier in list(self.feedback)[:self.feedback_moved]:
                if earlier not in claimed and _alike(self.feedback[earlier], answer):
                    self._same_phone[token] = earlier
                    return earlier
        return token

    def feedback_sent(self, token: str) -> bool:
        """Whether the phone of ``token`` has sent its feedback (under that token, or before a move)."""
        return token in self.feedback or token in self._same_phone


def _alike(one: tuple[int, str | None, str], other: tuple[int, str | None, str]) -> bool:
    """Two feedback answers the same: rating, theme, and words (spaces aside)."""
    return one[:2] == other[:2] and one[2].split() == other[2].split()
