"""Why an action was refused, in the interface's language.

The rules raise their refusals in English (the text tests and the command line read). This
catalogue gives each refusal's French, keyed by its English template ("{}" for each value the
rule fills in); ``refusal(message, lang)`` finds the template a message was made from and fills
the French with the same values, in order. A test reads every ``raise`` of ``workshop/`` and
fails while one has no French here.
"""

from __future__ import annotations

import re
from functools import cache

from bataille.words import Catalogue, language

# English template -> (French, English); {0}, {1}… in the French are the values in English order.
_REFUSALS: dict[str, tuple[str, str]] = {t: (fr, t) for t, fr in {
    "A vote is taken 'before' or 'after' the debate, not {}.": "Un vote a lieu « avant » ou « après » le débat, pas {0}.",
    "No phone answered: there is nothing to record.": "Aucun téléphone n’a répondu : il n’y a rien à noter.",
    "No phone sent its feedback: there is nothing to keep.": "Aucun téléphone n’a envoyé d’avis : il n’y a rien à garder.",
    "A phone's vote could not be read (agree, disagree or undecided): no answer was recorded.":
        "Le vote d’un téléphone est illisible (d’accord, pas d’accord ou indécis) : aucune réponse n’a été notée.",
    "A phone's feedback could not be read (a rating from 1 to 5, a theme, a commitment): no feedback was kept.":
        "L’avis d’un téléphone est illisible (une note de 1 à 5, un thème, un engagement) : aucun avis n’a été "
        "gardé.",
    "Cards are already on the timeline: undo the placements to deal again.":
        "Des cartes sont déjà sur la frise : annulez les placements pour distribuer de nouveau.",
    "Deal 1 to 20 cards per team.": "Distribuez de 1 à 20 cartes par équipe.",
    "The deck has {} event cards, {} are needed for {} teams with {} cards each: deal {} cards per team at most.":
        "Le jeu a {0} cartes événement, il en faut {1} pour {2} équipes à {3} cartes : distribuez {4} cartes "
        "par équipe au plus.",
    "The deck has no event card {}: is this the session's deck?":
        "Le jeu n’a pas de carte événement {0} : est-ce bien le jeu de cette séance ?",
    "Deal the timeline cards first.": "Distribuez d’abord les cartes de la frise.",
    "{} does not hold the card {}.": "{0} n’a pas la carte {1} en main.",
    "Place the card in a gap from 0 to {}, not {}.": "Placez la carte à une place de 0 à {0}, pas {1}.",
    "Debate {} is still open: close it before opening another.":
        "Le débat {0} est encore ouvert : closez-le avant d’en ouvrir un autre.",
    "Debate {} ({}) is closed: {} is no longer possible. Undo the closing to reopen it.":
        "Le débat {0} ({1}) est clos : ce n’est plus possible ({2}). Annulez la clôture pour le rouvrir.",
    "Give at least one team a side.": "Donnez un camp à au moins une équipe.",
    "Votes of {} are counts of agree, disagree and undecided.":
        "Les votes de {0} se comptent en d’accord, pas d’accord et indécis.",
    "Record the vote before the debate first: the shift compares the two.":
        "Notez d’abord le vote d’avant le débat : l’évolution compare les deux.",
    "Give the counts of the room, or of each team.": "Donnez les comptes de la salle, ou de chaque équipe.",
    "Nobody voted: enter at least one vote.": "Personne n’a voté : saisissez au moins un vote.",
    "No vote {} the debate has been recorded in round {}.": "Aucun vote ({0} le débat) n’est noté dans le débat {1}.",
    "The vote {} the debate is already shown.": "Le vote ({0} le débat) est déjà affiché.",
    "Say which side {} argues: 'for' or 'against'.": "Dites pour quel camp {0} argumente : « pour » ou « contre ».",
    "The deck has no fact card {}.": "Le jeu n’a pas de carte « fait » {0}.",
    "The fact {} has already been played in round {}.": "La carte « fait » {0} a déjà été jouée dans le débat {1}.",
    "Award a whole number of points, from -1000 to 1000, other than 0.":
        "Donnez un nombre entier de points, de −1000 à 1000, autre que 0.",
    "{} has already started a scenario.": "{0} a déjà commencé un scénario.",
    "The scenario {} has no decision to make.": "Le scénario {0} n’a aucune décision à prendre.",
    "Start a scenario for {} first.": "Commencez d’abord un scénario pour {0}.",
    "{} has made every decision of the scenario.": "{0} a pris toutes les décisions du scénario.",
    "{} is at the decision {}, not {}.": "{0} en est à la décision {1}, pas {2}.",
    "The deck's scenario has no decision {}: is this the session's deck?":
        "Le scénario du jeu n’a pas de décision {0} : est-ce bien le jeu de cette séance ?",
    "A debrief line is a 'takeaway' or a 'commitment', not {}.":
        "Une ligne du bilan est « ce que l’on retient » ou un « engagement », pas {0}.",
    "There is no line {} to take back: {} noted.": "Il n’y a pas de ligne {0} à retirer : {1} notée(s).",
    "No choice's consequence is shown: there is nothing to move on from.":
        "Aucune conséquence de choix n’est affichée : rien à quitter.",
    "The deck has no debate card {}.": "Le jeu n’a pas de carte débat {0}.",
    "The card {} belongs to the theme {}, not {}.": "La carte {0} est du thème {1}, pas {2}.",
    "The deck has no debate card for the theme {}.": "Le jeu n’a pas de carte débat pour le thème {0}.",
    "Open a debate first: {} needs one.": "Ouvrez d’abord un débat : il en faut un ({0}).",
    "A side is 'for' or 'against', not {}.": "Un camp est « pour » ou « contre », pas {0}.",
    "'{}' for {} must be a whole number from 0 to {}, not {}.":
        "« {0} » pour {1} doit être un nombre entier de 0 à {2}, pas {3}.",
    "The deck has no scenario {} (scenarios: {}).": "Le jeu n’a pas de scénario {0} (scénarios : {1}).",
    "The decision {} has no option {} (options: {}).": "La décision {0} n’a pas d’option {1} (options : {2}).",
    "Every theme has had its round: choose a theme or a card.":
        "Chaque thème a eu son débat : choisissez un thème ou une carte.",
    "The deck has no theme {}.": "Le jeu n’a pas de thème {0}.",
    "There is no debate {}.": "Il n’y a pas de débat {0}.",
    "The {} is empty.": "Le texte est vide ({0}).",
    "The {} is {} characters long: keep it under {}.": "Le texte ({0}) fait {1} caractères : restez sous {2}.",
    "The deck speaks {}, not {}.": "Le jeu parle {0}, pas {1}.",
    "Deal 1 to 20 timeline cards per team.": "Distribuez de 1 à 20 cartes de frise par équipe.",
    "Arguments may be 20 to 2000 characters long.": "Un argument fait de 20 à 2000 caractères.",
    "The workshop has started: {} can no longer be changed.":
        "L’atelier a commencé : ce réglage ne peut plus changer ({0}).",
    "The session already speaks {}.": "La séance parle déjà {0}.",
    "Give the team a name.": "Donnez un nom à l’équipe.",
    "A team name has at most {} characters, for the stage to show it whole ({} given).":
        "Un nom d’équipe a au plus {0} caractères, pour que la projection l’affiche en entier ({1} donnés).",
    "A colour is written #RRGGBB, e.g. #1F5FA8 (got {}).": "Une couleur s’écrit #RRVVBB, par exemple #1F5FA8 (reçu {0}).",
    "There is no team {} in this session.": "Il n’y a pas d’équipe {0} dans cette séance.",
    "A session has at most {} teams.": "Une séance a au plus {0} équipes.",
    "{} already has that name and colour.": "{0} a déjà ce nom et cette couleur.",
    "The workshop has already started.": "L’atelier a déjà commencé.",
    "Add {} to {} teams before starting ({} so far).": "Ajoutez de {0} à {1} équipes avant de commencer ({2} pour l’instant).",
    "Start the workshop first (it needs 2 to 8 teams).": "Commencez d’abord l’atelier (il faut de 2 à 8 équipes).",
    "No phase is under way: start one to {}.": "Aucune étape n’est en cours : commencez-en une d’abord ({0}).",
    "The timer is already paused.": "Le minuteur est déjà en pause.",
    "The timer is not paused.": "Le minuteur n’est pas en pause.",
    "Extend a phase by 1 to 60 minutes.": "Prolongez une étape de 1 à 60 minutes.",
    "Choose at least one phase of the agenda.": "Choisissez au moins une étape du programme.",
    "The deck has no agenda to rescale.": "Le jeu n’a pas de programme à ajuster.",
    "A session lasts 1 to 600 minutes, not {}.": "Une séance dure de 1 à 600 minutes, pas {0}.",
    "There is already a team called {}.": "Il y a déjà une équipe appelée {0}.",
    "Every phase of the agenda has been played or skipped.": "Chaque étape du programme a été jouée ou passée.",
    "Phase {} is already under way.": "L’étape {0} est déjà en cours.",
    "Phase {} is already done.": "L’étape {0} est déjà terminée.",
    "The agenda has no phase {}.": "Le programme n’a pas d’étape {0}.",
    "There is no phase left to skip.": "Il ne reste aucune étape à passer.",
    "Phase {} is already {}.": "L’étape {0} est déjà dans l’état {1}.",
    "The agenda has no phase {} (phases: {}).": "Le programme n’a pas d’étape {0} (étapes : {1}).",
    "{} minutes is too short for {} phases: choose fewer phases or more time.":
        "{0} minutes, c’est trop court pour {1} étapes : choisissez moins d’étapes ou plus de temps.",
    "unknown event type {}": "type d’action inconnu {0}",
    "event {} has unexpected data: {}": "l’action {0} contient des données inattendues : {1}",
    "event {} appended after {} events": "action {0} ajoutée après {1} actions",
    "This session was run with the deck {} (version {}), not {}: open it with that deck.":
        "Cette séance a été jouée avec le jeu {0} (version {1}), pas {2} : ouvrez-la avec ce jeu.",
    "There is nothing to undo.": "Il n’y a rien à annuler.",
    "There is nothing to redo.": "Il n’y a rien à rétablir.",
    "{} minutes cannot hold {} phases (1 minute each at least)":
        "{0} minutes ne peuvent pas contenir {1} étapes (1 minute chacune au moins)",
}.items()}
REFUSALS = Catalogue("refusals", _REFUSALS)

# The words some rules put into their refusal (what was being done, a stage, a state), in French.
_VALUES = {
    "recording the phones' votes": "noter les votes des téléphones", "assigning sides": "attribuer les camps",
    "recording a vote": "noter un vote", "revealing a vote": "dévoiler un vote",
    "adding an argument": "ajouter un argument", "playing evidence": "jouer un fait", "closing it": "le clore",
    "argument": "argument", "takeaway": "ce que l’on retient", "commitment": "engagement",
    "the agenda": "le programme", "the rules": "les règles", "the teams": "les équipes",
    "pause its timer": "mettre son minuteur en pause", "resume its timer": "relancer son minuteur",
    "extend its timer": "prolonger son minuteur", "end it": "la terminer",
    "before": "avant", "after": "après", "running": "en cours", "done": "terminée", "skipped": "passée",
    "paused": "en pause", "pending": "à venir",
}


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    found = []
    for template in REFUSALS:
        literal = template.replace("{{", "\0").replace("}}", "\1")
        parts = [re.escape(p.replace("\0", "{").replace("\1", "}")) for p in literal.split("{}")]
        found.append((re.compile("(.+?)".join(parts) + r"\Z", re.S), template))
    return tuple(found)


def refusal(message: str, lang: str) -> str:
    """``message`` (a refusal of the rules, in English) in ``lang``; as it is when no template fits."""
    if language(lang) != "fr":
        return message
    for pattern, template in _patterns():
        found = pattern.match(message)
        if found:
            return REFUSALS.text(template, "fr").format(*(_VALUES.get(v, v) for v in found.groups()))
    return message
