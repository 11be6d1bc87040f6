"""The words of a deck's problems, in French and English: its fields, its records, the deck folder,
its theme icons, and what a workshop needs of it.

Templates only (key -> (French, English)); ``messages.CATALOGUE`` gathers them with the rest.
Braces that are not fields are doubled ({{ }}): every template goes through format_map.
"""

PROBLEM_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- field readers (fields.py) --------------------------------------------------------------
    "file.too_many_problems": ("plus de {count} problèmes dans ce fichier ; corrigez ceux du dessus, "
                               "puis vérifiez de nouveau",
                               "more than {count} problems in this file; fix the ones above and check it again"),
    "field.not_mapping": ("{what} doit être une suite de lignes « clé: valeur », reçu {got}",
                          "{what} must be a mapping of “key: value” lines, got {got}"),
    "field.unknown_key": ("clé inconnue {key} dans {what}{hint}", "unknown key {key} in {what}{hint}"),
    "field.missing_key": ("il manque {key} dans {what}", "{what} needs {key}"),
    "text.single": ("{key} doit donner un texte par langue, comme « {{fr: \"…\", en: \"…\"}} », "
                    "reçu un seul texte",
                    "{key} must give one text per language, like “{{fr: \"…\", en: \"…\"}}”, got a single text"),
    "text.unknown_language": ("{key} a un texte en {lang}, qui n’est pas une langue du jeu ({languages}){hint}",
                              "{key} has a text in {lang}, which is not one of the deck's languages "
                              "({languages}){hint}"),
    "text.colonless_language": ("{key} : il manque le deux-points après « {lang} » ; écrivez « {lang}: \"…\" »",
                                "{key}: the colon after “{lang}” is missing; write “{lang}: \"…\"”"),
    "text.empty": ("{key} en {language} doit être un texte non vide, reçu {got}",
                   "{key} in {language} must be a non-empty text, got {got}"),
    # A field left empty (a new deck's, a new card's): what to write there, with an example (blank.py).
    "text.blank": ("{key} en {language} est vide : écrivez-y {what}{example}",
                   "{key} in {language} is empty: write {what}{example}"),
    "string.blank": ("{key} est vide : écrivez-y {what}{example}", "{key} is empty: write {what}{example}"),
    "text.too_long": ("{key} ({lang}) fait {length} caractères ; la limite est de {limit}",
                      "{key} in {lang} is {length} characters long; the limit is {limit}"),
    "text.missing_language": ("{key} n’a pas de texte en {language} ({lang}) : écrivez-le, par exemple {example}",
                              "{key} has no {language} text ({lang}): write it, for example {example}"),
    "text.missing_language_more": ("{count} autres textes n’ont pas de texte en {language} ({lang}), à partir "
                                   "d’ici",
                                   "{count} more texts have no {language} text ({lang}), from here on"),
    "languages.no_texts": ("{key} contient la langue {language} ({lang}), mais aucun des {count} textes du jeu "
                           "n’est écrit dans cette langue ; écrivez-les, ou retirez {lang} de {key}",
                           "{key} lists {language} ({lang}), but none of the deck's {count} texts is written in it; "
                           "write them, or take {lang} out of {key}"),
    "text_list.not_list": ("{key} doit être une liste d’un ou plusieurs textes (« - {{fr: …, en: …}} »)",
                           "{key} must be a list of one or more texts (“- {{fr: …, en: …}}”)"),
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
    "source.lang_unknown": ("{key} doit être le code en deux lettres de la langue du titre de la source, comme "
                            "fr ou en (codes possibles : {codes} ; sans {key}, la langue n’est pas précisée), "
                            "reçu {got}",
                            "{key} must be the two-letter code of the language the source's title is in, such as "
                            "fr or en (known codes: {codes}; without {key}, the language is not said), got {got}"),
    "source.year_future": ("{key} est une année à venir ({value}) : écrivez l’année où la source a été publiée, "
                           "{now} au plus tard",
                           "{key} is a year still to come ({value}): write the year the source was published, "
                           "{now} at the latest"),
    "event.year_zero": ("{key} vaut 0, une année qui n’existe pas : l’an 1 av.\u00a0J.-C. s’écrit -1, "
                        "l’an 1 apr.\u00a0J.-C. s’écrit 1",
                        "{key} is 0, a year that does not exist: 1 BC is written -1, AD 1 is written 1"),
    "integer.range": ("{key} doit être entre {low} et {high}, reçu {value}",
                      "{key} must be between {low} and {high}, got {value}"),
    "id.bad_char": ("{key} vaut {value} : son caractère {char} (U+{code} {name}), colonne {col}, n’est pas "
                    "permis{hint}",
                    "{key} is {value}: its character {char} (U+{code} {name}) at column {col} is not allowed{hint}"),
    "integer.not_decimal": ("{key} est écrit {written}, que YAML lit comme le nombre {value} ; écrivez-le en "
                            "chiffres simples (sans 0 au début ni « : »), ou entre guillemets si c’est un texte",
                            "{key} is written {written}, which YAML reads as the number {value}; write it in "
                            "plain digits (no leading 0, no “:”), or in quotes if it is a text"),
    "integer.leading_zero": ("{key} est écrit {written} ; écrivez-le en chiffres simples, sans 0 au début, "
                             "comme {plain}",
                             "{key} is written {written}; write it in plain digits, without a leading 0, like {plain}"),
    "glyph.missing": ("{key}{lang}{of} contient {chars}, que la police des cartes ne sait pas imprimer "
                      "(l’impression et le guide afficheraient une case vide, ou rien) ; utilisez un autre caractère",
                      "{key}{lang}{of} holds {chars}, which the cards’ font cannot print (print and the guide "
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
    # A decision offers the room 2 or 3 options (records.py); the editor's buttons are named.
    "decision.option_count.none": ("cette décision n’a aucune option : ajoutez-en 2 ou 3 avec « + Option »",
                                   "this decision has no option: add 2 or 3 with “+ Option”"),
    "decision.option_count.one": ("cette décision n’a qu’une option : ajoutez-en une autre avec « + Option » "
                                  "(il en faut 2 ou 3)",
                                  "this decision has only one option: add another with “+ Option” (it needs 2 or 3)"),
    "decision.option_count.many": ("cette décision a {count} options, 3 au plus : retirez-en avec la croix "
                                   "« Retirer » à droite d’une option",
                                   "this decision has {count} options, 3 at most: remove some with the cross "
                                   "“Remove” beside an option"),
    "decision.same_option_id": ("deux options de cette décision ont le même identifiant",
                                "two options of this decision have the same id"),
    "scenario.same_decision_id": ("deux décisions de ce scénario ont le même identifiant",
                                  "two decisions of this scenario have the same id"),
    "indicator.unused": ("l’indicateur {id} ne sert à aucun effet, alors que les effets nomment {key} {count}"
                         " : vouliez-vous dire {key} ?",
                         "indicator {id} is used by no effect, while effects name {key} {count}: "
                         "did you mean {key}?"),
    "count.once": ("une fois", "once"),
    "count.times": ("{n} fois", "{n} times"),
    "hint.indicators": (" ; les indicateurs de ce scénario sont : {indicators}",
                        "; this scenario's indicators are: {indicators}"),
    "effects.unknown_indicator": ("indicateur inconnu {key} dans « effects »{hint}",
                                  "unknown indicator {key} in effects{hint}"),
    "list.not_list": ("{key} doit être une liste (des éléments « - »)", "{key} must be a list (“- ” items)"),
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
                        "“- {{id: bias, name: {{fr: Biais, en: Bias}}, colour: '#7B2D8E'}}” (an icon is optional)"),
    "theme.id_twice": ("l’identifiant de thème {id} sert deux fois", "theme id {id} is used twice"),
    "asset.leaves_folder": ("le chemin {path} sort du dossier du jeu ; écrivez-le à partir du dossier du jeu, "
                            "comme « assets/icons/theme.svg »",
                            "the path {path} leaves the deck folder; write it relative to the deck folder, "
                            "like “assets/icons/theme.svg”"),
    "asset.through_link": ("le chemin {path} mène hors du dossier du jeu (par un lien)",
                           "the path {path} leads outside the deck folder (through a link)"),
    "asset.missing": ("le fichier {path} n’existe pas dans le dossier du jeu{used} : copiez-le là (le dossier "
                      "assets/ se place à côté du dossier cards/), ou retirez la ligne « icon: »",
                      "the file {path} does not exist in the deck folder{used}: copy it there (the assets/ folder "
                      "sits beside the cards/ folder), or remove the line “icon:”"),
    "asset.named_by": (" (nommé par {n} thèmes)", " (named by {n} themes)"),
    "asset.folder_missing": ("le dossier {folder} n’est pas dans le dossier du jeu : les icônes {count} manquent "
                             "(la première, {first}) ; copiez le dossier {folder} à côté de votre dossier cards/, "
                             "ou retirez la ligne « icon: » de ces thèmes",
                             "the folder {folder} is not in the deck folder: the icons {count} are missing "
                             "(the first, {first}); copy the {folder} folder beside your cards/ folder, or remove "
                             "the line “icon:” of these themes"),
    "count.theme": ("d’un thème", "of one theme"),
    "count.themes": ("de {n} thèmes", "of {n} themes"),
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
                     "“icon” out: a neutral mark is drawn)"),
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
                         "under “cards:” or remove the file"),
    "file.empty_other": ("ce fichier est vide (ou ne contient que des commentaires) ; écrivez son contenu ou "
                         "supprimez le fichier",
                         "this file is empty (or holds only comments); write its content or remove the file"),
    "cards.empty_list": ("{key} ne contient aucune carte ; écrivez des cartes dessous ou supprimez le fichier",
                         "{key} lists no card; write cards under it or remove the file"),
    "scenario.no_indicators": ("{key} ne contient aucun indicateur ; un scénario en a besoin d’au moins un : "
                               "écrivez-en un dessous, avec id et name",
                               "{key} lists no indicator; a scenario needs at least one: write one under it, with "
                               "id and name"),
    "scenario.no_decisions": ("{key} ne contient aucune décision ; un scénario en a besoin d’au moins une : "
                              "écrivez-en une dessous, avec id, title, situation et options",
                              "{key} lists no decision; a scenario needs at least one: write one under it, with "
                              "id, title, situation and options"),
    "deck.skipped_file": ("remarque : {file} n’est pas lu (un jeu ne lit que les fichiers .yaml et .yml de "
                          "cards/ et scenarios/)",
                          "note: {file} is not read (a deck reads only the .yaml and .yml files of cards/ and "
                          "scenarios/)"),
    "cards.not_list": ("{key} doit être une liste de cartes (« - id: … »)",
                       "{key} must be a list of cards (“- id: …”)"),
    "theme.unknown": ("thème inconnu {theme}{hint} (thèmes du jeu : {themes}){odd} ; signalé une seule fois "
                      "pour toutes les cartes de ce fichier qui le citent",
                      "unknown theme {theme}{hint} (the deck's themes: {themes}){odd}; said once for all the "
                      "cards of this file that name it"),
    "theme.unknown_refused": ("le thème {theme} est refusé dans deck.yaml (ligne {line}, voir plus haut) ; ses "
                              "cartes seront vérifiées une fois le thème corrigé",
                              "theme {theme} is refused in deck.yaml (line {line}, said above); its cards are "
                              "checked once it is fixed"),
    "theme.unknown_no_themes": ("thème inconnu {theme} : deck.yaml ne déclare encore aucun thème ; ajoutez-le "
                                "sous « themes: », par exemple : « - {{id: biais, name: {{fr: Biais, en: Bias}}, "
                                "colour: '#7B2D8E'}} »",
                                "unknown theme {theme}: deck.yaml declares no theme yet; add it under “themes:”, "
                                "for example: “- {{id: bias, name: {{fr: Biais, en: Bias}}, colour: '#7B2D8E'}}”"),
    "phases.not_list": ("{key} doit être une liste d’une ou plusieurs étapes, chacune avec id, kind, minutes et "
                        "title",
                        "{key} must be a list of one or more phases, each with id, kind, minutes and title"),
    "phase.id_twice": ("l’identifiant d’étape {id} sert deux fois", "phase id {id} is used twice"),
    "deck.place": ("« {where} »", "{where}"),  # file:line:col inside a message
    "deck.duplicate_id": ("deux {what} ont l’identifiant {id} ({first} et {second}) : changez l’un des deux",
                          "two {what} have the id {id} ({first} and {second}): change one of them"),
    # -- the same problems as the deck window says them to a teacher (ui/deck_window/editor/marks.py):
    # no YAML words, but what is missing and the button that adds it ({add}, {fact}, {debate}) -----
    "editor.cards.empty_list": ("ce thème n’a encore aucune carte : choisissez sa ligne dans la liste des cartes, "
                                "puis ajoutez-en une avec {fact} ou {debate}",
                                "this theme has no card yet: choose its row in the card list, then add one with "
                                "{fact} or {debate}"),
    "editor.sources.not_list": ("cette carte n’a aucune source : ajoutez-en une avec {add} (son titre, son auteur "
                                "ou éditeur, son année et son adresse), pour que la salle sache d’où vient le fait",
                                "this card has no source: add one with {add} (its title, author or publisher, "
                                "year and address), so the room knows where the fact comes from"),
    "editor.text_list.not_list": ("{key} : aucun argument encore ; ajoutez-en au moins un avec {add}, pour lancer "
                                  "le camp qui le défendra",
                                  "{key}: no argument yet; add at least one with {add}, to start off the side "
                                  "that will argue it"),
    "editor.phases.not_list": ("le programme n’a aucune étape : ajoutez-en au moins une avec {add}",
                               "the agenda has no phase: add at least one with {add}"),
    "editor.themes.not_list": ("le jeu n’a aucun thème : ajoutez-en au moins un avec {add} ; ses cartes en "
                               "prennent le nom et la couleur",
                               "the deck has no theme: add at least one with {add}; its cards take its name and "
                               "colour"),
    "editor.scenario.no_indicators": ("ce scénario n’a aucun indicateur : ajoutez-en au moins un avec {add} ; les "
                                      "choix de la salle le font monter ou descendre",
                                      "this scenario has no indicator: add at least one with {add}; the room's "
                                      "choices move it up or down"),
    "editor.scenario.no_decisions": ("ce scénario n’a aucune décision à prendre : ajoutez-en au moins une avec "
                                     "{add}",
                                     "this scenario has no decision to take: add at least one with {add}"),
    # A key the editor has no field for: it cannot be mended there; the line to change in a text editor.
    "editor.field.unknown_key_rename": ("clé inconnue {key} dans {what}{hint} Dans un éditeur de texte, "
                                        "renommez-la {word} ou supprimez la ligne {line}",
                                        "unknown key {key} in {what}{hint} In a text editor, rename it {word} "
                                        "or delete line {line}"),
    "editor.field.unknown_key_delete": ("clé inconnue {key} dans {what}{hint} ; dans un éditeur de texte, "
                                        "supprimez la ligne {line} ou corrigez sa clé",
                                        "unknown key {key} in {what}{hint}; in a text editor, delete line {line} "
                                        "or correct its key"),
    # A source's year left out: what to write there, with an example, as for an empty field.
    "editor.source.missing_year": ("il manque {key} dans une source : écrivez l’année de publication de la "
                                   "source, par exemple 2018",
                                   "a source needs {key}: write the year the source was published, for example "
                                   "2018"),
    # -- what to write in an empty field, and an example in the field's language (blank.py) --------
    "blank.any": ("un texte", "a text"),
    "blank.example": (", par exemple {text}", ", for example {text}"),
    "blank.deck.title": ("le titre du jeu", "the deck's title"),
    "example.deck.title": ("Notre charte de l’IA", "Our AI charter"),
    "blank.deck.name": ("le nom du thème, imprimé sur ses cartes", "the theme's name, printed on its cards"),
    "example.deck.name": ("Vie du lycée", "School life"),
    "blank.deck.version": ("la version du jeu", "the deck's version"),
    "example.deck.version": ("0.1.0", "0.1.0"),
    "blank.agenda.title": ("le titre de l’étape", "the phase's title"),
    "example.agenda.title": ("Accueil et règles du jeu", "Welcome and rules"),
    "blank.cards.title": ("le titre de la carte", "the card's title"),
    "example.cards.title": ("Visages : des erreurs très inégales", "Face analysis: very unequal errors"),
    "blank.cards.text": ("le texte de la carte", "the card's text"),
    "example.cards.text": ("Un centre de données consomme de l’eau pour se refroidir.",
                           "A data centre uses water to keep cool."),
    "blank.cards.figure": ("le chiffre clé", "the key figure"),
    "example.cards.figure": ("34,7 % contre 0,8 %", "34.7% vs 0.8%"),
    "blank.cards.claim": ("l’affirmation que la salle va débattre", "the claim the room will debate"),
    "example.cards.claim": ("Les devoirs faits avec une IA devraient être interdits.",
                            "Homework done with an AI should be banned."),
    "blank.cards.context": ("ce que la salle doit savoir avant de voter", "what the room needs to know before voting"),
    "example.cards.context": ("Une IA peut rédiger un devoir en quelques secondes.",
                              "An AI can write an essay in a few seconds."),
    "blank.cards.prompts_for": ("une idée pour l’affirmation", "an argument for the claim"),
    "example.cards.prompts_for": ("On apprend en cherchant soi-même.", "We learn by working things out ourselves."),
    "blank.cards.prompts_against": ("une idée contre l’affirmation", "an argument against the claim"),
    "example.cards.prompts_against": ("L’IA peut expliquer ce qu’on n’a pas compris.",
                                      "An AI can explain what we did not understand."),
    # By the kind of card, or the part of a scenario, being read (blank.py): a debate's title is not a fact's.
    "blank.debate.title": ("le titre du débat, en quelques mots", "the debate's title, in a few words"),
    "example.debate.title": ("L’IA pour les devoirs", "AI for homework"),
    "blank.event.title": ("l’événement, en quelques mots", "the event, in a few words"),
    "example.event.title": ("Sortie de ChatGPT", "ChatGPT comes out"),
    "blank.event.text": ("ce qui s’est passé cette année-là, en une ou deux phrases",
                         "what happened that year, in a sentence or two"),
    "example.event.text": ("OpenAI ouvre à tous un agent conversationnel qui rédige.",
                           "OpenAI opens a chatbot that writes on request to everyone."),
    "blank.scenario.title": ("le titre du scénario", "the scenario's title"),
    "example.scenario.title": ("Le lycée en 2035", "School in 2035"),
    "blank.scenario.intro": ("la situation de départ, racontée à la salle", "the starting situation, as told to the room"),
    "example.scenario.intro": ("En 2035, chaque élève a un assistant IA.", "In 2035, every pupil has an AI assistant."),
    "blank.decision.title": ("la question que la salle tranche, en quelques mots",
                             "the question the room settles, in a few words"),
    "example.decision.title": ("Les devoirs à la maison", "Homework"),
    "blank.decision.situation": ("la situation à trancher, en une ou deux phrases",
                                 "the situation to settle, in a sentence or two"),
    "example.decision.situation": ("Une IA rédige un devoir en quelques secondes.",
                                   "An AI writes homework in a few seconds."),
    "blank.option.consequence": ("ce que ce choix change, raconté à la salle", "what this choice changes, as told to the room"),
    "example.option.consequence": ("Les devoirs se font désormais en classe.", "Homework is now done in class."),
    "blank.cards.publisher": ("l’auteur ou l’éditeur de la source", "the source's author or publisher"),
    "example.cards.publisher": ("Joy Buolamwini, Timnit Gebru", "Joy Buolamwini, Timnit Gebru"),
    "blank.source.title": ("le titre de la source, tel qu’elle l’écrit", "the source's title, as it writes it"),
    "example.source.title": ("Gender Shades", "Gender Shades"),
    "blank.source.publisher": ("l’auteur ou l’éditeur de la source", "the source's author or publisher"),
    "example.source.publisher": ("Joy Buolamwini, Timnit Gebru", "Joy Buolamwini, Timnit Gebru"),
    "blank.source.url": ("l’adresse de la source, copiée depuis le navigateur",
                         "the source's address, copied from the browser"),
    "example.source.url": ("https://proceedings.mlr.press/v81/buolamwini18a.html",
                           "https://proceedings.mlr.press/v81/buolamwini18a.html"),
    "blank.scenario.name": ("le nom de la jauge", "the indicator's name"),
    "example.scenario.name": ("Confiance dans l’information", "Trust in information"),
    "blank.scenario.label": ("l’option, en quelques mots", "the option, in a few words"),
    "example.scenario.label": ("Étiquette obligatoire", "Mandatory label"),
}
