"""A small valid deck written to a temporary folder, to break in one place per test."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

ICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="32" cy="32" r="20" fill="#FFFFFF"/></svg>\n'

DECK_YAML = """\
id: mini
version: 1.0.0
languages: [fr, en]
title: {fr: Mini, en: Mini}
themes:
  - id: environment
    name: {fr: Environnement, en: Environment}
    colour: "#00735C"
    icon: assets/icons/environment.svg
  - id: society
    name: {fr: Société, en: Society}
    colour: "#5D4037"
    icon: assets/icons/society.svg
"""

CARDS_YAML = """\
theme: environment
cards:
  - id: env-water
    kind: fact
    title: {fr: L'eau, en: Water}
    text: {fr: Une estimation de l'eau évaporée., en: An estimate of evaporated water.}
    figure: {fr: "700 000 L", en: "700,000 L"}
    contested: true
    sources:
      - title: Making AI Less Thirsty
        publisher: Li et al.
        year: 2023
        url: https://arxiv.org/abs/2304.03271
  - id: env-debate
    kind: debate
    title: {fr: Sobriété, en: Frugality}
    claim: {fr: Il faut limiter l'IA., en: AI should be limited.}
    context: {fr: Contexte., en: Context.}
    prompts_for:
      - {fr: Pour., en: For.}
    prompts_against:
      - {fr: Contre., en: Against.}
  - id: ev-1956
    kind: event
    theme: null
    title: {fr: Dartmouth, en: Dartmouth}
    year: 1956
    month: 8
    text: {fr: Atelier fondateur., en: Founding workshop.}
    sources:
      - title: A Proposal for the Dartmouth Summer Research Project
        publisher: McCarthy et al.
        year: 1955
        url: https://example.org/dartmouth
"""

SCENARIO_YAML = """\
scenario:
  id: frugal
  title: {fr: Sobriété, en: Frugality}
  intro: {fr: En 2035…, en: In 2035…}
  indicators:
    - id: environment
      name: {fr: Environnement, en: Environment}
    - id: trust
      name: {fr: Confiance, en: Trust}
  decisions:
    - id: schools
      title: {fr: Écoles, en: Schools}
      situation: {fr: Situation., en: Situation.}
      options:
        - id: a
          label: {fr: A, en: A}
          consequence: {fr: Conséquence A., en: Consequence A.}
          effects: {environment: 2, trust: -1}
        - id: b
          label: {fr: B, en: B}
          consequence: {fr: Conséquence B., en: Consequence B.}
          effects: {environment: -1}
"""

AGENDA_YAML = """\
agenda:
  phases:
    - id: welcome
      kind: intro
      minutes: 10
      title: {fr: Accueil, en: Welcome}
    - id: debates
      kind: debate
      minutes: 30
      title: {fr: Débats, en: Debates}
"""


def write_deck(root: Path, **overrides: str) -> Path:
    """Write the mini deck under ``root``; ``overrides`` maps a relative path to new content."""
    files = {
        "cards/deck.yaml": DECK_YAML,
        "cards/environment.yaml": CARDS_YAML,
        "scenarios/frugal.yaml": SCENARIO_YAML,
        "scenarios/agenda.yaml": AGENDA_YAML,
    }
    files.update({k: textwrap.dedent(v) if isinstance(v, str) else v for k, v in overrides.items()})
    for name in ("environment", "society"):
        icon = root / "assets" / "icons" / f"{name}.svg"
        icon.parent.mkdir(parents=True, exist_ok=True)
        icon.write_text(ICON)
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.fixture
def mini_deck(tmp_path: Path) -> Path:
    return write_deck(tmp_path / "mini")


def copy_bundled_deck(root: Path) -> Path:
    """A private copy of the bundled deck at ``root``, for tests that edit or break its files."""
    from bataille.deck import bundled_deck_path

    for part in ("cards", "scenarios", "assets"):
        shutil.copytree(bundled_deck_path() / part, root / part)
    return root
