"""The bundled deck is complete enough for a 90-minute session, sourced, bilingual and printable.

What is checked: the minimum counts per theme and kind, a source with a URL on every fact and
event card, both languages on every text, unique ids, every card fitting a printed poker-size
card in French and in English, contested figures flagged and said to be contested, none of the
known wrong figures (corrected claims) printed in their wrong form, and docs/sources.md up to
date with the deck.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from bataille.commands import sources as sources_command
from bataille.deck import (
    Deck,
    EventCard,
    FactCard,
    Text,
    bundled_deck_path,
    load_deck,
)

REPO = Path(__file__).resolve().parents[2]
SOURCES_DOC = REPO / "docs" / "sources.md"

THEMES = ("reliability", "environment", "bias", "creativity", "society")
MIN_FACTS_PER_THEME = 8
MIN_DEBATES_PER_THEME = 4
MIN_EVENTS = 30
MIN_SCENARIOS = 3
MIN_DECISIONS = 3
OPTIONS_PER_DECISION = (2, 3)
AGENDA_MINUTES = 90


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(bundled_deck_path())


def texts(obj: object, where: str) -> Iterator[tuple[str, Text]]:
    """Every bilingual text reachable from ``obj``, with where it is."""
    if isinstance(obj, Text):
        yield where, obj
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            yield from texts(getattr(obj, f.name), f"{where}.{f.name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            yield from texts(item, f"{where}[{getattr(item, 'id', i)}]")


# -- counts ------------------------------------------------------------------------------------


def test_the_five_themes_are_there(deck: Deck) -> None:
    assert tuple(theme.id for theme in deck.themes) == THEMES


@pytest.mark.parametrize("theme", THEMES)
def test_each_theme_has_enough_facts_and_debates(deck: Deck, theme: str) -> None:
    facts = deck.cards_of("fact", theme)
    debates = deck.cards_of("debate", theme)
    assert len(facts) >= MIN_FACTS_PER_THEME, f"{theme}: {len(facts)} fact cards"
    assert len(debates) >= MIN_DEBATES_PER_THEME, f"{theme}: {len(debates)} debate cards"


def test_enough_event_cards_for_the_timeline(deck: Deck) -> None:
    assert len(deck.cards_of("event")) >= MIN_EVENTS


def test_enough_scenarios_each_with_enough_decisions(deck: Deck) -> None:
    assert len(deck.scenarios) >= MIN_SCENARIOS
    for scenario in deck.scenarios:
        assert len(scenario.decisions) >= MIN_DECISIONS, scenario.id
        for decision in scenario.decisions:
            assert len(decision.options) in OPTIONS_PER_DECISION, f"{scenario.id}/{decision.id}"


def test_the_agenda_lasts_90_minutes(deck: Deck) -> None:
    assert deck.agenda is not None
    assert deck.agenda.minutes == AGENDA_MINUTES


# -- sources -----------------------------------------------------------------------------------


def test_every_fact_and_event_card_has_a_source_with_a_url(deck: Deck) -> None:
    bad = []
    for card in deck.cards:
        if not isinstance(card, FactCard | EventCard):
            continue
        if not card.sources:
            bad.append(f"{card.id}: no source")
        for source in card.sources:
            if not re.match(r"https?://[^\s/]+\.[^\s]+$", source.url):
                bad.append(f"{card.id}: source {source.title!r} has no usable URL ({source.url!r})")
            if not (source.title.strip() and source.publisher.get("fr").strip() and source.publisher.get("en").strip() and source.year >= 1900):
                bad.append(f"{card.id}: source {source.url} lacks a title, publisher or year")
    assert not bad, "\n".join(bad)


def test_a_url_cited_twice_has_the_same_publisher_and_year(deck: Deck) -> None:
    """So that docs/sources.md and the printed cards never give two versions of one source."""
    seen: dict[str, tuple[str, int, str]] = {}
    bad = []
    for card in deck.cards:
        for source in getattr(card, "sources", ()):
            first = seen.setdefault(source.url, (source.publisher, source.year, card.id))
            if first[:2] != (source.publisher, source.year):
                bad.append(f"{source.url}: {first[2]} says {first[:2]}, "
                           f"{card.id} says {(source.publisher, source.year)}")
    assert not bad, "\n".join(bad)


# -- languages and ids -------------------------------------------------------------------------


def test_every_text_is_in_french_and_in_english(deck: Deck) -> None:
    assert deck.languages[0] == "fr"
    bad = [
        f"{where}: missing or empty {lang}"
        for where, text in texts(deck, "deck")
        if text.values  # an optional text left out (notes, a source note) has no values at all
        for lang in ("fr", "en")
        if not dict(text.values).get(lang, "").strip()
    ]
    assert not bad, "\n".join(bad)


def _duplicates(ids: list[str]) -> list[str]:
    return [i for i, n in Counter(ids).items() if n > 1]


def test_ids_are_unique(deck: Deck) -> None:
    assert not _duplicates([c.id for c in deck.cards]), "card ids"
    assert not _duplicates([t.id for t in deck.themes]), "theme ids"
    assert not _duplicates([s.id for s in deck.scenarios]), "scenario ids"
    assert deck.agenda is not None
    assert not _duplicates([p.id for p in deck.agenda.phases]), "phase ids"
    for scenario in deck.scenarios:
        assert not _duplicates([i.id for i in scenario.indicators]), f"{scenario.id}: indicator ids"
        assert not _duplicates([d.id for d in scenario.decisions]), f"{scenario.id}: decision ids"
        for decision in scenario.decisions:
            assert not _duplicates([o.id for o in decision.options]), f"{scenario.id}/{decision.id}: option ids"


# -- printable ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_card_fits_a_printed_poker_card(deck: Deck, lang: str) -> None:
    """The card renderer lays out each card at a legible size; every field must fit."""
    from bataille.export.cards import check_fits

    problems = [str(p) for p in check_fits(deck, "poker", lang)]
    assert not problems, f"{len(problems)} field(s) do not fit:\n" + "\n".join(problems)


# -- contested and corrected figures -------------------------------------------------------

# Fact cards whose figure rests on an entry marked ⚠️ in the shared fact base.
WARNED = {
    "env-datacentres-emissions": "E2 / §4.3: all data centres and networks, not AI alone",
    "env-five-cars": "E4 / §4.8: extreme case, revised downwards",
    "env-water-gpt3": "E6 / §4.1: on-site estimate, location-dependent",
    "env-gemini-prompt": "E8: self-reported, not independently verified",
    "env-mistral-lifecycle": "E9: company-reported life-cycle figures, not independently published",
    "env-chatgpt-query": "E10 / §4.6: per-query estimates vary greatly",
    "rel-ninety-percent": "R13 / §4.9: unsourced guess",
    "rel-ai-act-labels": "S7 / §4.14: AI Act dates may move",
    "bias-compas": "B7 / §4.11: contested fairness metric",
    "soc-online-gig-workers": "S1 / §4.4: all online gig work, not AI data work",
    "soc-imf-jobs-exposed": "S5 / §4.10: exposure, not job losses",
    "soc-300-million-jobs": "S6 / §4.10: exposure, not job losses",
    "soc-ai-act-timeline": "S7 / §4.14: AI Act dates may move",
}

# Words that tell a reader the figure is an estimate, disputed or may change.
HEDGES = {
    "fr": re.compile(r"estim|contest|projection|supposition|non vérifi|pire cas|cas extrême|"
                     r"ordre de grandeur|modifiable|révisable|peut encore changer|scénario", re.I),
    "en": re.compile(r"estimat|disput|contest|debatable|projection|guess|not independently|"
                     r"worst case|extreme case|order of magnitude|may (?:still )?change|scenario", re.I),
}

# The wrong forms of corrected claims, never to be printed on a card.
# Notes may quote them to correct them; the printed fields may not.
WRONG_FORMS = {
    "fr": (
        re.compile(r"énergie[^.]{0,60}300\W?000"),  # ×300 000 is compute, not energy
        re.compile(r"\bIA\b[^.]{0,20}(?:=|représente|émet)[^.]{0,10}\b1\W?%"),  # AI = 1 % of emissions
        re.compile(r"millions? de travailleurs de l.IA"),  # World Bank: all online gig work
        re.compile(r"(?:supprim|détrui|perd)\w*[^.]{0,40}300\W?millions"),  # exposure, not losses
        re.compile(r"une image[^.]{0,40}(?:=|autant qu)[^.]{0,20}recharge"),  # least efficient model only
    ),
    "en": (
        re.compile(r"energy[^.]{0,60}300,000", re.I),
        re.compile(r"\bAI\b[^.]{0,20}(?:=|is|emits|accounts for)[^.]{0,10}\b1\W?%"),
        re.compile(r"million AI (?:data )?workers", re.I),
        re.compile(r"(?:destroy|eliminat|los[et])\w*[^.]{0,40}300 million", re.I),
        re.compile(r"one image[^.]{0,40}(?:=|as much as)[^.]{0,20}phone charge", re.I),
    ),
}


def _printed(card) -> Iterator[tuple[str, Text]]:
    """The fields printed on the card (notes are for the facilitator and may quote wrong forms)."""
    yield "title", card.title
    for name in ("text", "figure", "claim", "context"):
        value = getattr(card, name, None)
        if isinstance(value, Text):
            yield name, value
    for i, prompt in enumerate(getattr(card, "prompts_for", ()) + getattr(card, "prompts_against", ())):
        yield f"prompt {i}", prompt


def test_cards_on_warned_figures_are_flagged_contested(deck: Deck) -> None:
    bad = []
    for card_id, why in WARNED.items():
        card = deck.card(card_id)
        assert isinstance(card, FactCard), card_id
        if not card.contested:
            bad.append(f"{card_id}: set contested: true ({why})")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_contested_cards_say_so_in_their_text(deck: Deck, lang: str) -> None:
    bad = [
        f"{card.id} ({lang}): the text does not say the figure is an estimate or contested: "
        f"{card.text.get(lang)!r}"
        for card in deck.cards_of("fact")
        if isinstance(card, FactCard) and card.contested and not HEDGES[lang].search(card.text.get(lang))
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_card_prints_a_corrected_claim_in_its_wrong_form(deck: Deck, lang: str) -> None:
    bad = [
        f"{card.id}.{field} ({lang}): {pattern.pattern!r} in {text.get(lang)!r}"
        for card in deck.cards
        for field, text in _printed(card)
        for pattern in WRONG_FORMS[lang]
        if pattern.search(text.get(lang))
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("lang", "wrong"),
    [
        ("fr", "La consommation d’énergie de l’IA a été multipliée par 300 000 depuis 2010."),
        ("fr", "L’IA représente 1 % des émissions mondiales."),
        ("fr", "435 millions de travailleurs de l’IA"),
        ("fr", "L’IA va supprimer 300 millions d’emplois."),
        ("en", "AI energy use grew 300,000-fold since 2010."),
        ("en", "AI = 1% of global emissions."),
        ("en", "AI will destroy 300 million jobs."),
        ("en", "One image uses as much as a phone charge."),
    ],
)
def test_the_wrong_forms_are_recognised(lang: str, wrong: str) -> None:
    assert any(p.search(wrong) for p in WRONG_FORMS[lang]), wrong


# -- docs/sources.md ---------------------------------------------------------------------------


def test_docs_sources_md_is_up_to_date_with_the_deck(deck: Deck) -> None:
    expected = sources_command.render_markdown(deck, "fr")
    actual = SOURCES_DOC.read_text(encoding="utf-8") if SOURCES_DOC.exists() else ""
    assert actual == expected, (
        "docs/sources.md is out of date with the deck: regenerate it with\n"
        "    .venv/bin/bataille sources --lang fr -o docs/sources.md"
    )


def test_the_sources_page_lists_every_source_url_and_card_once_per_section(deck: Deck) -> None:
    page = sources_command.render_markdown(deck, "en")
    for card in deck.cards:
        for source in getattr(card, "sources", ()):
            assert f"<{source.url}>" in page
        if getattr(card, "sources", ()):
            assert f"`{card.id}`" in page
    headings = [line[3:] for line in page.splitlines() if line.startswith("## ")]
    assert headings == [t.name.get("en") for t in deck.themes] + ["Timeline", "Scenarios for 2035"]
    scenarios = page[page.index("## Scenarios for 2035"):]  # each scenario's source, with where it is cited
    for scenario in deck.scenarios:
        for where, source in scenario.cited():
            entry = scenarios[scenarios.index(f"<{source.url}>"):]
            assert f"`{scenario.id}/{where}`" in entry[:entry.find("\n- ") % len(entry)]
    cited = sum(1 for scenario in deck.scenarios if scenario.cited())
    assert cited == len(deck.scenarios) and f"cards and {cited} scenarios." in page


def test_the_sources_command_writes_the_file(tmp_path: Path, capsys) -> None:
    out = tmp_path / "sources.md"
    args = argparse.Namespace(deck_path=None, output=str(out), lang="en")
    assert sources_command.run(args) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Sources of the game")
    assert not list(tmp_path.glob(".sources.md.*")), "no temporary file left behind"


def test_the_sources_command_refuses_a_missing_folder_without_a_traceback(tmp_path: Path, capsys) -> None:
    args = argparse.Namespace(deck_path=None, output=str(tmp_path / "nope" / "sources.md"), lang="fr")
    assert sources_command.run(args) == 1
    assert "nope" in capsys.readouterr().err


def test_the_sources_command_reports_a_broken_deck(tmp_path: Path, capsys) -> None:
    args = argparse.Namespace(deck_path=str(tmp_path), output=None)
    assert sources_command.run(args) == 1
    assert "problem" in capsys.readouterr().err
