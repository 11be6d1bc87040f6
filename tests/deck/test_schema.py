"""The published JSON Schemas agree with the reader: editors and the app accept the same decks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from bataille.deck import bundled_deck_path, deck_files

jsonschema = pytest.importorskip("jsonschema")

SCHEMA_DIR = Path(__file__).resolve().parents[2] / "src" / "bataille" / "deck" / "schema"


def schema_for(path: Path) -> str:
    if path.name == "deck.yaml":
        return "deck.schema.json"
    if path.parent.name == "cards":
        return "cards.schema.json"
    return "agenda.schema.json" if path.name == "agenda.yaml" else "scenario.schema.json"


def check(path: Path) -> list[str]:
    schema = json.loads((SCHEMA_DIR / schema_for(path)).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [f"{path.name}: {'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(data)]


def test_schemas_are_valid_json_schema() -> None:
    paths = sorted(SCHEMA_DIR.glob("*.schema.json"))
    assert [p.name for p in paths] == ["agenda.schema.json", "cards.schema.json", "deck.schema.json",
                                       "scenario.schema.json"]
    for path in paths:
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text(encoding="utf-8")))


def test_bundled_deck_files_match_their_schema_and_name_it() -> None:
    root = bundled_deck_path()
    for path in deck_files(root):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../src/bataille/deck/schema/{schema_for(path)}", path
        assert check(path) == []


def test_mini_deck_matches_the_schema_and_a_typo_does_not(mini_deck: Path) -> None:
    for path in deck_files(mini_deck):
        assert check(path) == [], path
    cards = mini_deck / "cards" / "environment.yaml"
    cards.write_text(cards.read_text().replace("    title: {fr: Sobriété", "    titel: {fr: Sobriété"))
    assert check(cards)
