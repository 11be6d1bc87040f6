"""A scenario's situation and an option's consequence may cite `sources` for what they say of today
(a figure, a country, a court case), read and checked as a fact card's: problems at their place,
the same keys, the same schema. Every such text of the bundled deck cites one, or says that it is
the scenario's own hypothesis."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from bataille.deck import DeckError, Source, bundled_deck_path, load_deck
from bataille.deck.problems import display_path

from .conftest import SCENARIO_YAML, write_deck

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "bataille" / "deck" / "schema" / "scenario.schema.json"

SITUATION = "      situation: {fr: Situation., en: Situation.}\n"  # line 13 of the mini scenario
CONSEQUENCE_B = "          effects: {environment: -1}\n"  # line 22, the last option's last line


def scenario_with(situation_sources: str = "", option_sources: str = "") -> str:
    """The mini scenario, its decision's situation (and its option B's consequence) citing these."""
    text = SCENARIO_YAML.replace(SITUATION, SITUATION + situation_sources)
    return text.replace(CONSEQUENCE_B, CONSEQUENCE_B + option_sources)


IRELAND = """\
      sources:
        - title: Irish data centers used more than 21 percent of metered electricity
          publisher: DatacenterDynamics
          year: 2024
          url: https://example.org/ireland
          checked: 2026-03
"""
NATURE = """\
          sources:
            - title: AI models collapse when trained on recursively generated data
              publisher: {fr: Shumailov et al. (Nature), en: Shumailov et al. (Nature)}
              year: 2024
              url: https://doi.org/10.1038/s41586-024-07566-y
              note: {fr: Une expérience de laboratoire., en: A laboratory experiment.}
"""


def test_a_situation_and_a_consequence_read_their_sources(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "d", **{"scenarios/frugal.yaml": scenario_with(IRELAND, NATURE)})
    scenario = load_deck(root).scenario("frugal")
    [decision] = scenario.decisions
    [ireland] = decision.sources
    assert isinstance(ireland, Source)
    assert (ireland.title, ireland.publisher.get("en"), ireland.year, ireland.url, ireland.checked) == (
        "Irish data centers used more than 21 percent of metered electricity", "DatacenterDynamics", 2024,
        "https://example.org/ireland", "2026-03")
    assert decision.option("a").sources == ()  # optional: a consequence that is all 2035 cites nothing
    [nature] = decision.option("b").sources
    assert nature.note.get("fr") == "Une expérience de laboratoire."
    assert scenario.cited() == (("schools", ireland), ("schools/b", nature))


def test_without_sources_a_scenario_reads_as_before(mini_deck: Path) -> None:
    scenario = load_deck(mini_deck).scenario("frugal")
    assert scenario.cited() == ()


BAD_URL = IRELAND.replace("https://example.org/ireland", "example.org/ireland")
NO_PUBLISHER = NATURE.replace("              publisher: {fr: Shumailov et al. (Nature), en: Shumailov et al. (Nature)}\n", "")


@pytest.mark.parametrize(("situation", "option", "line", "col", "says"), [
    (BAD_URL, "", 18, 16, "url"),  # the url's value, as on a fact card
    ("", NO_PUBLISHER, 24, 15, "publisher"),  # the source missing it, in the option's list
    ("      sources: []\n", "", 14, 16, "list of one or more sources"),
    ("      sources:\n        - title: T\n          publisher: P\n          year: 2031\n          url: https://e.org\n",
     "", 17, 17, "2031"),  # a year still to come
], ids=["bad-url", "no-publisher", "empty-list", "future-year"])
def test_a_bad_source_is_a_problem_at_its_place(tmp_path: Path, situation: str, option: str, line: int, col: int,
                                               says: str) -> None:
    root = write_deck(tmp_path / "d", **{"scenarios/frugal.yaml": scenario_with(situation, option)})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    [problem] = caught.value.problems
    where = display_path(root / "scenarios" / "frugal.yaml")
    assert (problem.path, problem.line, problem.col) == (where, line, col), str(problem)
    assert str(problem).startswith(f"{where}:{line}:{col}: ") and says in str(problem)
    assert problem.message_in("fr") != problem.message  # said in French too


def test_a_misspelt_sources_key_is_refused_with_the_right_one(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "d", **{"scenarios/frugal.yaml": scenario_with(IRELAND.replace("sources:", "source:"))})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    [problem] = caught.value.problems
    assert (problem.line, "sources" in problem.message) == (14, True), str(problem)


def test_the_schema_takes_them_on_a_situation_and_a_consequence() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert not list(validator.iter_errors(yaml.safe_load(scenario_with(IRELAND, NATURE))))
    assert list(validator.iter_errors(yaml.safe_load(scenario_with(BAD_URL))))
    assert list(validator.iter_errors(yaml.safe_load(scenario_with("", NO_PUBLISHER))))


# What the test can see of "a fact of today" in a scenario's text: a figure (a digit, or a quantity
# written in words) or a proper name (a capitalised word that does not begin its sentence, or the
# name after an elided article: « L’Irlande »). A vague claim in ordinary words ("detectors are
# often wrong") is not seen: those were read one by one, and either sourced or reworded.
FIGURE = re.compile(r"\d|%|\b(?:dix|cent|mille|milliers?|millions?|milliards?|dizaines?|centaines?|gouttes?|"
                    r"centilitres?|litres?|dollars?|euros?)\b", re.IGNORECASE)
# The scenarios' own world, not a fact to check: a 2035 Parliament, Europe, a VAT rise, AI itself.
OWN_WORDS = {"IA", "Europe", "Européens", "Parlement", "TVA"}
HYPOTHESIS = {"fr": "dans ce scénario", "en": "in this scenario"}


def names(text: str) -> list[str]:
    found = []
    for sentence in re.split(r"(?<=[.!?:;])\s+", text):
        words = re.findall(r"[\w’'-]+", sentence)
        for i, word in enumerate(words):
            name = re.split(r"[’']", word)[-1]
            if (i > 0 or name != word) and name[:1].isupper() and name not in OWN_WORDS:
                found.append(name)
    return found


def test_every_fact_of_today_in_the_bundled_scenarios_cites_a_source_or_says_it_is_a_hypothesis() -> None:
    """« L’Irlande a déjà gelé les raccordements autour de Dublin », « le scandale des allocations aux
    Pays-Bas », « de quelques gouttes à plusieurs centilitres d’eau par réponse » were said to the
    room with nothing a teacher could check; « dix fois plus de questions » read as a measurement."""
    deck = load_deck(bundled_deck_path())
    unsourced = []
    seen = 0
    for scenario in deck.scenarios:
        for decision in scenario.decisions:
            texts = [(decision.id, decision.situation, decision.sources)]
            texts += [(f"{decision.id}/{o.id}", o.consequence, o.sources) for o in decision.options]
            for where, text, sources in texts:
                fr = text.get("fr")
                said = FIGURE.findall(fr) + names(fr)
                if not said:
                    continue
                seen += 1
                if not sources and not all(mark in text.get(lang) for lang, mark in HYPOTHESIS.items()):
                    unsourced.append(f"{scenario.id}/{where}: {said}")
    assert seen >= 8  # the rule sees the texts it is about
    assert not unsourced, "facts of today without `sources:`\n" + "\n".join(unsourced)


def test_a_hypothesis_of_the_scenario_says_so_in_each_language() -> None:
    rebound = load_deck(bundled_deck_path()).scenario("frugal").decisions[-1]
    assert "dans ce scénario" in rebound.situation.get("fr") and "in this scenario" in rebound.situation.get("en")


def test_every_scenario_source_of_the_bundled_deck_is_checked_as_the_cards_citing_it_are() -> None:
    """Each says the month it was checked, the same month as a card citing the same address."""
    deck = load_deck(bundled_deck_path())
    months = {s.url: (s.checked, card.id) for card in deck.cards for s in getattr(card, "sources", ())}
    bad = []
    for scenario in deck.scenarios:
        for where, source in scenario.cited():
            card_month, card = months.get(source.url, (source.checked, None))
            if not source.checked or card_month != source.checked:
                bad.append(f"{scenario.id}/{where}: {source.url} says {source.checked!r}, {card} says {card_month!r}")
    assert not bad, "\n".join(bad)
