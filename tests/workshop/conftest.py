"""Fixtures of the engine tests: a sample deck, a manual clock, sessions in memory."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from bataille.workshop import ManualClock, MemoryStore, Session


def _load_sample_deck():
    # tests/ is not a package: load the builder by path (tests/storage does the same).
    path = Path(__file__).with_name("sample_deck.py")
    spec = importlib.util.spec_from_file_location("bataille_sample_deck", path)
    module = sys.modules.get(spec.name) or importlib.util.module_from_spec(spec)
    if spec.name not in sys.modules:
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return module


sample_deck = _load_sample_deck().sample_deck


@pytest.fixture
def deck():
    return sample_deck()


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def session(deck, clock):
    """A new session in memory, not started, no teams."""
    return Session.create(deck, MemoryStore(), clock)


@pytest.fixture
def started(session):
    """A started session with three teams (team-1..3)."""
    for name in ("Hiboux", "Loutres", "Renards"):
        session.add_team(name)
    session.start()
    return session
