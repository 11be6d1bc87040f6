"""Set-up and agenda actions: validate against the state and the deck, return the event to record."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bataille.deck.models import Deck

from . import events as ev
from .agenda import PhasePlan, plan_of, rescale, select
from .errors import AgendaError, NotStartedError, SetupError, TeamError
from .state import Rules, SessionState

MIN_TEAMS, MAX_TEAMS = 2, 8
# The longest team name the stage shows whole at 1280x720 with six teams (three a row in its scores
# strip, one column each on the scenarios' page), in the app's font: "Les Loutres de la 4e B". The
# start screen's editor stops there too. A file written when 40 were taken still opens: its names
# are cut with "…" where they do not fit.
MAX_NAME = 22
# Okabe–Ito colours (told apart by colour-blind eyes too), black swapped for a light pink: the indigo
# #332288 that stood there was 1.5:1 on a score tile (a chip that read as an empty box). The pink is
# 9.8:1 on the tile and stays ΔE00 17 or more from the other seven, seen typically and with a
# deuteranopia or protanopia (Machado 2009; 9.5 with a tritanopia). A session file keeps the colours
# its teams were given (they are in its events).
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#F0B0B8")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def agenda_plan(deck: Deck, minutes: int | None, phase_ids: Sequence[str] | None) -> tuple[PhasePlan, ...]:
    """The deck's agenda limited to ``phase_ids`` and rescaled to ``minutes``, or a SetupError."""
    plan = plan_of(deck.agenda)
    if phase_ids is not None:
        try:
            plan = select(plan, phase_ids)
        except KeyError as exc:
            known = ", ".join(p[0] for p in plan_of(deck.agenda)) or "none"
            raise SetupError(f"The agenda has no phase {exc.args[0]!r} (phases: {known}).") from None
        if not plan:
            raise SetupError("Choose at least one phase of the agenda.")
    if minutes is not None:
        if not plan:
            raise SetupError("The deck has no agenda to rescale.")
        if not 1 <= minutes <= 600:
            raise SetupError(f"A session lasts 1 to 600 minutes, not {minutes}.")
        try:
            plan = rescale(plan, minutes)
        except ValueError:
            raise SetupError(
                f"{minutes} minutes is too short for {len(plan)} phases: choose fewer phases or more time."
            ) from None
    return plan


def create(deck: Deck, now: float, lang: str, minutes: int | None,
           phase_ids: Sequence[str] | None, rules: Rules) -> ev.SessionCreated:
    """The first event of a session: the deck it runs on, its language, agenda and rules."""
    _check_lang(deck, lang)
    _check_rules(rules)
    return ev.SessionCreated(
        at=now, deck_id=deck.id, deck_version=deck.version, deck_hash=deck.content_hash,
        lang=lang, phases=agenda_plan(deck, minutes, phase_ids), rules=rules.to_pairs(),
        deck_folder=_deck_folder(deck),
    )


def _deck_folder(deck: Deck) -> str:
    """Where a deck of the user's own is ("" for the bundled deck, found without being told)."""
    from bataille.deck import bundled_deck_path

    if not deck.root.is_absolute() or deck.root.resolve() == bundled_deck_path().resolve():
        return ""
    return str(deck.root)


def _check_lang(deck: Deck, lang: str) -> None:
    if deck.languages and lang not in deck.languages:
        raise SetupError(f"The deck speaks {', '.join(deck.languages)}, not {lang!r}.")


def _check_rules(rules: Rules) -> None:
    if not 1 <= rules.timeline_cards_per_team <= 20:
        raise SetupError("Deal 1 to 20 timeline cards per team.")
    if not 20 <= rules.argument_max_chars <= 2000:
        raise SetupError("Arguments may be 20 to 2000 characters long.")


def _before_start(state: SessionState, what: str, error: type[Exception] = SetupError) -> None:
    if state.started:
        raise error(f"The workshop has started: {what} can no longer be changed.")


def set_agenda(state: SessionState, deck: Deck, now: float, minutes: int | None,
               phase_ids: Sequence[str] | None) -> ev.AgendaSet:
    """Check the new agenda (before the start) and return its AgendaSet event."""
    _before_start(state, "the agenda")
    return ev.AgendaSet(at=now, phases=agenda_plan(deck, minutes, phase_ids))


def set_rules(state: SessionState, now: float, rules: Rules) -> ev.RulesSet:
    """Check the rules may still change (before the start) and return the RulesSet event."""
    _before_start(state, "the rules")
    _check_rules(rules)
    return ev.RulesSet(at=now, rules=rules.to_pairs())


def set_language(state: SessionState, deck: Deck, now: float, lang: str) -> ev.LanguageSet:
    """Check ``lang`` is a language of the deck and return the LanguageSet event."""
    _check_lang(deck, lang)
    if lang == state.lang:
        raise SetupError(f"The session already speaks {lang!r}.")
    return ev.LanguageSet(at=now, lang=lang)


def _clean_name(state: SessionState, name: str, team_id: str | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise TeamError("Give the team a name.")
    if len(name) > MAX_NAME:
        raise TeamError(f"A team name has at most {MAX_NAME} characters, for the stage to show it whole "
                        f"({len(name)} given).")
    for team in state.teams:
        if team.id != team_id and team.name.casefold() == name.casefold():
            raise TeamError(f"There is already a team called {team.name!r}.")
    return name


def _check_colour(colour: str) -> str:
    if not _COLOUR.match(colour):
        raise TeamError(f"A colour is written #RRGGBB, e.g. #1F5FA8 (got {colour!r}).")
    return colour.upper()


def team_of(state: SessionState, team_id: str) -> str:
    """``team_id`` if the session has that team, else a TeamError."""
    if not state.has_team(team_id):
        raise TeamError(f"There is no team {team_id!r} in this session.")
    return team_id


def add_team(state: SessionState, now: float, name: str, colour: str | None) -> ev.TeamAdded:
    """Check a team may join (before the start, 8 at most, a fresh name) and return TeamAdded."""
    _before_start(state, "the teams", TeamError)
    if len(state.teams) >= MAX_TEAMS:
        raise TeamError(f"A session has at most {MAX_TEAMS} teams.")
    name = _clean_name(state, name)
    if colour is None:
        used = {t.colour for t in state.teams}
        colour = next((c for c in PALETTE if c not in used), PALETTE[0])
    return ev.TeamAdded(at=now, team_id=f"team-{state.next_team_number}", name=name,
                        colour=_check_colour(colour))


def rename_team(state: SessionState, now: float, team_id: str, name: str | None,
                colour: str | None) -> ev.TeamChanged:
    """Check the new name and/or colour of ``team_id`` and return TeamChanged."""
    team = state.team(team_of(state, team_id))
    new_name = team.name if name is None else _clean_name(state, name, team_id)
    new_colour = team.colour if colour is None else _check_colour(colour)
    if (new_name, new_colour) == (team.name, team.colour):
        raise TeamError(f"{team.name!r} already has that name and colour.")
    return ev.TeamChanged(at=now, team_id=team_id, name=new_name, colour=new_colour)


def remove_team(state: SessionState, now: float, team_id: str) -> ev.TeamRemoved:
    """Check ``team_id`` may leave (before the start) and return TeamRemoved."""
    _before_start(state, "the teams", TeamError)
    return ev.TeamRemoved(at=now, team_id=team_of(state, team_id))


def start(state: SessionState, now: float) -> ev.SessionStarted:
    """Check the workshop can begin (2 to 8 teams, not started yet) and return SessionStarted."""
    if state.started:
        raise NotStartedError("The workshop has already started.")
    if not MIN_TEAMS <= len(state.teams) <= MAX_TEAMS:
        raise TeamError(f"Add {MIN_TEAMS} to {MAX_TEAMS} teams before starting ({len(state.teams)} so far).")
    return ev.SessionStarted(at=now)


def require_started(state: SessionState) -> None:
    """A NotStartedError unless the workshop has started."""
    if not state.started:
        raise NotStartedError("Start the workshop first (it needs 2 to 8 teams).")


def start_phase(state: SessionState, now: float, phase_id: str | None) -> ev.PhaseStarted:
    """Check ``phase_id`` (default: the next pending phase) can start and return PhaseStarted."""
    require_started(state)
    if phase_id is None:
        phase = state.agenda.next_pending
        if phase is None:
            raise AgendaError("Every phase of the agenda has been played or skipped.")
    else:
        phase = _phase(state, phase_id)
        if phase.status in ("running", "paused"):
            raise AgendaError(f"Phase {phase_id!r} is already under way.")
        if phase.status == "done":
            raise AgendaError(f"Phase {phase_id!r} is already done.")
    return ev.PhaseStarted(at=now, phase_id=phase.id)


def _phase(state: SessionState, phase_id: str):
    try:
        return state.agenda.phase(phase_id)
    except KeyError:
        raise AgendaError(f"The agenda has no phase {phase_id!r}.") from None


def _current(state: SessionState, doing: str):
    require_started(state)
    phase = state.agenda.current
    if phase is None:
        raise AgendaError(f"No phase is under way: start one to {doing}.")
    return phase


def pause_timer(state: SessionState, now: float) -> ev.TimerPaused:
    """Check the current phase is running and return TimerPaused."""
    phase = _current(state, "pause its timer")
    if phase.status == "paused":
        raise AgendaError("The timer is already paused.")
    return ev.TimerPaused(at=now, phase_id=phase.id)


def resume_timer(state: SessionState, now: float) -> ev.TimerResumed:
    """Check the current phase is paused and return TimerResumed."""
    phase = _current(state, "resume its timer")
    if phase.status != "paused":
        raise AgendaError("The timer is not paused.")
    return ev.TimerResumed(at=now, phase_id=phase.id)


def extend_timer(state: SessionState, now: float, minutes: int) -> ev.TimerExtended:
    """Check ``minutes`` may be added to the current phase and return TimerExtended."""
    phase = _current(state, "extend its timer")
    if not isinstance(minutes, int) or not 1 <= minutes <= 60:
        raise AgendaError("Extend a phase by 1 to 60 minutes.")
    return ev.TimerExtended(at=now, phase_id=phase.id, minutes=minutes)


def skip_phase(state: SessionState, now: float, phase_id: str | None) -> ev.PhaseSkipped:
    """Check ``phase_id`` (default: the current, else the next pending phase) can be skipped; return PhaseSkipped."""
    require_started(state)
    if phase_id is None:
        phase = state.agenda.current or state.agenda.next_pending
        if phase is None:
            raise AgendaError("There is no phase left to skip.")
    else:
        phase = _phase(state, phase_id)
        if phase.status in ("done", "skipped"):
            raise AgendaError(f"Phase {phase_id!r} is already {phase.status}.")
    return ev.PhaseSkipped(at=now, phase_id=phase.id)


def end_phase(state: SessionState, now: float) -> ev.PhaseEnded:
    """Check a phase is under way and return its PhaseEnded event."""
    return ev.PhaseEnded(at=now, phase_id=_current(state, "end it").id)
