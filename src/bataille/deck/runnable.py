"""What a workshop needs from a deck beyond well-formed files: an agenda, cards, content for each phase.

`validate` and the app read decks through ``load_deck``, so a deck these checks refuse is
refused everywhere, before a workshop starts, instead of failing in front of the room.
"""

from __future__ import annotations

from pathlib import Path

from .located import Position
from .messages import Message, Quoted
from .models import Card, Phase, Scenario
from .problems import Problem, display_path

# phase kind -> (the card kind it plays, or "scenario"), what to say when the deck has none
NEEDS = {"debate": "debate", "timeline": "event", "scenario": "scenario"}


def runnable_problems(root: Path, cards: list[Card], scenarios: list[Scenario],
                      phases: list[tuple[Phase, str, Position]] | None, clean: bool) -> list[Problem]:
    """Problems that keep a workshop from running; ``clean`` says no other problem was found.

    ``phases`` is None when the deck has no agenda file at all; each phase comes with the file
    and the place where it is written.
    """
    problems: list[Problem] = []
    if phases is None:
        agenda = display_path(root / "scenarios" / "agenda.yaml")
        problems.append(Problem.of(agenda, 1, 1, Message("deck.no_agenda")))
    if not clean:  # a card or a scenario may be missing only because its file is broken: said above
        return problems
    if not cards:
        problems.append(Problem.of(display_path(root / "cards" / "deck.yaml"), 1, 1, Message("deck.no_cards")))
    kinds = {card.kind for card in cards}
    if scenarios:
        kinds.add("scenario")
    for phase, file, pos in phases or ():
        needed = NEEDS.get(phase.kind)
        if needed is not None and needed not in kinds:
            problems.append(Problem.of(file, pos.line, pos.col,
                                       Message("phase.no_content", id=Quoted(phase.id), kind=Quoted(phase.kind),
                                               none=Message(f"none.{needed}"))))
    return problems
