"""The session summary as plain data, computed once from the events (or the state) and the deck.

The rows are defined in ``summary_rows`` (and can still be imported from here). Every format
(PDF, Markdown, JSON, CSV) is drawn from this one ``Summary``, so they cannot disagree. Deck
texts are resolved in the summary's language; a card the deck no longer has shows its id.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from bataille.deck.models import DebateCard, Deck, EventCard, FactCard, Source, Text
from bataille.workshop import Event, Session, SessionState
from bataille.workshop import events as ev
from bataille.workshop.flow import is_quick_debate, phase_title
from bataille.workshop.minds import mind_changes, team_tallies
from bataille.workshop.schedule import read_status

from .errors import ExportError
from .summary_actions import action_rows
from .summary_phones import feedback_row
from .summary_rows import (
    ArgumentRow,
    Award,
    ChoiceRow,
    Commitment,
    EvidenceRow,
    IndicatorValue,
    PhaseCut,
    PhaseRow,
    Placement,
    RoundRow,
    ScenarioWalk,
    ShiftResult,
    SourceRow,
    Summary,
    TeamRow,
    TeamTimeline,
    VoteCount,
    VoteResult,
)
from .summary_times import closed_at_time_up
from .summary_words import award_text
from .wording import ExportMessage

_COLOUR = re.compile("#[0-9A-Fa-f]{6}")  # what the charts can draw; another is shown grey

FORMAT = "bataille-summary"
FORMAT_VERSION = 1


class SummaryError(ExportError):
    """The summary cannot be made (another deck than the session's, an unknown format…)."""


def live_events(events: Iterable[Event]) -> list[Event]:
    """The events still in force: those cancelled by an ``undone`` event (and the undos) removed."""
    kept: list[tuple[int, Event]] = []
    for seq, event in enumerate(events):
        if isinstance(event, ev.Undone):
            kept = [(s, e) for s, e in kept if s != event.target]
        else:
            kept.append((seq, event))
    return [e for _, e in kept]


class _Sources:
    """Numbers sources in order of first citation, and remembers where each was cited.

    A source's note is the deck's note on it, wherever the deck gives it: two cards may cite one
    source, one of them with a note ("the report itself was not opened"), and the note is about
    the source, whichever card the session played.
    """

    def __init__(self, deck: Deck | None = None) -> None:
        self._rows: dict[tuple[str, str, int], tuple[int, Source, list[str]]] = {}
        self._notes: dict[tuple[str, str, int], Text] = {}
        for card in deck.cards if deck is not None else ():
            for source in getattr(card, "sources", ()):
                if source.note:
                    self._notes.setdefault((source.url, source.title, source.year), source.note)

    def cite(self, sources: Sequence[Source], where: str) -> tuple[int, ...]:
        numbers = []
        for source in sources:
            key = (source.url, source.title, source.year)
            if key not in self._rows:
                self._rows[key] = (len(self._rows) + 1, source, [])
            number, _, places = self._rows[key]
            if where not in places:
                places.append(where)
            numbers.append(number)
        return tuple(numbers)

    def rows(self, lang: str) -> tuple[SourceRow, ...]:
        return tuple(
            SourceRow(n, s.title, s.publisher.get(lang), s.year, s.url, tuple(places), self._note(s).get(lang), s.lang)
            for n, s, places in sorted(self._rows.values(), key=lambda r: r[0])
        )

    def _note(self, source: Source) -> Text:
        return source.note or self._notes.get((source.url, source.title, source.year), source.note)


class _Deck:
    """The deck's texts in one language, tolerant of cards it no longer has."""

    def __init__(self, deck: Deck | None, lang: str, state: SessionState | None = None) -> None:
        self.deck = deck
        self.lang = lang
        self.state = state  # a quick debate's phase is called so, whatever the deck calls it

    def card(self, card_id: str):
        if self.deck is None:
            return None
        try:
            return self.deck.card(card_id)
        except KeyError:
            return None

    def title(self, card_id: str) -> str:
        card = self.card(card_id)
        return card.title.get(self.lang) if card is not None else card_id

    def theme(self, theme_id: str) -> str:
        return self.deck.theme_name(theme_id, self.lang) if self.deck else theme_id

    def phase_title(self, phase_id: str) -> str:
        return phase_title(self.deck, phase_id, self.lang, self.state)

    def scenario_title(self, scenario_id: str) -> str:
        scenario = self.scenario(scenario_id)
        return scenario.title.get(self.lang) if scenario is not None else scenario_id

    def option(self, scenario_id: str, decision_id: str, option_id: str) -> str:
        """An option's words (``Retour de bâton``), its id when the deck no longer has it."""
        scenario = self.scenario(scenario_id)
        decision = next((d for d in scenario.decisions if d.id == decision_id), None) if scenario else None
        option = next((o for o in decision.options if o.id == option_id), None) if decision else None
        return option.label.get(self.lang) if option is not None else option_id

    def figure(self, card_id: str) -> tuple[str, bool]:
        """A fact card's figure as written and whether it is contested; ``('', False)`` for another card."""
        card = self.card(card_id)
        return (card.figure.get(self.lang), card.contested) if isinstance(card, FactCard) else ("", False)

    def scenario(self, scenario_id: str):
        try:
            return self.deck.scenario(scenario_id) if self.deck else None
        except KeyError:
            return None


def _source_of(value: Session | SessionState | Sequence[Event]
               ) -> tuple[SessionState, list[Event] | None, float | None, frozenset[int]]:
    """The state, its events (None for a state alone), its clock's now, and the debates closed once
    their time had run out (none known from a state alone)."""
    if isinstance(value, Session):
        return value.state, list(value.events), value.now(), closed_at_time_up(value.events)[1]
    if isinstance(value, SessionState):
        return value, None, None, frozenset()
    events = list(value)
    try:
        state, late = closed_at_time_up(events)  # the events folded once
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        # Each event was checked against its own shape when read (workshop/event_check.py); one
        # that does not fit the others (a team or a round that was never there) stops here.
        raise SummaryError(ExportMessage("summary.unreplayable", why=f"{type(exc).__name__}: {str(exc)[:80]}")) from exc
    return state, events, (events[-1].at if events else None), late


def _latest(state: SessionState) -> float:
    """The last moment the state knows of (for a phase still running when there is no clock)."""
    times = [state.created_at]
    for p in state.agenda.phases:
        times += [t for t in (p.started_at, p.ended_at, p.paused_at) if t is not None]
    return max(times)


def build_summary(source: Session | SessionState | Sequence[Event], deck: Deck | None,
                  lang: str | None = None, now: float | None = None) -> Summary:
    """The summary of a session (a live ``Session``, its events, or a state) in ``lang``.

    ``deck`` gives the texts (titles, claims, sources); it must be the session's deck (same id).
    ``now`` ends a phase still running (default: the session's clock, else its last event).
    """
    state, events, clock_now, late = _source_of(source)
    now = now if now is not None else clock_now if clock_now is not None else _latest(state)
    if deck is not None and state.deck_id and deck.id != state.deck_id:
        raise SummaryError(
            f"This session was run with the deck {state.deck_id!r} (version {state.deck_version}), "
            f"not {deck.id!r}: give that deck to make its summary."
        )
    lang = lang or state.lang
    texts = _Deck(deck, lang, state)
    sources = _Sources(deck)
    placements, by_team = _timeline(state, texts, sources)
    awards = None if events is None else _awards(events, lang)
    timeline_points = {t.team_id: t.points for t in by_team}
    ranked = sorted(state.teams, key=lambda t: -t.score)
    teams = tuple(
        TeamRow(t.id, t.name, t.colour if _COLOUR.fullmatch(t.colour) else "#777777", 1 + sum(o.score > t.score for o in ranked), t.score,
                timeline_points.get(t.id, 0), t.score - timeline_points.get(t.id, 0))
        for t in ranked
    )
    phases = tuple(_phase_row(p, texts, now) for p in state.agenda.phases)
    starts = [p.started_at for p in phases if p.started_at is not None]
    ends = [p.ended_at if p.ended_at is not None else now for p in phases if p.started_at is not None]
    actual = max(ends) - min(starts) if starts else None
    return Summary(
        lang=lang,
        created_at=state.created_at,
        deck_id=state.deck_id,
        deck_title=deck.title.get(lang) if deck is not None else state.deck_id,
        deck_version=state.deck_version,
        deck_changed=deck is not None and bool(state.deck_hash) and deck.content_hash != state.deck_hash,
        planned_minutes=state.agenda.minutes,
        actual_seconds=actual,
        phases=phases,
        teams=teams,
        placements=placements,
        timeline_by_team=by_team,
        rounds=tuple(replace(_round_row(r, texts, sources), closed_at_time_up=r.closed and r.number in late)
                     for r in state.rounds),
        scenarios=tuple(_walk(p, texts) for p in state.scenarios),
        awards=awards,
        takeaways=state.debrief.takeaways,
        commitments=tuple(Commitment(t, text) for t, text in state.debrief.commitments),
        sources=sources.rows(lang),
        feedback=feedback_row(state.debrief.phone_feedback, texts.theme),
        actions=None if events is None else action_rows(
            live_events(events), texts, lambda t: state.team(t).name if state.has_team(t) else t, lang, late),
        quick=is_quick_debate(state),
        started_at=min(starts) if starts else None,
        ended_at=max(ends) if starts else None,
        cuts=_cuts(state, deck),
        under_way_at=now if starts and (state.agenda.current or state.agenda.next_pending) else None,
    )


def _cuts(state: SessionState, deck: Deck | None) -> tuple[PhaseCut, ...]:
    """The phases played (ended) before their content was: a debates phase with themes of the deck
    not debated, a scenarios phase with teams that did not take every decision, a timeline phase
    with no card placed (it reads as passed over: ``read_status``). A quick debate's
    one debate is its whole content; without the deck, the themes are not known."""
    if is_quick_debate(state):
        return ()
    cuts = []
    for p in state.agenda.phases:
        if p.status != "done":
            continue
        if p.kind == "debate" and deck is not None:
            themes = [t.id for t in deck.themes if deck.cards_of("debate", t.id)]
            debated = {r.theme_id for r in state.rounds}
            done = sum(t in debated for t in themes)
            if done < len(themes):
                cuts.append(PhaseCut(p.id, "themes", done, len(themes)))
        elif p.kind == "scenario" and state.teams:
            paths = [state.scenario_path(t.id) for t in state.teams]
            done = sum(path is not None and path.finished for path in paths)
            if done < len(paths):
                cuts.append(PhaseCut(p.id, "teams", done, len(paths)))
        elif p.kind == "timeline" and read_status(state, p) == "skipped":
            cuts.append(PhaseCut(p.id, "cards", 0, sum(len(cards) for _team, cards in state.timeline.hands)))
    return tuple(cuts)


def _awards(events: Sequence[Event], lang: str) -> tuple[Award, ...]:
    """The points given or taken, with their reason in ``lang`` (« points donnés à la main » when
    none was typed: the console's +1 / −1). The presses of +1 / −1 for one team in one debate make one
    row, where the first was (two presses, one « +2 »; a press taken back by −1 leaves none); points
    given with a reason keep a row each."""
    rows: list[Award] = []
    by_hand: dict[tuple[str, int | None], int] = {}  # (team, debate) -> its row among ``rows``
    for e in live_events(events):
        if not isinstance(e, ev.PointsAwarded):
            continue
        if e.reason.strip():
            rows.append(Award(e.team_id, e.points, award_text(e.reason, lang), e.number))
        elif (e.team_id, e.number) in by_hand:
            at = by_hand[(e.team_id, e.number)]
            rows[at] = replace(rows[at], points=rows[at].points + e.points)
        else:
            by_hand[(e.team_id, e.number)] = len(rows)
            rows.append(Award(e.team_id, e.points, award_text(e.reason, lang), e.number))
    return tuple(a for i, a in enumerate(rows) if a.points or i not in by_hand.values())


def _phase_row(p, texts: _Deck, now: float) -> PhaseRow:
    paused = p.paused_seconds
    if p.started_at is not None and p.ended_at is None and p.paused_at is not None:
        paused += max(0.0, now - p.paused_at)  # a pause still under way counts until now, as the length does
    return PhaseRow(
        id=p.id, kind=p.kind, title=texts.phase_title(p.id), status=p.status,
        planned_minutes=p.minutes, extra_minutes=p.extra_minutes,
        started_at=p.started_at, ended_at=p.ended_at,
        actual_seconds=p.elapsed(now) if p.started_at is not None else None,
        paused_seconds=paused,
    )


def _timeline(state: SessionState, texts: _Deck, sources: _Sources
              ) -> tuple[tuple[Placement, ...], tuple[TeamTimeline, ...]]:
    placements = []
    for p in state.timeline.placements:
        card = texts.card(p.card_id)
        is_event = isinstance(card, EventCard)
        placements.append(Placement(
            p.team_id, p.card_id, texts.title(p.card_id),
            card.year if is_event else None, card.month if is_event else None,
            p.correct, p.points, p.position, p.final_position,
            sources.cite(card.sources, "timeline") if is_event else (),
        ))
    by_team = tuple(
        TeamTimeline(
            t.id,
            sum(1 for p in placements if p.team_id == t.id and p.correct),
            sum(1 for p in placements if p.team_id == t.id and not p.correct),
            sum(p.points for p in placements if p.team_id == t.id),
        )
        for t in state.teams
    )
    return tuple(placements), by_team


def _vote(rnd, stage: str) -> VoteResult | None:
    vote = rnd.vote(stage)
    if vote is None:
        return None
    by = tuple(VoteCount(who, c.agree, c.disagree, c.undecided) for who, c in vote.by)
    t = vote.total
    answers = Counter(choice for _token, choice in rnd.phone_votes(stage))
    phones = VoteCount("phones", answers["agree"], answers["disagree"], answers["undecided"]) if answers else None
    return VoteResult(VoteCount("total", t.agree, t.disagree, t.undecided), by, rnd.revealed(stage), phones)


def _round_row(rnd, texts: _Deck, sources: _Sources) -> RoundRow:
    card = texts.card(rnd.card_id)
    claim = card.claim.get(texts.lang) if isinstance(card, DebateCard) else ""
    where = f"round-{rnd.number}"
    evidence = []
    for e in rnd.evidence:
        fact = texts.card(e.card_id)
        is_fact = isinstance(fact, FactCard)
        evidence.append(EvidenceRow(
            e.team_id, e.card_id, texts.title(e.card_id),
            fact.figure.get(texts.lang) if is_fact else "",
            sources.cite(fact.sources, where) if is_fact else (),
            contested=is_fact and fact.contested,
        ))
    shift = rnd.shift
    return RoundRow(
        number=rnd.number, theme_id=rnd.theme_id, theme=texts.theme(rnd.theme_id),
        card_id=rnd.card_id, title=texts.title(rnd.card_id), claim=claim, sides=rnd.sides,
        before=_vote(rnd, "before"), after=_vote(rnd, "after"),
        shift=ShiftResult(shift.agree, shift.disagree, shift.undecided, shift.winner) if shift else None,
        arguments=tuple(ArgumentRow(a.team_id, a.side, a.text) for a in rnd.arguments),
        evidence=tuple(evidence), closed=rnd.closed, minds=mind_changes(rnd),
        phone_tallies=tuple((stage, team, c.agree, c.disagree, c.undecided) for stage, team, c in team_tallies(rnd)),
    )


def _walk(path, texts: _Deck) -> ScenarioWalk:
    scenario = texts.scenario(path.scenario_id)
    lang = texts.lang
    names = {i.id: i for i in scenario.indicators} if scenario else {}
    decisions = {d.id: d for d in scenario.decisions} if scenario else {}
    choices = []
    for decision_id, option_id in path.choices:
        decision = decisions.get(decision_id)
        option = next((o for o in decision.options if o.id == option_id), None) if decision else None
        choices.append(ChoiceRow(
            decision_id, decision.title.get(lang) if decision else decision_id,
            option_id, option.label.get(lang) if option else option_id,
            tuple(option.effects) if option else (),
        ))
    indicators = tuple(
        IndicatorValue(i, names[i].name.get(lang) if i in names else i,
                       names[i].start if i in names else 0, value)
        for i, value in path.indicators
    )
    # One epilogue a scenario, reached once its team has taken every decision (as the stage shows
    # it, workshop.state.endings): a path left unfinished has none.
    ending = scenario.epilogue.get(lang).strip() if path.finished and scenario and scenario.epilogue else ""
    return ScenarioWalk(path.team_id, path.scenario_id,
                        scenario.title.get(lang) if scenario else path.scenario_id,
                        tuple(choices), indicators, path.finished, ending)
