"""The words of the workshop kit (voting cards, team signs, score sheet, take-home card, join poster):
a catalogue of ``bataille.words``, French typeset once. The score sheet names the console's controls
as the console's translations name them (tests/export/test_kit_tally.py reads them there)."""

from __future__ import annotations

from bataille.words import Catalogue

# key -> (French, English)
_KIT: dict[str, tuple[str, str]] = {
    "title": ("Kit de l’atelier", "Workshop kit"),
    "doc_title": ("Kit de l’atelier — Bataille IA", "Workshop kit — Bataille IA"),
    "doc_subject": ("Cartes de vote, chevalets d’équipe, feuille de marque et cartes à emporter : sur {paper}, "
                    "recto seul",
                    "Voting cards, team signs, score sheet and take-home cards: on {paper}, single-sided"),
    "agree": ("D’accord", "Agree"),
    "disagree": ("Pas d’accord", "Disagree"),
    "undecided": ("Indécis", "Undecided"),
    "voting_cut": ("Cartes de vote : une feuille par participant. Découpez le long des tirets ; "
                   "on lève la carte de son choix.",
                   "Voting cards: one sheet per participant. Cut along the dashes; hold up the "
                   "card of your choice."),
    "team": ("Équipe {number}", "Team {number}"),
    "sign_fold": ("Pliez le long des tirets, imprimé à l’extérieur, et posez le chevalet sur la table",
                  "Fold along the dashes, printed side out, and stand the sign on the table"),
    "tally_title": ("Feuille de marque", "Score sheet"),
    "tally_for": ("Pour l’animateur, si le vidéoprojecteur ou l’ordinateur lâche, ou pour une séance sans "
                  "téléphones : notez ici les points et les votes.",
                  "For the facilitator, if the projector or the laptop fails, or for a session without phones: "
                  "keep the points and the votes here."),
    "tally_scores": ("Points des équipes", "Team scores"),
    "tally_team": ("Équipe", "Team"),
    "tally_total": ("Total", "Total"),
    "tally_timeline": ("Frise", "Timeline"),  # the phases' names when there is no agenda to read them from
    "tally_debates": ("Débats", "Debates"),
    "tally_votes": ("Votes des débats", "Debate votes"),
    "tally_votes_more": ("Votes des débats (suite)", "Debate votes (continued)"),
    "tally_debate": ("Débat {number} :", "Debate {number}:"),
    "tally_before": ("Vote avant le débat", "Vote before the debate"),
    "tally_after": ("Vote après le débat", "Vote after the debate"),
    "tally_shift": ("Évolution", "Shift"),
    "tally_shift_hint": ("après − avant, camp gagnant", "after − before, winning side"),
    "tally_console": ("Console revenue, pour chaque débat : « Ouvrir le débat », tapez chaque vote dans le cadre "
                      "du même nom puis « Enregistrer (caché) », et « Clore le débat » : ses points vont au camp "
                      "gagnant.",
                      "Back at the console, for each debate: “Open the debate”, type each vote in the box of the "
                      "same name, then “Record (hidden)”, and “Close the debate”: its points go to the winning side."),
    "tally_keep": ("Les autres points : cliquez l’équipe dans « Équipes et scores », puis « +1 point » autant de "
                   "fois qu’il faut. Sans console, gardez cette feuille : elle fait foi.",
                   "The other points: click the team in “Teams and scores”, then “+1 point” as often as needed. "
                   "Without the console, keep this sheet: it is the record."),
    "take_home": ("À retenir", "To take home"),
    "take_home_workshop": ("Atelier :", "Workshop:"),  # a line to write on, on the blank card
    "take_home_date": ("Date :", "Date:"),
    "take_home_cut": ("Quatre cartes à emporter par feuille : découpez le long des tirets.",
                      "Four take-home cards per sheet: cut along the dashes."),
    "debates": ("Les débats : « d’accord » avant → après", "The debates: “agree” before → after"),
    "figures": ("Chiffres clés", "Key figures"),
    "blank_debate": ("Un débat qui m’a fait réfléchir :", "A debate that made me think:"),
    "blank_figure": ("Un chiffre que je retiens :", "A figure I will remember:"),
    "commitment": ("Mon engagement :", "My commitment:"),
    "join_title": ("Votez avec votre téléphone", "Vote from your phone"),
    "join_wifi": ("1. Rejoignez le Wi-Fi de la salle", "1. Join this room’s Wi-Fi"),
    "join_wifi_named": ("1. Rejoignez le Wi-Fi « {wifi} »", "1. Join the Wi-Fi “{wifi}”"),
    "join_scan": ("2. Scannez le code, ou ouvrez :", "2. Scan the code, or open:"),
    "join_room": ("Salle {code}", "Room {code}"),
    "join_note": ("Aucun compte, rien d’installé : la page s’ouvre dans le navigateur du téléphone.",
                  "No account, nothing to install: the page opens in the phone’s browser."),
}

KIT_WORDS = Catalogue("kit", _KIT)


def kit_word(key: str, lang: str, **fields: object) -> str:
    """One of the kit's words in ``lang``, fields filled in."""
    text = KIT_WORDS.text(key, lang)
    return text.format(**fields) if fields else text
