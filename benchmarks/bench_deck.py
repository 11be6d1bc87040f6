"""Loading and validating a generated 10,000-card deck, against a raw PyYAML parse of the same files."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml

from bataille.deck import deck_files, load_deck

from .common import best_of, row

CARDS = 10_000
PER_FILE = 1_000
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FACT = """\
  - id: fact-{n}
    kind: fact
    title: {{fr: "Fait numéro {n}", en: "Fact number {n}"}}
    text:
      fr: "Une phrase de texte assez longue pour ressembler à une vraie carte, numéro {n}."
      en: "A sentence of text long enough to look like a real card, number {n}."
    figure: {{fr: "{n} kWh", en: "{n} kWh"}}
    contested: {contested}
    sources:
      - title: "A report on item {n}"
        publisher: "Some Agency"
        year: 2024
        url: https://example.org/report/{n}
"""
DEBATE = """\
  - id: debate-{n}
    kind: debate
    title: {{fr: "Débat {n}", en: "Debate {n}"}}
    claim: {{fr: "Affirmation {n} à discuter.", en: "Claim {n} to discuss."}}
    context: {{fr: "Un contexte de deux lignes.", en: "Two lines of context."}}
    prompts_for:
      - {{fr: "Un argument pour.", en: "An argument for."}}
    prompts_against:
      - {{fr: "Un argument contre.", en: "An argument against."}}
"""


def generate(root: Path) -> None:
    """A deck of CARDS cards (facts and debates) over five themes, PER_FILE cards a file."""
    themes = ["t1", "t2", "t3", "t4", "t5"]
    (root / "cards").mkdir(parents=True)
    (root / "assets").mkdir()
    (root / "assets" / "icon.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    manifest = "id: big\nversion: '1'\nlanguages: [fr, en]\ntitle: {fr: Gros, en: Big}\nthemes:\n" + "".join(
        f"  - {{id: {t}, name: {{fr: {t}, en: {t}}}, colour: '#123456', icon: assets/icon.svg}}\n" for t in themes
    )
    (root / "cards" / "deck.yaml").write_text(manifest)
    (root / "scenarios").mkdir()  # a deck needs an agenda (validate refuses one without)
    (root / "scenarios" / "agenda.yaml").write_text(
        "agenda:\n  phases:\n    - {id: debates, kind: debate, minutes: 60, title: {fr: Débats, en: Debates}}\n",
        encoding="utf-8")
    for f in range(CARDS // PER_FILE):
        body = [f"theme: {themes[f % 5]}\ncards:\n"]
        for i in range(PER_FILE):
            n = f * PER_FILE + i
            body.append((DEBATE if n % 4 == 0 else FACT).format(n=n, contested=str(n % 2 == 0).lower()))
        (root / "cards" / f"cards{f:02d}.yaml").write_text("".join(body), encoding="utf-8")


def run() -> list[dict]:
    root = Path(tempfile.mkdtemp(prefix="bench-deck-"))
    try:
        generate(root)
        files = deck_files(root)

        def raw() -> None:
            for path in files:
                yaml.load(path.read_bytes(), Loader=LOADER)  # noqa: S506 - CSafeLoader is the safe loader

        assert len(load_deck(root).cards) == CARDS
        floor = best_of(raw)
        ours = best_of(lambda: load_deck(root))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return [
        row(f"load+validate {CARDS:,} cards", ours, "s", floor, "ratio ≤ 1.5, < 1 s",
            ours / floor <= 1.5 and ours < 1.0),
    ]
