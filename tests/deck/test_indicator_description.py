"""An indicator says once what it measures (`description`), so every option's effects read the same way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bataille.deck import bundled_deck_path, load_deck
from bataille.export.guide import render_guide_pdf

from .conftest import SCENARIO_YAML, write_deck

DESCRIBED = SCENARIO_YAML.replace(
    "      name: {fr: Confiance, en: Trust}\n",
    "      name: {fr: Confiance, en: Trust}\n"
    "      description: {fr: Croire ce qu’on lit., en: Believing what we read.}\n")


def test_a_description_is_read_and_is_optional(tmp_path: Path) -> None:
    deck = load_deck(write_deck(tmp_path / "d", **{"scenarios/frugal.yaml": DESCRIBED}))
    environment, trust = deck.scenario("frugal").indicators
    assert not environment.description
    assert trust.description.get("en") == "Believing what we read."


def test_a_description_missing_a_language_is_a_problem(tmp_path: Path) -> None:
    broken = DESCRIBED.replace(", en: Believing what we read.}", "}")
    root = write_deck(tmp_path / "d", **{"scenarios/frugal.yaml": broken})
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    result = subprocess.run([sys.executable, "-m", "bataille", "validate", "--lang", "en", str(root)],
                            capture_output=True, text=True, timeout=120, env={**env, "LANG": "en_GB.UTF-8"})
    assert result.returncode == 1
    assert "scenarios/frugal.yaml:10:20: “description” has no English text (en)" in result.stderr, result.stderr


def test_every_gauge_of_the_bundled_scenarios_is_defined_once() -> None:
    deck = load_deck(bundled_deck_path())
    missing = [f"{s.id}/{i.id}" for s in deck.scenarios for i in s.indicators if not i.description]
    assert not missing, "indicators without a description: " + ", ".join(missing)
    for indicator_id in {i.id for s in deck.scenarios for i in s.indicators}:
        said = {i.description for s in deck.scenarios for i in s.indicators if i.id == indicator_id}
        assert len(said) == 1, f"{indicator_id} is defined {len(said)} different ways across the scenarios"


def test_the_guide_prints_each_definition(tmp_path: Path) -> None:
    deck = load_deck(write_deck(tmp_path / "d", **{"scenarios/frugal.yaml": DESCRIBED}))
    path = tmp_path / "guide.pdf"
    path.write_bytes(render_guide_pdf(deck, "fr"))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Confiance — Croire ce qu’on lit." in " ".join(text.split())
