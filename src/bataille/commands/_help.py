"""The commands' help in the user's language: ``bataille --help`` and every command's ``--help``,
and argparse's own words (usage, errors), in French when the command line or the locale says so.

The help texts are written in English where the options are declared; their French is here, keyed
by the English text (a test checks that every help text of every command has its French). argparse
looks its own words up through ``gettext``, which reads only compiled catalogues from disk: for a
few dozen words, :func:`speaking` puts our lookup in argparse's place while the command line is
read, and puts gettext back after. The window's start never comes here (bataille.cli.gui_options).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from ..words import LANGUAGES
from ._words import environment_language

N, S = "\u00a0", "\u202f"  # no-break space (before a colon), narrow no-break space (before ; ? ! %)

HELP_FR = {
    "Bataille IA: a card-game workshop on the stakes of generative AI. Without a command, opens the app.":
        f"Bataille IA{N}: un atelier en jeu de cartes sur les enjeux de l’IA générative. Sans commande, ouvre l’application.",
    "show this help message and exit": "affiche cette aide et s’arrête",
    "show program's version number and exit": "affiche le numéro de version et s’arrête",
    "deck folder to open (default: the deck the app took last time, else the bundled deck), "
    "or for the command to use (default: the bundled deck)":
        f"dossier du jeu à ouvrir (par défaut{N}: celui que l’app a pris la dernière fois, sinon le jeu fourni), "
        f"ou qu’utilise la commande (par défaut{N}: le jeu fourni)",
    "interface and deck language": "langue de l’interface et du jeu",
    "session file (.bataille) to open": "fichier de séance (.bataille) à ouvrir",
    "open the console and stage offscreen on a temporary session, paint them once, print OK":
        "ouvre la console et la projection hors écran sur une séance temporaire, les dessine une fois, écrit OK",
    "write a complete example session (4 teams, every phase), the same for the same --seed; then try `bataille summary` on it (exit 0 ok, 1 failure, 2 usage)":
        f"écrit une séance d’exemple complète (4{N}équipes, toutes les étapes), la même pour le même --seed{S}; essayez ensuite `bataille summary` dessus (sortie 0{N}: réussi, 1{N}: échec, 2{N}: mauvais usage)",
    "print the facilitator's guide as PDF (exit 0 ok, 1 invalid deck or unwritable file, 2 usage)":
        f"imprime le guide de l’animateur en PDF (sortie 0{N}: réussi, 1{N}: jeu invalide ou fichier impossible à écrire, 2{N}: mauvais usage)",
    "add the cards of a CSV file (one column per field and language) to a deck; nothing is written unless every row is good":
        f"ajoute à un jeu les cartes d’un fichier CSV (une colonne par champ et par langue){S}; rien n’est écrit si une ligne ne va pas",
    "print the workshop kit as PDF: voting cards, team signs, the score sheet, the take-home card (and the phones' join poster) (exit 0 ok, 1 failure, 2 usage)":
        f"imprime le kit de l’atelier en PDF{N}: cartes de vote, chevalets d’équipe, la feuille de marque, la carte à emporter (et l’affiche pour rejoindre avec les téléphones) (sortie 0{N}: réussi, 1{N}: échec, 2{N}: mauvais usage)",
    "print the cards as PDF sheets to cut out (exit 0 ok, 1 invalid deck or text too long, 2 usage)":
        f"imprime les cartes en planches PDF à découper (sortie 0{N}: réussi, 1{N}: jeu invalide ou texte trop long, 2{N}: mauvais usage)",
    "list every source of a deck as Markdown, by theme then timeline, or with --older-than the ones to check again (exit 0 ok, 1 invalid deck or unwritable file)":
        f"liste en Markdown toutes les sources d’un jeu, par thème puis frise, ou avec --older-than celles à revérifier (sortie 0{N}: réussi, 1{N}: jeu invalide ou fichier impossible à écrire)",
    "write a session's summary; the format comes from the extension: .pdf, .md (charts as SVG beside it), .json, .csv (one table of every action) or .zip (every table) (exit 0 ok, 1 failure, 2 usage)":
        f"écrit le bilan d’une séance{S}; le format vient de l’extension{N}: .pdf, .md (graphiques en SVG à côté), .json, .csv (un tableau de toutes les actions) ou .zip (tous les tableaux) (sortie 0{N}: réussi, 1{N}: échec, 2{N}: mauvais usage)",
    "check deck folders (default: the bundled deck), and that every card text fits the printed card; exit 0 when valid, 1 when not":
        f"vérifie des dossiers de jeu (par défaut{N}: le jeu fourni), et que chaque texte tient sur la carte imprimée{S}; sortie 0 si valide, 1 sinon",
    "the session file to create (refused if it exists)": "le fichier de séance à créer (refusé s’il existe)",
    "which example (default 0)": "quel exemple (0 par défaut)",
    "number of teams (default 4)": "nombre d’équipes (4 par défaut)",
    "language of the session and of the messages (default: French if the system's language is French or unset, else English)":
        f"langue de la séance et des messages (par défaut{N}: le français si la langue du système est le français ou n’est pas définie, sinon l’anglais)",
    "deck to play (default: the bundled deck); also `bataille --deck PATH example-session …`: given twice, both must name the same deck":
        f"jeu à jouer (par défaut{N}: le jeu fourni){S}; aussi `bataille --deck PATH example-session …`{N}: donné deux fois, les deux doivent nommer le même jeu",
    "deck folder (default: the bundled deck); the same as --deck PATH, before or after the command: given both ways, they must name the same deck":
        f"dossier du jeu (par défaut{N}: le jeu fourni){S}; comme --deck PATH, avant ou après la commande{N}: donné des deux façons, les deux doivent nommer le même jeu",
    "deck folder (default: the bundled deck); also `bataille --deck PATH guide …`: given twice, both must name the same deck":
        f"dossier du jeu (par défaut{N}: le jeu fourni){S}; aussi `bataille --deck PATH guide …`{N}: donné deux fois, les deux doivent nommer le même jeu",
    "the PDF to write (a name ending in .pdf)": "le PDF à écrire (un nom qui finit par .pdf)",
    "paper size (default a4)": "format du papier (a4 par défaut)",
    "paper size of a PDF summary (default a4)": "format du papier d’un bilan en PDF (a4 par défaut)",
    "language of the guide and of the messages (default: French if the system's language is French or unset, else English)":
        f"langue du guide et des messages (par défaut{N}: le français si la langue du système est le français ou n’est pas définie, sinon l’anglais)",
    "the spreadsheet, saved as CSV UTF-8 (a header row first)": "le tableur, enregistré en CSV UTF-8 (une ligne d’en-têtes d’abord)",
    "the deck folder the cards are added to; also `bataille --deck PATH import …`: given twice, both must name the same deck":
        f"le dossier du jeu où ajouter les cartes{S}; aussi `bataille --deck PATH import …`{N}: donné deux fois, les deux doivent nommer le même jeu",
    "language of the messages (default: French if the system's language is French or unset, else English)":
        f"langue des messages (par défaut{N}: le français si la langue du système est le français ou n’est pas définie, sinon l’anglais)",
    "how many team signs, 1 to 8 (default 4). With --session, each of its teams has its sign, and N more than them adds numbered signs (fewer is refused)":
        "combien de chevalets d’équipe, de 1 à 8 (4 par défaut). Avec --session, chacune de ses équipes a le sien, et N plus grand ajoute des chevalets numérotés (moins est refusé)",
    "a session file (only read): its teams' names and colours on the signs, its debates' shifts and key figures on the take-home card (without it: a blank card)":
        f"un fichier de séance (seulement lu){N}: les noms et couleurs de ses équipes sur les chevalets, l’évolution de ses débats et ses chiffres clés sur la carte à emporter (sans lui{N}: une carte vierge)",
    "how many participants, 1 to 60: a sheet of voting cards each (three cards) and a take-home card each (four a sheet); default 1, to photocopy":
        f"combien de participants, de 1 à 60{N}: une planche de cartes de vote chacun (trois cartes) et une carte à emporter chacun (quatre par feuille){S}; 1 par défaut, à photocopier",
    "with the phones on: the address phones open, http://… or https://… (shown on the stage); adds the join poster (needs --room)":
        f"avec les téléphones{N}: l’adresse qu’ils ouvrent, http://… ou https://… (affichée en projection){S}; ajoute l’affiche pour rejoindre (il faut --room)",
    "the room code shown on the stage, for the join poster": "le code de la salle affiché en projection, pour l’affiche",
    "with --join: the room's Wi-Fi, named on the join poster (without it, the poster says \"this room's Wi-Fi\")":
        f"avec --join{N}: le Wi-Fi de la salle, nommé sur l’affiche (sans lui, l’affiche dit «{N}le Wi-Fi de la salle{N}»)",
    "language of the kit and of the messages (default: French if the system's language is French or unset, else English; with --session and no --lang, the kit and its messages are in the session's)":
        f"langue du kit et des messages (par défaut{N}: le français si la langue du système est le français ou n’est pas définie, sinon l’anglais{S}; avec --session et sans --lang, le kit et ses messages sont dans celle de la séance)",
    "the workshop's deck: the score sheet's columns and rows of debates follow its agenda (default: the bundled deck's rows); with --session, the deck the session was run with (default: the session's, else the bundled deck); also `bataille --deck PATH kit …`: given twice, both must name the same deck":
        f"le jeu de l’atelier{N}: les colonnes de la feuille de marque et ses lignes de débats suivent son programme (par défaut{N}: les lignes du jeu fourni){S}; avec --session, le jeu de la séance (par défaut{N}: celui de la séance, sinon le jeu fourni){S}; aussi `bataille --deck PATH kit …`{N}: donné deux fois, les deux doivent nommer le même jeu",
    "deck folder (default: the bundled deck); also `bataille --deck PATH print …`: given twice, both must name the same deck":
        f"dossier du jeu (par défaut{N}: le jeu fourni){S}; aussi `bataille --deck PATH print …`{N}: donné deux fois, les deux doivent nommer le même jeu",
    "grid: cards side by side, backs on the next page (default); fold: fronts and backs on one page, fold along the dashed line, glue, cut (no double-sided printing); shop: one card per page with its bleed, TrimBox and BleedBox, for a print shop":
        f"grid{N}: cartes côte à côte, dos à la page suivante (par défaut){S}; fold{N}: recto et verso sur une page, plier sur les pointillés, coller, découper (sans recto verso){S}; shop{N}: une carte par page avec son fond perdu, TrimBox et BleedBox, pour un imprimeur",
    "paper size (default a4; not for --layout shop)": f"format du papier (a4 par défaut{S}; pas pour --layout shop)",
    "card size: poker 63×88 (default), tarot 70×120, a7 74×105, mini 44×63 (only for decks with short texts: "
    "many of the bundled deck's cards do not fit; `bataille validate --size mini` checks a deck), or WxH in mm such as 60x90":
        f"taille des cartes{N}: poker 63×88 (par défaut), tarot 70×120, a7 74×105, mini 44×63 (seulement pour "
        f"un jeu aux textes courts{N}: beaucoup de celles du jeu fourni n’y tiennent pas{S}; `bataille validate "
        f"--size mini` vérifie un jeu), ou LxH en mm comme 60x90",
    "colour runs this far past the cut line, 0 to 5 mm (default 0; 3 with --layout shop)":
        f"la couleur déborde d’autant au-delà du trait de coupe, de 0 à 5 mm (0 par défaut{S}; 3 avec --layout shop)",
    "no cut marks in the margins": "pas de traits de coupe dans les marges",
    "short: cut marks 5 mm long in the margins (default); edge: cut marks that run to the sheet's edges, to line up a guillotine":
        f"short{N}: traits de coupe de 5 mm dans les marges (par défaut){S}; edge{N}: traits de coupe jusqu’aux bords de la feuille, pour caler un massicot",
    'leave out the 50 mm ruler and "print at 100%%" that every sheet carries in its margin (print-shop pages never have them)':
        f"sans la règle de 50 mm ni « imprimer à 100{S}%% » que chaque planche porte dans sa marge (les pages pour imprimeur ne les ont jamais)",
    "for a black-and-white printer: the backs and the fronts' coloured areas as light tints and outlines, the theme's icon and name kept, the words in dark ink":
        f"pour une imprimante noir et blanc{N}: les versos et les zones colorées des rectos en teintes claires et en contours, l’icône et le nom du thème gardés, les mots à l’encre foncée",
    "double-sided printing: backs page after each fronts page, for a long-edge or short-edge flip; none prints fronts only (default long; grid layout only)":
        f"impression recto verso{N}: une page de dos après chaque page de recto, retournement bord long ou bord court{S}; none imprime les recto seuls (long par défaut{S}; disposition grid seulement)",
    "shift backs by X,Y mm to correct the printer (see --calibration)": "décale les dos de X,Y mm pour corriger l’imprimante (voir --calibration)",
    "print the double-sided page that measures --back-offset, instead of cards": "imprime, au lieu des cartes, la page recto verso qui mesure --back-offset",
    "language of the cards and of the messages (default: French if the system's language is French or unset, else English)":
        f"langue des cartes et des messages (par défaut{N}: le français si la langue du système est le français ou n’est pas définie, sinon l’anglais)",
    "print only this theme's cards (repeatable)": "imprime seulement les cartes de ce thème (répétable)",
    "print only cards of this kind (repeatable)": "imprime seulement les cartes de ce type (répétable)",
    "print only this card, named by its id (repeatable): the card one just edited":
        f"imprime seulement cette carte, nommée par son identifiant (répétable){N}: la carte que l’on vient de modifier",
    "deck folder (default: the bundled deck); also `bataille --deck PATH sources …`: given twice, both must name the same deck":
        f"dossier du jeu (par défaut{N}: le jeu fourni){S}; aussi `bataille --deck PATH sources …`{N}: donné deux fois, les deux doivent nommer le même jeu",
    "write the Markdown to this file (whole or not at all) instead of printing it": "écrit le Markdown dans ce fichier (en entier ou pas du tout) au lieu de l’afficher",
    "language of the page and of the deck's texts (default: French if the system's language is French or unset, else English)":
        f"langue de la page et des textes du jeu (par défaut{N}: le français si la langue du système est le français ou n’est pas définie, sinon l’anglais)",
    "list only the sources to check again: checked more than MONTHS months ago, or never":
        f"liste seulement les sources à revérifier{N}: vérifiées il y a plus de MONTHS mois, ou jamais",
    "the session file (it is only read)": "le fichier de séance (il est seulement lu)",
    "FILE.pdf, FILE.md, FILE.json, FILE.csv (one table of every action) or FILE.zip (every table)":
        "FILE.pdf, FILE.md, FILE.json, FILE.csv (un tableau de toutes les actions) ou FILE.zip (tous les tableaux)",
    "language of the summary (default: the session's)": f"langue du bilan (par défaut{N}: celle de la séance)",
    "the deck the session was run with (default: the session's folder, else the bundled deck); also `bataille --deck PATH summary …`: given twice, both must name the same deck":
        f"le jeu de la séance (par défaut{N}: le dossier de la séance, sinon le jeu fourni){S}; aussi `bataille --deck PATH summary …`{N}: donné deux fois, les deux doivent nommer le même jeu",
    "a deck folder (holding cards/deck.yaml), its cards/ folder or deck.yaml": "un dossier de jeu (avec cards/deck.yaml), son dossier cards/ ou deck.yaml",
    "a deck to check, before the PATHs; also `bataille --deck PATH validate …`: given twice, both are checked":
        f"un jeu à vérifier, avant les PATH{S}; aussi `bataille --deck PATH validate …`{N}: donné deux fois, les deux sont vérifiés",
    "print problems only": "affiche seulement les problèmes",
    "the card size the texts must fit, as `bataille print --size` (default poker, what print uses); none: do not check":
        f"la taille de carte où les textes doivent tenir, comme `bataille print --size` (poker par défaut, celle qu’utilise print){S}; none{N}: ne pas vérifier",
}

# argparse's own words (Python 3.11 to 3.13), for a user; its words for a programmer stay English.
ARGPARSE_FR = {
    "usage: ": f"utilisation{N}: ",
    "positional arguments": f"arguments{N}",  # argparse adds the colon: "arguments :"
    "options": f"options{N}",
    "show this help message and exit": "affiche cette aide et s’arrête",
    "argument %(argument_name)s: %(message)s": f"argument %(argument_name)s{N}: %(message)s",
    "unrecognized arguments: %s": f"arguments inconnus{N}: %s",
    "not allowed with argument %s": "incompatible avec l’argument %s",
    "ignored explicit argument %r": f"valeur ignorée{N}: %r",
    "the following arguments are required: %s": f"ces arguments sont obligatoires{N}: %s",
    "one of the arguments %s is required": "l’un des arguments %s est obligatoire",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ambiguous option: %(option)s could match %(matches)s": f"option ambiguë{N}: %(option)s peut être %(matches)s",
    "unexpected option string: %s": f"option inattendue{N}: %s",
    "invalid %(type)s value: %(value)r": f"valeur invalide{N}: %(value)r (%(type)s attendu)",
    "invalid choice: %(value)r (choose from %(choices)s)": f"choix invalide{N}: %(value)r (au choix{N}: %(choices)s)",
    # "bataille print: …" as the commands' own lines (commands/_words.py): a program's name, a colon
    "%(prog)s: error: %(message)s\n": f"%(prog)s: erreur{N}: %(message)s\n",
    "can't open '%(filename)s': %(error)s": f"impossible d’ouvrir « %(filename)s »{N}: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        f"commande inconnue{N}: %(parser_name)r (au choix{N}: %(choices)s)",
}
ARGPARSE_PLURAL_FR = {"expected %s argument": ("%s valeur est attendue", "%s valeurs sont attendues")}


def language_of(argv: list[str]) -> str:
    """The language of the help and the messages: the last ``--lang`` on the line (``--lang fr`` or
    ``--lang=fr``; a command's own comes after the global one, and wins, as for its messages),
    else the locale's, else French (``environment_language``)."""
    found = None
    for i, item in enumerate(argv):
        name, equals, value = item.partition("=")
        if name == "--lang":
            value = value if equals else (argv[i + 1] if i + 1 < len(argv) else "")
            found = value if value in LANGUAGES else found
    return found or environment_language()


class FrenchHelp(argparse.HelpFormatter):
    """Help texts and descriptions in French (the English when a text has no French yet)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return HELP_FR.get(action.help, action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(HELP_FR.get(text, text))


def formatter(lang: str) -> type[argparse.HelpFormatter]:
    return FrenchHelp if lang == "fr" else argparse.HelpFormatter


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse's own words in ``lang`` while the command line is read (and its errors said)."""
    if lang != "fr":
        yield
        return
    words, plurals = argparse._, argparse.ngettext  # gettext's, put back after
    argparse._ = lambda text: ARGPARSE_FR.get(text, words(text))

    def plural(one: str, many: str, n: int) -> str:
        return ARGPARSE_PLURAL_FR[one][n != 1] if one in ARGPARSE_PLURAL_FR else plurals(one, many, n)

    argparse.ngettext = plural
    try:
        yield
    finally:
        argparse._, argparse.ngettext = words, plurals
