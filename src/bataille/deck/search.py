"""Whether a card matches what a teacher typed in a search: one rule for the deck browser and the
deck editor's card filter, so that a search carried from one into the other finds the same cards.

What is searched: what the card says, in the language the cards are shown in (title, figure, text,
claim, context, the arguments on a debate's back, an event's year), its sources (title, year, and
the publisher in every language: "IEA" or « AIE »), and its id. The caller adds the words the
screen shows around it (its kind, its theme's name, an event's month). Facilitator notes and
addresses are left out: neither is on the card, so a card found by them would show no trace of
the word looked for.

How: every word typed must begin a word of the card, case and accents aside ("eau" finds « L’eau »
and « eaux », not « réseau » or « nouveau »; "energie" finds « Énergie »). Words typed joined by an
apostrophe, a hyphen or a comma must follow each other on the card: "l'ia" finds « l’IA », not
every card holding an "l" and an "ia"; "34,7" finds « 34,7 % »; "bias-gender" finds the card whose
id begins so.

A card is either a deck's ``Card`` or, in the editor, its mapping as read from a draft's YAML
(which may be incomplete or wrong): both are read by the same functions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from .models import FALLBACK_LANGUAGE, Text

# A keyboard types ' and "; the deck is typeset with ’ and « » (and English “ ”). Apostrophes all
# become ', so that "l'IA" finds « l’IA »; quotation marks become spaces, so that "juge" typed with
# or without quotes finds « juge » (a search matches words, never a quoted phrase).
_SAME_FOR_SEARCH = str.maketrans({**dict.fromkeys("’‘`´", "'"), **dict.fromkeys('«»“”„‹›"', " ")})
_WORD = re.compile(r"\w+")
_FIELD_BREAK = " |"  # between two fields: words typed together are never found across it

_SHOWN = ("id", "title", "figure", "text", "claim", "context")  # what the card says, in one language
_PROMPTS = ("prompts_for", "prompts_against")  # the arguments printed on a debate's back


def fold(text: str) -> str:
    """Lower case without accents, apostrophes and quotation marks alike: "energie" finds "Énergie",
    "l'ia" finds "L’IA", and "juge" finds « juge »."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SAME_FOR_SEARCH))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def query_terms(query: str) -> list[str]:
    """What a search asks for, ready for ``matches``: one term per word typed (words joined by an
    apostrophe, a hyphen or a comma make one term). No term: every card matches."""
    terms = (" " + " ".join(_words(typed)) for typed in fold(query).split())
    return [term for term in terms if term.strip()]


def index_of(texts: Iterable[str]) -> str:
    """The texts of a card as ``matches`` reads them: their words, folded, each after a space."""
    return "".join(" " + " ".join(_words(text)) + _FIELD_BREAK for text in texts if text)


def matches(terms: list[str], index: str) -> bool:
    """True when every term begins a word of the card (``index_of``), its words in a row."""
    return all(term in index for term in terms)


def card_matches(query: str, card: object, lang: str, labels: Iterable[str] = ()) -> bool:
    """Whether ``card`` (a ``Card`` or a draft's mapping) matches ``query`` in ``lang``; ``labels``
    are the words shown around the card (its kind, its theme's name)."""
    return matches(query_terms(query), index_of([*card_texts(card, lang), *labels]))


def value_of(item: object, key: str) -> object:
    """The field ``key`` of a deck's card or source, or of its mapping in a draft (None when absent)."""
    if isinstance(item, Mapping):
        return item.get(key)
    return getattr(item, key, None)


def _plain(value: object) -> str:
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else ""


def in_language(value: object, lang: str) -> str:
    """A text as ``Text.get`` reads it (``lang``, else French, else the first language), whether a
    deck's ``Text``, a draft's mapping of languages or a plain string."""
    if isinstance(value, Text):
        return value.get(lang)
    if isinstance(value, Mapping):
        for key in (lang, FALLBACK_LANGUAGE):
            if key in value:
                return _plain(value[key])
        return next((_plain(v) for v in value.values()), "")
    return _plain(value)


def _every_language(value: object) -> list[str]:
    if isinstance(value, Text):
        return list(dict.fromkeys(text for _, text in value.values))
    if isinstance(value, Mapping):
        return list(dict.fromkeys(_plain(v) for v in value.values()))
    return [_plain(value)]


def _listed(value: object) -> list:
    return list(value) if isinstance(value, (list, tuple)) else []


def card_texts(card: object, lang: str) -> list[str]:
    """The texts of ``card`` a search looks at, in ``lang`` (see the module's docstring)."""
    texts = [in_language(value_of(card, key), lang) for key in _SHOWN]
    texts += [in_language(prompt, lang) for key in _PROMPTS for prompt in _listed(value_of(card, key))]
    if value_of(card, "kind") == "event" and value_of(card, "year"):
        texts.append(_plain(value_of(card, "year")))
    for source in _listed(value_of(card, "sources")):
        texts += [_plain(value_of(source, "title")), *_every_language(value_of(source, "publisher")),
                  _plain(value_of(source, "year"))]
    return texts
