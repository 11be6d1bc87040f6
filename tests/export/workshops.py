"""Whole workshops for the summary's tests: the example session with 4 teams, or 8 named as
classes name themselves (long names, hyphens, an apostrophe), and the phones' feedback at the end."""

from __future__ import annotations

import random

import pytest

from bataille.deck.models import Deck
from bataille.workshop import Session, example
from bataille.workshop.example import ExampleOptions, play_example

EIGHT = {
    "fr": ("Équipe Wagner-Mozart 2", "3e Prépa-Métiers", "L’équipe d’Anaïs", "Les Loutres de la 4e B",
           "Les Hiboux du CDI 2nde", "Les Castors de Tle STI", "Les Lynx", "Les Grues du club info"),
    "en": ("Year 9 Wagner-Mozart 2", "Sixth Form Computing", "The Owls", "Year 10 Science Club",
           "The Otters of Room 12", "Mr Patel’s Maths Set", "The Lynxes", "Year 8 Digital Leaders"),
}


def feedback(deck: Deck, seed: int, phones: int = 17) -> dict[str, tuple[int, str | None, str]]:
    """What ``phones`` phones answer at the end (token -> rating, theme, commitment), the same for a seed."""
    rng = random.Random(seed)
    themes = [t.id for t in deck.themes]
    said = ("", "Vérifier mes sources", "Check two sources", "")
    return {f"phone{n:04d}" + "x" * 13: (rng.randint(2, 5), rng.choice(themes), rng.choice(said)) for n in range(phones)}


def workshop(deck: Deck, lang: str, teams: int, seed: int = 0, store=None) -> Session:
    """The example session (every phase) with ``teams`` teams (4: the example's names; 8: ``EIGHT``),
    and the phones' feedback recorded after the debrief."""
    with pytest.MonkeyPatch.context() as patch:
        if teams == 8:
            patch.setitem(example.TEAM_NAMES, lang, EIGHT[lang])
        session = play_example(deck, store, seed=seed, lang=lang, options=ExampleOptions(teams=teams))
    session.record_phone_feedback(feedback(deck, seed))
    return session
