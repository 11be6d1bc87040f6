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
    team_of: dict[str, str] = field(default_factory=dict)  # token -> team id
    feedback_themes: tuple[tuple[str, str], ...] | None = None  # (id, name) while feedback is asked
    feedback: dict[str, tuple[int, str | None, str]] = field(default_factory=dict)  # token -> answer

    def ask(self, question: Question, earlier: Mapping[str, str] | None = None) -> None:
        """Open ``question``: votes start empty, or from the ``earlier`` answers to it (token ->
        choice) when it is asked again: each phone sees its answer and may change it."""
        kept = {token: choice for token, choice in (earlier or {}).items() if choice in CHOICES}
        self.question, self.open, self._votes = question, True, kept

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
