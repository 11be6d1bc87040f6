"""Fixtures of the session-file tests: the engine's sample deck, a manual clock, a session file."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from bataille.workshop import ManualClock

SAMPLE_DECK = Path(__file__).parents[1] / "workshop" / "sample_deck.py"


def _load_sample_deck():
    # tests/ is not a package: load the builder by path (tests/workshop does the same).
    spec = importlib.util.spec_from_file_location("bataille_sample_deck", SAMPLE_DECK)
    if spec.name not in sys.modules:
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return sys.modules[spec.name]


sample_deck = _load_sample_deck().sample_deck


@pytest.fixture
def deck():
    return sample_deck()


@pytest.fixture
def clock():
    return ManualClock()
