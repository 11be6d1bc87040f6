"""A quick debate as a tester played it (the teacher's 20 minutes: phones voting, one argument a
camp, a fact card or none), in a real session file, and its summary written by `bataille summary`."""

from __future__ import annotations

from pathlib import Path

from bataille.cli import main
from bataille.deck.models import Deck
from bataille.storage import close_session, new_session
from bataille.workshop import ManualClock
from bataille.workshop.flow import first_debate_phase, start_quick_debate

A, B, C = "a" * 22, "b" * 22, "c" * 22  # three phones' tokens
FOR, AGAINST = "Les IA créent des emplois nouveaux", "Personne ne vérifie ce que les IA apprennent"


def write_quick_debate(deck: Deck, folder: Path, formats: tuple[str, ...], with_fact: bool) -> dict[str, Path]:
    """The session, played on the bundled deck's fourth debate card, then its summary in French and
    English in each of ``formats``: {"fr.pdf": path, "en.md": path…}."""
    path = folder / "débat.bataille"
    card = deck.cards_of("debate")[3]
    session = new_session(path, deck, ManualClock(), "fr", 20, [first_debate_phase(deck)])
    start_quick_debate(session, card.id, ("Pour", "Contre"))
    camp_for, camp_against = (t.id for t in session.state.teams)
    session.record_phone_votes("before", {A: "agree", B: "disagree", C: "agree"},
                               teams={A: camp_for, B: camp_against, C: camp_for})
    session.record_vote("before", {"agree": 12, "disagree": 8, "undecided": 5})
    session.reveal_votes("before")
    session.add_argument(camp_for, FOR)
    session.add_argument(camp_against, AGAINST)
    if with_fact:
        session.play_evidence(camp_against, next(c for c in deck.cards_of("fact") if c.theme == card.theme).id)
    session.record_phone_votes("after", {A: "disagree", B: "disagree", C: "agree"})
    session.record_vote("after", {"agree": 9, "disagree": 13, "undecided": 3})
    session.reveal_votes("after")
    session.close_round()
    session.end_phase()
    close_session(session)
    out = {}
    for lang in ("fr", "en"):
        for ext in formats:
            out[f"{lang}.{ext}"] = folder / f"{lang}.{ext}"
            assert main(["summary", str(path), "-o", str(out[f"{lang}.{ext}"]), "--lang", lang]) == 0
    return out
