"""The rules of what the phones send (checked, then recorded as events): their votes and their
feedback. A phone is known only by a random token; see bataille.phones."""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import events as ev
from .actions_play import MAX_NOTE, _round, clean_text
from .actions_setup import require_started
from .errors import DebateError, DebriefError
from .state import CHOICES, STAGES, SessionState

TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{16,64}")  # a phone's random token (see bataille.phones)


def record_phone_votes(state: SessionState, now: float, stage: str, votes: Mapping[str, str],
                       round_no: int | None, teams: Mapping[str, str] | None = None) -> ev.PhoneVotesRecorded:
    """Check the phones' answers to a round's ``stage`` (token -> choice); return PhoneVotesRecorded."""
    if stage not in STAGES:
        raise DebateError(f"A vote is taken 'before' or 'after' the debate, not {stage!r}.")
    rnd = _round(state, round_no, "recording the phones' votes")
    if not isinstance(votes, Mapping) or not votes:
        raise DebateError("No phone answered: there is nothing to record.")
    for token, choice in votes.items():
        if not isinstance(token, str) or not TOKEN_RE.fullmatch(token) or choice not in CHOICES:
            # Said on the status line: plain words, neither the phone's token nor its answer as data.
            raise DebateError("A phone's vote could not be read (agree, disagree or undecided): "
                              "no answer was recorded.")
    picked = {token: team for token, team in (teams or {}).items() if token in votes and state.has_team(team)}
    return ev.PhoneVotesRecorded(at=now, number=rnd.number, stage=stage, votes=tuple(sorted(votes.items())),
                                 teams=tuple(sorted(picked.items())))


def record_phone_feedback(state: SessionState, now: float,
                          answers: Mapping[str, tuple[int, str | None, str]]) -> ev.PhoneFeedbackRecorded:
    """Check the phones' feedback (token -> (rating 1-5, theme id or None, commitment)); return the event."""
    require_started(state)
    if not isinstance(answers, Mapping) or not answers:
        raise DebriefError("No phone sent its feedback: there is nothing to keep.")
    kept = []
    for token, answer in sorted(answers.items(), key=lambda item: str(item[0])):
        rating, theme, text = answer if isinstance(answer, tuple) and len(answer) == 3 else (None, None, "")
        if not isinstance(token, str) or not TOKEN_RE.fullmatch(token) or not isinstance(rating, int) \
                or not 1 <= rating <= 5 or (theme is not None and not isinstance(theme, str)) \
                or not isinstance(text, str):
            # Said on the status line: plain words, neither the phone's token nor its answer as data.
            raise DebriefError("A phone's feedback could not be read (a rating from 1 to 5, a theme, a "
                               "commitment): no feedback was kept.")
        kept.append((token, rating, theme, clean_text(text, MAX_NOTE, "commitment", DebriefError) if text else ""))
    return ev.PhoneFeedbackRecorded(at=now, answers=tuple(kept))
