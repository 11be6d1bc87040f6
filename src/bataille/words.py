"""One home for the words of the core: the catalogue shape, the message type, French typography, the language.

Every catalogue maps a key to (French, English), French first. French is written with ordinary
spaces and typeset once, when the catalogue is built: a no-break space (U+00A0) before « : »
and inside « guillemets », a narrow no-break space (U+202F) before ; ? ! %. A ``Message`` is a
key of one catalogue and its fields, put into words only when shown (``render(lang)``), so a
check that finds nothing costs nothing. The deck checker, the exporter, the summary and the
session's history each hold one catalogue; the Qt ``.ts`` files stay for the widgets.
"""

from __future__ import annotations

import errno
import os
import re
import string
import unicodedata
from collections.abc import Hashable, Mapping

LANGUAGES = ("fr", "en")  # French first, English complete
NBSP = "\u00a0"
NNBSP = "\u202f"
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")  # a keyboard's apostrophe inside a word
# Characters French typography uses that the bundled font (Atkinson Hyperlegible) lacks, and the
# closest glyph it has (the narrow no-break space keeps its no-break meaning). Print applies them
# (export.fonts.clean_text), and so do the screen's compiled translations and the stage: drawn as
# they are, each would make Qt find and load a second font for one space.
FONT_SUBSTITUTES = {
    "\u202f": NBSP,  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u2007": NBSP,  # figure space
    "\u2011": "-",  # non-breaking hyphen
}
_FONT_TABLE = str.maketrans(FONT_SUBSTITUTES)


def for_the_font(text: str) -> str:
    """``text`` with the characters the bundled font lacks replaced by the nearest it has."""
    return text.translate(_FONT_TABLE)


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss"})


def without_accents(text: str) -> str:
    """``text`` with its accents taken off and its ligatures written out (« Œuvres créées » gives
    « OEuvres creees »), for names made of plain letters: a deck's id, a file's name."""
    plain = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in plain if not unicodedata.combining(c))


MINUS = "\u2212"  # the minus sign of print and the stage: "−12", as wide as "+12", never "-12"


def minus_sign(number: str) -> str:
    """A number as Python writes it (``-12``, ``+3,5``, ``-2.14e+09``) with the true minus sign,
    for what people read (the stage, the guide, the summary's PDF and Markdown); a spreadsheet's
    or a program's number keeps its hyphen-minus."""
    return number.replace("-", MINUS)


def language(code: str | None) -> str:
    """The language the core speaks for ``code``: "fr" for any French ("fr", "fr_CA"…), else English."""
    return "fr" if (code or "").lower().startswith("fr") else "en"


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """ "fr" when the locale (LC_ALL, then LC_MESSAGES, then LANG) is French, else "en"."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return language(value)
    return "en"


def counted(count: int, noun: str) -> str:
    """``count`` and an English ``noun`` agreeing with it ("1 page", "80 pages"), for the commands' own lines."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


_NUMBER = re.compile(r"\d+(?:[\s\u00a0\u202f.,]\d+)*")


def figure_in_title(figure: str, title: str) -> bool:
    """Whether a fact's ``title`` already gives its ``figure``'s first number ("×300 000 : du calcul…"
    gives "×300 000"; "300,000" and "300 000" are the same number), so the two are said once."""
    numbers = [re.sub(r"\D", "", n) for n in _NUMBER.findall(figure)]
    return bool(numbers) and numbers[0] in (re.sub(r"\D", "", n) for n in _NUMBER.findall(title))


def typeset_french(text: str) -> str:
    """French spacing: no-break inside « » and before :, narrow no-break before ; ? ! %."""
    text = text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»").replace(" :", NBSP + ":")
    for mark in ";?!%":
        text = text.replace(" " + mark, NNBSP + mark)
    return text


def typeset(text: str, lang: str) -> str:
    """What the room typed, set for print: a keyboard's straight apostrophe between letters becomes
    the typographic one (n'est -> n’est, AI's -> AI’s); in French, the spaces of typeset_french."""
    text = _APOSTROPHE.sub("\u2019", text)
    return typeset_french(text) if lang == "fr" else text


_FRENCH_OPENING, _FRENCH_CLOSING = re.compile(r"«\s*"), re.compile(r"\s*»")


def quoted(text: str, lang: str) -> str:
    """``text`` between the language's quotation marks, its own quotes turned to the inner kind, as
    typesetting alternates them: « Dire “merci” à une IA », “Saying ‘thank you’ to an AI”."""
    if lang == "fr":
        inner = _FRENCH_CLOSING.sub("”", _FRENCH_OPENING.sub("“", text))
        return f"«\u00a0{inner}\u00a0»"
    return "“" + text.replace("“", "‘").replace("”", "’") + "”"


def template_fields(template: str) -> set[str]:
    """The names of the ``{fields}`` a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


class Catalogue(dict):
    """key -> {"fr": French (typeset), "en": English}, built from (French, English) pairs."""

    def __init__(self, name: str, entries: Mapping[Hashable, tuple[str, str]]) -> None:
        super().__init__({key: {"fr": typeset_french(fr), "en": en} for key, (fr, en) in entries.items()})
        self.name = name

    def text(self, key: Hashable, lang: str) -> str:
        """The words of ``key`` in ``lang`` (English for a language the catalogue does not have)."""
        return self[key]["fr" if lang == "fr" else "en"]


def render_value(value: object, lang: str) -> str:
    """One field of a message in ``lang``: text as it is, a tuple joined with spaces, a Message rendered."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, tuple):
        return " ".join(render_value(v, lang) for v in value)
    render = getattr(value, "render", None)
    return render(lang) if callable(render) else str(value)


class Message:
    """A message not yet put into words: a key of ``catalogue`` and its fields.

    A field is plain text, a number, a tuple of fields, or anything with ``render(lang)``
    (another Message, a value quoted from a file, a number written each language's way).
    """

    __slots__ = ("key", "fields")
    catalogue: Catalogue  # each kind of message names its catalogue

    def __init__(self, key: str, /, **fields: object) -> None:
        if key not in self.catalogue:
            raise KeyError(f"no message {key!r} in the {self.catalogue.name} catalogue")
        self.key = key
        self.fields = fields

    def render(self, lang: str = "en") -> str:
        """The message in ``lang`` ("fr" or "en"; any other language gets English)."""
        template = self.catalogue.text(self.key, lang)
        return template.format_map({name: render_value(value, lang) for name, value in self.fields.items()})

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, {self.fields!r})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and (self.key, self.fields) == (other.key, other.fields)

    def __hash__(self) -> int:
        return hash(self.key)


_OS_REASONS_FR = {
    errno.EACCES: "accès refusé", errno.EPERM: "opération non permise",
    errno.ENOENT: "fichier ou dossier introuvable", errno.EISDIR: "c’est un dossier",
    errno.ENOTDIR: "un élément du chemin n’est pas un dossier", errno.ENOSPC: "plus de place sur le disque",
    errno.EROFS: "support en lecture seule", errno.ENAMETOOLONG: "nom de fichier trop long",
    errno.EDQUOT: "quota de disque dépassé",
}


class OsReason:
    """Why the system refused a file (an OSError), as a message field: its own English words, or
    ours in French."""

    __slots__ = ("errno", "english")

    def __init__(self, exc: OSError) -> None:
        self.errno = exc.errno
        self.english = exc.strerror or str(exc)

    def render(self, lang: str) -> str:
        return _OS_REASONS_FR.get(self.errno, self.english) if lang == "fr" else self.english

    def __str__(self) -> str:
        return self.english
