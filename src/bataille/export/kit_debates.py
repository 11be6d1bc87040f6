"""The debates the kit's score sheet has a row for, and what each row can say before it is written on.

A session plays one debate a theme that has a debate card, in the deck's order (the agenda's "one
debate for each theme chosen", as the console's "next" opens them), its card drawn as it opens. So
before the session a row knows its theme, and its claim only when the theme has one debate card;
from a session, a debate played knows its claim, in the session's language. A kit made without a
deck has rows that say nothing: the facilitator writes the claims in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bataille.deck.models import Text

from .summary_rows import Summary


@dataclass(frozen=True)
class PlannedDebate:
    """A row of the score sheet: the theme debated and the claim ("" when not known yet: the card is
    drawn as the debate opens), each a deck's text (said in the kit's language) or a string (already
    in it, from a session)."""

    theme: Text | str = ""
    claim: Text | str = ""

    def said(self, lang: str) -> tuple[str, str]:
        """(theme, claim) in ``lang``."""
        def said(text: Text | str) -> str:
            return text if isinstance(text, str) else text.get(lang)

        return said(self.theme), said(self.claim)


def debates_of_deck(deck) -> tuple[PlannedDebate, ...]:
    """The debates a session of ``deck`` plans, one a theme with a debate card in the deck's order (one
    at least: a row to write in): its theme's name, and its claim when the theme has one card only."""
    planned = []
    for theme in deck.themes:
        cards = deck.cards_of("debate", theme.id)
        if cards:
            planned.append(PlannedDebate(theme.name, cards[0].claim if len(cards) == 1 else ""))
    return tuple(planned) or (PlannedDebate(),)


def debates_of_summary(summary: Summary, deck) -> tuple[PlannedDebate, ...]:
    """The session's debates: the ones it played, with their claims (one in a quick debate), then the
    deck's themes it has not debated yet."""
    played = tuple(PlannedDebate(r.theme, r.claim) for r in summary.rounds)
    if summary.quick:
        return played[:1] or (PlannedDebate(),)
    debated = {r.theme_id for r in summary.rounds}
    to_come = tuple(row for theme, row in zip((t for t in deck.themes if deck.cards_of("debate", t.id)),
                                               debates_of_deck(deck), strict=False) if theme.id not in debated)
    return played + to_come or (PlannedDebate(),)


@cache
def bundled_debates() -> int:
    """How many debates the bundled deck plans: the rows of a kit made without a deck (the command
    line's blank kit), left blank."""
    from bataille.deck import bundled_deck_path, load_deck

    return len(debates_of_deck(load_deck(bundled_deck_path())))
