"""One short human line per event, for the console's history and its "Undone: …" message."""

from __future__ import annotations

from bataille.deck.models import Deck

from .events import Event
from .state import SessionState

_LINES: dict[str, tuple[str, str]] = {
    # type: (French, English); fields come from the event, plus {team}, {card}, {phase}, {theme}.
    "session_created": ("Séance créée ({deck_id} {deck_version})", "Session created ({deck_id} {deck_version})"),
    "agenda_set": ("Programme modifié", "Agenda changed"),
    "rules_set": ("Règles modifiées", "Rules changed"),
    "language_set": ("Langue : {lang}", "Language: {lang}"),
    "team_added": ("Équipe ajoutée : {name}", "Team added: {name}"),
    "team_changed": ("Équipe renommée : {name}", "Team renamed: {name}"),
    "team_removed": ("Équipe retirée : {team}", "Team removed: {team}"),
    "session_started": ("Atelier commencé", "Workshop started"),
    "phase_started": ("Début : {phase}", "Started: {phase}"),
    "timer_paused": ("Minuteur en pause", "Timer paused"),
    "timer_resumed": ("Minuteur relancé", "Timer resumed"),
    "timer_extended": ("{phase} : +{minutes} min", "{phase}: +{minutes} min"),
    "phase_skipped": ("Étape passée : {phase}", "Phase skipped: {phase}"),
    "phase_ended": ("Fin : {phase}", "Ended: {phase}"),
    "timeline_dealt": ("Cartes de la frise distribuées ({cards_per_team} par équipe)",
                       "Timeline cards dealt ({cards_per_team} per team)"),
    "card_placed": ("{team} place « {card} » : {verdict}, {points:+d}", "{team} placed “{card}”: {verdict}, {points:+d}"),
    "round_opened": ("Débat {number} : {card}", "Debate {number}: {card}"),
    "sides_assigned": ("Camps attribués (débat {number})", "Sides assigned (debate {number})"),
    "vote_recorded": ("Vote {stage} enregistré (débat {number})", "Vote {stage} recorded (debate {number})"),
    "votes_revealed": ("Vote {stage} dévoilé (débat {number})", "Vote {stage} revealed (debate {number})"),
    "phone_votes_recorded": ("Votes des téléphones gardés ({stage}, débat {number})",
                             "Phones’ votes kept ({stage}, debate {number})"),
    "argument_added": ("Argument de {team} ({side})", "Argument by {team} ({side})"),
    "evidence_played": ("{team} joue « {card} »", "{team} played “{card}”"),
    "round_closed": ("Débat {number} clos", "Debate {number} closed"),
    "points_awarded": ("{team} : {points:+d} point(s)", "{team}: {points:+d} point(s)"),
    "scenario_started": ("{team} commence « {scenario} »", "{team} started “{scenario}”"),
    "option_chosen": ("{team} choisit « {option} » ({decision})", "{team} chose “{option}” ({decision})"),
    "takeaway_added": ("Enseignement noté", "Takeaway noted"),
    "commitment_added": ("Engagement noté", "Commitment noted"),
    "phone_feedback_recorded": ("Avis des téléphones gardés", "Phones’ feedback kept"),
    "undone": ("Annulation de l'action n° {target}", "Undo of action #{target}"),
}
_WORDS = {
    "fr": {"before": "avant", "after": "après", "for": "pour", "against": "contre", True: "juste", False: "à déplacer"},
    "en": {"before": "before", "after": "after", "for": "for", "against": "against", True: "right", False: "moved"},
}


def _card_title(deck: Deck | None, card_id: str, lang: str) -> str:
    try:
        return deck.card(card_id).title.get(lang) if deck else card_id
    except KeyError:
        return card_id


def _phase_title(deck: Deck | None, phase_id: str, lang: str) -> str:
    if deck and deck.agenda:
        for phase in deck.agenda.phases:
            if phase.id == phase_id:
                return phase.title.get(lang)
    return phase_id


def describe(event: Event, lang: str = "fr", state: SessionState | None = None,
             deck: Deck | None = None) -> str:
    """A short line saying what ``event`` did; team, card and phase names come from state and deck."""
    lang = "fr" if lang == "fr" else "en"
    template = _LINES.get(event.type, (event.type, event.type))[0 if lang == "fr" else 1]
    words = _WORDS[lang]
    data = dict(event.payload())
    team_id = data.get("team_id")
    team = team_id or ""
    if state is not None and team_id and state.has_team(team_id):
        team = state.team(team_id).name
    scenario = data.get("scenario_id", "")
    decision, option = data.get("decision_id", ""), data.get("option_id", "")
    if deck is not None and scenario:
        try:
            found = deck.scenario(scenario)
            scenario = found.title.get(lang)
            step = next((d for d in found.decisions if d.id == decision), None)
            if step is not None:  # names, never ids, in the history
                decision = step.title.get(lang)
                option = next((o.label.get(lang) for o in step.options if o.id == option), option)
        except KeyError:
            pass
    data.update(
        team=team,
        card=_card_title(deck, data.get("card_id", ""), lang),
        phase=_phase_title(deck, data.get("phase_id", ""), lang),
        scenario=scenario,
        decision=decision,
        option=option,
        stage=words.get(data.get("stage"), data.get("stage", "")),
        side=words.get(data.get("side"), data.get("side", "")),
        verdict=words.get(data.get("correct"), ""),
    )
    try:
        return template.format(**data)
    except (KeyError, ValueError):
        return template
