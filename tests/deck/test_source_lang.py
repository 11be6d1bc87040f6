"""`lang:` on a source, the language its title is in: read, optional, refused at its place when it
is not a code the app can name, in the schema and on the bundled deck's clearly French titles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bataille.deck import DeckError, FactCard, bundled_deck_path, load_deck
from bataille.deck.models import SOURCE_LANGUAGES
from bataille.deck.problems import display_path

from .conftest import CARDS_YAML, write_deck

WATER_URL = "        url: https://arxiv.org/abs/2304.03271\n"
SCHEMA = Path(__file__).resolve().parents[2] / "src" / "bataille" / "deck" / "schema" / "cards.schema.json"


def cards_with(line: str) -> str:
    """The mini deck's cards, the water card's source given ``line`` after its url (line 14)."""
    return CARDS_YAML.replace(WATER_URL, WATER_URL + f"        {line}\n")


def water(root: Path) -> FactCard:
    card = load_deck(root).card("env-water")
    assert isinstance(card, FactCard)
    return card


@pytest.mark.parametrize(("written", "code"), [("lang: en", "en"), ("lang: fr", "fr"), ("lang: de", "de"),
                                               ("lang: FR", "fr"), ("lang: no", "no"), ('lang: "es"', "es")])
def test_a_source_language_is_read(tmp_path: Path, written: str, code: str) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with(written)})
    assert water(root).sources[0].lang == code  # ``no`` (Norwegian) is not YAML's False


def test_without_it_the_language_is_not_said(tmp_path: Path) -> None:
    root = write_deck(tmp_path / "d")
    deck = load_deck(root)
    assert water(root).sources[0].lang == ""
    assert deck.card("ev-1956").sources[0].lang == ""


@pytest.mark.parametrize(("written", "col", "got_en", "got_fr"), [
    ("lang: french", 15, "“french”", "«\u00a0french\u00a0»"),
    ("lang: fra", 15, "“fra”", "«\u00a0fra\u00a0»"),
    ("lang: xx", 15, "“xx”", "«\u00a0xx\u00a0»"),
    ("lang: [fr, en]", 15, "a list", "une liste"),
    ("lang: 12", 15, "“12”", "«\u00a0" "12\u00a0»"),
    ("lang:", 14, "nothing", "une valeur vide"),
])
def test_a_bad_language_is_a_problem_at_its_place_in_english_and_french(
        tmp_path: Path, written: str, col: int, got_en: str, got_fr: str) -> None:
    root = write_deck(tmp_path / "d", **{"cards/environment.yaml": cards_with(written)})
    with pytest.raises(DeckError) as caught:
        load_deck(root)
    [problem] = caught.value.problems
    assert (problem.path, problem.line, problem.col) == (display_path(root / "cards" / "environment.yaml"), 14, col)
    codes = ", ".join(SOURCE_LANGUAGES)
    assert problem.message_in("en") == (
        f"“lang” must be the two-letter code of the language the source’s title is in, such as fr or en "
        f"(known codes: {codes}; without “lang”, the language is not said), got {got_en}")
    assert problem.message_in("fr") == (
        f"«\u00a0lang\u00a0» doit être le code en deux lettres de la langue du titre de la source, comme fr ou en "
        f"(codes possibles\u00a0: {codes}\u202f; sans «\u00a0lang\u00a0», la langue n’est pas précisée), "
        f"reçu {got_fr}")


def test_the_schema_takes_the_same_codes(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for line, ok in (("lang: fr", True), ("lang: ja", True), ("lang: french", False), ("lang: xx", False)):
        data = yaml.safe_load(cards_with(line))
        assert not list(validator.iter_errors(data)) if ok else list(validator.iter_errors(data)), line


def test_the_bundled_deck_says_which_titles_are_not_in_english() -> None:
    """The CNIL's decision on Clearview AI and the French press on it are French, the Gazzetta del Sud's
    article on the Garante's fine is Italian; an English title says nothing; a source cited by several
    cards says the same on each."""
    deck = load_deck(bundled_deck_path())
    said: dict[tuple[str, str], set[str]] = {}
    for card in deck.cards:
        for source in getattr(card, "sources", ()):
            said.setdefault((source.url, " ".join(source.title.replace("\u00a0", " ").split())), set()).add(source.lang)
    assert all(len(langs) == 1 for langs in said.values()), [k for k, v in said.items() if len(v) > 1]
    lang = {title: langs.pop() for (_url, title), langs in said.items()}
    assert lang["Délibération SAN-2022-019 du 17 octobre 2022"] == "fr"
    assert lang["RGPD : Clearview AI condamné à 20 millions d’euros d’amende, pour la 3e fois"] == "fr"
    assert lang["Dal Garante della privacy 15 milioni di multa per le violazioni di ChatGPT"] == "it"
    assert lang["Making AI Less Thirsty: Uncovering and Addressing the Secret Water Footprint of AI Models"] == ""
    assert lang["Théâtre D’opéra Spatial"] == ""  # a painting's name, on the English Wikipedia: not said
    assert sum(1 for code in lang.values() if code) == 13
