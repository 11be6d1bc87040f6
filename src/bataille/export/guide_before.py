"""The guide's page for the evening before: what to print and how many for a room, the two screens,
the phones or not, how the cards reach the teams; and, under the debate's rules, how to fit the
debates into the agenda's time.

The console's words are quoted as the interface says them (ui/translations; a test holds them to
it); the counts come from the deck, the kit and the rules a new session starts with.
"""

from __future__ import annotations

import math

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from bataille.deck.models import Deck
from bataille.words import Catalogue
from bataille.workshop.state import Rules

from .guide_parts import bullets, p, table
from .kit import CHOICES
from .kit_words import kit_word

EXAMPLE_TEAMS = 4  # the kit's default
TEAM_SIZE = 5  # the agenda's "teams of about five"
TAKE_HOME_PER_SHEET = 4  # kit_takeaway: four cards a sheet

_BEFORE: dict[str, tuple[str, str]] = {
    "title": ("Avant l’atelier", "Before the workshop"),
    "intro": (
        "À préparer la veille. Les nombres ci-dessous sont pour {teams} équipes de {size} ({people} "
        "personnes) ; comptez de même pour les vôtres.",
        "To prepare the day before. The numbers below are for {teams} teams of {size} ({people} "
        "people); count the same way for yours.",
    ),
    "what": ("À imprimer", "To print"),
    "how_many": ("Combien", "How many"),
    "example": ("Pour {teams} équipes", "For {teams} teams"),
    "cards": (
        "Les cartes du jeu : {events} événements pour la frise, {facts} faits, {debates} débats",
        "The deck’s cards: {events} events for the timeline, {facts} facts, {debates} debates",
    ),
    "cards_count": ("un seul jeu pour toute la salle", "one deck for the whole room"),
    "cards_example": ("1 jeu", "1 deck"),
    "signs": ("Chevalets d’équipe (kit)", "Team signs (kit)"),
    "signs_count": ("un par équipe", "one per team"),
    "voting": ("Cartes de vote (kit), {choices} par feuille", "Voting cards (kit), {choices} per sheet"),
    "voting_count": (
        "une feuille par personne ; aucune si toute la salle vote par téléphone",
        "one sheet per person; none if the whole room votes from phones",
    ),
    "take_home": ("Carte « {name} » (kit), {per_sheet} par feuille", "“{name}” card (kit), {per_sheet} per sheet"),
    "take_home_count": ("une carte par personne", "one card per person"),
    "sheets": ("{count} feuilles", "{count} sheets"),
    "print": (
        "Imprimer : sur l’écran de démarrage, « Parcourir les cartes », puis « Imprimer les cartes… » "
        "(Ctrl+P), recto verso ou « À plier et coller, recto seul ». Le même dialogue imprime le kit "
        "(« Imprimer le kit de l’atelier au lieu des cartes »). En séance, « Kit de l’atelier… » (menu "
        "Séance) met sur les chevalets les noms et couleurs des équipes, et sur la carte « {name} » les "
        "votes du jour. En ligne de commande : bataille print et bataille kit --teams N --pupils N.",
        "Printing: on the start screen, “Browse the cards”, then “Print Cards…” (Ctrl+P), double-sided "
        "or “Fold and glue, one side”. The same dialog prints the kit (“Print the workshop kit instead "
        "of the cards”). During the session, “Workshop Kit…” (Session menu) puts the teams’ names and "
        "colours on the signs, and the day’s votes on the “{name}” card. On the command line: "
        "bataille print and bataille kit --teams N --pupils N.",
    ),
    "screens": (
        "Deux fenêtres : la console sur votre écran, la scène sur le projecteur. Réglez l’ordinateur en "
        "écran étendu, pas en recopie : la scène s’ouvre en plein écran sur le second écran (un autre : "
        "Préférences… › « Écran de la scène »), et un projecteur branché en cours de séance la reçoit. "
        "Menu Projection : F5 l’affiche, F11 la met en plein écran ou l’en sort. Un projecteur qui "
        "recopie l’écran : F5 puis F11 avant que la salle ne regarde.",
        "Two windows: the console on your screen, the stage on the projector. Set the computer to "
        "extend its display, not mirror it: the stage opens full screen on the second screen (another: "
        "Preferences… › “Stage screen”), and a projector plugged in during the session gets it. Stage "
        "menu: F5 shows it, F11 puts it in or out of full screen. A projector that mirrors the screen: "
        "F5 then F11 before the room looks.",
    ),
    "phones": (
        "Téléphones ou non : la salle peut voter depuis ses téléphones, sur le Wi-Fi de la salle, sans "
        "internet ni compte. Essayez la veille : l’ordinateur sur le réseau principal (un réseau "
        "« invités » isole souvent les appareils) ou un partage de connexion (8 appareils environ) ; "
        "nommez-le dans Préférences… › « Wi-Fi de la salle » ; dans la boîte « Téléphones » de la "
        "console, choisissez l’adresse de l’ordinateur dans « Réseau » et cliquez sur « Téléphones : "
        "désactivés » : la scène montre un QR code et le code de la salle jusqu’à ce que l’atelier "
        "avance, et « Écran pour rejoindre » les y remet. Sans téléphones, chacun lève sa carte de "
        "vote ; les deux se combinent.",
        "Phones or not: the room can vote from its phones, on the room’s Wi-Fi, with no internet and "
        "no account. Try it the day before: the computer on the main network (a “guest” network often "
        "keeps devices apart) or a phone hotspot (about 8 devices); name it in Preferences… › “Room’s "
        "Wi-Fi”; in the console’s “Phones” box, pick the computer’s address under “Network” and click "
        "“Phones: off”: the stage shows a QR code and the room code until the workshop moves on, and "
        "“Join screen on the stage” brings them back. Without phones, everyone holds up a voting card; "
        "the two combine.",
    ),
    "timeline": (
        "Cartes de la frise : la console les distribue ({per_team} par équipe, dans « Cartes par "
        "équipe »), et une carte ouvre la frise. Remettez à chaque équipe les cartes imprimées de sa "
        "main : choisissez l’équipe dans « À jouer » pour voir ses cartes.",
        "Timeline cards: the console deals them ({per_team} a team, under “Cards per team”), and one "
        "card starts the timeline. Hand each team the printed cards of its hand: choose the team under "
        "“Turn” to see its cards.",
    ),
    "facts": (
        "Cartes « fait » : triez-les par thème (chaque carte a la couleur du sien). À l’ouverture d’un "
        "débat, répartissez celles de son thème entre les équipes des deux camps, et reprenez-les à la "
        "fin. Chaque fait apporté au débat est lu à voix haute, source comprise, et vous le "
        "jouez sur la console (« Arguments et faits »). Les cartes débat restent chez vous : la scène projette "
        "l’affirmation. Les chiffres contestés sont marqués sur la carte ; l’annexe des cartes « fait », "
        "en fin de guide, dit ce qui est discuté.",
        "Fact cards: sort them by theme (each card has its theme’s colour). When a debate opens, share "
        "that theme’s among the teams of both sides, and take them back at its end. A fact played is "
        "read aloud, source included, and you play it on the console (“Arguments and evidence”). The "
        "debate cards stay with you: the stage projects the claim. Contested figures are marked on the "
        "card; the fact cards annex, at the end of the guide, says what is disputed.",
    ),
    "timing": (
        "Le temps : {minutes} min pour {themes} thèmes, c’est {each} min par débat, deux votes compris, "
        "trop peu pour préparer et argumenter. Choisissez-en plutôt {few} (10 à 15 min chacun). Le grand "
        "bouton ouvre les thèmes dans l’ordre du jeu ; pour en prendre un autre, choisissez sa carte dans "
        "« Carte », au milieu de la console, puis « Ouvrir le débat ». Après le dernier, « Clore le "
        "débat », puis « Terminer l’étape », dans le programme : la console demande une fois "
        "confirmation, puisque des thèmes n’ont pas été débattus.",
        "Time: {minutes} min for {themes} themes is {each} min a debate, both votes included, too little "
        "to prepare and argue. Choose {few} instead (10 to 15 min each). The large button opens the "
        "themes in the deck’s order; to take another, choose its card under “Card”, in the middle of "
        "the console, then “Open the debate”. After the last one, “Close the debate”, then “End phase”, in "
        "the agenda: the console asks once to confirm, since some themes were not debated.",
    ),
    "or": ("{low} ou {high}", "{low} or {high}"),
    "to": ("{low} à {high}", "{low} to {high}"),
}
BEFORE = Catalogue("guide before the workshop", _BEFORE)
BEFORE_POINTS = ("print", "screens", "phones", "timeline", "facts")


def _say(key: str, lang: str, **fields: object) -> str:
    return BEFORE.text(key, lang).format(**fields)


def before_the_workshop(deck: Deck, lang: str, st) -> list:
    """The section: what to print and how many for an example room, then the screens, the phones
    and the cards' way to the teams."""
    teams, people = EXAMPLE_TEAMS, EXAMPLE_TEAMS * TEAM_SIZE
    take_home = kit_word("take_home", lang)
    head = [p(_say(k, lang, teams=teams), st["cellb"]) for k in ("what", "how_many", "example")]
    rows = [head]
    counted = {
        "cards": (dict(events=len(deck.cards_of("event")), facts=len(deck.cards_of("fact")),
                       debates=len(deck.cards_of("debate"))), _say("cards_example", lang)),
        "signs": ({}, str(teams)),
        "voting": (dict(choices=len(CHOICES)), _say("sheets", lang, count=people)),
        "take_home": (dict(name=take_home, per_sheet=TAKE_HOME_PER_SHEET),
                      _say("sheets", lang, count=math.ceil(people / TAKE_HOME_PER_SHEET))),
    }
    for key, (fields, example) in counted.items():
        rows.append([p(_say(key, lang, **fields), st["cell"]), p(_say(f"{key}_count", lang), st["cell"]),
                     p(example, st["cell"])])
    points = [_say(key, lang, name=take_home, per_team=Rules().timeline_cards_per_team)
              for key in BEFORE_POINTS]
    return [KeepTogether([p(_say("title", lang), st["h1"]),
                          p(_say("intro", lang, teams=teams, size=TEAM_SIZE, people=people), st["body"]),
                          table(rows, [80 * mm, 60 * mm, 30 * mm])]),
            bullets(points, st["body"], led=True)]


def debate_timing(deck: Deck, lang: str) -> str:
    """How to fit the debates into their phase when every theme would leave under 10 minutes a
    debate ("" when they fit, or the agenda has no debates)."""
    minutes = sum(phase.minutes for phase in deck.agenda.phases if phase.kind == "debate") if deck.agenda else 0
    themes = sum(1 for theme in deck.themes if deck.cards_of("debate", theme.id))
    if not minutes or themes < 2 or minutes / themes >= 10:
        return ""
    low = max(1, minutes // 15)
    high = max(low, minutes // 10)
    few = str(low) if high == low else _say("or" if high == low + 1 else "to", lang, low=low, high=high)
    return _say("timing", lang, minutes=minutes, themes=themes, each=minutes // themes, few=few)
