"""The words of the session summary (headings, labels), in French and English."""

from __future__ import annotations

from datetime import datetime

from bataille.words import MINUS, Catalogue, minus_sign, typeset_french
from bataille.workshop.flow import award_reason
from bataille.workshop.state import shift_verdict

from .wording import day_text

_WORDS: dict[str, tuple[str, str]] = {
    # key: (French, English)
    "title": ("Bilan de séance", "Session summary"),
    "title_quick": ("Bilan du débat", "Debate summary"),  # a quick debate: one debate, not a session
    "date": ("Date", "Date"),
    "deck": ("Jeu de cartes", "Deck"),
    "version": ("version", "version"),
    "under_way": ("Atelier en cours : bilan au {time}", "Workshop under way: summary as of {time}"),
    "deck_changed": ("le jeu a été modifié depuis la séance", "the deck was changed since the session"),
    "length": ("Durée", "Length"),
    "planned": ("Prévu", "Planned"),
    "actual": ("Réel", "Actual"),
    # the session's length (« la durée ») in one line: the adjectives agree with it
    "length_planned": ("prévue", "planned"),
    "length_actual": ("réelle", "actual"),
    "status": ("État", "Status"),
    "phases": ("Déroulé", "Agenda"),
    "phase": ("Phase", "Phase"),
    "pending": ("non jouée", "not played"),
    "running": ("en cours", "under way"),
    "paused": ("en pause", "paused"),
    "done": ("jouée", "played"),
    "skipped": ("passée", "skipped"),
    "extra": ("prolongée de {n} min", "extended by {n} min"),
    # A phase ended before its content was (summary_model._cuts), after « jouée » / "played".
    "cut_themes": ("écourtée : {n} thèmes débattus sur {of}", "cut short: {n} of {of} themes debated"),
    "cut_themes_one": ("écourtée : {n} thème débattu sur {of}", "cut short: {n} of {of} themes debated"),
    # A timeline phase ended with no card placed reads as passed over: « passée, aucune carte posée ».
    "cut_cards": ("aucune carte posée", "no card placed"),
    "cut_teams": ("arrêtée avant la fin des décisions ({n} équipes sur {of} au bout)",
                  "ended before every decision ({n} of {of} teams finished)"),
    "cut_teams_one": ("arrêtée avant la fin des décisions ({n} équipe sur {of} au bout)",
                      "ended before every decision ({n} of {of} teams finished)"),
    # The agenda's breaks: the real length runs from the first phase's start to the last one's end.
    "break": ("Pause", "Break"),
    "break_paused": ("minuteur arrêté pendant « {phase} »", "timer stopped during “{phase}”"),
    "break_between": ("entre « {before} » et « {after} »", "between “{before}” and “{after}”"),
    "breaks_short": ("Courtes pauses", "Short breaks"),
    "breaks_short_where": ("entre les phases ou minuteur arrêté, moins d’une minute chacune",
                           "between phases or timer stopped, under a minute each"),
    "teams": ("Équipes et scores", "Teams and scores"),
    "team": ("Équipe", "Team"),
    "room": ("Salle", "Room"),
    "score": ("Score", "Score"),
    "rank": ("Rang", "Rank"),
    "timeline_points": ("Frise", "Timeline"),
    "award_points": ("Débats et bonus", "Debates and bonuses"),
    "timeline": ("La frise", "The timeline"),
    # The stage's words: a card is placed right or wrong, « bien placée » / « mal placée » (headers
    # count the cards, rows say each one's verdict).
    "right": ("Bien placées", "Right place"),
    "wrong": ("Mal placées", "Wrong place"),
    "points": ("Points", "Points"),
    "placements": ("Cartes posées", "Cards placed"),
    "card": ("Carte", "Card"),
    "year": ("Année", "Year"),
    "verdict": ("Verdict", "Verdict"),
    "placed_right": ("bien placée", "right place"),
    "placed_wrong": ("mal placée", "wrong place"),
    "debates": ("Débats", "Debates"),
    "round": ("Débat {n}", "Debate {n}"),
    "round_one": ("Débat", "Debate"),  # a quick debate's one debate: no number
    # A debate opened, then closed with no vote, no argument, no fact: one line, not three of nothing.
    "untouched": ("{heading} : ouvert, puis clos sans être débattu.", "{heading}: opened, then closed without being debated."),
    "theme": ("Thème", "Theme"),
    "claim": ("Affirmation", "Claim"),
    "sides": ("Camps", "Sides"),
    "camp": ("Camp", "Side"),  # a quick debate's "team": half the room, for or against
    "for": ("Pour", "For"),
    "against": ("Contre", "Against"),
    "votes": ("Votes", "Votes"),
    "before": ("Avant", "Before"),
    "after": ("Après", "After"),
    "shift": ("Évolution", "Shift"),
    "agree": ("D’accord", "Agree"),
    "disagree": ("Pas d’accord", "Disagree"),
    "undecided": ("Indécis", "Undecided"),
    "total": ("Total", "Total"),
    "voters": ("votants", "voters"),
    # Percentage points of the room's shares, never "pts" alone: the teams' scores are in points.
    # English says "pp" (as economists do), explained under the table: "% pts" broke over two lines.
    # French "pts de %" broke over two lines in the PDF's narrow column: « pp » too, explained likewise.
    "pp": ("pp", "pp"),
    "pp_legend": ("pp : points de pourcentage de la salle.", "pp: percentage points of the room."),
    # The stage's verdict (``shift_verdict``), then why: the room reads the same words in both.
    "winner_for_convinced": ("Le camp « pour » a convaincu la salle : sa part a le plus progressé.",
                             "The “for” side convinced the room: its share grew most."),
    "winner_for_held": ("Le camp « pour » a tenu bon : sa part n’a pas bougé, celle du camp « contre » a reculé.",
                        "The “for” side held its ground: its share did not move, the “against” side’s fell."),
    "winner_for_least": ("Le camp « pour » a le moins reculé : les indécis ont gagné sur les deux camps.",
                         "The “for” side lost the least ground: the undecided gained on both sides."),
    "winner_against_convinced": ("Le camp « contre » a convaincu la salle : sa part a le plus progressé.",
                                 "The “against” side convinced the room: its share grew most."),
    "winner_against_held": ("Le camp « contre » a tenu bon : sa part n’a pas bougé, celle du camp « pour » a "
                            "reculé.",
                            "The “against” side held its ground: its share did not move, the “for” side’s fell."),
    "winner_against_least": ("Le camp « contre » a le moins reculé : les indécis ont gagné sur les deux camps.",
                             "The “against” side lost the least ground: the undecided gained on both sides."),
    "winner_tie": ("Égalité : les deux camps ont évolué autant.", "A tie: both sides moved alike."),
    "rounded_off": ("Chaque pourcentage est arrondi à l’unité : leur somme peut faire 99 ou 101 %.",
                    "Each percentage is rounded to the nearest whole number: they may add up to 99 or 101%."),
    # The shift is the difference of the rounded percentages shown (workshop.rules.opinion_shift): its
    # three figures then need not add up to 0 (−26, +27, 0).
    "rounded_shift": ("Chaque pourcentage est arrondi à l’unité : leur somme peut faire 99 ou 101 %, et celle des "
                      "évolutions (leurs écarts) −1 ou +1 plutôt que 0.",
                      "Each percentage is rounded to the nearest whole number: they may add up to 99 or 101%, and "
                      "the shifts (their differences) to −1 or +1 rather than 0."),
    "no_vote": ("Pas de vote enregistré.", "No vote recorded."),
    # A debate closed after its vote before only: a debate is closed only by the facilitator (« Clore
    # le débat », or leaving its phase), who was asked first; one still open says so instead.
    "no_vote_after": ("Clos par l’animateur sans le vote après : l’évolution de l’opinion n’a pas été mesurée.",
                      "Closed early by the facilitator, without the vote after: the shift of opinion was not "
                      "measured."),
    # The same, when the debates phase's time had run out (its clock: planned end, pauses, minutes added)
    # and the facilitator moved on without the vote after.
    "no_vote_after_time_up": ("Clos à la fin du temps, sans le vote après : l’évolution de l’opinion n’a pas été "
                              "mesurée.",
                              "Closed when the time ran out, without the vote after: the shift of opinion was not "
                              "measured."),
    # The table of actions' value of a debate closed: why.
    "closed_time_up": ("clos à la fin du temps", "closed when the time ran out"),
    "closed_by_hand": ("clos par l’animateur avant la fin du temps", "closed by the facilitator before the time ran out"),
    # The table of actions' value of the phones' answers of a vote: their share of the vote recorded
    # next (which counts the whole room), so that a sum of the two does not count the phones twice.
    "phones_share": ("dont {n} par téléphone", "{n} of them by phone"),
    # The facilitator moved the stage past what a team's choice led to: where it went, as the history says.
    "consequence_next": ("décision suivante", "next decision"),
    "consequence_ending": ("où mène ce futur", "where this future leads"),
    # Where a vote's answers came from: the phones' answers the session file kept, the rest typed in
    # the console. Said for every debate once phones answered a vote of the session.
    "origin": ("Provenance des votes", "Where the votes came from"),
    "by_phone": ("{n} par téléphone", "{n} by phone"),
    "by_hand": ("{n} saisis à la main", "{n} typed in by hand"),
    "by_hand_one": ("{n} saisi à la main", "{n} typed in by hand"),
    "by_hand_corrected": ("{phones} par téléphone, total corrigé à la main : {n}",
                          "{phones} by phone, total corrected by hand: {n}"),
    # The shift compares shares: said when they are shares of different numbers of voters.
    "voters_differ": ("{before} {voters} avant, {after} après : les pourcentages ne portent pas sur le même "
                      "nombre de personnes.",
                      "{before} {voters} before, {after} after: the percentages are of different numbers of "
                      "people."),
    "voter": ("votant", "voter"),
    "feedback": ("Avis des téléphones", "Feedback from the phones"),
    "feedback_line": ("Réponses : {answers} ; note moyenne {average} sur 5.",
                      "Answers: {answers}; average rating {average} out of 5."),
    "feedback_theme": ("Le thème qui vous a le plus appris", "The theme that taught most"),
    "feedback_commitments": ("Engagements écrits sur les téléphones", "Commitments written on the phones"),
    "rating": ("Note", "Rating"),
    # The table of actions' values: the feedback as its line counts it, the cards dealt.
    "feedback_value": ("{answers} réponses, note moyenne {average} sur 5",
                       "{answers} answers, average rating {average} out of 5"),
    "feedback_value_one": ("{answers} réponse, note {average} sur 5", "{answers} answer, rating {average} out of 5"),
    "cards_per_team": ("{n} cartes par équipe", "{n} cards per team"),
    "cards_per_team_one": ("{n} carte par équipe", "{n} card per team"),
    # The rules the facilitator set, each as "what = how much" (workshop/state.py's Rules).
    "rule_timeline_cards_per_team": ("cartes de la frise par équipe", "timeline cards per team"),
    "rule_timeline_points_correct": ("points d’une carte bien placée", "points for a card in the right place"),
    "rule_timeline_points_wrong": ("points d’une carte mal placée", "points for a card in the wrong place"),
    "rule_argument_max_chars": ("caractères d’un argument au plus", "characters in an argument at most"),
    "rule_debate_points_won": ("points de chaque équipe du camp gagnant d’un débat",
                               "points to each team of a debate’s winning side"),
    "phone_tallies": ("Téléphones par équipe (d’accord / pas d’accord / indécis)",
                      "Phones by team (agree / disagree / undecided)"),
    "phone_tallies_quick": ("Téléphones par camp (d’accord / pas d’accord / indécis)",
                            "Phones by side (agree / disagree / undecided)"),
    "votes_by_team": ("Votes par équipe (d’accord / pas d’accord / indécis)",
                      "Votes by team (agree / disagree / undecided)"),
    "votes_by_side": ("Votes par camp (d’accord / pas d’accord / indécis)",
                      "Votes by side (agree / disagree / undecided)"),
    "minds": ("Qui a changé d’avis (téléphones)", "Who changed their mind (phones)"),
    "minds_line": ("Téléphones qui ont voté les deux fois : {voters} ; {share} % ont changé d’avis.",
                   "Phones that voted both times: {voters}; {share}% changed their mind."),
    "minds_dead_heat": ("Sur ces votants, l’évolution est de moins de 5 points de % : match nul.",
                        "Among these voters the shift is under 5 percentage points: a dead heat."),
    "minds_head": ("Avant (lignes), après (colonnes)", "Before (rows), after (columns)"),
    "arguments": ("Arguments", "Arguments"),
    "no_arguments": ("Aucun argument noté.", "No argument noted."),
    # "Cartes fait jouées" read as "cards made, played": the kind is not glued to a participle.
    "evidence": ("Faits apportés au débat", "Fact cards played"),
    "no_evidence": ("Aucun fait apporté au débat.", "No fact card played."),
    "open_round": ("débat non clos", "debate not closed"),
    "awards": ("Points attribués", "Points awarded"),
    "reason": ("Motif", "Reason"),
    # the reason of points given with the console's +1 / −1 buttons, which ask for none
    "points_by_hand": ("points donnés à la main", "points given by hand"),
    "scenarios": ("Scénarios 2035", "2035 scenarios"),
    "scenario": ("Scénario", "Scenario"),
    "decision": ("Décision", "Decision"),
    "choice": ("Choix", "Choice"),
    "effects": ("Effets", "Effects"),
    "ending": ("Où mène ce futur", "Where this future leads"),  # the stage's heading over the epilogue
    "indicators": ("Indicateurs finaux", "Final indicators"),
    "indicator": ("Indicateur", "Indicator"),
    "start": ("Départ", "Start"),
    "unfinished": ("parcours inachevé", "scenario not completed"),
    "no_decision": ("Aucune décision prise.", "No decision taken."),
    "debrief": ("Bilan : ce que la salle retient", "Debrief: what the room takes away"),
    "takeaways": ("À retenir", "Takeaways"),
    "commitments": ("Engagements", "Commitments"),
    "whole_room": ("Toute la salle", "The whole room"),
    "none": ("Rien de noté.", "Nothing noted."),
    "sources": ("Sources citées", "Sources cited"),
    "cited_in": ("citée dans", "cited in"),
    "where_timeline": ("la frise", "the timeline"),
    "where_round": ("le débat {n}", "debate {n}"),
    "where_round_one": ("le débat", "the debate"),
    "chart_votes": ("Votes avant et après (% de la salle)", "Votes before and after (% of the room)"),
    "chart_votes_before": ("Vote avant le débat (% de la salle)", "Vote before the debate (% of the room)"),
    "chart_votes_after": ("Vote après le débat (% de la salle)", "Vote after the debate (% of the room)"),
    "chart_scores": ("Scores", "Scores"),
    "chart_indicators": ("Indicateurs finaux des équipes", "The teams’ final indicators"),
    "figures": ("Figures", "Figures"),
    "not_played": ("Cette phase n’a pas été jouée.", "This phase was not played."),
    "footer": ("Bataille IA — bilan de séance", "Bataille IA — session summary"),
    "footer_quick": ("Bataille IA — bilan du débat", "Bataille IA — debate summary"),
    "page": ("page {n}", "page {n}"),
}


WORDS = Catalogue("summary", _WORDS)


def word(key: str, lang: str, **fields: object) -> str:
    """A summary word in ``lang``, with ``{fields}`` filled."""
    text = WORDS.text(key, lang)
    return text.format(**fields) if fields else text


def verdict_key(shift) -> str:
    """The key of a debate's verdict line (a ``Shift`` or the summary's copy of it): the stage's
    words, then why."""
    return f"winner_{shift_verdict(shift)}"


def voters_differ_text(rnd, lang: str) -> str:
    """« 24 votants avant, 15 après : … » when a debate's two votes were not cast by as many voters
    (the shift compares their shares); '' when they were."""
    if not rnd.voters_differ:
        return ""
    before, after = rnd.before.total.total, rnd.after.total.total
    return word("voters_differ", lang, before=before, after=after, voters=word("voter" if before == 1 else "voters", lang))


def origin_text(rnd, lang: str) -> str:
    """« Provenance des votes — avant : 18 par téléphone, 6 saisis à la main ; après : 15 par
    téléphone. »: how many of each vote's answers came from the phones and how many were typed."""
    text = f"{word('origin', lang)} — {(' ; ' if lang == 'fr' else '; ').join(origin_parts(rnd, lang))}."
    return typeset_french(text) if lang == "fr" else text


def origin_parts(rnd, lang: str) -> list[str]:
    """``avant : 18 par téléphone, 6 saisis à la main`` for each vote of a debate, before first."""
    return [labelled(word(stage, lang).lower(), _origin(vote, lang), lang)
            for stage, vote in (("before", rnd.before), ("after", rnd.after)) if vote is not None]


def _origin(vote, lang: str) -> str:
    phones, typed = vote.phones, vote.by_hand
    if typed is None:
        return word("by_hand_corrected", lang, phones=phones.total, n=vote.total.total)
    said = [word("by_phone", lang, n=phones.total)] if phones is not None else []
    if typed or phones is None:
        said.append(word("by_hand_one" if typed == 1 else "by_hand", lang, n=typed))
    return ", ".join(said)


def minutes_text(seconds: float | None, lang: str = "fr") -> str:
    """A duration as a teacher reads it: ``42 min`` or ``1 h 05`` in French; in English always
    minutes, ``96 min``, as the console's English says an agenda's length ("Total: 90 minutes")."""
    if seconds is None:
        return "–"
    minutes = int(round(seconds / 60))
    if minutes < 60 or lang == "en":
        return f"{minutes} min"
    return f"{minutes // 60} h {minutes % 60:02d}"


def to_minute(timestamp: float) -> datetime:
    """A moment in local time, rounded to the nearest minute (09:59:40 is 10:00)."""
    return datetime.fromtimestamp(round(timestamp / 60) * 60)


def date_text(timestamp: float, lang: str) -> str:
    """The day and time of a session, in local time, to the nearest minute (as its length is):
    ``mardi 18 mars 2025, 09:00``; French writes the first of the month ``1er``."""
    when = to_minute(timestamp)
    if lang == "en":
        days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    else:
        days = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    return f"{days[when.weekday()]} {day_text(when.day, when.month, when.year, lang)}, {when:%H:%M}"


def rounding_key(rnd) -> str:
    """The key of the note under a debate's votes whose shares, rounded, do not add up to 100: it
    speaks of the shift row too when there is one (its figures are differences of those shares)."""
    return "rounded_shift" if rnd.shift is not None else "rounded_off"


def no_vote_after_key(rnd) -> str:
    """The key of the line of a debate closed without its vote after: time ran out, or closed early."""
    return "no_vote_after_time_up" if rnd.closed_at_time_up else "no_vote_after"


def votes_title(rnd, lang: str) -> str:
    """A debate's votes chart's title: both votes, or the one the room gave (nobody voted after)."""
    if rnd.before is not None and rnd.after is not None:
        return word("chart_votes", lang)
    return word("chart_votes_after" if rnd.before is None else "chart_votes_before", lang)


def award_text(reason: str, lang: str) -> str:
    """Why points were given, in ``lang``: the flow's own reason (a debate won) in its words, a
    reason typed as typed, and none (the console's +1 / −1 buttons) « points donnés à la main »;
    the summary supplies these words, so that older session files read the same."""
    return award_reason(reason, lang) or word("points_by_hand", lang)


def decimal(value: float, lang: str, places: int = 1) -> str:
    """A number with ``places`` decimals, with a decimal comma in French: ``4,0`` / ``4.0``."""
    text = f"{value:.{places}f}"
    return text if lang == "en" else text.replace(".", ",")


def percent(value: float, lang: str) -> str:
    """A whole percentage: ``52\u202f%`` in French (narrow no-break space), ``52%`` in English.

    The PDF's face has no narrow no-break space: what it draws goes through ``clean_text``, which
    puts a no-break space there instead.
    """
    return f"{round(value)}%" if lang == "en" else f"{round(value)}\u202f%"


def signed(value: float, lang: str = "fr") -> str:
    """A signed number with one decimal at most: ``+12,5`` (French), ``+12.5``, ``−3`` (the true
    minus sign, as the stage writes it), ``0``."""
    if abs(value) < 0.05:
        return "0"
    text = minus_sign(f"{value:+.1f}".removesuffix(".0"))
    return text if lang == "en" else text.replace(".", ",")


def place_text(where: str, lang: str, quick: bool = False) -> str:
    """Where a source was cited (``timeline``, ``round-2``) in words, after « citée dans »:
    ``la frise``, ``le débat 2`` (``the timeline``, ``debate 2``); a quick debate's one debate,
    ``le débat`` (``the debate``)."""
    if where == "timeline":
        return word("where_timeline", lang)
    if where.startswith("round-"):
        return word("where_round_one", lang) if quick else word("where_round", lang, n=where.split("-", 1)[1])
    return where


def round_heading(summary, number: int) -> str:
    """« Débat 3 »; a quick debate's one debate is « Débat », with no number."""
    return word("round_one", summary.lang) if summary.quick else word("round", summary.lang, n=number)


def summary_title(summary, key: str = "title") -> str:
    """The summary's title (``title``) or footer (``footer``): a session's, or a quick debate's."""
    return word(f"{key}_quick" if summary.quick else key, summary.lang)


def labelled(label: str, value: str, lang: str) -> str:
    """``label : value`` with the colon French typography wants (``label: value`` in English)."""
    return typeset_french(f"{label} : {value}") if lang == "fr" else f"{label}: {value}"


def whole(value: int, signed: bool = False) -> str:
    """A whole number for a table cell or a chart: as is up to 7 digits, else short (``2.14e+09``);
    a negative one with the true minus sign (``−7``).

    A session file may hold numbers of 10 digits (workshop/event_check.py), sums of them more; a column
    is a few millimetres wide. Made from the digits, so no number is too large for it.
    """
    digits = str(abs(value))
    sign = MINUS if value < 0 else "+" if signed and value > 0 else ""
    if len(digits) <= 7:
        return sign + digits
    return f"{sign}{digits[0]}.{digits[1:3]}e+{len(digits) - 1:02d}"


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
