"""The words of the deck checker, in English and French: one key, two templates with named fields.

A ``Message`` is a key and its fields; it is turned into text only when a problem is shown
(``render(lang)``), so a valid deck costs nothing here. A field is plain text (a file name, a
list of codes), a number, a ``Quoted`` value from the file (quoted as each language quotes),
a ``Num`` (decimal comma and thin-space thousands in French) or another ``Message`` (the
words "a debate card", "nothing", the "did you mean" hint…), so no English is glued into
French. French templates are written with ordinary spaces and typeset once at import:
no-break space (U+00A0) before « : » and inside « guillemets », narrow no-break space
(U+202F) before ; ? !.
"""

from __future__ import annotations

from collections.abc import Mapping

from bataille import words
from bataille.words import NBSP, NNBSP, render_value, template_fields  # noqa: F401 - re-exported

LANGUAGES = ("en", "fr")  # the languages a deck problem is told in
QUOTE_LIMIT = 60  # characters of a file's value quoted in a message

# key -> (French, English), the shape of every catalogue (bataille.words). English is the text of
# `Problem.message` and of `str(problem)`: changing it changes what the existing tests see.
_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- words used inside other messages -------------------------------------------------------
    "noun.source": ("une source", "a source"),
    "noun.theme": ("un thème", "a theme"),
    "noun.card": ("une carte", "a card"),
    "noun.fact_card": ("une carte « fait »", "a fact card"),
    "noun.debate_card": ("une carte débat", "a debate card"),
    "noun.event_card": ("une carte événement", "an event card"),
    "noun.card_file": ("un fichier de cartes", "a card file"),
    "noun.scenario_file": ("un fichier de scénario", "a scenario file"),
    "noun.scenario": ("un scénario", "a scenario"),
    "noun.indicator": ("un indicateur", "an indicator"),
    "noun.decision": ("une décision", "a decision"),
    "noun.option": ("une option", "an option"),
    "noun.phase": ("une étape", "a phase"),
    "noun.agenda": ("le programme", "the agenda"),
    "id_of.card": ("de carte", "card"),
    "id_of.scenario": ("de scénario", "scenario"),
    "type.mapping": ("un ensemble de clés", "a mapping"),
    "type.list": ("une liste", "a list"),
    "type.nothing": ("une valeur vide", "nothing"),
    "type.yes_no": ("une valeur oui/non", "yes/no"),
    "type.number": ("le nombre {value}", "the number {value}"),
    "type.text": ("un texte", "a text"),
    "quote.cut": ("{text} ({length} caractères)", "{text}… ({length} characters)"),
    "quote.empty": ("un texte vide", "an empty text"),  # French only: English shows ''.
    "quote.huge_number": ("<un nombre d’environ {digits} chiffres>", "<a number of about {digits} digits>"),
    "lang.fr": ("français", "French"),
    "lang.en": ("anglais", "English"),
    "what.whole_number": ("un nombre entier", "a whole number"),
    "what.whole_number_1956": ("un nombre entier comme 1956", "a whole number such as 1956"),
    "what.year": ("une année comme 2024", "a year such as 2024"),
    "what.month": ("un numéro de mois de 1 à 12", "a month number from 1 to 12"),
    "what.minutes": ("un nombre de minutes", "a number of minutes"),
    "hint.did_you_mean": (" ; vouliez-vous dire {word} ?{odd}", "; did you mean {word}?{odd}"),
    "hint.odd_char": (" (son caractère {char} est U+{code} {name}, le caractère n°{place} du mot, pas une lettre "
                      "simple)",
                      " (its character {char} is U+{code} {name}, character {place} of the word, not a plain "
                      "letter)"),
    "hint.expected_one_of": (" (clés possibles : {choices})", " (expected one of: {choices})"),
    "hint.id": (" ; un identifiant ne contient que des lettres, des chiffres, « - » et « _ » (64 au plus), "
                "comme « env-water-training »",
                "; an id uses letters, digits, '-' and '_' only (at most 64), like 'env-water-training'"),
    "hint.colour": (" ; une couleur s’écrit entre guillemets droits, comme « \"#RRGGBB\" » (sans eux, # "
                    "commence un commentaire en YAML)",
                    '; a colour is written "#RRGGBB" in quotes (a bare # starts a comment in YAML)'),
    "hint.url": (" ; l’adresse (url) d’une source commence par http:// ou https://",
                 "; a source url starts with http:// or https://"),
    "reason.unreadable_path": ("chemin illisible", "unreadable path"),
    "duplicate.first_at": (" (déjà dans {file}, ligne {line})", " (first in {file} line {line})"),
    "duplicate.first_in": (" (déjà dans {file})", " (first in {file})"),
    # -- field readers (fields.py) --------------------------------------------------------------
    "file.too_many_problems": ("plus de {count} problèmes dans ce fichier ; corrigez ceux du dessus, "
                               "puis vérifiez de nouveau",
                               "more than {count} problems in this file; fix the ones above and check it again"),
    "field.not_mapping": ("{what} doit être une suite de lignes « clé: valeur », reçu {got}",
                          "{what} must be a mapping of 'key: value' lines, got {got}"),
    "field.unknown_key": ("clé inconnue {key} dans {what}{hint}", "unknown key {key} in {what}{hint}"),
    "field.missing_key": ("il manque {key} dans {what}", "{what} needs {key}"),
    "text.single": ("{key} doit donner un texte par langue, comme « {{fr: \"…\", en: \"…\"}} », "
                    "reçu un seul texte",
                    "{key} must give one text per language, like '{{fr: \"…\", en: \"…\"}}', got a single text"),
    "text.unknown_language": ("{key} a un texte en {lang}, qui n’est pas une langue du jeu ({languages}){hint}",
                              "{key} has a text in {lang}, which is not one of the deck's languages "
                              "({languages}){hint}"),
    "text.colonless_language": ("{key} : il manque le deux-points après « {lang} » ; écrivez « {lang}: \"…\" »",
                                "{key}: the colon after '{lang}' is missing; write '{lang}: \"…\"'"),
    "text.empty": ("{key} en {language} doit être un texte non vide, reçu {got}",
                   "{key} in {language} must be a non-empty text, got {got}"),
    "text.too_long": ("{key} ({lang}) fait {length} caractères ; la limite est de {limit}",
                      "{key} in {lang} is {length} characters long; the limit is {limit}"),
    "text.missing_language": ("{key} n’a pas de texte en {language} ({lang})",
                              "{key} has no {language} text ({lang})"),
    "text.missing_language_more": ("{count} autres textes n’ont pas de texte en {language} ({lang}), à partir "
                                   "d’ici",
                                   "{count} more texts have no {language} text ({lang}), from here on"),
    "languages.no_texts": ("{key} contient la langue {language} ({lang}), mais aucun des {count} textes du jeu "
                           "n’est écrit dans cette langue ; écrivez-les, ou retirez {lang} de {key}",
                           "{key} lists {language} ({lang}), but none of the deck's {count} texts is written in it; "
                           "write them, or take {lang} out of {key}"),
    "text_list.not_list": ("{key} doit être une liste d’un ou plusieurs textes (« - {{fr: …, en: …}} »)",
                           "{key} must be a list of one or more texts ('- {{fr: …, en: …}}')"),
    "string.not_text": ("{key} doit être un texte, reçu {got}{hint}", "{key} must be a text, got {got}{hint}"),
    "string.bad_format": ("{key} vaut {value}{hint}", "{key} is {value}{hint}"),
    "integer.not_integer": ("{key} doit être {what}, reçu {got}", "{key} must be {what}, got {got}"),
    "checked.bad_format": ("{key} doit être un mois écrit AAAA-MM, comme 2026-12 (le mois où la source a été "
                           "ouverte), reçu {got}",
                           "{key} must be a month written YYYY-MM, such as 2026-12 (the month the source was "
                           "opened), got {got}"),
    "checked.future": ("{key} est un mois à venir ({value}) ; écrivez le mois où la source a été ouverte et le "
                       "chiffre trouvé, {now} au plus tard",
                       "{key} is a month still to come ({value}); write the month the source was opened and the "
                       "figure found there, {now} at the latest"),
    "integer.range": ("{key} doit être entre {low} et {high}, reçu {value}",
                      "{key} must be between {low} and {high}, got {value}"),
    "id.bad_char": ("{key} vaut {value} : son caractère {char} (U+{code} {name}), colonne {col}, n’est pas "
                    "permis{hint}",
                    "{key} is {value}: its character {char} (U+{code} {name}) at column {col} is not allowed{hint}"),
    "integer.not_decimal": ("{key} est écrit {written}, que YAML lit comme le nombre {value} ; écrivez-le en "
                            "chiffres simples (sans 0 au début ni « : »), ou entre guillemets si c’est un texte",
                            "{key} is written {written}, which YAML reads as the number {value}; write it in "
                            "plain digits (no leading 0, no ':'), or in quotes if it is a text"),
    "integer.leading_zero": ("{key} est écrit {written} ; écrivez-le en chiffres simples, sans 0 au début, "
                             "comme {plain}",
                             "{key} is written {written}; write it in plain digits, without a leading 0, like {plain}"),
    "glyph.missing": ("{key}{lang}{of} contient {chars}, que la police des cartes ne sait pas imprimer "
                      "(l’impression et le guide afficheraient une case vide, ou rien) ; utilisez un autre caractère",
                      "{key}{lang}{of} holds {chars}, which the cards' font cannot print (print and the guide "
                      "would show an empty box or nothing); use another character"),
    "glyph.of": (" de {id}", " of {id}"),
    "glyph.char": ("{char} (U+{code} {name})", "{char} (U+{code} {name})"),
    "glyph.control": ("un caractère de contrôle", "a control character"),
    "boolean.not_boolean": ("{key} doit valoir « true » ou « false », reçu {got}",
                            "{key} must be true or false, got {got}"),
    "sources.not_list": ("{key} doit être une liste d’une ou plusieurs sources (chacune avec title, "
                         "publisher, year et url)",
                         "{key} must be a list of one or more sources (each with title, publisher, year and url)"),
    # -- records (records.py) -------------------------------------------------------------------
    "kind.not_one_of": ("{key} doit être l’un de ces mots : {choices} (reçu {got}){hint}",
                        "{key} must be one of {choices}, got {got}{hint}"),
    "card.no_kind": ("il manque {key} dans une carte ({choices})", "a card needs {key} ({choices})"),
    "card.theme_not_id": ("{key} doit être l’identifiant d’un thème, reçu {got}",
                          "{key} must be a theme id, got {got}"),
    "card.needs_theme": ("il manque un {key} dans {what} (sur la carte, ou en haut du fichier)",
                         "{what} needs a {key} (on the card, or at the top of the file)"),
    "card.needs_theme_many": ("il manque un {key} dans {what} (sur la carte, ou en haut du fichier), comme dans "
                              "{count} autres cartes de ce fichier : écrivez-le une fois en haut du fichier pour "
                              "toutes, par exemple {example} (thèmes du jeu : {themes})",
                              "{what} needs a {key} (on the card, or at the top of the file), as do {count} more "
                              "cards of this file: write it once at the top of the file for all of them, for "
                              "example {example} (the deck's themes: {themes})"),
    "indicator.twice": ("l’indicateur {id} est écrit deux fois", "indicator {id} is listed twice"),
    "decision.option_count": ("une décision doit avoir 2 ou 3 options (ici : {count})",
                              "a decision needs 2 or 3 options, got {count}"),
    "decision.same_option_id": ("deux options de cette décision ont le même identifiant",
                                "two options of this decision have the same id"),
    "scenario.same_decision_id": ("deux décisions de ce scénario ont le même identifiant",
                                  "two decisions of this scenario have the same id"),
    "effects.unknown_indicator": ("indicateur inconnu {key} dans « effects »{hint}",
                                  "unknown indicator {key} in effects{hint}"),
    "list.not_list": ("{key} doit être une liste (des éléments « - »)", "{key} must be a list ('- ' items)"),
    # -- the deck folder (loader.py) ------------------------------------------------------------
    "deck.not_here": ("aucun jeu ici : un dossier de jeu contient cards/deck.yaml",
                      "no deck here: a deck folder holds cards/deck.yaml"),
    "languages.not_list": ("{key} doit être une liste de codes de langue, comme « [fr, en] »",
                           "{key} must be a list of language codes, like [fr, en]"),
    "languages.bad_code": ("{code} n’est pas un code de langue ; écrivez des codes de deux lettres, "
                           "comme « [fr, en] »",
                           "{code} is not a language code; write two-letter codes like [fr, en]"),
    "languages.too_many": ("{key} donne {count} langues ; un jeu en a au plus {limit}",
                           "{key} lists {count} languages; a deck has at most {limit}"),
    "languages.no_french": ("{key} doit contenir le français (fr), la première langue du jeu",
                            "{key} must include French (fr), the deck's first language"),
    "themes.not_list": ("{key} doit être une liste d’un ou plusieurs thèmes, par exemple : « - {{id: biais, "
                        "name: {{fr: Biais, en: Bias}}, colour: '#7B2D8E'}} » (l’icône est facultative)",
                        "{key} must be a list of one or more themes, for example: "
                        "- {{id: bias, name: {{fr: Biais, en: Bias}}, colour: '#7B2D8E'}} (an icon is optional)"),
    "theme.id_twice": ("l’identifiant de thème {id} sert deux fois", "theme id {id} is used twice"),
    "asset.leaves_folder": ("le chemin {path} sort du dossier du jeu ; écrivez-le à partir du dossier du jeu, "
                            "comme « assets/icons/theme.svg »",
                            "the path {path} leaves the deck folder; write it relative to the deck folder, "
                            "like 'assets/icons/theme.svg'"),
    "asset.through_link": ("le chemin {path} mène hors du dossier du jeu (par un lien)",
                           "the path {path} leads outside the deck folder (through a link)"),
    "asset.missing": ("le fichier {path} n’existe pas dans le dossier du jeu",
                      "the file {path} does not exist in the deck folder"),
    "asset.unreadable": ("impossible de lire le fichier {path} ({reason})",
                         "cannot read the file {path}: {reason}"),
    # -- theme icons (icons.py, icon_paths.py): clauses that follow "cannot be drawn:" -----------
    "icon.problem": ("l’icône {path} du thème {theme} ne peut pas être dessinée : {detail}",
                     "the icon {path} of theme {theme} cannot be drawn: {detail}"),
    "icon.not_regular": ("ce n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube)",
                         "it is not a regular file (a folder, a device or a pipe)"),
    "icon.unreadable": ("impossible de la lire ({reason})", "cannot read it ({reason})"),
    "icon.too_big": ("elle fait {size} Kio ; une icône fait au plus {limit} Kio (enregistrez-la en SVG simple, "
                     "sans image incorporée)",
                     "it is {size} KiB; an icon may be at most {limit} KiB (save it as plain SVG, without "
                     "embedded pictures)"),
    "icon.picture": ("c’est une image {format} ; l’icône d’un thème doit être un dessin SVG (exportez-la en SVG, "
                     "ou retirez « icon » : une marque neutre est dessinée)",
                     "it is a {format} picture; a theme icon must be an SVG drawing (export it as SVG, or leave "
                     "'icon' out: a neutral mark is drawn)"),
    "icon.entities": ("elle déclare des entités XML (ENTITY), qui sont refusées",
                      "it declares XML entities (<!ENTITY>), which are refused"),
    "icon.not_svg": ("ce n’est pas un fichier SVG lisible (ligne {line}, colonne {col} : {reason})",
                     "it is not readable SVG (line {line}, column {col}: {reason})"),
    "icon.root": ("son premier élément n’est pas <svg>", "its first element is not <svg>"),
    "icon.view_box": ("son viewBox {value} doit donner quatre nombres, dont une largeur et une hauteur "
                      "supérieures à 0",
                      "its viewBox {value} must give four numbers, with a width and a height above 0"),
    "icon.size": ("sa dimension {name} {value} doit être supérieure à 0", "its {name} {value} must be above 0"),
    "icon.number": ("{raw} n’est pas un nombre utilisable (dans {name})", "{raw} is not a usable number (in {name})"),
    "icon.transform": ("la transformation {value} n’est pas prise en charge (matrix, translate, scale, rotate, "
                       "skewX et skewY le sont)",
                       "the transform {value} is not supported (matrix, translate, scale, rotate, skewX and "
                       "skewY are)"),
    "icon.path_short": ("un tracé (d) est incomplet ou mal écrit vers {near}",
                        "a path (d) ends early or is malformed near {near}"),
    "icon.path_start": ("un tracé (d) doit commencer par un déplacement (M)", "a path (d) must start with a move (M)"),
    "icon.path_command": ("un tracé (d) contient {cmd}, qui n’est pas une commande de tracé",
                          "a path (d) holds {cmd}, which is not a path command"),
    "icon.attribute": ("dans <{tag}>, {name}={raw} n’est pas un nombre", "<{tag}> {name}={raw} is not a number"),
    "icon.opacity": ("l’opacité {value} n’est ni un nombre ni un pourcentage",
                     "the opacity {value} is neither a number nor a percentage"),
    "icon.colour": ("la couleur {value} n’est pas prise en charge (utilisez #RRGGBB, rgb(…), un nom de couleur "
                    "simple ou none)",
                    "the colour {value} is not supported (use #RRGGBB, rgb(…), a basic colour name or none)"),
    "icon.gradient": ("elle peint avec {value} (un dégradé ou un motif) ; utilisez des couleurs unies",
                      "it paints with {value} (a gradient or a pattern); use plain colours"),
    "icon.effect": ("elle utilise {name}, qui n’est pas pris en charge ; retirez-le ou aplatissez le dessin "
                    "dans votre éditeur",
                    "it uses {name}, which is not supported; remove it or flatten the drawing in your editor"),
    "icon.element": ("elle contient <{tag}>, qu’une icône ne peut pas contenir{hint}",
                     "it contains <{tag}>, which icons cannot hold{hint}"),
    "icon.hint_text": (" ; transformez le texte en chemins (Inkscape : Chemin > Objet en chemin)",
                       "; turn the text into paths (Inkscape: Path > Object to Path)"),
    "icon.hint_shapes": (" ; utilisez des chemins et des formes simples", "; use paths and basic shapes"),
    "icon.stylesheet": ("elle définit ses couleurs dans une feuille <style> ; enregistrez-la avec les couleurs sur "
                        "les formes (Illustrator : Style > Attributs de présentation ; Inkscape : SVG simple)",
                        "it sets its colours in a <style> sheet; save it with the colours on the shapes "
                        "(Illustrator: Styling > Presentation Attributes; Inkscape: plain SVG)"),
    "icon.depth": ("elle imbrique des groupes sur plus de {limit} niveaux",
                   "it nests groups more than {limit} levels deep"),
    "icon.too_detailed": ("elle a plus de {limit} points de tracé ; simplifiez-la",
                          "it has more than {limit} path points; simplify it"),
    # -- what a workshop needs, and files not read (loader.py, runnable.py, folder.py) ----------
    "deck.no_agenda": ("le jeu n’a pas de programme : un atelier a besoin de scenarios/agenda.yaml, avec ses "
                       "étapes et leurs minutes (copiez celui du jeu fourni et adaptez-le)",
                       "the deck has no agenda: a workshop needs scenarios/agenda.yaml, its phases and their "
                       "minutes (copy the bundled deck's and adapt it)"),
    "deck.two_agendas": ("le jeu a deux programmes, {first} et {second} : un atelier n’en suit qu’un ; "
                         "gardez-en un seul",
                         "the deck has two agendas, {first} and {second}: a workshop follows only one; "
                         "keep one of them"),
    "deck.no_cards": ("le jeu n’a aucune carte : écrivez des cartes dans un fichier .yaml du dossier cards",
                      "the deck has no card: write cards in a .yaml file of the cards folder"),
    "phase.no_content": ("l’étape {id} est une étape {kind}, mais le jeu n’a {none} ; ajoutez-en, ou retirez "
                         "l’étape du programme",
                         "phase {id} is a {kind} phase, but the deck has {none}; add some, or take the phase "
                         "out of the agenda"),
    "none.debate": ("aucune carte débat", "no debate card"),
    "none.event": ("aucune carte événement", "no event card"),
    "none.scenario": ("aucun scénario", "no scenario"),
    "file.empty_cards": ("ce fichier de cartes est vide (ou ne contient que des commentaires) et n’ajoute aucune "
                         "carte ; écrivez des cartes sous « cards: » ou supprimez le fichier",
                         "this card file is empty (or holds only comments), so it adds no card; write cards "
                         "under 'cards:' or remove the file"),
    "file.empty_other": ("ce fichier est vide (ou ne contient que des commentaires) ; écrivez son contenu ou "
                         "supprimez le fichier",
                         "this file is empty (or holds only comments); write its content or remove the file"),
    "cards.empty_list": ("{key} ne contient aucune carte ; écrivez des cartes dessous ou supprimez le fichier",
                         "{key} lists no card; write cards under it or remove the file"),
    "scenario.no_indicators": ("{key} ne contient aucun indicateur ; un scénario en a besoin d’au moins un",
                               "{key} lists no indicator; a scenario needs at least one"),
    "scenario.no_decisions": ("{key} ne contient aucune décision ; un scénario en a besoin d’au moins une",
                              "{key} lists no decision; a scenario needs at least one"),
    "deck.skipped_file": ("remarque : {file} n’est pas lu (un jeu ne lit que les fichiers .yaml et .yml de "
                          "cards/ et scenarios/)",
                          "note: {file} is not read (a deck reads only the .yaml and .yml files of cards/ and "
                          "scenarios/)"),
    "cards.not_list": ("{key} doit être une liste de cartes (« - id: … »)",
                       "{key} must be a list of cards ('- id: …')"),
    "theme.unknown": ("thème inconnu {theme}{hint} (thèmes du jeu : {themes}){odd} ; les autres cartes de ce "
                      "fichier avec ce thème ne sont pas listées",
                      "unknown theme {theme}{hint} (the deck's themes: {themes}){odd}; the other cards of this "
                      "file with that theme are not listed"),
    "theme.unknown_refused": ("le thème {theme} est refusé dans deck.yaml (ligne {line}, voir plus haut) ; ses "
                              "cartes seront vérifiées une fois le thème corrigé",
                              "theme {theme} is refused in deck.yaml (line {line}, said above); its cards are "
                              "checked once it is fixed"),
    "theme.unknown_no_themes": ("thème inconnu {theme} : deck.yaml ne déclare encore aucun thème ; ajoutez-le "
                                "sous « themes: », par exemple : « - {{id: biais, name: {{fr: Biais, en: Bias}}, "
                                "colour: '#7B2D8E'}} »",
                                "unknown theme {theme}: deck.yaml declares no theme yet; add it under 'themes:', "
                                "for example: - {{id: bias, name: {{fr: Biais, en: Bias}}, colour: '#7B2D8E'}}"),
    "phases.not_list": ("{key} doit être une liste d’une ou plusieurs étapes",
                        "{key} must be a list of one or more phases"),
    "phase.id_twice": ("l’identifiant d’étape {id} sert deux fois", "phase id {id} is used twice"),
    "deck.duplicate_id": ("identifiant {what} en double : {id}{first}", "duplicate {what} id {id}{first}"),
    # -- reading one file (yamlread.py) ---------------------------------------------------------
    "file.unreadable": ("impossible de lire le fichier ({reason})", "cannot read the file: {reason}"),
    "file.leaves_folder": ("ce fichier est un lien qui mène hors du dossier du jeu : il n’a pas été lu ; copiez "
                           "le fichier lui-même dans le dossier du jeu",
                           "this file is a link that leads outside the deck folder: it was not read; copy the "
                           "file itself into the deck folder"),
    "file.not_regular": ("ce n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube) ; "
                         "un fichier du jeu est un simple fichier texte",
                         "this is not a regular file (a folder, a device or a pipe); "
                         "a deck file is a plain text file"),
    "file.too_big": ("le fichier fait {size} Mio ; un fichier du jeu fait au plus {limit} Mio "
                     "(découpez-le en plusieurs fichiers)",
                     "the file is {size} MiB; a deck file may be at most {limit} MiB (split it into several files)"),
    "file.nul": ("le fichier contient un caractère NUL ; enregistrez-le en texte brut UTF-8",
                 "the file contains a NUL character; save it as plain UTF-8 text"),
    "file.not_utf8": ("le fichier n’est pas en UTF-8 (octet 0x{byte}) ; enregistrez-le en UTF-8 "
                      "dans votre éditeur",
                      "the file is not UTF-8 (byte 0x{byte}); save it as UTF-8 in your editor"),
    "file.too_many_values": ("le fichier contient plus de {count} valeurs ; découpez-le en plusieurs fichiers "
                             "(un fichier de cartes en contient d’habitude quelques dizaines)",
                             "the file holds more than {count} values; split it into several files "
                             "(a card file usually holds a few dozen cards)"),
    "yaml.tab": ("une tabulation sert d’indentation ; YAML demande des espaces (réglez votre éditeur "
                 "pour qu’il insère des espaces)",
                 "a tab is used for indentation; YAML needs spaces (set your editor to insert spaces)"),
    "yaml.colon_above": ("YAML invalide : il manque « : » après la clé de cette ligne, si bien que YAML l’a lue "
                         "avec la ligne {line} comme un seul texte ; écrivez « clé: valeur »",
                         "not valid YAML: this line has no ':' after its key, so YAML read it and line {line} as one "
                         "text; write 'key: value'"),
    "yaml.quote_open": ("YAML invalide : le guillemet {quote} ouvert ici n’est pas fermé : écrivez le guillemet "
                        "fermant sur la même ligne, par exemple {example} (sans lui, YAML lit la suite comme du "
                        "texte {reach})",
                        "not valid YAML: the quotation mark {quote} opened here is not closed: write the closing "
                        "quotation mark on the same line, for example {example} (without it, YAML reads what "
                        "follows as text {reach})"),
    "text.quote_unopened": ("ce texte finit par un guillemet « \" » qui n’est jamais ouvert : écrivez aussi "
                            "« \" » au début du texte, par exemple {example}",
                            "this text ends with a quotation mark '\"' that is never opened: write '\"' at its "
                            "start too, for example {example}"),
    "yaml.reach.line": ("jusqu’à la ligne {line}", "up to line {line}"),
    "yaml.reach.end": ("jusqu’à la fin du fichier", "up to the end of the file"),
    "yaml.flow.brace_open": ("YAML invalide : l’accolade « {{ » ouverte ligne {line}, colonne {col} n’est pas "
                             "fermée : écrivez « }} » à la fin de cette ligne, comme dans "
                             "« title: {{fr: \"…\", en: \"…\"}} »",
                             "not valid YAML: the brace '{{' opened on line {line}, column {col} is not closed: "
                             "write '}}' at the end of this line, as in 'title: {{fr: \"…\", en: \"…\"}}'"),
    "yaml.flow.bracket_open": ("YAML invalide : le crochet « [ » ouvert ligne {line}, colonne {col} n’est pas "
                               "fermé : écrivez « ] » à la fin de cette ligne, comme dans « languages: [fr, en] »",
                               "not valid YAML: the bracket '[' opened on line {line}, column {col} is not closed: "
                               "write ']' at the end of this line, as in 'languages: [fr, en]'"),
    "yaml.flow.comma": ("YAML invalide : il manque une virgule « , » avant {key} : entre accolades, séparez les "
                        "entrées par des virgules, comme dans « {{fr: \"…\", en: \"…\"}} »",
                        "not valid YAML: a comma ',' is missing before {key}: inside braces, separate the entries "
                        "with commas, as in '{{fr: \"…\", en: \"…\"}}'"),
    "yaml.invalid": ("YAML invalide : {problem}", "not valid YAML: {problem}"),
    # libyaml's own words, kept in parentheses when we have no better wording
    "yaml.libyaml": ("YAML invalide ; vérifiez cette ligne et celle du dessus (libyaml : {detail})",
                     "not valid YAML; check this line and the one above (libyaml: {detail})"),
    "yaml.depth": ("le fichier imbrique plus de {limit} niveaux",
                   "the file nests more than {limit} levels deep"),
    "yaml.alias_unknown": ("l’alias {alias} ne renvoie à aucune ancre écrite avant lui (ou renvoie à lui-même)",
                           "the alias {alias} refers to no anchor written before it (or to itself)"),
    "yaml.alias_bomb": ("les alias (*nom) font grossir ce fichier bien au-delà de ce qui est écrit ; "
                        "il est refusé, comme possible attaque « billion laughs »",
                        "aliases (*name) expand this file far beyond what is written; that is refused "
                        "as a possible 'billion laughs' file"),
    "yaml.documents": ("un fichier du jeu contient un seul document YAML ; supprimez le « --- » en trop",
                       "a deck file holds one YAML document; remove the extra '---'"),
    "yaml.tag_plain": ("étiquette {tag} non prise en charge (seul le YAML simple est lu)",
                       "unsupported tag {tag} (only plain YAML is read)"),
    "yaml.tag": ("étiquette {tag} non prise en charge", "unsupported tag {tag}"),
    "yaml.key_container": ("une clé doit être un simple mot, pas une liste ni un ensemble de clés",
                           "a key must be a plain word, not a list or mapping"),
    "yaml.key_twice": ("la clé {key} est écrite deux fois (la première à la ligne {line})",
                       "the key {key} is written twice (first at line {line})"),
    "yaml.merge": ("« << » ne fusionne qu’un ensemble de clés (ou une liste d’ensembles de clés)",
                   "'<<' merges a mapping (or a list of mappings) only"),
    "yaml.value_unreadable": ("impossible de lire la valeur {value} ({reason})",
                              "cannot read value {value}: {reason}"),
    "yaml.number_too_long": ("le nombre {value} fait {length} caractères ; un nombre du jeu en a au plus "
                             "{limit} (mettez-le entre guillemets si c’est un texte)",
                             "the number {value} is {length} characters long; a number in a deck has at most "
                             "{limit} (put it in quotes if it is a text)"),
    # libyaml's most common complaints, said in both languages as what to do (libyaml's own words,
    # "while parsing a block mapping, did not find expected key", tell a teacher nothing)
    "yaml.p.flow_mapping": ("une accolade « {{ » n’est pas fermée : il manque « , » ou « }} »",
                            "a brace '{{' is not closed: a ',' or a '}}' is missing"),
    "yaml.p.flow_sequence": ("un crochet « [ » n’est pas fermé : il manque « , » ou « ] »",
                             "a bracket '[' is not closed: a ',' or a ']' is missing"),
    "yaml.p.quoted": ("un guillemet n’est pas fermé : le texte entre guillemets ouvert plus haut "
                      "ne se termine jamais",
                      "a quotation mark is not closed: the quoted text opened above never ends"),
    "yaml.p.block_mapping": ("mauvaise indentation : cette ligne n’est pas alignée sur les clés du dessus "
                             "(ou du texte suit un guillemet fermant)",
                             "wrong indentation: this line is not aligned with the keys above "
                             "(or some text follows a closing quotation mark)"),
    "yaml.p.misaligned": ("mauvaise indentation : cette ligne commence en colonne {col}, la ligne {line} "
                          "au-dessus en colonne {line_col} ; les clés d’un même groupe commencent dans la même "
                          "colonne (comme « fr: » et « en: » sous « title: ») : alignez celle des deux qui est "
                          "décalée (ou du texte suit un guillemet fermant)",
                          "wrong indentation: this line starts at column {col}, line {line} above it at column "
                          "{line_col}; the keys of one group start in the same column (like 'fr:' and 'en:' under "
                          "'title:'): align whichever of the two is out of line (or some text follows a closing "
                          "quotation mark)"),
    "yaml.p.block_collection": ("mauvaise indentation : un élément de liste « - » aligné sur ceux du dessus "
                                "est attendu ici",
                                "wrong indentation: a list item '-' aligned with the ones above is expected here"),
    "yaml.p.mapping_values": ("deux-points « : » inattendu ; mettez entre guillemets un texte qui contient "
                              "« : », ou vérifiez l’indentation",
                              "unexpected colon ':'; put a text that contains ':' in quotes, or check the "
                              "indentation"),
    "yaml.p.bad_character": ("caractère interdit au début d’une valeur (comme @ ou `) ; mettez la valeur "
                             "entre guillemets",
                             "a value cannot start with this character (such as @ or `); put the value in quotes"),
    "yaml.p.simple_key": ("il manque « : » après une clé (chaque ligne s’écrit « clé: valeur »)",
                          "a ':' is missing after a key (each line is written 'key: value')"),
    "yaml.p.escape": ("barre oblique inverse « \\ » inconnue dans un texte entre guillemets doubles ; "
                      "doublez-la, ou mettez le texte entre guillemets simples",
                      "a backslash '\\' starts an unknown escape in a double-quoted text; double it, or put "
                      "the text in single quotes"),
}
# Braces that are not fields are doubled ({{ }}): every template goes through format_map.


CATALOGUE = words.Catalogue("deck", _TEMPLATES)


class Message(words.Message):
    """A deck message not yet put into words: a key of the deck's catalogue and its fields."""

    __slots__ = ()
    catalogue = CATALOGUE


class Quoted:
    """A value written in the deck file, quoted as each language quotes ('x' / « x »), cut when long."""

    __slots__ = ("value", "double")

    def __init__(self, value: object, double: bool = False) -> None:
        self.value = value
        self.double = double  # English "x" rather than repr's 'x' (how type names quote text)

    def render(self, lang: str) -> str:
        value = self.value
        if isinstance(value, dict):
            return TYPE_MAPPING.render(lang)
        if isinstance(value, list):
            return TYPE_LIST.render(lang)
        if not isinstance(value, str):
            return _safe_str(value, lang)
        french = lang == "fr"
        if len(value) > QUOTE_LIMIT:
            cut = value[: QUOTE_LIMIT - 1]
            text = f"«{NBSP}{_printable(cut)}…{NBSP}»" if french else repr(cut)
            return Message("quote.cut", text=text, length=len(value)).render(lang)
        if french:
            return f"«{NBSP}{_printable(value)}{NBSP}»" if value.strip() else Message("quote.empty").render(lang)
        return f'"{value}"' if self.double else repr(value).replace("\\xa0", "\u00a0").replace("\\u202f", "\u202f")


class Code:
    """Something to write in the file, such as ``en: "Gender Shades"``: « x » / 'x', shown as it is typed."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, lang: str) -> str:
        text = "".join(c if c.isprintable() or c in (NBSP, NNBSP) else repr(c)[1:-1] for c in self.text)
        return f"«{NBSP}{text}{NBSP}»" if lang == "fr" else f"'{text}'"


class Listed:
    """Several message parts joined with commas (and "and" / « et » before the last)."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[object, ...]) -> None:
        self.parts = parts

    def render(self, lang: str) -> str:
        words = [render_value(p, lang) for p in self.parts]
        if len(words) < 2:
            return "".join(words)
        return ", ".join(words[:-1]) + (" et " if lang == "fr" else " and ") + words[-1]


class Num:
    """A number written the way each language writes it (1,234.5 / 1 234,5)."""

    __slots__ = ("value", "decimals", "grouped")

    def __init__(self, value: float, decimals: int = 0, grouped: bool = True) -> None:
        self.value = value
        self.decimals = decimals
        self.grouped = grouped

    def render(self, lang: str) -> str:
        text = f"{self.value:{',' if self.grouped else ''}.{self.decimals}f}"
        if lang == "fr":
            text = text.replace(",", NNBSP).replace(".", ",")
        return text


SPACES = "\u00a0\u202f"  # French typography's no-break spaces: shown as spaces, not as "\xa0"


def _printable(text: str) -> str:
    """Text from a file made safe for one line: control characters written as escapes."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c in SPACES else repr(c)[1:-1] for c in text)


def _safe_str(value: object, lang: str) -> str:
    try:
        return str(value)
    except ValueError:  # an int too long for str(); MAX_NUMBER_CHARS should prevent it
        if isinstance(value, int):
            return Message("quote.huge_number", digits=value.bit_length() * 3 // 10).render(lang)
        return "?"


TYPE_MAPPING = Message("type.mapping")
TYPE_LIST = Message("type.list")
TYPE_NOTHING = Message("type.nothing")
TYPE_YES_NO = Message("type.yes_no")
TYPE_TEXT = Message("type.text")
LANGUAGE_NAMES = {"fr": Message("lang.fr"), "en": Message("lang.en")}


def type_name(value: object) -> Message | Quoted:
    """What a wrong value is, for "…, got a list": a type in words, a number, or the short text."""
    if isinstance(value, dict):
        return TYPE_MAPPING
    if isinstance(value, list):
        return TYPE_LIST
    if value is None:
        return TYPE_NOTHING
    if isinstance(value, bool):
        return TYPE_YES_NO
    if isinstance(value, (int, float)):
        return Message("type.number", value=value)
    return Quoted(value, double=True) if len(str(value)) < 40 else TYPE_TEXT


def language_name(code: str) -> Message | str:
    """The name of a deck language in words ("French" / « français »), else its code."""
    return LANGUAGE_NAMES.get(code, code)


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """"fr" when the environment's locale (LC_ALL, then LC_MESSAGES, then LANG) is French, else "en"."""
    return words.language_from_environment(environ)
