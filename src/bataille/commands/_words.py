"""The commands' own lines, French first, English complete (a catalogue of ``bataille.words``).

What a command says itself (what it wrote, why it refused a command line, what it did not do)
is here; the deck's problems, the exporter's and the session file's messages come from their own
catalogues. A line is in the language of ``--lang`` (before or after the command's name), else
the locale's (LC_ALL, LC_MESSAGES, LANG), else French: ``lang_of(args)``. An error line starts with
``bataille COMMAND: `` in both languages, as a program's name does. The help (``--help``) and
argparse's own words ("invalid choice", "the following arguments are required") follow the same
language: ``commands/_help.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping

from ..words import Catalogue, Message, language

_LINES: dict[str, tuple[str, str]] = {
    # a deck that cannot be read, and what was not done because of it
    "deck.problems.one": ("{deck} : {count} problème dans le jeu ; {outcome}",
                          "{deck}: {count} problem in the deck; {outcome}"),
    "deck.problems.many": ("{deck} : {count} problèmes dans le jeu ; {outcome}",
                           "{deck}: {count} problems in the deck; {outcome}"),
    "outcome.print": ("rien n’a été imprimé", "nothing printed"),
    "outcome.guide": ("aucun guide n’a été écrit", "no guide written"),
    "outcome.sources": ("aucune source n’a été listée", "no sources listed"),
    "outcome.kit": ("aucun kit n’a été écrit", "no kit written"),
    "outcome.summary": ("aucun bilan n’a été écrit", "no summary written"),
    "outcome.session": ("aucune séance n’a été écrite", "no session written"),
    # the deck a session was run with
    "deck.gone": ("note : le jeu de la séance était dans {folder}, qui n’existe plus (déplacé ?) ; essai avec "
                  "le jeu fourni ; indiquez-en un autre avec --deck DOSSIER.",
                  "note: the session’s deck was in {folder}, which is gone (moved?); trying the bundled deck; "
                  "give --deck PATH to choose another."),
    "deck.replaced": ("note : la séance a été jouée avec le jeu {played}, et {folder} contient maintenant le jeu "
                      "{found} ; essai avec le jeu fourni ; indiquez-en un autre avec --deck DOSSIER.",
                      "note: the session was run with the deck {played}, and {folder} now holds the deck {found}; "
                      "trying the bundled deck; give --deck PATH to choose another."),
    "deck.changed": ("note : le jeu {deck} de {root} a changé depuis la séance ; le bilan prend ses textes tels "
                     "qu’ils sont maintenant.",
                     "note: the deck {deck} at {root} changed since the session; the summary uses its texts as "
                     "they are now."),
    "deck.two": ("deux jeux différents indiqués, {first} et {second} : indiquez le jeu une seule fois, comme DECK "
                 "ou avec --deck (avant ou après la commande)",
                 "two different decks given, {first} and {second}: give the deck once, as DECK or with --deck "
                 "(before or after the command)"),
    # a PDF under another name
    "pdf.print": ("{name} : les cartes s’écrivent en .pdf — choisissez un fichier qui finit par .pdf ({stem}.pdf).",
                  "{name}: the cards are written as .pdf — choose a file ending in .pdf ({stem}.pdf)."),
    "pdf.kit": ("{name} : le kit s’écrit en .pdf — choisissez un fichier qui finit par .pdf ({stem}.pdf).",
                "{name}: the kit is written as .pdf — choose a file ending in .pdf ({stem}.pdf)."),
    "pdf.guide": ("{name} : le guide s’écrit en .pdf — choisissez un fichier qui finit par .pdf ({stem}.pdf).",
                  "{name}: the guide is written as .pdf — choose a file ending in .pdf ({stem}.pdf)."),
    "output.folder_is_file": ("Impossible d’enregistrer {target} : {folder} est un fichier, pas un dossier.",
                              "cannot write {target}: {folder} is a file, not a folder"),
    # a session file
    "session.empty": ("{session} ne contient encore aucune séance.", "{session} holds no session yet."),
    "session.not_ours": ("« {name} » n’est pas un fichier de séance Bataille IA.",
                         "{name} is not a Bataille IA session file."),
    "session.too_new": ("« {name} » a été enregistré par une version plus récente de Bataille IA : mettez "
                        "l’application à jour pour l’ouvrir ; le fichier n’a pas été modifié.",
                        "{name} was saved by a newer version of Bataille IA: update the app to open it; the "
                        "file was not changed."),
    "session.exists": ("« {name} » existe déjà : choisissez un autre nom.", "{name} already exists: choose another name."),
    "session.suffix": ("nommez le fichier {stem}{suffix} (un fichier de séance finit par {suffix}).",
                       "name the file {stem}{suffix} (a session file ends in {suffix})."),
    "session.not_written": ("impossible d’écrire {path} : {cause} ; rien n’a été laissé derrière.",
                            "cannot write {path}: {cause}; nothing was left behind."),
    "session.cannot_play": ("ce jeu ne peut pas jouer l’exemple : {why}",
                            "this deck cannot play the example: {why}"),
    "session.written": ("{path} : {events} actions, {teams} équipes, {debates} débats, {paths} parcours de "
                        "scénario",
                        "{path}: {events} actions, {teams} teams, {debates} debates, {paths} scenario paths"),
    # bataille validate
    "validate.bundled": ("Jeu fourni avec l’application", "Deck bundled with the app"),
    "validate.problems.one": ("{path} : 1 problème", "{path}: 1 problem"),
    "validate.problems.many": ("{path} : {count} problèmes", "{path}: {count} problems"),
    "validate.unfit.one": ("{path} : 1 texte de carte ne tient pas sur les cartes {size} à imprimer ; "
                           "raccourcissez-le, ou vérifiez un autre format avec --size",
                           "{path}: 1 card text does not fit on the {size} cards to print; shorten it, or "
                           "check another size with --size"),
    "validate.unfit.many": ("{path} : {count} textes de cartes ne tiennent pas sur les cartes {size} à imprimer ; "
                            "raccourcissez-les, ou vérifiez un autre format avec --size",
                            "{path}: {count} card texts do not fit on the {size} cards to print; shorten them, "
                            "or check another size with --size"),
    "validate.ok": ("{path} : OK — jeu {id} {version} : {cards} cartes ({kinds}), {themes} thèmes, "
                    "{scenarios} scénarios",
                    "{path}: OK — deck {id} {version}: {cards} cards ({kinds}), {themes} themes, "
                    "{scenarios} scenarios"),
    "validate.fact.one": ("{count} fait", "{count} fact"),
    "validate.fact.many": ("{count} faits", "{count} facts"),
    "validate.debate.one": ("{count} débat", "{count} debate"),
    "validate.debate.many": ("{count} débats", "{count} debates"),
    "validate.event.one": ("{count} événement", "{count} event"),
    "validate.event.many": ("{count} événements", "{count} events"),
    # what a command wrote to be printed (commands/_printing.py); the print run's words: export/print_run.py
    "printed": ("{path} : {run}", "{path}: {run}"),
    "printed.named": ("{path} : {what}, {run}", "{path}: {what}, {run}"),
    "printed.shop": ("{path} : {pages}, une carte par page avec son fond perdu — pour un imprimeur professionnel, "
                     "pas pour l’imprimante de l’école",
                     "{path}: {pages}, one card a page with its bleed — for a print shop, not the school printer"),
    "printed.document": ("{path} : {what} ({pages})", "{path}: {what} ({pages})"),
    "how.calibration": ("{how}, puis regarder la feuille par transparence (mode d’emploi sur la page)",
                        "{how}, then hold the sheet against the light (instructions on the page)"),
    "what.calibration": ("page de calibrage", "calibration page"),
    "what.kit": ("kit de l’atelier", "workshop kit"),
    "what.guide": ("guide de l’animateur", "facilitator’s guide"),
    "what.summary": ("bilan de la séance", "session summary"),
    "black_and_white": ("pour une imprimante noir et blanc, ajoutez --save-ink",
                        "for a black-and-white printer, add --save-ink"),
    # bataille print
    "print.offset_unmeasured": ("attention : --back-offset {value} décale les versos de plus que les ±{most} mm que "
                                "mesure la page de calibrage ; vérifiez la valeur lue (en millimètres, X puis Y)",
                                "warning: --back-offset {value} shifts the backs further than the ±{most} mm the "
                                "calibration page measures; check the value read (in millimetres, X then Y)"),
    "print.too_long.one": ("{count} carte trop longue pour le format {size} : rien n’a été imprimé ; essayez "
                           "--size {larger}, ou raccourcissez-la (détail ci-dessous)",
                           "{count} card too long for the {size} size: nothing printed; try --size {larger}, "
                           "or shorten it (details below)"),
    "print.too_long.many": ("{count} cartes trop longues pour le format {size} : rien n’a été imprimé ; essayez "
                            "--size {larger}, ou raccourcissez-les (liste ci-dessous)",
                            "{count} cards too long for the {size} size: nothing printed; try --size {larger}, "
                            "or shorten them (list below)"),
    "print.too_long_all.one": ("{count} carte trop longue pour le format {size} : rien n’a été imprimé ; "
                               "raccourcissez-la (détail ci-dessous)",
                               "{count} card too long for the {size} size: nothing printed; shorten it "
                               "(details below)"),
    "print.too_long_all.many": ("{count} cartes trop longues pour le format {size} : rien n’a été imprimé ; "
                                "raccourcissez-les (liste ci-dessous)",
                                "{count} cards too long for the {size} size: nothing printed; shorten them "
                                "(list below)"),
    # `validate` checks the fit in every language of the deck: its list holds them all
    "print.too_long_rest.one": ("… et {count} autre problème ; la liste complète, toutes langues : {command}",
                                "… and {count} more problem; the whole list, all languages: {command}"),
    "print.too_long_rest.many": ("… et {count} autres problèmes ; la liste complète, toutes langues : {command}",
                                 "… and {count} more problems; the whole list, all languages: {command}"),
    "print.bleed_not_number": ("--bleed {value} : ce n’est pas un nombre de millimètres",
                               "--bleed {value}: not a number of millimetres"),
    "print.bleed_range": ("--bleed {value} : le fond perdu va de 0 à {most} mm",
                          "--bleed {value}: the bleed is 0 to {most} mm"),
    "print.size_unknown": ("--size {value} : format de carte inconnu ; choisissez poker, tarot, a7, mini ou LxH en "
                           "mm (par exemple 60x90)",
                           "--size {value}: unknown card size; use poker, tarot, a7, mini or WxH in mm (e.g. 60x90)"),
    "print.size_range": ("--size {value} : chaque côté de la carte doit mesurer de 20 à 250 mm",
                         "--size {value}: each side of the card must be between 20 and 250 mm"),
    "print.offset_unreadable": ("--back-offset {value} : écrivez X,Y en millimètres, par exemple 0.5,-1",
                                "--back-offset {value}: write X,Y in millimetres, e.g. 0.5,-1"),
    "print.offset_range": ("--back-offset {value} : chaque valeur doit rester entre -{most} et +{most} mm",
                           "--back-offset {value}: each value must be within ±{most} mm"),
    "print.calibration_duplex": ("la page de calibrage s’imprime en recto verso : choisissez --duplex long ou "
                                 "--duplex short",
                                 "the calibration page is double-sided: use --duplex long or --duplex short"),
    "print.no_backs": ("attention, --duplex none n’imprime pas les versos : {lost}. Pour une imprimante sans recto "
                       "verso, --layout fold imprime les deux faces sur une page à plier",
                       "note: --duplex none prints no backs: {lost}. For a printer without double-sided printing, "
                       "--layout fold prints both faces on one page to fold"),
    "print.lost.event": ("les cartes événement perdent leur année", "the event cards lose their year"),
    "print.lost.debate": ("les cartes débat perdent leurs idées pour chaque camp",
                          "the debate cards lose their ideas for each side"),
    "print.unknown_theme": ("--theme {theme} : ce jeu n’a pas ce thème ; ses thèmes : {known}",
                            "--theme {theme}: unknown theme; this deck has: {known}"),
    "print.no_card": ("aucune carte ne correspond aux filtres --theme, --kind et --card choisis",
                      "no card matches the chosen --theme, --kind and --card filters"),
    "print.unknown_card": ("--card {card} : aucune carte de ce jeu n’a cet identifiant (il est imprimé au pied "
                           "de chaque carte, et l’éditeur du jeu le montre)",
                           "--card {card}: no card of this deck has that id (it is printed at the foot of each "
                           "card, and the deck editor shows it)"),
    "print.unknown_card.near": ("--card {card} : aucune carte de ce jeu n’a cet identifiant ; voulez-vous dire {near} ?",
                                "--card {card}: no card of this deck has that id; did you mean {near}?"),
    "print.too_large": ("une carte {size} ne tient pas sur une feuille {paper}",
                        "a {size} card does not fit on {paper} paper"),
    "print.too_large_bleed": ("une carte {size} avec fond perdu ne tient pas sur une feuille {paper}",
                              "a {size} card with bleed does not fit on {paper} paper"),
    # bataille guide
    # bataille kit
    "kit.join_needs_both": ("l’affiche pour rejoindre a besoin de --join ADRESSE et de --room CODE",
                            "the join poster needs both --join URL and --room CODE"),
    "kit.wifi_without_join": ("--wifi nomme le Wi-Fi sur l’affiche pour rejoindre : il va avec --join ADRESSE "
                              "et --room CODE",
                              "--wifi names the Wi-Fi on the join poster: it goes with --join URL and --room CODE"),
    "kit.room_not_a_code": ("--room {code} : ce n’est pas un code de salle de l’application ; recopiez les quatre "
                            "lettres que l’écran de projection affiche une fois les téléphones activés (elles sont "
                            "prises parmi {letters})",
                            "--room {code}: not a room code of the app; copy the four letters the stage shows once "
                            "the phones are on (they are drawn from {letters})"),
    "kit.join_not_web": ("--join {url} : ce n’est pas une adresse web ; donnez l’adresse que les téléphones "
                         "ouvrent, telle que l’écran de projection l’affiche, qui commence par http:// ou https://",
                         "--join {url}: not a web address; give the address the phones open, as the stage shows "
                         "it, starting with http:// or https://"),
    "kit.fewer_teams": ("la séance compte {count} équipes et le kit imprime un chevalet pour chacune : --teams "
                        "{asked} ne peut pas en retirer ; laissez --teams de côté, ou donnez {count} ou plus pour "
                        "ajouter des chevalets numérotés",
                        "the session has {count} teams and the kit prints a sign for each: --teams {asked} cannot "
                        "leave any out; leave --teams out, or give {count} or more to add numbered signs"),
    "kit.not_a_number": ("--{option} {value} : ce n’est pas un nombre entier ; donnez un nombre de {low} à {high}",
                         "--{option} {value}: not a whole number; give a number from {low} to {high}"),
    "kit.out_of_range": ("--{option} {value} : donnez un nombre de {low} à {high}",
                         "--{option} {value}: give a number from {low} to {high}"),
    # bataille sources
    "sources.written": ("{path} : sources du jeu {id} {version}", "{path}: sources of deck {id} {version}"),
    "sources.months": ("--older-than {value} : donnez un nombre entier de mois, de 0 à 1200",
                       "--older-than: a whole number of months from 0 to 1200, not {value}"),
    # bataille summary
    "summary.format": ("{name} : le bilan s’écrit en {known} — choisissez un fichier qui finit par l’une de ces "
                       "extensions (.csv : une table de toutes les actions ; .zip : toutes les tables).",
                       "{name}: the summary is written as {known} — choose a file ending in one of them (.csv: "
                       "one table of every action; .zip: every table)."),
    "summary.charts.one": ("{path} (+ {count} graphique dans {folder})", "{path} (+ {count} chart in {folder})"),
    "summary.charts.many": ("{path} (+ {count} graphiques dans {folder})", "{path} (+ {count} charts in {folder})"),
}

LINES = Catalogue("commands", _LINES)


class Line(Message):
    """A line of a command not yet put into words: a key of LINES and its fields."""

    __slots__ = ()
    catalogue = LINES


_NO_LANGUAGE = ("C", "POSIX")  # locales that name no language: C, C.UTF-8, POSIX


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The language a command speaks without --lang: the locale's (LC_ALL, then LC_MESSAGES, then
    LANG; "fr" for any French, else "en"), and French when the locale names no language (none set,
    or C or POSIX), as the app starts in French when the system speaks neither (French first)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "fr" if value.partition(".")[0].partition("@")[0] in _NO_LANGUAGE else language(value)
    if sys.platform == "win32":  # Windows names its language elsewhere: "English_United States"
        import locale

        name = (locale.getlocale()[0] or "").casefold()
        if name:
            return "fr" if name.startswith(("fr", "french")) else "en"
    return "fr"


def lang_of(args: argparse.Namespace) -> str:
    """The language of a command's messages: --lang (global or the command's), else the locale's,
    else French (``environment_language``)."""
    return getattr(args, "lang", None) or environment_language()


def counted(key: str, count: int, **fields: object) -> Line:
    """The line ``key.one`` (for 1) or ``key.many``, with ``count`` among its fields."""
    return Line(f"{key}.{'one' if count == 1 else 'many'}", count=count, **fields)


def say(prog: str, lang: str, line: Line | str) -> None:
    """``bataille PROG: line`` on stderr, the line in ``lang``."""
    text = line.render(lang) if isinstance(line, Message) else line
    print(f"bataille {prog}: {text}", file=sys.stderr)


def told(line: Line, lang: str) -> None:
    """A line of what was written (stdout), in ``lang``."""
    print(line.render(lang))


class Refusal(Exception):
    """A command line a command will not run: its words and exit code (2, a usage error, unless told).

    ``cli.main`` says it as ``bataille COMMAND: …`` in the command's language.
    """

    def __init__(self, line: Line, code: int = 2) -> None:
        super().__init__(line.render("en"))
        self.line = line
        self.code = code
