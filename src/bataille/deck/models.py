"""The deck as the workshop knows it: themes, cards, scenarios and the agenda (frozen, Qt-free)."""

from __future__ import annotations

from dataclasses import field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from .frozen import Frozen, record

if TYPE_CHECKING:
    from datetime import date

FALLBACK_LANGUAGE = "fr"

CARD_KINDS = ("fact", "debate", "event")
PHASE_KINDS = ("intro", "timeline", "debate", "scenario", "debrief", "break")
# The languages a source's title may be said to be in (``lang: de``): two-letter ISO 639-1 codes
# that the exports can name (« en allemand », "in German"). A title in another language goes unsaid.
SOURCE_LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl", "ca", "eu", "pl", "cs", "sv", "da", "no", "fi",
                    "el", "ro", "hu", "ru", "uk", "tr", "ar", "he", "hi", "zh", "ja", "ko")


def neutral_icon() -> Path:
    """The mark drawn for a theme without an icon, shipped beside the bundled deck's icons."""
    package = Path(__file__).resolve().parent.parent  # src/bataille or site-packages/bataille
    packaged = package / "_bundled" / "assets" / "icons" / "neutral.svg"
    return packaged if packaged.is_file() else package.parent.parent / "assets" / "icons" / "neutral.svg"


@record
class Text(Frozen):
    """A bilingual (or multilingual) text: one string per language code."""

    values: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, **values: str) -> Text:
        """Build a text from keyword arguments, e.g. ``Text.of(fr="…", en="…")``."""
        return cls(tuple(values.items()))

    def get(self, lang: str) -> str:
        """The text in ``lang``, falling back to French, then to any language."""
        table = dict(self.values)
        if lang in table:
            return table[lang]
        if FALLBACK_LANGUAGE in table:
            return table[FALLBACK_LANGUAGE]
        return self.values[0][1] if self.values else ""

    def __getitem__(self, lang: str) -> str:
        return self.get(lang)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang, _ in self.values)

    def __bool__(self) -> bool:
        return any(text for _, text in self.values)


EMPTY_TEXT = Text(())


@record
class Name(Text):
    """A name written once, the same in every language: a publisher written as a plain string.

    It holds the name in each of the deck's languages, so that it is read like any text
    (``.get(lang)``); being a ``Name`` says that it was written once, as its source writes it,
    and is no French to typeset (``tests/deck/test_typography.py`` leaves it alone).
    """

    @classmethod
    def same(cls, text: str, languages: tuple[str, ...] = ("fr", "en")) -> Name:
        """``text`` in each of ``languages``, e.g. ``Name.same("Reuters")``."""
        return cls(tuple((lang, text) for lang in languages))


@record
class Source(Frozen):
    """Where a figure or a date comes from: enough for a teacher to check it."""

    title: str
    publisher: Text  # a Name (written once, e.g. "Reuters") or a text per language ("… (on Bloomberg’s analysis)")
    year: int
    url: str
    note: Text = EMPTY_TEXT
    checked: str = ""  # "YYYY-MM": the month someone last opened it and found the figure there ("" never)
    lang: str = ""  # the language its title is in (one of SOURCE_LANGUAGES), "" when the deck does not say

    def short(self, lang: str) -> str:
        """One line for a card face in ``lang``: publisher, year."""
        return f"{self.publisher.get(lang)}, {self.year}"

    def months_since_checked(self, today: date) -> int | None:
        """Whole months from the month it was checked to ``today``'s month (None when never checked)."""
        if not self.checked:
            return None
        year, month = (int(part) for part in self.checked.split("-"))
        return (today.year * 12 + today.month) - (year * 12 + month)


@record
class Theme(Frozen):
    """One of the five debate themes, with the colour and icon the room learns to recognise."""

    id: str
    name: Text
    colour: str
    icon: str  # path relative to the deck folder; "" when the deck gives none (a neutral mark is drawn)
    description: Text = EMPTY_TEXT


@record
class Card(Frozen):
    """What every card has: an id, a kind, a title, an optional theme and facilitator notes."""

    id: str
    kind: str
    title: Text
    theme: str | None
    notes: Text = field(default=EMPTY_TEXT, kw_only=True)
    source_file: str = field(default="", kw_only=True, compare=False)
    source_line: int = field(default=0, kw_only=True, compare=False)
    source_col: int = field(default=0, kw_only=True, compare=False)


@record
class FactCard(Card):
    """A fact played as evidence in a debate: a statement, a key figure and its sources."""

    text: Text = EMPTY_TEXT
    figure: Text = EMPTY_TEXT
    contested: bool = False
    sources: tuple[Source, ...] = ()


@record
class DebateCard(Card):
    """A contested claim the room votes on before and after arguing."""

    claim: Text = EMPTY_TEXT
    context: Text = EMPTY_TEXT
    prompts_for: tuple[Text, ...] = ()
    prompts_against: tuple[Text, ...] = ()


@record
class EventCard(Card):
    """A dated landmark for the timeline: the year is hidden on the front of the printed card."""

    year: int = 0
    month: int | None = None
    text: Text = EMPTY_TEXT
    sources: tuple[Source, ...] = ()

    @property
    def date_key(self) -> tuple[int, int]:
        """Sort key: year then month (an event with no month sorts before dated months)."""
        return (self.year, self.month or 0)


@record
class Indicator(Frozen):
    """A named gauge of a 2035 future (environment, trust, equity…), with its starting value."""

    id: str
    name: Text
    start: int = 0
    description: Text = EMPTY_TEXT  # what the gauge measures, said once for every option of the scenario


@record
class Option(Frozen):
    """One choice at a decision point, with its consequence and its effects on indicators."""

    id: str
    label: Text
    consequence: Text
    effects: tuple[tuple[str, int], ...] = ()
    sources: tuple[Source, ...] = ()  # where the consequence's facts of today come from (none: it is all 2035)


@record
class Decision(Frozen):
    """A decision point of a scenario: a situation and 2 or 3 options."""

    id: str
    title: Text
    situation: Text
    options: tuple[Option, ...]
    sources: tuple[Source, ...] = ()  # where the situation's facts of today come from (none: it is all 2035)

    def option(self, option_id: str) -> Option:
        """The option with this id (KeyError when the decision has none)."""
        for opt in self.options:
            if opt.id == option_id:
                return opt
        raise KeyError(option_id)


@record
class Scenario(Frozen):
    """A prospective 2035 scenario that teams walk through, decision by decision."""

    id: str
    title: Text
    intro: Text
    indicators: tuple[Indicator, ...]
    decisions: tuple[Decision, ...]
    epilogue: Text = EMPTY_TEXT
    source_file: str = field(default="", compare=False)
    source_line: int = field(default=0, kw_only=True, compare=False)  # where its id is written
    source_col: int = field(default=0, kw_only=True, compare=False)

    def cited(self) -> tuple[tuple[str, Source], ...]:
        """Every source its decisions and options cite, in order, each with where: the decision's id
        (its situation) or "decision/option" (an option's consequence)."""
        return tuple((where, source) for d in self.decisions
                     for where, sources in ((d.id, d.sources), *((f"{d.id}/{o.id}", o.sources) for o in d.options))
                     for source in sources)


@record
class Phase(Frozen):
    """A step of the agenda: what happens, what kind of play, and for how long."""

    id: str
    kind: str
    title: Text
    minutes: int
    description: Text = EMPTY_TEXT


@record
class Agenda(Frozen):
    """The planned session: phases in order, with their durations in minutes."""

    phases: tuple[Phase, ...]

    @property
    def minutes(self) -> int:
        return sum(p.minutes for p in self.phases)


@record
class Deck(Frozen):
    """A validated deck: everything a session needs, read once and never changed."""

    id: str
    version: str
    languages: tuple[str, ...]
    title: Text
    themes: tuple[Theme, ...]
    cards: tuple[Card, ...]
    scenarios: tuple[Scenario, ...] = ()
    agenda: Agenda | None = None
    root: Path = field(default=Path("."), compare=False)
    content_hash: str = ""
    skipped: tuple[str, ...] = field(default=(), compare=False)  # files of cards/ and scenarios/ not read

    def theme(self, theme_id: str) -> Theme:
        """The theme with this id (KeyError when the deck has none)."""
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    @cached_property
    def _cards_by_id(self) -> dict[str, Card]:
        return {card.id: card for card in self.cards}

    def card(self, card_id: str) -> Card:
        """The card with this id (KeyError when the deck has none)."""
        return self._cards_by_id[card_id]

    def scenario(self, scenario_id: str) -> Scenario:
        """The scenario with this id (KeyError when the deck has none)."""
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise KeyError(scenario_id)

    def phase_title(self, phase_id: str, lang: str) -> str:
        """The agenda's title of a phase (its id when the deck has no such phase)."""
        for phase in self.agenda.phases if self.agenda else ():
            if phase.id == phase_id:
                return phase.title.get(lang)
        return phase_id

    def card_title(self, card_id: str, lang: str) -> str:
        """A card's title (its id when the deck has no such card: an old session on a newer deck)."""
        card = self._cards_by_id.get(card_id)
        return card.title.get(lang) if card is not None else card_id

    def theme_name(self, theme_id: str, lang: str) -> str:
        """A theme's name (its id when the deck has no such theme)."""
        theme = next((t for t in self.themes if t.id == theme_id), None)
        return theme.name.get(lang) if theme is not None else theme_id

    def cards_of(self, kind: str | None = None, theme: str | None = None) -> tuple[Card, ...]:
        """The cards of one kind and/or theme, in deck order."""
        return tuple(
            c
            for c in self.cards
            if (kind is None or c.kind == kind) and (theme is None or c.theme == theme)
        )

    def asset_path(self, relative: str) -> Path:
        """Absolute path of an asset named in the deck (already checked to stay in the folder)."""
        return self.root / relative

    def icon_path(self, theme: Theme) -> Path:
        """The theme's icon, or the app's neutral mark when the deck gives none."""
        return self.asset_path(theme.icon) if theme.icon else neutral_icon()
