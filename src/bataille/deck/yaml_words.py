"""The words of a deck file that cannot be read as YAML, in French and English: the file itself
(unreadable, too big, not UTF-8), its values and anchors, and the parser's faults put plainly.

Templates only (key -> (French, English)); ``messages.CATALOGUE`` gathers them with the rest.
Braces that are not fields are doubled ({{ }}): every template goes through format_map.
"""

YAML_TEMPLATES: dict[str, tuple[str, str]] = {
    # -- reading one file (yamlread.py, yamlbuild.py, yamlhints.py) -----------------------------
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
                         "not valid YAML: this line has no “:” after its key, so YAML read it and line {line} as one "
                         "text; write “key: value”"),
    "yaml.key_colon": ("il manque « : » après {key} : écrivez {example}",
                       "a “:” is missing after {key}: write {example}"),
    "yaml.quote_open": ("YAML invalide : le guillemet {quote} ouvert ici n’est pas fermé : écrivez le guillemet "
                        "fermant sur la même ligne, par exemple {example} (sans lui, YAML lit la suite comme du "
                        "texte {reach})",
                        "not valid YAML: the quotation mark {quote} opened here is not closed: write the closing "
                        "quotation mark on the same line, for example {example} (without it, YAML reads what "
                        "follows as text {reach})"),
    "text.quote_unopened": ("ce texte finit par un guillemet « \" » qui n’est jamais ouvert : écrivez aussi "
                            "« \" » au début du texte, par exemple {example}",
                            "this text ends with a quotation mark “\"” that is never opened: write “\"” at its "
                            "start too, for example {example}"),
    "yaml.reach.line": ("jusqu’à la ligne {line}", "up to line {line}"),
    "yaml.reach.end": ("jusqu’à la fin du fichier", "up to the end of the file"),
    "yaml.reach.key": ("jusqu’au guillemet de {key}", "up to the quotation mark of {key}"),
    "yaml.flow.brace_open": ("YAML invalide : l’accolade « {{ » ouverte ligne {line}, colonne {col} n’est pas "
                             "fermée : écrivez « }} » à la fin de cette ligne, comme dans "
                             "« title: {{fr: \"…\", en: \"…\"}} »",
                             "not valid YAML: the brace “{{” opened on line {line}, column {col} is not closed: "
                             "write “}}” at the end of this line, as in “title: {{fr: \"…\", en: \"…\"}}”"),
    "yaml.flow.bracket_open": ("YAML invalide : le crochet « [ » ouvert ligne {line}, colonne {col} n’est pas "
                               "fermé : écrivez « ] » à la fin de cette ligne, comme dans « languages: [fr, en] »",
                               "not valid YAML: the bracket “[” opened on line {line}, column {col} is not closed: "
                               "write “]” at the end of this line, as in “languages: [fr, en]”"),
    "yaml.flow.comma": ("YAML invalide : il manque une virgule « , » avant {key} : entre accolades, séparez les "
                        "entrées par des virgules, comme dans « {{fr: \"…\", en: \"…\"}} »",
                        "not valid YAML: a comma “,” is missing before {key}: inside braces, separate the entries "
                        "with commas, as in “{{fr: \"…\", en: \"…\"}}”"),
    "yaml.apostrophe": ("YAML invalide : l’apostrophe de {word} ferme le texte ouvert par une apostrophe, et "
                        "la suite n’est plus lue comme du texte : écrivez l’apostrophe typographique, {typographic}, "
                        "ou doublez-la, {doubled}",
                        "not valid YAML: the apostrophe in {word} ends the text opened with an apostrophe, and "
                        "what follows is no longer read as text: write the typographic apostrophe, {typographic}, "
                        "or double it, {doubled}"),
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
                        "as a possible “billion laughs” file"),
    "yaml.documents": ("un fichier du jeu contient un seul document YAML ; supprimez le « --- » en trop",
                       "a deck file holds one YAML document; remove the extra “---”"),
    "yaml.tag_plain": ("étiquette {tag} non prise en charge (seul le YAML simple est lu)",
                       "unsupported tag {tag} (only plain YAML is read)"),
    "yaml.tag": ("étiquette {tag} non prise en charge", "unsupported tag {tag}"),
    "yaml.key_container": ("une clé doit être un simple mot, pas une liste ni un ensemble de clés",
                           "a key must be a plain word, not a list or mapping"),
    "yaml.key_twice": ("la clé {key} est écrite deux fois (la première à la ligne {line})",
                       "the key {key} is written twice (first at line {line})"),
    "yaml.merge": ("« << » ne fusionne qu’un ensemble de clés (ou une liste d’ensembles de clés)",
                   "“<<” merges a mapping (or a list of mappings) only"),
    "yaml.value_unreadable": ("impossible de lire la valeur {value} ({reason})",
                              "cannot read value {value}: {reason}"),
    "yaml.number_too_long": ("le nombre {value} fait {length} caractères ; un nombre du jeu en a au plus "
                             "{limit} (mettez-le entre guillemets si c’est un texte)",
                             "the number {value} is {length} characters long; a number in a deck has at most "
                             "{limit} (put it in quotes if it is a text)"),
    # libyaml's most common complaints, said in both languages as what to do (libyaml's own words,
    # "while parsing a block mapping, did not find expected key", tell a teacher nothing)
    "yaml.p.flow_mapping": ("une accolade « {{ » n’est pas fermée : il manque « , » ou « }} »",
                            "a brace “{{” is not closed: a “,” or a “}}” is missing"),
    "yaml.p.flow_sequence": ("un crochet « [ » n’est pas fermé : il manque « , » ou « ] »",
                             "a bracket “[” is not closed: a “,” or a “]” is missing"),
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
                          "décalée",
                          "wrong indentation: this line starts at column {col}, line {line} above it at column "
                          "{line_col}; the keys of one group start in the same column (like “fr:” and “en:” under "
                          "“title:”): align whichever of the two is out of line"),
    # The same, said in spaces when both lines are keys with only spaces before them (what a teacher counts).
    "yaml.p.misaligned_spaces": ("mauvaise indentation : cette ligne a {spaces} devant, la ligne {line} au-dessus "
                                 "en a {line_spaces} ; les clés d’un même groupe ont autant d’espaces devant elles "
                                 "(comme « fr: » et « en: » sous « title: ») : alignez celle des deux qui est "
                                 "décalée",
                                 "wrong indentation: this line has {spaces} before it, line {line} above it has "
                                 "{line_spaces}; the keys of one group have as many spaces before them (like “fr:” "
                                 "and “en:” under “title:”): align whichever of the two is out of line"),
    "yaml.p.key_deeper": ("mauvaise indentation : cette ligne a {spaces} devant, la ligne {line} au-dessus en a "
                          "{line_spaces} devant sa clé ; plus décalée, cette ligne est lue comme la suite du texte "
                          "de la ligne {line} : donnez-lui autant d’espaces qu’à la clé du dessus (et si un texte "
                          "contient « : », mettez-le entre guillemets)",
                          "wrong indentation: this line has {spaces} before it, line {line} above it has "
                          "{line_spaces} before its key; set further in, this line is read as the rest of line "
                          "{line}'s text: give it as many spaces as the key above (and if a text contains “:”, put "
                          "it in quotes)"),
    "yaml.spaces.one": ("{n} espace", "{n} space"),
    "yaml.spaces.many": ("{n} espaces", "{n} spaces"),
    "yaml.spaces.zero": ("0 espace", "0 spaces"),
    "yaml.p.block_collection": ("mauvaise indentation : un élément de liste « - » aligné sur ceux du dessus "
                                "est attendu ici",
                                "wrong indentation: a list item “-” aligned with the ones above is expected here"),
    "yaml.p.mapping_values": ("deux-points « : » inattendu ; mettez entre guillemets un texte qui contient "
                              "« : », ou vérifiez l’indentation",
                              "unexpected colon “:”; put a text that contains “:” in quotes, or check the "
                              "indentation"),
    "yaml.p.bad_character": ("caractère interdit au début d’une valeur (comme @ ou `) ; mettez la valeur "
                             "entre guillemets",
                             "a value cannot start with this character (such as @ or `); put the value in quotes"),
    "yaml.p.simple_key": ("il manque « : » après une clé (chaque ligne s’écrit « clé: valeur »)",
                          "a “:” is missing after a key (each line is written “key: value”)"),
    "yaml.p.flow_node": ("une valeur manque entre crochets ou accolades : deux virgules se suivent, une virgule "
                         "suit « [ » ou « {{ », ou un signe (comme « - » ou « }} ») est à la place d’une valeur ; "
                         "séparez les valeurs par une seule virgule, comme dans « languages: [fr, en] » (un texte "
                         "qui commence par un signe s’écrit entre guillemets)",
                         "a value is missing between brackets or braces: two commas follow each other, a comma "
                         "follows “[” or “{{”, or a sign (such as “-” or “}}”) stands where a value should be; "
                         "separate the values with one comma, as in “languages: [fr, en]” (a text that starts with "
                         "a sign is written in quotes)"),
    "yaml.p.dash_inline": ("un « - » suit « clé: » sur la même ligne : une liste s’écrit à la ligne, un élément "
                           "par ligne, chacun commençant par « - » sous la clé ; si c’est un texte qui commence "
                           "par « - », mettez-le entre guillemets, comme « title: \"- 20 %\" »",
                           "a “-” follows “key:” on the same line: a list is written on the lines below, one item "
                           "a line, each starting with “-” under the key; if it is a text that starts with “-”, "
                           "put it in quotes, as in “title: \"- 20 %\"”"),
    "yaml.p.anchor": ("une valeur commence par « & » ou « * », que YAML lit comme une ancre ou un alias ; "
                      "mettez la valeur entre guillemets, comme « publisher: \"& co\" »",
                      "a value starts with “&” or “*”, which YAML reads as an anchor or an alias; put the value "
                      "in quotes, as in “publisher: \"& co\"”"),
    "yaml.p.directive": ("une ligne commence par « % », que YAML lit comme une directive ; mettez la valeur "
                         "entre guillemets, comme « figure: \"% des emplois\" »",
                         "a line starts with “%”, which YAML reads as a directive; put the value in quotes, as in "
                         "“figure: \"% of jobs\"”"),
    # yamlplain.py: a mistake placed where it is, with what to write
    "yaml.space_after_colon": ("il manque une espace après {key} : sans elle, YAML ne voit pas de clé sur cette "
                               "ligne ; écrivez {example}",
                               "a space is missing after {key}: without it, YAML sees no key on this line; "
                               "write {example}"),
    "yaml.colon_in_text": ("deux-points « : » inattendu dans un texte : YAML le prend pour le début d’une autre "
                           "clé ; mettez le texte entre guillemets, comme {example}",
                           "unexpected colon “:” inside a text: YAML takes it for the start of another key; put "
                           "the text in quotes, as in {example}"),
    "yaml.colon_in_braces": ("un texte entre accolades contient « : », que YAML prend pour le début d’une autre "
                             "clé : mettez ce texte entre guillemets, comme {example}",
                             "a text between braces contains “:”, which YAML takes for the start of another key: "
                             "put this text in quotes, as in {example}"),
    "yaml.after_quote": ("{extra} suit le guillemet qui ferme le texte : écrivez tout le texte entre les "
                         "guillemets, comme {example}",
                         "{extra} follows the quotation mark that ends the text: write the whole text between the "
                         "quotation marks, as in {example}"),
    "yaml.after_quote_inside": ("{extra} suit le guillemet qui ferme le texte : un texte qui contient des "
                                "guillemets droits s’écrit entre apostrophes, comme {example}",
                                "{extra} follows the quotation mark that ends the text: a text that contains straight "
                                "quotation marks is written between apostrophes, as in {example}"),
    "yaml.after_flow": ("{extra} suit le {closing} qui ferme la valeur : effacez-le",
                        "{extra} follows the {closing} that ends the value: remove it"),
    "yaml.p.escape": ("barre oblique inverse « \\ » inconnue dans un texte entre guillemets doubles ; "
                      "doublez-la, ou mettez le texte entre guillemets simples",
                      "a backslash “\\” starts an unknown escape in a double-quoted text; double it, or put "
                      "the text in single quotes"),
}
