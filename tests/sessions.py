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


def older_file(session: Session, name: str) -> Session:
    """``session`` as a file written when the app took team names of 40 characters: its first team
    named ``name`` (the rules now refuse it; a file may still hold it)."""
    from dataclasses import replace

    from bataille.workshop.events import TeamAdded

    store = MemoryStore()
    first = next(e for e in session.events if isinstance(e, TeamAdded))
    for seq, event in enumerate(session.events):
        store.append(seq, replace(event, name=name) if event is first else event)
    return Session.resume(session.deck, store, ManualClock())
