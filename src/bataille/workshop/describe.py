"""One short human line per event, for the console's history and its "Undone — …" message."""

from __future__ import annotations

from bataille.deck.models import Deck
from bataille.words import Catalogue, language

from . import events as ev
from .events import Event
from .flow import is_quick_debate, phase_title
from .state import SessionState

_LINES = Catalogue("history", {
    # type: (French, English); fields come from the event, plus {team}, {card}, {phase}, {theme}.
    # French lines never make a verb agree with {team}, nor put « de » before it: a team's name may be
    # plural and start with an article (« Les Castors » would need « des Castors »).
    ev.SessionCreated: ("Séance créée ({deck_id} {deck_version})", "Session created ({deck_id} {deck_version})"),
    ev.AgendaSet: ("Programme modifié", "Agenda changed"),
    ev.RulesSet: ("Règles modifiées", "Rules changed"),
    ev.LanguageSet: ("Langue : {lang}", "Language: {lang}"),
    ev.TeamAdded: ("Équipe ajoutée : {name}", "Team added: {name}"),
    ev.TeamChanged: ("Équipe renommée : {name}", "Team renamed: {name}"),
    ev.TeamRemoved: ("Équipe retirée : {team}", "Team removed: {team}"),
    ev.SessionStarted: ("Atelier commencé", "Workshop started"),
    ev.PhaseStarted: ("Début : {phase}", "Started: {phase}"),
    ev.TimerPaused: ("Minuteur en pause", "Timer paused"),
    ev.TimerResumed: ("Minuteur relancé", "Timer resumed"),
    ev.TimerExtended: ("{phase} : +{minutes} min", "{phase}: +{minutes} min"),
    ev.PhaseSkipped: ("Étape passée : {phase}", "Phase skipped: {phase}"),
    ev.PhaseEnded: ("Fin : {phase}", "Ended: {phase}"),
    ev.TimelineDealt: ("Cartes de la frise distribuées ({cards_per_team} par équipe)",
                       "Timeline cards dealt ({cards_per_team} per team)"),
    ev.CardPlaced: ("{team} : « {card} » {verdict}, {points:+d}", "{team} placed “{card}”: {verdict}, {points:+d}"),
    ev.RoundOpened: ("Débat {number} : {card}", "Debate {number}: {card}"),
    ev.SidesAssigned: ("Camps attribués (débat {number})", "Sides assigned (debate {number})"),
    ev.VoteRecorded: ("{vote} enregistré (débat {number})", "{vote} recorded (debate {number})"),
    ev.VotesRevealed: ("{vote} dévoilé (débat {number})", "{vote} revealed (debate {number})"),
    ev.PhoneVotesRecorded: ("Votes des téléphones gardés ({stage}, débat {number})",
                             "Phones’ votes kept ({stage}, debate {number})"),
    ev.ArgumentAdded: ("{team} : argument{side_words} « {text} »", "Argument by {team}{side_words}: “{text}”"),
    ev.EvidencePlayed: ("Fait joué par {team} : « {card} »", "{team} played “{card}”"),
    ev.RoundClosed: ("Débat {number} clos", "Debate {number} closed"),
    ev.PointsAwarded: ("{team} : {points:+d} {point_word}", "{team}: {points:+d} {point_word}"),
    ev.ScenarioStarted: ("{team} : début de « {scenario} »", "{team} started “{scenario}”"),
    ev.OptionChosen: ("{team} : choix « {option} » ({decision})", "{team} chose “{option}” ({decision})"),
    ev.ConsequenceLeft: ("{team} : décision suivante", "{team}: next decision"),
    ev.TakeawayAdded: ("Ajouté à ce que l’on retient : « {text} »", "Added to what we take away: “{text}”"),
    ev.CommitmentAdded: ("Engagement ({owner}) : « {text} »", "Commitment ({owner}): “{text}”"),
    ev.DebriefLineRemoved: ("Ligne retirée ({which_words}) : « {text} »", "Line removed ({which_words}): “{text}”"),
    ev.PhoneFeedbackRecorded: ("Avis des téléphones gardés", "Phones’ feedback kept"),
    # An undo said by what it took back (its number is nobody's); a dash, as most lines have a colon.
    ev.Undone: ("Annulé — {what}", "Undone — {what}"),
})
_UNKNOWN_UNDONE = Catalogue("history of an undo", {
    ev.Undone: ("Une action annulée", "An action undone"),  # when the action taken back is not at hand
})
# A redo said by what it recorded again, as the console's status line says it ("Redone — …").
_REDONE = Catalogue("history of a redo", {ev.Undone: ("Rétabli — {what}", "Redone — {what}")})
# A quick debate has one debate: its lines give it no number ("Débat 1" would ask where the second is).
_QUICK_LINES = Catalogue("history of a quick debate", {
    ev.SessionStarted: ("Séance commencée", "Session started"),  # not a workshop
    ev.RoundOpened: ("Débat ouvert : {card}", "Debate opened: {card}"),
    ev.SidesAssigned: ("Camps attribués", "Sides assigned"),
    ev.VoteRecorded: ("{vote} enregistré", "{vote} recorded"),
    ev.VotesRevealed: ("{vote} dévoilé", "{vote} revealed"),
    ev.PhoneVotesRecorded: ("Votes des téléphones gardés ({stage})", "Phones’ votes kept ({stage})"),
    ev.RoundClosed: ("Débat clos", "Debate closed"),
})
# After a scenario's last decision, leaving its consequence shows the room where the future leads.
_ENDING_LINE = Catalogue("history of an ending", {
    ev.ConsequenceLeft: ("{team} : où mène ce futur", "{team}: where this future leads"),
})
# One press that closed a debate and did more (its points given, the next debate opened): said short,
# as one line of the status line holds it at 1366 px; the history keeps each action's own line.
_PRESS = Catalogue("one press said short", {
    "closed_given": ("Débat {number} clos : {given}", "Debate {number} closed: {given}"),
    "given": ("{points:+d} {point_word} à {count} équipes", "{points:+d} {point_word} to {count} teams"),
    "opened": ("Débat {number} ouvert", "Debate {number} opened"),
})
_FIELD_WORDS = Catalogue("history fields", {
    "before": ("avant", "before"), "after": ("après", "after"), "for": ("pour", "for"),
    # A vote named as the stage's boxes name it (« Vote avant le débat », "Vote before the debate"), and as
    # the status line says it is asked to the phones: one name for one vote.
    "vote before": ("Vote avant", "Vote before"), "vote after": ("Vote après", "Vote after"),
    "against": ("contre", "against"), True: ("bien placée", "right place"), False: ("mal placée", "wrong place"),
    "whole room": ("toute la salle", "the whole room"),  # a commitment no team made
    "takeaway": ("ce que l’on retient", "what we take away"), "commitment": ("engagements", "commitments"),
})


def _point_word(points: object, lang: str) -> str:
    """"point" or "points" as the number asks (French keeps the singular for 0 too)."""
    if not isinstance(points, int):
        return "points"
    return "point" if abs(points) == 1 or (lang == "fr" and points == 0) else "points"


_NESTED = {"fr": (("«\u00a0", "“"), ("«\u202f", "“"), ("«", "“"), ("\u00a0»", "”"), ("\u202f»", "”"), ("»", "”")),
           "en": (("“", "‘"), ("”", "’"))}


def _nested(text: str, lang: str) -> str:
    """``text`` set inside the line's own quotes: its quotes become the inner kind (« “…” » in
    French, “ ‘…’ ” in English), so that a title holding a quotation reads as one."""
    for outer, inner in _NESTED[lang]:
        text = text.replace(outer, inner)
    return text


def redone_line(what: str, lang: str = "fr") -> str:
    """``what`` (one action said, or several joined), said as redone: « Rétabli — … »."""
    return _REDONE.text(ev.Undone, language(lang)).format(what=what)


def _side_words(side: str, lang: str, quick: bool) -> str:
    """The side an argument is for, after the word "argument"; nothing in a quick debate, whose two
    camps are the sides themselves ("Pour : argument « … »", not "Pour : argument pour « … »")."""
    if not side or quick:
        return ""
    return f" {side}" if lang == "fr" else f" ({side})"


def describe(event: Event, lang: str = "fr", state: SessionState | None = None,
             deck: Deck | None = None, names: str | None = None, undone: Event | None = None) -> str:
    """A short line saying what ``event`` did, in ``lang``; team, card and phase names come from
    state and deck, in ``names`` (the cards' language, when the console speaks another; ``lang`` by
    default). An undo is said by what it took back: ``undone``, the event it cancelled (a redo, by
    ``redone_line``)."""
    if isinstance(event, ev.Undone):
        if undone is None or isinstance(undone, ev.Undone):
            return _UNKNOWN_UNDONE.text(ev.Undone, language(lang))
        what = describe(undone, lang, state, deck, names)
        return _LINES.text(ev.Undone, language(lang)).format(what=what)
    lang = language(lang)
    names = language(names or lang)
    quick = state is not None and is_quick_debate(state)
    lines = _QUICK_LINES if quick and type(event) in _QUICK_LINES else _LINES
    if getattr(event, "to_ending", False):
        lines = _ENDING_LINE
    template = lines.text(type(event), lang) if type(event) in lines else event.type

    def word(value: object) -> str:
        return _FIELD_WORDS.text(value, lang) if value in _FIELD_WORDS else ("" if value is None else str(value))

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
            scenario = found.title.get(names)
            step = next((d for d in found.decisions if d.id == decision), None)
            if step is not None:  # names, never ids, in the history
                decision = step.title.get(names)
                option = next((o.label.get(names) for o in step.options if o.id == option), option)
        except KeyError:
            pass
    data.update(
        team=team,
        card=_nested(deck.card_title(data.get("card_id", ""), names) if deck else data.get("card_id", ""), lang),
        phase=phase_title(deck, data.get("phase_id", ""), names, state),
        scenario=_nested(scenario, lang),
        decision=decision,
        option=_nested(option, lang),
        stage=word(data.get("stage", "")),
        vote=word(f"vote {data.get('stage', '')}"),
        side=word(data.get("side", "")),
        side_words=_side_words(word(data.get("side", "")), lang, quick),
        text=_nested(str(data.get("text", "")), lang),
        owner=team or word("whole room"),
        which_words=word(data.get("which", "")),
        verdict=word(data["correct"]) if "correct" in data else "",
        point_word=_point_word(data.get("points"), lang),
    )
    try:
        return template.format(**data)
    except (KeyError, ValueError):
        return template


def describe_press(events: list[Event], lang: str = "fr", state: SessionState | None = None,
                   deck: Deck | None = None, names: str | None = None) -> str | None:
    """One press that closed a debate and did more, said short: « Débat 1 clos : +3 points à 3 équipes
    · Débat 2 ouvert » (the points of the debate closed, given to several teams, counted; the next
    debate named by its number, its sides drawn with it left to the history); None for any other
    press, said action by action. ``lang``, ``state``, ``deck``, ``names``: as ``describe``."""
    closed = {e.number for e in events if isinstance(e, ev.RoundClosed)}
    if len(events) < 2 or not closed or any(isinstance(e, ev.Undone) for e in events):
        return None
    lang = language(lang)
    opened = {e.number for e in events if isinstance(e, ev.RoundOpened)}
    quick = state is not None and is_quick_debate(state)
    given: dict[int, dict[int, list[ev.PointsAwarded]]] = {}  # debate -> points -> the awards
    for e in events:
        if isinstance(e, ev.PointsAwarded) and e.number in closed:
            given.setdefault(e.number, {}).setdefault(e.points, []).append(e)
    parts: list[str] = []
    for e in events:
        if isinstance(e, ev.PointsAwarded) and e.number in closed and len(given[e.number][e.points]) > 1:
            continue  # counted on the debate's line
        if isinstance(e, ev.SidesAssigned) and e.number in opened:
            continue  # drawn with the debate opened
        if isinstance(e, ev.RoundClosed) and not quick and any(len(a) > 1 for a in given.get(e.number, {}).values()):
            counted = ", ".join(_PRESS.text("given", lang).format(points=points, count=len(awards),
                                                                  point_word=_point_word(points, lang))
                                for points, awards in given[e.number].items() if len(awards) > 1)
            parts.append(_PRESS.text("closed_given", lang).format(number=e.number, given=counted))
        elif isinstance(e, ev.RoundOpened) and not quick:
            parts.append(_PRESS.text("opened", lang).format(number=e.number))
        else:
            parts.append(describe(e, lang, state, deck, names))
    return " · ".join(parts)
