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

import re
from collections.abc import Mapping

from bataille import words
from bataille.words import NBSP, NNBSP, render_value, template_fields  # noqa: F401 - re-exported

from .problem_words import PROBLEM_TEMPLATES
from .yaml_words import YAML_TEMPLATES

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
    "id_of.cards": ("cartes", "cards"),
    "id_of.scenarios": ("scénarios", "scenarios"),
    "type.mapping": ("un ensemble de clés", "a mapping"),
    "type.list": ("une liste", "a list"),
    "type.nothing": ("une valeur vide", "nothing"),
    "type.yes_no": ("une valeur oui/non", "yes/no"),
    "type.number": ("le nombre {value}", "the number {value}"),
    "type.text": ("un texte", "a text"),
    "quote.cut": ("{text} ({length} caractères)", "{text} ({length} characters)"),
    "quote.empty": ("un texte vide", "an empty text"),
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
                "; an id uses letters, digits, “-” and “_” only (at most 64), like “env-water-training”"),
    "hint.colour": (" ; une couleur s’écrit entre guillemets droits, comme « \"#RRGGBB\" » (sans eux, # "
                    "commence un commentaire en YAML)",
                    '; a colour is written “"#RRGGBB"”, in quotes (a bare # starts a comment in YAML)'),
    "hint.url": (" ; l’adresse (url) d’une source commence par http:// ou https://",
                 "; a source url starts with http:// or https://"),
    "reason.unreadable_path": ("chemin illisible", "unreadable path"),
    # -- a deck's problems (problem_words.py), a file YAML cannot read (yaml_words.py) ----------
    **PROBLEM_TEMPLATES,
    **YAML_TEMPLATES,
}
# Braces that are not fields are doubled ({{ }}): every template goes through format_map.


# English is written with the interface's typographic apostrophe (the deck’s title), as French is.
_APOSTROPHE = re.compile(r"(?<=[\w}])'(?=\w)")
CATALOGUE = words.Catalogue("deck", {key: (fr, _APOSTROPHE.sub("\u2019", en)) for key, (fr, en) in _TEMPLATES.items()})


class Message(words.Message):
    """A deck message not yet put into words: a key of the deck's catalogue and its fields."""

    __slots__ = ()
    catalogue = CATALOGUE


class Quoted:
    """A value written in the deck file, quoted as each language quotes (“x” / « x »), cut when long."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def render(self, lang: str) -> str:
        value = self.value
        if isinstance(value, dict):
            return TYPE_MAPPING.render(lang)
        if isinstance(value, list):
            return TYPE_LIST.render(lang)
        if not isinstance(value, str):
            return _safe_str(value, lang)
        if len(value) > QUOTE_LIMIT:
            text = quote(_printable(value[: QUOTE_LIMIT - 1]) + "…", lang)
            return Message("quote.cut", text=text, length=len(value)).render(lang)
        return quote(_printable(value), lang) if value.strip() else Message("quote.empty").render(lang)


def quote(text: str, lang: str) -> str:
    """``text`` between the quotation marks of the interface: « x » in French, “x” in English. Unlike
    ``words.quoted``, quotation marks inside are left as written: they are the file's own."""
    return f"«{NBSP}{text}{NBSP}»" if lang == "fr" else f"“{text}”"


class Code:
    """Something to write in the file, such as ``en: "Gender Shades"``: « x » / “x”, shown as it is typed."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def render(self, lang: str) -> str:
        text = "".join(c if c.isprintable() or c in (NBSP, NNBSP) else repr(c)[1:-1] for c in self.text)
        return quote(text, lang)


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
    return Quoted(value) if len(str(value)) < 40 else TYPE_TEXT


def language_name(code: str) -> Message | str:
    """The name of a deck language in words ("French" / « français »), else its code."""
    return LANGUAGE_NAMES.get(code, code)


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """"fr" when the environment's locale (LC_ALL, then LC_MESSAGES, then LANG) is French, else "en"."""
    return words.language_from_environment(environ)
