"""atheris target: one file of a small valid deck replaced by any bytes -> ``Deck`` or ``DeckError``."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["bataille", "yaml"]):
    from bataille.deck import DeckError, load_deck

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tests.deck.conftest import write_deck  # noqa: E402  (the tests' mini deck, 3 cards)

ROOT = write_deck(Path(tempfile.mkdtemp(prefix="bataille-atheris-")) / "mini")
TARGETS = ["cards/deck.yaml", "cards/environment.yaml", "scenarios/frugal.yaml", "scenarios/agenda.yaml"]
ORIGINALS = {rel: (ROOT / rel).read_bytes() for rel in TARGETS}


def test_one_input(data: bytes) -> None:
    if not data:
        return
    rel = TARGETS[data[0] % len(TARGETS)]
    (ROOT / rel).write_bytes(data[1:])
    try:
        load_deck(ROOT)
    except DeckError:
        pass
    finally:
        (ROOT / rel).write_bytes(ORIGINALS[rel])


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
