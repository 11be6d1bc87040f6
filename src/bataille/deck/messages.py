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
    "noun.fact_card": ("une carte fait", "a fact card"),
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
    "hint.did_you_mean": (" ; vouliez-vous dire {word} ?", "; did you mean {word}?"),
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
    "text.empty": ("{key} en {language} doit être un texte non vide, reçu {got}",
                   "{key} in {language} must be a non-empty text, got {got}"),
    "text.too_long": ("{key} ({lang}) fait {length} caractères ; la limite est de {limit}",
                      "{key} in {lang} is {length} characters long; the limit is {limit}"),
    "text.missing_language": ("{key} n’a pas de texte en {language} ({lang})",
                              "{key} has no {language} text ({lang})"),
    "text_list.not_list": ("{key} doit être une liste d’un ou plusieurs textes (« - {{fr: …, en: …}} »)",
                           "{key} must be a list of one or more texts ('- {{fr: …, en: …}}')"),
    "string.not_text": ("{key} doit être un texte, reçu {got}{hint}", "{key} must be a text, got {got}{hint}"),
    "string.bad_format": ("{key} vaut {value}{hint}", "{key} is {value}{hint}"),
    "integer.not_integer": ("{key} doit être {what}, reçu {got}", "{key} must be {what}, got {got}"),
    "integer.range": ("{key} doit être entre {low} et {high}, reçu {value}",
                      "{key} must be between {low} and {high}, got {value}"),
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
    "cards.not_list": ("{key} doit être une liste de cartes (« - id: … »)",
                       "{key} must be a list of cards ('- id: …')"),
    "theme.unknown": ("thème inconnu {theme}{hint} (thèmes du jeu : {themes}) ; les autres cartes de ce fichier "
                      "avec ce thème ne sont pas listées",
                      "unknown theme {theme}{hint} (the deck's themes: {themes}); the other cards of this file "
                      "with that theme are not listed"),
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
    "yaml.invalid": ("YAML invalide : {problem}", "not valid YAML: {problem}"),
    # libyaml's own words, kept in parentheses in French when we have no better wording
    "yaml.libyaml": ("YAML invalide ; vérifiez cette ligne et celle du dessus (libyaml : {detail})",
                     "not valid YAML: {detail}"),
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
    # libyaml's most common complaints: English is libyaml's own text, French says what to do
    "yaml.p.flow_mapping": ("une accolade « {{ » n’est pas fermée : il manque « , » ou « }} »",
                            "while parsing a flow mapping, did not find expected ',' or '}}'"),
    "yaml.p.flow_sequence": ("un crochet « [ » n’est pas fermé : il manque « , » ou « ] »",
                             "while parsing a flow sequence, did not find expected ',' or ']'"),
    "yaml.p.quoted": ("un guillemet n’est pas fermé : le texte entre guillemets ouvert plus haut "
                      "ne se termine jamais",
                      "while scanning a quoted scalar, found unexpected end of stream"),
    "yaml.p.block_mapping": ("mauvaise indentation : cette ligne n’est pas alignée sur les clés du dessus "
                             "(ou du texte suit un guillemet fermant)",
                             "while parsing a block mapping, did not find expected key"),
    "yaml.p.block_collection": ("mauvaise indentation : un élément de liste « - » aligné sur ceux du dessus "
                                "est attendu ici",
                                "while parsing a block collection, did not find expected '-' indicator"),
    "yaml.p.mapping_values": ("deux-points « : » inattendu ; mettez entre guillemets un texte qui contient "
                              "« : », ou vérifiez l’indentation",
                              "mapping values are not allowed in this context"),
    "yaml.p.bad_character": ("caractère interdit au début d’une valeur (comme @ ou `) ; mettez la valeur "
                             "entre guillemets",
                             "while scanning for the next token, found character that cannot start any token"),
    "yaml.p.simple_key": ("il manque « : » après une clé (chaque ligne s’écrit « clé: valeur »)",
                          "while scanning a simple key, could not find expected ':'"),
    "yaml.p.escape": ("barre oblique inverse « \\ » inconnue dans un texte entre guillemets doubles ; "
                      "doublez-la, ou mettez le texte entre guillemets simples",
                      "while parsing a quoted scalar, found unknown escape character"),
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
        return f'"{value}"' if self.double else repr(value)


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
