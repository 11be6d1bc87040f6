"""The session's actions as one tidy table: one row per recorded action still in force.

Columns: time, phase, team, kind, card, value. ``kind`` is the action's stable type name
(``card_placed``, ``vote_recorded``…); names, texts and the words of a value (``avant : d’accord 12,
pas d’accord 6, indécis 5``, the phones' answers as their share of it, ``dont 15 par téléphone``,
``contre : …``, ``bien placée, 2 points``, a debate closed ``clos à la fin du temps``, the option
chosen, the fact's figure, the rules set ``cartes de la frise par équipe = 4 ; …``) are in the
summary's language, so that a teacher reads the table without the deck beside it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from bataille.workshop import Event
from bataille.workshop import events as ev

from .summary_words import WORDS, award_text, decimal, minutes_text, word
from .wording import figure_with_mark

ACTION_COLUMNS = ["time", "phase", "team", "kind", "card", "value"]
CHOICES = ("agree", "disagree", "undecided")  # the order of a vote's counts


@dataclass(frozen=True)
class ActionRow:
    """One recorded action, as a spreadsheet reads it."""

    at: float
    phase: str
    team_id: str | None
    kind: str
    card: str
    value: str


def _said(code: str, lang: str) -> str:
    """A vote's stage or a side (``before``, ``against``…) as the summary says it: ``avant``, ``contre``."""
    return word(code, lang).lower() if code in ("before", "after", "for", "against") else code


def _labelled(label: str, value: str, lang: str) -> str:
    """``avant : 12/6/5`` (no-break space before the colon) or ``before: 12/6/5``; the value, which
    may be what someone typed, is kept as it is."""
    return f"{label}: {value}" if lang == "en" else f"{label}\u00a0: {value}"


class DeckTexts(Protocol):
    """What the table asks of the deck, in the summary's language (summary_model's ``_Deck``)."""

    def title(self, card_id: str) -> str: ...
    def theme(self, theme_id: str) -> str: ...
    def scenario_title(self, scenario_id: str) -> str: ...
    def phase_title(self, phase_id: str) -> str: ...
    def option(self, scenario_id: str, decision_id: str, option_id: str) -> str: ...
    def figure(self, card_id: str) -> tuple[str, bool]: ...


def _points(points: int, lang: str) -> str:
    """``2 points``, ``1 point``; French keeps the singular for 0 too (``0 point``)."""
    one = abs(points) == 1 or (lang == "fr" and points == 0)
    return f"{points} point" if one else f"{points} points"


def _sides(event: ev.SidesAssigned, team_name: Callable[[str], str], lang: str) -> str:
    """Who is for, who against: ``pour : Les Hiboux, Les Lynx ; contre : Les Loutres``."""
    parts = []
    for side in ("for", "against"):
        names = [team_name(t) for t, s in event.sides if s == side]
        if names:
            parts.append(_labelled(_said(side, lang), ", ".join(names), lang))
    return "\u202f; ".join(parts) if lang != "en" else "; ".join(parts)


def _rules(pairs: tuple[tuple[str, int], ...], lang: str) -> str:
    """The rules set, each rule in words with its value: ``cartes de la frise par équipe = 4 ; …`` /
    ``timeline cards per team = 4; …``; a rule of a newer version of the app by its own name."""
    parts = [f"{word('rule_' + key, lang) if 'rule_' + key in WORDS else key} = {value}" for key, value in pairs]
    return "\u202f; ".join(parts) if lang != "en" else "; ".join(parts)


def _counted(counts: list[int], lang: str) -> str:
    """``d’accord 12, pas d’accord 6, indécis 5``."""
    return ", ".join(f"{word(choice, lang).lower()} {n}" for choice, n in zip(CHOICES, counts, strict=True))


def _value(event: Event, lang: str, texts: DeckTexts, team_name: Callable[[str], str],
           late: frozenset[int] = frozenset()) -> str:
    """The action's own figure or text (points, vote counts, argument…), '' when it has none."""
    if isinstance(event, ev.CardPlaced):
        verdict = word("placed_right" if event.correct else "placed_wrong", lang)
        return f"{verdict}, {_points(event.points, lang)}"
    if isinstance(event, ev.SidesAssigned):
        return _sides(event, team_name, lang)
    if isinstance(event, ev.RulesSet):
        return _rules(event.rules, lang)
    if isinstance(event, ev.EvidencePlayed):
        return figure_with_mark(*texts.figure(event.card_id), lang)
    if isinstance(event, ev.OptionChosen):
        return texts.option(event.scenario_id, event.decision_id, event.option_id)
    if isinstance(event, ev.VoteRecorded):
        totals = [sum(counts[i] for _, counts in event.by) for i in range(3)]
        return _labelled(_said(event.stage, lang), _counted(totals, lang), lang)
    if isinstance(event, ev.PhoneVotesRecorded):  # the phones' share of the vote recorded next, which counts them
        return _labelled(_said(event.stage, lang), word("phones_share", lang, n=len(event.votes)), lang)
    if isinstance(event, ev.RoundClosed):  # why: its phase's time had run out, or not yet
        return word("closed_time_up" if event.number in late else "closed_by_hand", lang)
    if isinstance(event, ev.ConsequenceLeft):
        return word("consequence_ending" if event.to_ending else "consequence_next", lang)
    if isinstance(event, ev.ArgumentAdded):
        return _labelled(_said(event.side, lang), event.text, lang)
    if isinstance(event, ev.PointsAwarded):
        # « points donnés à la main : +1 », signed as the PDF writes it; the reason first, so that
        # the cell is a text a spreadsheet shows as it is (« +1 (…) » would read as a formula)
        return _labelled(award_text(event.reason, lang), f"{event.points:+d}", lang)
    if isinstance(event, ev.PhoneFeedbackRecorded):  # as the summary's feedback line counts them
        return _feedback(event, lang)
    if isinstance(event, ev.TimelineDealt):
        return word("cards_per_team_one" if event.cards_per_team == 1 else "cards_per_team", lang, n=event.cards_per_team)
    if isinstance(event, ev.RoundOpened):
        return texts.theme(event.theme_id)
    if isinstance(event, ev.PhaseSkipped):
        return texts.phase_title(event.phase_id)
    if isinstance(event, ev.TimerExtended):
        return word("extra", lang, n=event.minutes)  # "+3 min" would read as a formula
    if isinstance(event, ev.SessionCreated | ev.AgendaSet):
        planned = 60 * sum(minutes for _id, _kind, minutes in event.phases)
        return _labelled(word("length_planned", lang), minutes_text(planned, lang), lang)
    if hasattr(event, "stage"):  # votes revealed
        return _said(event.stage, lang)
    for name in ("text", "name", "lang"):  # takeaways, commitments, a line taken back; a team; a language
        if hasattr(event, name):
            return str(getattr(event, name))
    return ""


def _feedback(event: ev.PhoneFeedbackRecorded, lang: str) -> str:
    """``17 réponses, note moyenne 3,8 sur 5`` / ``17 answers, average rating 3.8 out of 5``."""
    count = len(event.answers)
    average = sum(rating for _token, rating, _theme, _text in event.answers) / count if count else 0.0
    return word("feedback_value_one" if count == 1 else "feedback_value", lang, answers=count,
                average=decimal(average, lang))


class _Clock:
    """What the table keeps from one action to the next: each phase's planned minutes and its play
    so far (pauses left out), and the teams' names (a team removed is named by the name it had)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.planned: dict[str, int] = {}
        self.started: dict[str, float] = {}
        self.paused: dict[str, float] = {}  # seconds paused so far
        self.pause_start: dict[str, float] = {}
        self.names: dict[str, str] = {}

    def value(self, event: Event) -> str | None:
        """The value of an action about time or teams, None for the others (after noting it)."""
        lang = self.lang
        if isinstance(event, ev.SessionCreated | ev.AgendaSet):
            self.planned = {phase_id: minutes for phase_id, _kind, minutes in event.phases}
        elif isinstance(event, ev.TeamAdded | ev.TeamChanged):
            self.names[event.team_id] = event.name
        elif isinstance(event, ev.TeamRemoved):
            return self.names.get(event.team_id, "")
        elif isinstance(event, ev.PhaseStarted):
            self.started[event.phase_id], self.paused[event.phase_id] = event.at, 0.0
            planned = self.planned.get(event.phase_id)
            return "" if planned is None else _labelled(word("length_planned", lang), f"{planned} min", lang)
        elif isinstance(event, ev.TimerPaused):
            self.pause_start[event.phase_id] = event.at
        elif isinstance(event, ev.TimerResumed) and event.phase_id in self.pause_start:
            pause = event.at - self.pause_start.pop(event.phase_id)
            self.paused[event.phase_id] = self.paused.get(event.phase_id, 0.0) + pause
            return _labelled(word("break", lang).lower(), minutes_text(pause, lang), lang)
        elif isinstance(event, ev.PhaseEnded) and event.phase_id in self.started:
            until = self.pause_start.pop(event.phase_id, event.at)  # ended while paused: played until the pause
            played = until - self.started[event.phase_id] - self.paused.get(event.phase_id, 0.0)
            return _labelled(word("length_actual", lang), minutes_text(max(0.0, played), lang), lang)
        return None


def action_rows(events: Iterable[Event], texts: DeckTexts, team_name: Callable[[str], str],
                lang: str = "en", late: frozenset[int] = frozenset()) -> tuple[ActionRow, ...]:
    """The rows of ``events`` (undone ones already removed), each with the phase running at the time;
    the words of the values in ``lang``; ``late``: the debates closed once their time had run out. A debate's action with no card of its own (a vote, an
    argument, the points of the debate) names the debate's card: filtered on ``vote_recorded``, the
    table still says which debate each vote was."""
    rows = []
    phase = ""
    debates: dict[int, str] = {}  # round number -> its debate card
    clock = _Clock(lang)
    for event in events:
        if isinstance(event, ev.PhaseStarted):
            phase = texts.phase_title(event.phase_id)
        if isinstance(event, ev.RoundOpened):
            debates[event.number] = event.card_id
        card = ""
        if getattr(event, "card_id", None):
            card = texts.title(event.card_id)
        elif getattr(event, "scenario_id", None):
            card = texts.scenario_title(event.scenario_id)
        elif getattr(event, "number", None) in debates:
            card = texts.title(debates[event.number])
        value = clock.value(event)
        rows.append(ActionRow(event.at, phase, getattr(event, "team_id", None), event.type, card,
                              _value(event, lang, texts, team_name, late) if value is None else value))
    return tuple(rows)
