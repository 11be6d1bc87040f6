"""The words of the workshop kit (voting cards, team signs, take-home card, join poster): a catalogue
of ``bataille.words``, French typeset once."""

from __future__ import annotations

from bataille.words import Catalogue

# key -> (French, English)
_KIT: dict[str, tuple[str, str]] = {
    "title": ("Kit de l’atelier", "Workshop kit"),
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
    "take_home": ("À retenir", "To take home"),
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
