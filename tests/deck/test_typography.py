"""The bundled deck follows one typographic rule in each language (see docs/content-guide.md).

French: U+00A0 (no-break space) before « : » and inside « guillemets »; U+202F (narrow
no-break space) before ; ? ! %, after ≈, as the thousands separator and between a number
and its unit; the typographic apostrophe ’; ordinals written 1er, 4e, 2de.
English: “curly quotes” and ’, and no French spacing.

Every text a reader sees is checked: cards, notes, source notes, publishers written in each
language, themes, scenarios, agenda (a publisher written once is a name, as its source writes it).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

import pytest

from bataille.deck import Deck, Name, Source, Text, bundled_deck_path, load_deck

NBSP = "\u00a0"  # no-break space
NNBSP = "\u202f"  # narrow no-break space

# Foreign proper names quoted as they are written in their own language.
FOREIGN_NAMES = ("Jeopardy!", "Pseudomnesia: The Electrician")

UNITS = r"(?:M€|M\$|Md\$|\$|€|TWh|MWh|kWh|Wh|mL|L|t|Mt|g|kg|m³|W|min|h)(?![\w’])"

# (rule, pattern that must NOT match); each pattern finds one kind of mistake.
FRENCH_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("straight apostrophe ' (write ’)", re.compile(r"'")),
    ('straight quote " (write « … »)', re.compile(r'"')),
    ("English quotes “ ” in French (write « … »)", re.compile(r"[“”]")),
    ("« not followed by U+00A0", re.compile(rf"«(?!{NBSP})")),
    ("» not preceded by U+00A0", re.compile(rf"(?<!{NBSP})»")),
    (": not preceded by U+00A0", re.compile(rf"(?<!{NBSP}):")),
    ("; ? ! % not preceded by U+202F", re.compile(rf"(?<!{NNBSP})[;?!%]")),
    ("≈ not followed by U+202F", re.compile(rf"≈(?!{NNBSP})")),
    ("thousands not separated by U+202F", re.compile(rf"\d[ {NBSP}]\d{{3}}(?!\d)")),
    ("number and unit not joined by U+202F", re.compile(rf"\d[ {NBSP}]{UNITS}")),
    ("ordinal not written 1er, 2e, 2de", re.compile(r"\d(?:ème|ième|eme|ère|ere|è|nde)\b|[ᵉʳ]")),
    ("two spaces in a row", re.compile(rf"[ {NBSP}{NNBSP}]{{2}}")),
    ("three dots (write …)", re.compile(r"\.\.\.")),
)

ENGLISH_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("straight apostrophe ' (write ’)", re.compile(r"'")),
    ('straight quote " (write “ ”)', re.compile(r'"')),
    ("French guillemets in English", re.compile(r"[«»]")),
    ("French spacing before : ; ? ! %", re.compile(rf"[ {NBSP}{NNBSP}][:;?!%]")),
    ("two spaces in a row", re.compile(rf"[ {NBSP}{NNBSP}]{{2}}")),
    ("three dots (write …)", re.compile(r"\.\.\.")),
)


def deck_texts(obj: object, where: str) -> Iterator[tuple[str, str, str]]:
    """Every (where, lang, text) reachable from ``obj``: cards, themes, scenarios, agenda, notes."""
    if isinstance(obj, Name):  # a publisher's own name, written as its source writes it
        return
    if isinstance(obj, Text):
        for lang, value in obj.values:
            yield where, lang, value
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from deck_texts(getattr(obj, f.name), f"{where}.{f.name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from deck_texts(item, f"{where}[{getattr(item, 'id', i)}]")


def problems(text: str, rules: tuple[tuple[str, re.Pattern[str]], ...]) -> list[str]:
    """The rules ``text`` breaks, each with the spot (spaces shown as ⍽ nbsp and · narrow nbsp)."""
    for name in FOREIGN_NAMES:
        text = text.replace(name, "X")
    found = []
    for rule, pattern in rules:
        for m in pattern.finditer(text):
            spot = text[max(0, m.start() - 20): m.end() + 20].replace(NBSP, "⍽").replace(NNBSP, "·")
            found.append(f"{rule}: …{spot}…")
    return found


RULES = {"fr": FRENCH_RULES, "en": ENGLISH_RULES}


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(bundled_deck_path())


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_text_follows_the_typography_of_its_language(deck: Deck, lang: str) -> None:
    report = [
        f"{where} ({lang}): {problem}"
        for where, text_lang, text in deck_texts(deck, "deck")
        if text_lang == lang
        for problem in problems(text, RULES[lang])
    ]
    assert not report, f"{len(report)} typography problem(s):\n" + "\n".join(report)


def test_source_titles_and_publishers_use_typographic_quotes(deck: Deck) -> None:
    sources: list[tuple[str, Source]] = [
        (card.id, source) for card in deck.cards for source in getattr(card, "sources", ())
    ]
    assert sources
    bad = [
        f"{card_id}: {value!r}"
        for card_id, source in sources
        for value in (source.title, *(text for _, text in source.publisher.values))
        if "'" in value or '"' in value
    ]
    assert not bad, "straight quotes in sources (write ’ and “ ” or « »):\n" + "\n".join(bad)


def test_the_walk_reaches_every_kind_of_text(deck: Deck) -> None:
    """Guard against a walk that silently checks nothing."""
    wheres = {where for where, _, _ in deck_texts(deck, "deck")}
    for part in (".themes[", ".cards[", ".notes", ".sources[", ".scenarios[", ".decisions[",
                 ".options[", ".agenda.phases[", ".prompts_for["):
        assert any(part in w for w in wheres), part


# The rules themselves, on small examples.

GOOD_FR = (
    f"Un test{NBSP}: passer pour un humain{NNBSP}; «{NBSP}hiver de l’IA{NBSP}»{NNBSP}? "
    f"21{NNBSP}% de ≈{NNBSP}700{NNBSP}000{NNBSP}L, le 1er août, en 4e et en 2de{NNBSP}!"
)


def test_a_well_set_french_sentence_passes() -> None:
    assert problems(GOOD_FR, FRENCH_RULES) == []


@pytest.mark.parametrize(
    "bad",
    [
        "Un test : passer",  # plain space before :
        "Un test: passer",  # no space before :
        f"Un test{NNBSP}: passer",  # narrow space before :
        f"Un moratoire{NBSP}?",  # wide space before ?
        "21 %",  # plain space before %
        f"«hiver{NBSP}»",  # nothing after «
        f"«{NBSP}hiver »",  # plain space before »
        "l'IA",  # straight apostrophe
        "“hiver”",  # English quotes
        "700 000 L",  # plain thousands separator
        f"945{NBSP}TWh",  # wide space between number and unit
        "≈ 0,3",  # plain space after ≈
        "la 4ème",  # ordinal
        "le 1ère",  # ordinal
        "attendez...",  # three dots
    ],
)
def test_each_french_mistake_is_caught(bad: str) -> None:
    assert problems(bad, FRENCH_RULES), bad


@pytest.mark.parametrize(
    "bad",
    [f"A test{NBSP}: passing", "Really ?", "21 %", "«winter»", "AI's", 'a "winter"'],
)
def test_each_english_mistake_is_caught(bad: str) -> None:
    assert problems(bad, ENGLISH_RULES), bad


def test_english_as_written_passes() -> None:
    assert problems("A test: passing for a human; the “AI winter”? 21% of 700,000 L, it’s!",
                    ENGLISH_RULES) == []


def test_foreign_names_keep_their_own_punctuation() -> None:
    assert problems(f"le jeu «{NBSP}Jeopardy!{NBSP}»", FRENCH_RULES) == []
