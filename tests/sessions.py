"""Sessions the tests of several folders start from (no Qt here)."""

from __future__ import annotations

from bataille.deck.models import Deck
from bataille.workshop import ManualClock, MemoryStore, Session


def debate_session(deck: Deck, lang: str = "fr", store=None, clock=None) -> Session:
    """Two teams, the debates phase under way, a first round open on a drawn card."""
    session = Session.create(deck, store if store is not None else MemoryStore(), clock or ManualClock(), lang,
                             agenda_minutes=20, phase_ids=["debates"])
    session.add_team("Les Hiboux" if lang == "fr" else "Red")
    session.add_team("Les Loutres" if lang == "fr" else "Blue")
    session.start()
    session.start_phase()
    session.open_round(seed=1)
    return session


def voted_debate(deck: Deck, before: tuple[int, int, int], after: tuple[int, int, int], lang: str = "fr") -> Session:
    """``debate_session`` with both votes recorded and shown: counts (agree, disagree, undecided)."""
    session = debate_session(deck, lang)
    for stage, counts in (("before", before), ("after", after)):
        session.record_vote(stage, dict(zip(("agree", "disagree", "undecided"), counts, strict=True)))
        session.reveal_votes(stage)
    return session
