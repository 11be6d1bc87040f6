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

import os
import string
from collections.abc import Mapping

LANGUAGES = ("en", "fr")
NBSP = "\u00a0"
NNBSP = "\u202f"
QUOTE_LIMIT = 60  # characters of a file's value quoted in a message

# key -> (English, French). English is the text of `Problem.message` and of `str(problem)`:
# changing it changes what the existing tests and callers see.
_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- words used inside other messages -------------------------------------------------------
    "noun.source": ("a source", "une source"),
    "noun.theme": ("a theme", "un thème"),
    "noun.card": ("a card", "une carte"),
    "noun.fact_card": ("a fact card", "une carte fait"),
    "noun.debate_card": ("a debate card", "une carte débat"),
    "noun.event_card": ("an event card", "une carte événement"),
    "noun.card_file": ("a card file", "un fichier de cartes"),
    "noun.scenario_file": ("a scenario file", "un fichier de scénario"),
    "noun.scenario": ("a scenario", "un scénario"),
    "noun.indicator": ("an indicator", "un indicateur"),
    "noun.decision": ("a decision", "une décision"),
    "noun.option": ("an option", "une option"),
    "noun.phase": ("a phase", "une étape"),
    "noun.agenda": ("the agenda", "le programme"),
    "id_of.card": ("card", "de carte"),
    "id_of.scenario": ("scenario", "de scénario"),
    "type.mapping": ("a mapping", "un ensemble de clés"),
    "type.list": ("a list", "une liste"),
    "type.nothing": ("nothing", "une valeur vide"),
    "type.yes_no": ("yes/no", "une valeur oui/non"),
    "type.number": ("the number {value}", "le nombre {value}"),
    "type.text": ("a text", "un texte"),
    "quote.cut": ("{text}… ({length} characters)", "{text} ({length} caractères)"),
    "quote.empty": ("an empty text", "un texte vide"),  # French only: English shows ''.
    "quote.huge_number": ("<a number of about {digits} digits>", "<un nombre d’environ {digits} chiffres>"),
    "lang.fr": ("French", "français"),
    "lang.en": ("English", "anglais"),
    "what.whole_number": ("a whole number", "un nombre entier"),
    "what.whole_number_1956": ("a whole number such as 1956", "un nombre entier comme 1956"),
    "what.year": ("a year such as 2024", "une année comme 2024"),
    "what.month": ("a month number from 1 to 12", "un numéro de mois de 1 à 12"),
    "what.minutes": ("a number of minutes", "un nombre de minutes"),
    "hint.did_you_mean": ("; did you mean {word}?{odd}", " ; vouliez-vous dire {word} ?{odd}"),
    "hint.odd_char": (" (its character {char} is U+{code} {name}, character {place} of the word, not a plain "
                      "letter)",
                      " (son caractère {char} est U+{code} {name}, le caractère n°{place} du mot, pas une lettre "
                      "simple)"),
    "hint.expected_one_of": (" (expected one of: {choices})", " (clés possibles : {choices})"),
    "hint.id": ("; an id uses letters, digits, '-' and '_' only (at most 64), like 'env-water-training'",
                " ; un identifiant ne contient que des lettres, des chiffres, « - » et « _ » (64 au plus), "
                "comme « env-water-training »"),
    "hint.colour": ('; a colour is written "#RRGGBB" in quotes (a bare # starts a comment in YAML)',
                    " ; une couleur s’écrit entre guillemets droits, comme « \"#RRGGBB\" » (sans eux, # "
                    "commence un commentaire en YAML)"),
    "hint.url": ("; a source url starts with http:// or https://",
                 " ; l’adresse (url) d’une source commence par http:// ou https://"),
    "reason.unreadable_path": ("unreadable path", "chemin illisible"),
    "duplicate.first_at": (" (first in {file} line {line})", " (déjà dans {file}, ligne {line})"),
    "duplicate.first_in": (" (first in {file})", " (déjà dans {file})"),
    # -- field readers (fields.py) --------------------------------------------------------------
    "file.too_many_problems": ("more than {count} problems in this file; fix the ones above and check it again",
                               "plus de {count} problèmes dans ce fichier ; corrigez ceux du dessus, "
                               "puis vérifiez de nouveau"),
    "field.not_mapping": ("{what} must be a mapping of 'key: value' lines, got {got}",
                          "{what} doit être une suite de lignes « clé: valeur », reçu {got}"),
    "field.unknown_key": ("unknown key {key} in {what}{hint}", "clé inconnue {key} dans {what}{hint}"),
    "field.missing_key": ("{what} needs {key}", "il manque {key} dans {what}"),
    "text.single": ("{key} must give one text per language, like '{{fr: \"…\", en: \"…\"}}', got a single text",
                    "{key} doit donner un texte par langue, comme « {{fr: \"…\", en: \"…\"}} », "
                    "reçu un seul texte"),
    "text.unknown_language": ("{key} has a text in {lang}, which is not one of the deck's languages "
                              "({languages}){hint}",
                              "{key} a un texte en {lang}, qui n’est pas une langue du jeu ({languages}){hint}"),
    "text.empty": ("{key} in {language} must be a non-empty text, got {got}",
                   "{key} en {language} doit être un texte non vide, reçu {got}"),
    "text.too_long": ("{key} in {lang} is {length} characters long; the limit is {limit}",
                      "{key} ({lang}) fait {length} caractères ; la limite est de {limit}"),
    "text.missing_language": ("{key} has no {language} text ({lang})",
                              "{key} n’a pas de texte en {language} ({lang})"),
    "text.missing_language_more": ("{count} more texts have no {language} text ({lang}), from here on",
                                   "{count} autres textes n’ont pas de texte en {language} ({lang}), à partir "
                                   "d’ici"),
    "languages.no_texts": ("{key} lists {language} ({lang}), but none of the deck's {count} texts is written in it; "
                           "write them, or take {lang} out of {key}",
                           "{key} contient la langue {language} ({lang}), mais aucun des {count} textes du jeu "
                           "n’est écrit dans cette langue ; écrivez-les, ou retirez {lang} de {key}"),
    "text_list.not_list": ("{key} must be a list of one or more texts ('- {{fr: …, en: …}}')",
                           "{key} doit être une liste d’un ou plusieurs textes (« - {{fr: …, en: …}} »)"),
    "string.not_text": ("{key} must be a text, got {got}{hint}", "{key} doit être un texte, reçu {got}{hint}"),
    "string.bad_format": ("{key} is {value}{hint}", "{key} vaut {value}{hint}"),
    "integer.not_integer": ("{key} must be {what}, got {got}", "{key} doit être {what}, reçu {got}"),
    "integer.range": ("{key} must be between {low} and {high}, got {value}",
                      "{key} doit être entre {low} et {high}, reçu {value}"),
    "id.bad_char": ("{key} is {value}: its character {char} (U+{code} {name}) at column {col} is not allowed{hint}",
                    "{key} vaut {value} : son caractère {char} (U+{code} {name}), colonne {col}, n’est pas "
                    "permis{hint}"),
    "integer.not_decimal": ("{key} is written {written}, which YAML reads as the number {value}; write it in "
                            "plain digits (no leading 0, no ':'), or in quotes if it is a text",
                            "{key} est écrit {written}, que YAML lit comme le nombre {value} ; écrivez-le en "
                            "chiffres simples (sans 0 au début ni « : »), ou entre guillemets si c’est un texte"),
    "integer.leading_zero": ("{key} is written {written}; write it in plain digits, without a leading 0, like {plain}",
                             "{key} est écrit {written} ; écrivez-le en chiffres simples, sans 0 au début, "
                             "comme {plain}"),
    "glyph.missing": ("{key}{lang}{of} holds {chars}, which the cards' font cannot print (print and the guide "
                      "would show an empty box or nothing); use another character",
                      "{key}{lang}{of} contient {chars}, que la police des cartes ne sait pas imprimer "
                      "(l’impression et le guide afficheraient une case vide, ou rien) ; utilisez un autre caractère"),
    "glyph.of": (" of {id}", " de {id}"),
    "glyph.char": ("{char} (U+{code} {name})", "{char} (U+{code} {name})"),
    "glyph.control": ("a control character", "un caractère de contrôle"),
    "boolean.not_boolean": ("{key} must be true or false, got {got}",
                            "{key} doit valoir « true » ou « false », reçu {got}"),
    "sources.not_list": ("{key} must be a list of one or more sources (each with title, publisher, year and url)",
                         "{key} doit être une liste d’une ou plusieurs sources (chacune avec title, "
                         "publisher, year et url)"),
    # -- records (records.py) -------------------------------------------------------------------
    "kind.not_one_of": ("{key} must be one of {choices}, got {got}{hint}",
                        "{key} doit être l’un de ces mots : {choices} (reçu {got}){hint}"),
    "card.no_kind": ("a card needs {key} ({choices})", "il manque {key} dans une carte ({choices})"),
    "card.theme_not_id": ("{key} must be a theme id, got {got}",
                          "{key} doit être l’identifiant d’un thème, reçu {got}"),
    "card.needs_theme": ("{what} needs a {key} (on the card, or at the top of the file)",
                         "il manque un {key} dans {what} (sur la carte, ou en haut du fichier)"),
    "indicator.twice": ("indicator {id} is listed twice", "l’indicateur {id} est écrit deux fois"),
    "decision.option_count": ("a decision needs 2 or 3 options, got {count}",
                              "une décision doit avoir 2 ou 3 options (ici : {count})"),
    "decision.same_option_id": ("two options of this decision have the same id",
                                "deux options de cette décision ont le même identifiant"),
    "scenario.same_decision_id": ("two decisions of this scenario have the same id",
                                  "deux décisions de ce scénario ont le même identifiant"),
    "effects.unknown_indicator": ("unknown indicator {key} in effects{hint}",
                                  "indicateur inconnu {key} dans « effects »{hint}"),
    "list.not_list": ("{key} must be a list ('- ' items)", "{key} doit être une liste (des éléments « - »)"),
    # -- the deck folder (loader.py) ------------------------------------------------------------
    "deck.not_here": ("no deck here: a deck folder holds cards/deck.yaml",
                      "aucun jeu ici : un dossier de jeu contient cards/deck.yaml"),
    "languages.not_list": ("{key} must be a list of language codes, like [fr, en]",
                           "{key} doit être une liste de codes de langue, comme « [fr, en] »"),
    "languages.bad_code": ("{code} is not a language code; write two-letter codes like [fr, en]",
                           "{code} n’est pas un code de langue ; écrivez des codes de deux lettres, "
                           "comme « [fr, en] »"),
    "languages.too_many": ("{key} lists {count} languages; a deck has at most {limit}",
                           "{key} donne {count} langues ; un jeu en a au plus {limit}"),
    "languages.no_french": ("{key} must include French (fr), the deck's first language",
                            "{key} doit contenir le français (fr), la première langue du jeu"),
    "themes.not_list": ("{key} must be a list of one or more themes, for example: "
                        "- {{id: bias, name: {{fr: Biais, en: Bias}}, colour: '#7B2D8E'}} (an icon is optional)",
                        "{key} doit être une liste d’un ou plusieurs thèmes, par exemple : « - {{id: biais, "
                        "name: {{fr: Biais, en: Bias}}, colour: '#7B2D8E'}} » (l’icône est facultative)"),
    "theme.id_twice": ("theme id {id} is used twice", "l’identifiant de thème {id} sert deux fois"),
    "asset.leaves_folder": ("the path {path} leaves the deck folder; write it relative to the deck folder, "
                            "like 'assets/icons/theme.svg'",
                            "le chemin {path} sort du dossier du jeu ; écrivez-le à partir du dossier du jeu, "
                            "comme « assets/icons/theme.svg »"),
    "asset.through_link": ("the path {path} leads outside the deck folder (through a link)",
                           "le chemin {path} mène hors du dossier du jeu (par un lien)"),
    "asset.missing": ("the file {path} does not exist in the deck folder",
                      "le fichier {path} n’existe pas dans le dossier du jeu"),
    "asset.unreadable": ("cannot read the file {path}: {reason}",
                         "impossible de lire le fichier {path} ({reason})"),
    # -- theme icons (icons.py, icon_paths.py): clauses that follow "cannot be drawn:" -----------
    "icon.problem": ("the icon {path} of theme {theme} cannot be drawn: {detail}",
                     "l’icône {path} du thème {theme} ne peut pas être dessinée : {detail}"),
    "icon.not_regular": ("it is not a regular file (a folder, a device or a pipe)",
                         "ce n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube)"),
    "icon.unreadable": ("cannot read it ({reason})", "impossible de la lire ({reason})"),
    "icon.too_big": ("it is {size} KiB; an icon may be at most {limit} KiB (save it as plain SVG, without "
                     "embedded pictures)",
                     "elle fait {size} Kio ; une icône fait au plus {limit} Kio (enregistrez-la en SVG simple, "
                     "sans image incorporée)"),
    "icon.picture": ("it is a {format} picture; a theme icon must be an SVG drawing (export it as SVG, or leave "
                     "'icon' out: a neutral mark is drawn)",
                     "c’est une image {format} ; l’icône d’un thème doit être un dessin SVG (exportez-la en SVG, "
                     "ou retirez « icon » : une marque neutre est dessinée)"),
    "icon.entities": ("it declares XML entities (<!ENTITY>), which are refused",
                      "elle déclare des entités XML (ENTITY), qui sont refusées"),
    "icon.not_svg": ("it is not readable SVG (line {line}, column {col}: {reason})",
                     "ce n’est pas un fichier SVG lisible (ligne {line}, colonne {col} : {reason})"),
    "icon.root": ("its first element is not <svg>", "son premier élément n’est pas <svg>"),
    "icon.view_box": ("its viewBox {value} must give four numbers, with a width and a height above 0",
                      "son viewBox {value} doit donner quatre nombres, dont une largeur et une hauteur "
                      "supérieures à 0"),
    "icon.size": ("its {name} {value} must be above 0", "sa dimension {name} {value} doit être supérieure à 0"),
    "icon.number": ("{raw} is not a usable number (in {name})", "{raw} n’est pas un nombre utilisable (dans {name})"),
    "icon.transform": ("the transform {value} is not supported (matrix, translate, scale, rotate, skewX and "
                       "skewY are)",
                       "la transformation {value} n’est pas prise en charge (matrix, translate, scale, rotate, "
                       "skewX et skewY le sont)"),
    "icon.path_short": ("a path (d) ends early or is malformed near {near}",
                        "un tracé (d) est incomplet ou mal écrit vers {near}"),
    "icon.path_start": ("a path (d) must start with a move (M)", "un tracé (d) doit commencer par un déplacement (M)"),
    "icon.path_command": ("a path (d) holds {cmd}, which is not a path command",
                          "un tracé (d) contient {cmd}, qui n’est pas une commande de tracé"),
    "icon.attribute": ("<{tag}> {name}={raw} is not a number", "dans <{tag}>, {name}={raw} n’est pas un nombre"),
    "icon.opacity": ("the opacity {value} is neither a number nor a percentage",
                     "l’opacité {value} n’est ni un nombre ni un pourcentage"),
    "icon.colour": ("the colour {value} is not supported (use #RRGGBB, rgb(…), a basic colour name or none)",
                    "la couleur {value} n’est pas prise en charge (utilisez #RRGGBB, rgb(…), un nom de couleur "
                    "simple ou none)"),
    "icon.gradient": ("it paints with {value} (a gradient or a pattern); use plain colours",
                      "elle peint avec {value} (un dégradé ou un motif) ; utilisez des couleurs unies"),
    "icon.effect": ("it uses {name}, which is not supported; remove it or flatten the drawing in your editor",
                    "elle utilise {name}, qui n’est pas pris en charge ; retirez-le ou aplatissez le dessin "
                    "dans votre éditeur"),
    "icon.element": ("it contains <{tag}>, which icons cannot hold{hint}",
                     "elle contient <{tag}>, qu’une icône ne peut pas contenir{hint}"),
    "icon.hint_text": ("; turn the text into paths (Inkscape: Path > Object to Path)",
                       " ; transformez le texte en chemins (Inkscape : Chemin > Objet en chemin)"),
    "icon.hint_shapes": ("; use paths and basic shapes", " ; utilisez des chemins et des formes simples"),
    "icon.stylesheet": ("it sets its colours in a <style> sheet; save it with the colours on the shapes "
                        "(Illustrator: Styling > Presentation Attributes; Inkscape: plain SVG)",
                        "elle définit ses couleurs dans une feuille <style> ; enregistrez-la avec les couleurs sur "
                        "les formes (Illustrator : Style > Attributs de présentation ; Inkscape : SVG simple)"),
    "icon.depth": ("it nests groups more than {limit} levels deep",
                   "elle imbrique des groupes sur plus de {limit} niveaux"),
    "icon.too_detailed": ("it has more than {limit} path points; simplify it",
                          "elle a plus de {limit} points de tracé ; simplifiez-la"),
    # -- what a workshop needs, and files not read (loader.py, runnable.py, folder.py) ----------
    "deck.no_agenda": ("the deck has no agenda: a workshop needs scenarios/agenda.yaml, its phases and their "
                       "minutes (copy the bundled deck's and adapt it)",
                       "le jeu n’a pas de programme : un atelier a besoin de scenarios/agenda.yaml, avec ses "
                       "étapes et leurs minutes (copiez celui du jeu fourni et adaptez-le)"),
    "deck.no_cards": ("the deck has no card: write cards in a .yaml file of the cards folder",
                      "le jeu n’a aucune carte : écrivez des cartes dans un fichier .yaml du dossier cards"),
    "phase.no_content": ("phase {id} is a {kind} phase, but the deck has {none}; add some, or take the phase "
                         "out of the agenda",
                         "l’étape {id} est une étape {kind}, mais le jeu n’a {none} ; ajoutez-en, ou retirez "
                         "l’étape du programme"),
    "none.debate": ("no debate card", "aucune carte débat"),
    "none.event": ("no event card", "aucune carte événement"),
    "none.scenario": ("no scenario", "aucun scénario"),
    "file.empty_cards": ("this card file is empty (or holds only comments), so it adds no card; write cards "
                         "under 'cards:' or remove the file",
                         "ce fichier de cartes est vide (ou ne contient que des commentaires) et n’ajoute aucune "
                         "carte ; écrivez des cartes sous « cards: » ou supprimez le fichier"),
    "file.empty_other": ("this file is empty (or holds only comments); write its content or remove the file",
                         "ce fichier est vide (ou ne contient que des commentaires) ; écrivez son contenu ou "
                         "supprimez le fichier"),
    "cards.empty_list": ("{key} lists no card; write cards under it or remove the file",
                         "{key} ne contient aucune carte ; écrivez des cartes dessous ou supprimez le fichier"),
    "scenario.no_indicators": ("{key} lists no indicator; a scenario needs at least one",
                               "{key} ne contient aucun indicateur ; un scénario en a besoin d’au moins un"),
    "scenario.no_decisions": ("{key} lists no decision; a scenario needs at least one",
                              "{key} ne contient aucune décision ; un scénario en a besoin d’au moins une"),
    "deck.skipped_file": ("note: {file} is not read (a deck reads only the .yaml and .yml files of cards/ and "
                          "scenarios/)",
                          "remarque : {file} n’est pas lu (un jeu ne lit que les fichiers .yaml et .yml de "
                          "cards/ et scenarios/)"),
    "cards.not_list": ("{key} must be a list of cards ('- id: …')",
                       "{key} doit être une liste de cartes (« - id: … »)"),
    "theme.unknown": ("unknown theme {theme}{hint} (the deck's themes: {themes}){odd}; the other cards of this "
                      "file with that theme are not listed",
                      "thème inconnu {theme}{hint} (thèmes du jeu : {themes}){odd} ; les autres cartes de ce "
                      "fichier avec ce thème ne sont pas listées"),
    "theme.unknown_refused": ("theme {theme} is refused in deck.yaml (line {line}, said above); its cards are "
                              "checked once it is fixed",
                              "le thème {theme} est refusé dans deck.yaml (ligne {line}, voir plus haut) ; ses "
                              "cartes seront vérifiées une fois le thème corrigé"),
    "theme.unknown_no_themes": ("unknown theme {theme}: deck.yaml declares no theme yet; add it under 'themes:', "
                                "for example: - {{id: bias, name: {{fr: Biais, en: Bias}}, colour: '#7B2D8E'}}",
                                "thème inconnu {theme} : deck.yaml ne déclare encore aucun thème ; ajoutez-le "
                                "sous « themes: », par exemple : « - {{id: biais, name: {{fr: Biais, en: Bias}}, "
                                "colour: '#7B2D8E'}} »"),
    "phases.not_list": ("{key} must be a list of one or more phases",
                        "{key} doit être une liste d’une ou plusieurs étapes"),
    "phase.id_twice": ("phase id {id} is used twice", "l’identifiant d’étape {id} sert deux fois"),
    "deck.duplicate_id": ("duplicate {what} id {id}{first}", "identifiant {what} en double : {id}{first}"),
    # -- reading one file (yamlread.py) ---------------------------------------------------------
    "file.unreadable": ("cannot read the file: {reason}", "impossible de lire le fichier ({reason})"),
    "file.not_regular": ("this is not a regular file (a folder, a device or a pipe); "
                         "a deck file is a plain text file",
                         "ce n’est pas un fichier ordinaire (c’est un dossier, un périphérique ou un tube) ; "
                         "un fichier du jeu est un simple fichier texte"),
    "file.too_big": ("the file is {size} MiB; a deck file may be at most {limit} MiB (split it into several files)",
                     "le fichier fait {size} Mio ; un fichier du jeu fait au plus {limit} Mio "
                     "(découpez-le en plusieurs fichiers)"),
    "file.nul": ("the file contains a NUL character; save it as plain UTF-8 text",
                 "le fichier contient un caractère NUL ; enregistrez-le en texte brut UTF-8"),
    "file.not_utf8": ("the file is not UTF-8 (byte 0x{byte}); save it as UTF-8 in your editor",
                      "le fichier n’est pas en UTF-8 (octet 0x{byte}) ; enregistrez-le en UTF-8 "
                      "dans votre éditeur"),
    "file.too_many_values": ("the file holds more than {count} values; split it into several files "
                             "(a card file usually holds a few dozen cards)",
                             "le fichier contient plus de {count} valeurs ; découpez-le en plusieurs fichiers "
                             "(un fichier de cartes en contient d’habitude quelques dizaines)"),
    "yaml.tab": ("a tab is used for indentation; YAML needs spaces (set your editor to insert spaces)",
                 "une tabulation sert d’indentation ; YAML demande des espaces (réglez votre éditeur "
                 "pour qu’il insère des espaces)"),
    "yaml.colon_above": ("not valid YAML: this line has no ':' after its key, so YAML read it and line {line} as one "
                         "text; write 'key: value'",
                         "YAML invalide : il manque « : » après la clé de cette ligne, si bien que YAML l’a lue "
                         "avec la ligne {line} comme un seul texte ; écrivez « clé: valeur »"),
    "yaml.invalid": ("not valid YAML: {problem}", "YAML invalide : {problem}"),
    # libyaml's own words, kept in parentheses in French when we have no better wording
    "yaml.libyaml": ("not valid YAML: {detail}",
                     "YAML invalide ; vérifiez cette ligne et celle du dessus (libyaml : {detail})"),
    "yaml.depth": ("the file nests more than {limit} levels deep",
                   "le fichier imbrique plus de {limit} niveaux"),
    "yaml.alias_unknown": ("the alias {alias} refers to no anchor written before it (or to itself)",
                           "l’alias {alias} ne renvoie à aucune ancre écrite avant lui (ou renvoie à lui-même)"),
    "yaml.alias_bomb": ("aliases (*name) expand this file far beyond what is written; that is refused "
                        "as a possible 'billion laughs' file",
                        "les alias (*nom) font grossir ce fichier bien au-delà de ce qui est écrit ; "
                        "il est refusé, comme possible attaque « billion laughs »"),
    "yaml.documents": ("a deck file holds one YAML document; remove the extra '---'",
                       "un fichier du jeu contient un seul document YAML ; supprimez le « --- » en trop"),
    "yaml.tag_plain": ("unsupported tag {tag} (only plain YAML is read)",
                       "étiquette {tag} non prise en charge (seul le YAML simple est lu)"),
    "yaml.tag": ("unsupported tag {tag}", "étiquette {tag} non prise en charge"),
    "yaml.key_container": ("a key must be a plain word, not a list or mapping",
                           "une clé doit être un simple mot, pas une liste ni un ensemble de clés"),
    "yaml.key_twice": ("the key {key} is written twice (first at line {line})",
                       "la clé {key} est écrite deux fois (la première à la ligne {line})"),
    "yaml.merge": ("'<<' merges a mapping (or a list of mappings) only",
                   "« << » ne fusionne qu’un ensemble de clés (ou une liste d’ensembles de clés)"),
    "yaml.value_unreadable": ("cannot read value {value}: {reason}",
                              "impossible de lire la valeur {value} ({reason})"),
    "yaml.number_too_long": ("the number {value} is {length} characters long; a number in a deck has at most "
                             "{limit} (put it in quotes if it is a text)",
                             "le nombre {value} fait {length} caractères ; un nombre du jeu en a au plus "
                             "{limit} (mettez-le entre guillemets si c’est un texte)"),
    # libyaml's most common complaints: English is libyaml's own text, French says what to do
    "yaml.p.flow_mapping": ("while parsing a flow mapping, did not find expected ',' or '}}'",
                            "une accolade « {{ » n’est pas fermée : il manque « , » ou « }} »"),
    "yaml.p.flow_sequence": ("while parsing a flow sequence, did not find expected ',' or ']'",
                             "un crochet « [ » n’est pas fermé : il manque « , » ou « ] »"),
    "yaml.p.quoted": ("while scanning a quoted scalar, found unexpected end of stream",
                      "un guillemet n’est pas fermé : le texte entre guillemets ouvert plus haut "
                      "ne se termine jamais"),
    "yaml.p.block_mapping": ("while parsing a block mapping, did not find expected key",
                             "mauvaise indentation : cette ligne n’est pas alignée sur les clés du dessus "
                             "(ou du texte suit un guillemet fermant)"),
    "yaml.p.block_collection": ("while parsing a block collection, did not find expected '-' indicator",
                                "mauvaise indentation : un élément de liste « - » aligné sur ceux du dessus "
                                "est attendu ici"),
    "yaml.p.mapping_values": ("mapping values are not allowed in this context",
                              "deux-points « : » inattendu ; mettez entre guillemets un texte qui contient "
                              "« : », ou vérifiez l’indentation"),
    "yaml.p.bad_character": ("while scanning for the next token, found character that cannot start any token",
                             "caractère interdit au début d’une valeur (comme @ ou `) ; mettez la valeur "
                             "entre guillemets"),
    "yaml.p.simple_key": ("while scanning a simple key, could not find expected ':'",
                          "il manque « : » après une clé (chaque ligne s’écrit « clé: valeur »)"),
    "yaml.p.escape": ("while parsing a quoted scalar, found unknown escape character",
                      "barre oblique inverse « \\ » inconnue dans un texte entre guillemets doubles ; "
                      "doublez-la, ou mettez le texte entre guillemets simples"),
}
# Braces that are not fields are doubled ({{ }}): every template goes through format_map.


def _typeset_french(text: str) -> str:
    """French spacing: no-break inside « » and before :, narrow no-break before ; ? !."""
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»").replace(" :", NBSP + ":")
    for mark in ";?!":
        text = text.replace(" " + mark, NNBSP + mark)
    return text


CATALOGUE: dict[str, dict[str, str]] = {
    key: {"en": en, "fr": _typeset_french(fr)} for key, (en, fr) in _TEMPLATES.items()
}


def template_fields(template: str) -> set[str]:
    """The names of the ``{fields}`` a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Message:
    """A deck message not yet put into words: a catalogue key and its fields."""

    __slots__ = ("key", "fields")

    def __init__(self, key: str, /, **fields: object) -> None:
        if key not in CATALOGUE:
            raise KeyError(f"no message {key!r} in the deck catalogue")
        self.key = key
        self.fields = fields

    def render(self, lang: str = "en") -> str:
        """The message in ``lang`` ("en" or "fr"; any other language gets English)."""
        templates = CATALOGUE[self.key]
        template = templates.get(lang) or templates["en"]
        if not self.fields:
            return template.format_map({})
        return template.format_map({name: render_value(value, lang) for name, value in self.fields.items()})

    def __repr__(self) -> str:
        return f"Message({self.key!r}, {self.fields!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.key, self.fields) == (other.key, other.fields)

    def __hash__(self) -> int:
        return hash(self.key)


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
        return f'"{value}"' if self.double else repr(value)


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


def _printable(text: str) -> str:
    """Text from a file made safe for one line: control characters written as escapes."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def _safe_str(value: object, lang: str) -> str:
    try:
        return str(value)
    except ValueError:  # an int too long for str(); MAX_NUMBER_CHARS should prevent it
        if isinstance(value, int):
            return Message("quote.huge_number", digits=value.bit_length() * 3 // 10).render(lang)
        return "?"


def render_value(value: object, lang: str) -> str:
    """One field of a message, in ``lang``."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, (Message, Quoted, Num, Listed)):
        return value.render(lang)
    return str(value)


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
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"
